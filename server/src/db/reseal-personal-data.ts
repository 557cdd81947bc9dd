// `pnpm --filter @bianmin/server reseal`: after putting a new key first in DATA_ENCRYPTION_KEYS,
// re-seal stored personal data (columns and uploaded files) with it; then the old key can be dropped.
import { loadConfig } from '../config';
import { createDataProtector } from '../platform/sealing';
import { createFileStore } from '../platform/file-store/file-store';
import { createUnitOfWork } from '../platform/unit-of-work';
import { resealPersonalData, resealStoredFiles } from './reseal';
import { createDataSource } from './data-source';

const config = loadConfig();
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const protector = createDataProtector(config.dataKeys);
const counts = await resealPersonalData(dataSource, protector);
const files = createFileStore(config.fileStore, { dataSource, tx: createUnitOfWork(dataSource), protector });
counts['uploaded files'] = await resealStoredFiles(dataSource, files);
console.table(counts);
console.log(`All personal data is now sealed with key "${protector.currentKeyId}".`);
await dataSource.destroy();
