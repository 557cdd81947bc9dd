// One DataSource per process; the engine follows DATABASE_URL. Schema only ever changes by migration.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { catalogueEntities } from '../modules/catalogue/entities';
import { identityEntities } from '../modules/identity/entities';
import { appointmentEntities } from '../modules/appointments/entities';
import { platformEntities } from '../platform/entities';
import { uploadEntities } from '../modules/uploads/entities';
import { caseEntities } from '../modules/cases/entities';
import { notificationEntities } from '../modules/notifications/entities';
import { queueEntities } from '../modules/queue/entities';
import { migrations } from './migrations';

export function createDataSource(db: DatabaseConfig): DataSource {
  const common = {
    entities: [
      ...platformEntities,
      ...catalogueEntities,
      ...identityEntities,
      ...appointmentEntities,
      ...uploadEntities,
      ...caseEntities,
      ...notificationEntities,
      ...queueEntities,
    ],
    migrations,
    synchronize: false as const,
    logging: false,
  };
  if (db.type === 'mysql') {
    return new DataSource({
      ...common,
      type: 'mysql',
      url: db.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // Stateless instances behind a load balancer each keep a modest pool. `trace: false`: mysql2
      // would capture a stack for every query (4 % of the API's CPU in a booking rush) only to
      // decorate its errors; TypeORM's QueryFailedError carries the caller's stack anyway. Prepared
      // statements (`tx.select`) are few and fixed; a small cache per connection keeps N instances
      // far below the server's max_prepared_stmt_count (16,382) whatever a future caller prepares.
      extra: { connectionLimit: 20, trace: false, maxPreparedStatements: 100 },
    });
  }
  if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  return new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: db.path,
    // WAL lets readers proceed while one writer commits; busy_timeout waits instead of failing.
    prepareDatabase: (conn: { pragma(s: string): unknown }) => {
      conn.pragma('journal_mode = WAL');
      conn.pragma('busy_timeout = 5000');
      conn.pragma('foreign_keys = ON');
    },
  });
}

export function engineName(dataSource: DataSource): string {
  return dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
}
