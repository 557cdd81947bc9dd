// A fresh database for tests below the HTTP layer (platform, db): the data source, a unit of work
// on it, and one `close` that disconnects and drops the database.
import type { DataSource } from 'typeorm';
import { createUnitOfWork, type UnitOfWork } from '../platform/unit-of-work';
import { freshDatabase } from './harness';

export interface TestDatabase {
  dataSource: DataSource;
  tx: UnitOfWork;
  close: () => Promise<void>;
}

/** A fresh, empty, migrated database of the engine under test. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const { dataSource, drop } = await freshDatabase();
  return {
    dataSource,
    tx: createUnitOfWork(dataSource),
    async close() {
      await dataSource.destroy();
      await drop();
    },
  };
}
