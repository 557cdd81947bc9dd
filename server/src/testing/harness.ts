// Test harness: a real app on a real database (SQLite in memory, or a fresh MariaDB/MySQL database
// when DATABASE_URL is mysql://…), listening on 127.0.0.1, driven over HTTP like any client.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import mysql from 'mysql2/promise';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { type DatabaseConfig, parseDatabaseUrl } from '../config';
import { createDataSource } from '../db/data-source';
import { type ImportFile, importCatalogue } from '../modules/catalogue/index';
import { createServices } from '../services';

export const DEMO_DIR = resolve(import.meta.dirname, '../../../scripts/seed/demo');

export function demoCatalogueFiles(): ImportFile[] {
  return readdirSync(DEMO_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ name: f, content: JSON.parse(readFileSync(join(DEMO_DIR, f), 'utf8')) as unknown }));
}

/** A fresh, empty, migrated database of the engine under test. */
export async function freshDatabase(): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL ?? 'sqlite::memory:';
  const base = parseDatabaseUrl(url);
  let db: DatabaseConfig = base.type === 'sqlite' ? { type: 'sqlite', path: ':memory:' } : base;
  let drop = async () => {};
  if (base.type === 'mysql') {
    const name = `bianmin_t_${randomBytes(5).toString('hex')}`;
    const admin = await mysql.createConnection(base.url);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const u = new URL(base.url);
    u.pathname = `/${name}`;
    db = { type: 'mysql', url: u.toString() };
    drop = async () => {
      const c = await mysql.createConnection(base.url);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    };
  }
  const dataSource = createDataSource(db);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, drop };
}

export interface TestApp {
  baseUrl: string;
  dataSource: DataSource;
  /** GET and parse JSON; name the DTO the test expects (the shared type), e.g. `get<GuideDetail>`. */
  get<T>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  raw(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestApp(opts: { catalogue?: ImportFile[] } = {}): Promise<TestApp> {
  const { dataSource, drop } = await freshDatabase();
  const imported = await importCatalogue(dataSource, opts.catalogue ?? demoCatalogueFiles());
  if (!imported.ok) throw new Error(`fixture catalogue invalid: ${JSON.stringify(imported.problems.slice(0, 3))}`);
  const services = createServices({ catalogueCheckMs: 0 }, dataSource);
  const app = createApp({ config: { appVersion: 'test', h5Dir: null, trustProxy: false }, services, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const raw = (path: string, init?: RequestInit) => fetch(baseUrl + path, init);
  return {
    baseUrl,
    dataSource,
    raw,
    async get<T>(path: string) {
      const res = await raw(path);
      const text = await res.text();
      const json = res.headers.get('content-type')?.includes('json');
      return { status: res.status, headers: res.headers, body: (json ? JSON.parse(text) : text) as T };
    },
    async close() {
      await new Promise((r) => server.close(r));
      await dataSource.destroy();
      await drop();
    },
  };
}
