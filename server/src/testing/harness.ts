// Test harness: a real app on a real database (SQLite in memory, or a fresh MariaDB/MySQL database
// when DATABASE_URL is mysql://…), listening on 127.0.0.1, driven over HTTP like any client.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import mysql from 'mysql2/promise';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { RoleGrant, TokenPair } from '@bianmin/shared';
import { type FakeWechat, startFakeWechat } from '@bianmin/fakes/wechat';
import { type FakeCourier, startFakeCourier } from '@bianmin/fakes/courier';
import { type FakeSms, startFakeSms } from '@bianmin/fakes/sms';
import { createApp } from '../app';
import { loadConfig, parseDatabaseUrl } from '../config';
import { createDataSource } from '../db/data-source';
import { createHttpServer } from '../http/http-server';
import { safeLogging } from '../http/log-safety';
import { type ImportFile, importCatalogue } from '../modules/catalogue/index';
import { RoleGrantEntity, UserEntity } from '../modules/identity/entities';
import { hashPassword } from '../modules/identity/passwords';
import { newUserRow, toGrantRow } from '../modules/identity/users';
import { createServices, type ServiceOverrides, type Services } from '../services';

export const DEMO_DIR = resolve(import.meta.dirname, '../../../scripts/seed/demo');

export function demoCatalogueFiles(): ImportFile[] {
  return readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, content: JSON.parse(readFileSync(join(DEMO_DIR, f), 'utf8')) as unknown }));
}

// The test run's own environment is read here and nowhere else in the tests (the server reads it
// only in config.ts): which engine is under test, where Redis is, what a child process inherits.

/** The database the tests run against: DATABASE_URL when set (mysql://… for MariaDB), else SQLite in memory. */
export function testDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? 'sqlite::memory:';
}

/** The Redis the cross-instance tests use: REDIS_URL when set, else the local one. */
export function testRedisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** The environment for a child process the test starts: the test run's own (PATH and the rest), then `extra`. */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/**
 * For afterAll, which vitest runs even when beforeAll threw: the `let app: TestApp` (or fake) it
 * closes may then never have been assigned, whatever its declared type says.
 */
export async function closeIfStarted(resource: { close(): Promise<void> } | undefined): Promise<void> {
  await resource?.close();
}

/**
 * A fresh, empty database of the engine under test, as a DATABASE_URL: a new MariaDB/MySQL
 * database beside the one DATABASE_URL names, else SQLite at `sqlitePath` (in memory by default).
 */
export async function freshDatabaseUrl(sqlitePath = ':memory:'): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = parseDatabaseUrl(testDatabaseUrl());
  if (base.type === 'sqlite') return { url: `sqlite:${sqlitePath}`, drop: async () => {} };
  const name = `bianmin_t_${randomBytes(5).toString('hex')}`;
  const admin = await mysql.createConnection(base.url);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const u = new URL(base.url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = await mysql.createConnection(base.url);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

/** A fresh, empty, migrated database of the engine under test. */
export async function freshDatabase(): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const { url, drop } = await freshDatabaseUrl();
  const dataSource = createDataSource(parseDatabaseUrl(url));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, drop };
}

export interface TestApp {
  baseUrl: string;
  dataSource: DataSource;
  services: Services;
  /** The fake WeChat server this app talks to (mint codes, inject errors). */
  wechat: FakeWechat;
  /** The fake courier (move parcels along, inject errors). */
  courier: FakeCourier;
  /** The fake SMS service (sent messages, injected failures); its delivery reports go to this app. */
  sms: FakeSms;
  /** GET and parse JSON; name the DTO the test expects (the shared type), e.g. `get<GuideDetail>`. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type argument names the DTO the test expects (`get<GuideDetail>`); callers choose it, nothing infers it
  get<T>(path: string, token?: string): Promise<{ status: number; body: T; headers: Headers }>;
  /** Send JSON (POST unless `method` says otherwise). */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type argument names the DTO the test expects (`get<GuideDetail>`); callers choose it, nothing infers it
  send<T>(
    path: string,
    body: unknown,
    opts?: { token?: string; method?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T; headers: Headers }>;
  raw(path: string, init?: RequestInit): Promise<Response>;
  /** A resident signed in through (fake) WeChat. */
  signInResident(openid: string): Promise<TokenPair>;
  /** A staff account with these grants, signed in with its password. */
  signInStaff(username: string, roles: RoleGrant[]): Promise<TokenPair & { userId: string }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  catalogue?: ImportFile[];
  env?: Record<string, string>;
  overrides?: ServiceOverrides;
  /** Capture the app's log lines (JSON) instead of discarding them. */
  logStream?: NodeJS.WritableStream;
  /** Serve the H5 build from this directory (it needs an index.html); none by default. */
  h5Dir?: string;
}

export const STAFF_PASSWORD = 'Copper-Meadow-85-Lantern';

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const { dataSource, drop } = await freshDatabase();
  const imported = await importCatalogue(dataSource, opts.catalogue ?? demoCatalogueFiles());
  if (!imported.ok) throw new Error(`fixture catalogue invalid: ${JSON.stringify(imported.problems.slice(0, 3))}`);
  const wechat = await startFakeWechat();
  const courier = await startFakeCourier();
  const sms = await startFakeSms();
  const onMysql = parseDatabaseUrl(testDatabaseUrl()).type === 'mysql';
  const config = loadConfig({
    NODE_ENV: 'test',
    CATALOGUE_CHECK_MS: '0',
    // Uploads: the database store on MariaDB, a throw-away directory on SQLite (each adapter runs its own tests on both).
    FILE_STORE: onMysql ? 'db' : 'fs',
    FILE_STORE_DIR: mkdtempSync(join(tmpdir(), 'bianmin-files-')),
    WECHAT_API_BASE_URL: wechat.url,
    WECHAT_APP_ID: wechat.appId,
    WECHAT_APP_SECRET: wechat.appSecret,
    COURIER_API_BASE_URL: courier.url,
    COURIER_API_KEY: courier.apiKey,
    SMS_API_BASE_URL: sms.url,
    SMS_ACCESS_KEY_ID: sms.accessKeyId,
    SMS_ACCESS_KEY_SECRET: sms.accessKeySecret,
    SMS_SIGN_NAME: sms.signName,
    ...opts.env,
  });
  const services = createServices(config, dataSource, opts.overrides);
  const logger = opts.logStream ? pino({ level: 'info', ...safeLogging }, opts.logStream) : pino({ level: 'silent' });
  const app = createApp({ config: { ...config, appVersion: 'test', h5Dir: opts.h5Dir ?? null }, services, logger });
  const server = createHttpServer(app, logger).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const receiptToken = config.sms.receiptToken;
  sms.setReceiptUrl(`${baseUrl}/api/v1/notifications/receipts/sms${receiptToken ? `?token=${receiptToken}` : ''}`);
  const raw = (path: string, init?: RequestInit) => fetch(baseUrl + path, init);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the DTO get/send promise their caller
  const parse = async <T>(res: Response) => {
    const text = await res.text();
    const json = res.headers.get('content-type')?.includes('json');
    return { status: res.status, headers: res.headers, body: (json ? JSON.parse(text) : text) as T };
  };
  const auth = (token?: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  const send: TestApp['send'] = async (path, body, o = {}) =>
    parse(
      await raw(path, {
        method: o.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...auth(o.token), ...o.headers },
        body: JSON.stringify(body),
      }),
    );
  return {
    baseUrl,
    dataSource,
    services,
    wechat,
    courier,
    sms,
    raw,
    send,
    get: async (path, token) => parse(await raw(path, { headers: auth(token) })),
    async signInResident(openid) {
      const res = await send<TokenPair>('/api/v1/auth/wechat', { code: wechat.loginCode(openid) });
      if (res.status !== 200) throw new Error(`resident sign-in failed: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async signInStaff(username, roles) {
      const userId = randomUUID();
      await dataSource.getRepository(UserEntity).insert(
        newUserRow({
          id: userId,
          kind: 'staff',
          displayName: `测试${username}`,
          username,
          passwordHash: await hashPassword(STAFF_PASSWORD),
        }),
      );
      await dataSource.getRepository(RoleGrantEntity).insert(roles.map((g) => toGrantRow(userId, g)));
      const res = await send<TokenPair>('/api/v1/auth/staff', { username, password: STAFF_PASSWORD });
      if (res.status !== 200) throw new Error(`staff sign-in failed: ${JSON.stringify(res.body)}`);
      return { ...res.body, userId };
    },
    async close() {
      await new Promise((r) => server.close(r));
      await services.platform.limiter.close();
      await wechat.close();
      await courier.close();
      await sms.close();
      await dataSource.destroy();
      await drop();
    },
  };
}
