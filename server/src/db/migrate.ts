// `pnpm --filter @bianmin/server migrate`: bring the configured database up to date.
import { loadConfig } from '../config';
import { createDataSource } from './data-source';

const config = loadConfig();
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const applied = await dataSource.runMigrations({ transaction: 'each' });
console.log(applied.length ? `Applied migrations: ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date.');
await dataSource.destroy();
