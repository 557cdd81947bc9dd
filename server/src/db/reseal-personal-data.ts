// `pnpm --filter @bianmin/server reseal`: after putting a new key first in DATA_ENCRYPTION_KEYS,
// re-seal stored personal data with it; then the old key can be dropped from the list.
import { loadConfig } from '../config';
import { createDataProtector } from '../platform/sealing';
import { resealPersonalData } from './reseal';
import { createDataSource } from './data-source';

const config = loadConfig();
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const protector = createDataProtector(config.dataKeys);
const counts = await resealPersonalData(dataSource, protector);
console.table(counts);
console.log(`All personal data is now sealed with key "${protector.currentKeyId}".`);
await dataSource.destroy();
