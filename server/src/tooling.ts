// What the repository's own tools (`scripts/`: seed, demo data, benches) may use of the server,
// exported as `@bianmin/server/tooling`. Everything else in `src/` stays private to the server.
import type { createDataSource } from './db/data-source';

// Seeding: configuration, the database, the catalogue import.
export { loadConfig } from './config';
export { createDataSource } from './db/data-source';
export type DataSource = ReturnType<typeof createDataSource>;
export { importCatalogue, type ImportFile, type ImportResult } from './modules/catalogue/index';
// The State Council's holiday schedule for a year (pnpm calendar:import).
export { importHolidayScheduleFile } from './modules/appointments/calendar-import-tool';

// Demo data for local runs: staff accounts and booking schedules.
export { ServiceItemEntity } from './modules/catalogue/index';
export { ScheduleEntity } from './modules/appointments/entities';
export { RoleGrantEntity, UserEntity } from './modules/identity/entities';
export { hashPassword } from './modules/identity/passwords';
export { newUserRow, toGrantRow } from './modules/identity/users';

// Benches: the search engine on the demo catalogue; tokens and sealed values as the API makes them.
export { buildSearchIndex, type SearchDocument } from './modules/guides/search/index';
export { loadDemoDocuments } from './modules/guides/search/demo-catalogue';
export { CHATTER, SENTENCES } from './modules/guides/search/sentence-queries';
export { DEV_DEFAULTS } from './config-safety';
export { type JwtConfig, signAccessToken } from './modules/identity/access-token';
export { SESSION_SQL } from './modules/identity/http-auth';
export { SESSION_GOOD } from './modules/identity/session-probe';
export { createDataProtector } from './platform/sealing';
