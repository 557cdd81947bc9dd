// What the MariaDB benches share: a throw-away database (skipped when MariaDB is not there, dropped
// whatever happens), and the secrets the API process is started with — the same ones this process
// signs tokens and seals values with, so the API accepts what the bench writes straight to tables.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { createDataProtector, DEV_DEFAULTS, type JwtConfig } from '@bianmin/server/tooling';

export const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root' };
export const JWT: JwtConfig = { secret: DEV_DEFAULTS.jwtSecret, issuer: 'bianmin-api', audience: 'bianmin-miniapp', accessTtlSeconds: 900 };
/** The district of the demo catalogue; its zone has no daylight saving time, so its offset is fixed. */
export const DISTRICT = { code: '370214', timeZone: 'Asia/Shanghai', utcOffset: '+08:00' };

export const benchProtector = () => createDataProtector({ encryptionKeys: DEV_DEFAULTS.encryptionKeys, hashKey: DEV_DEFAULTS.hashKey });

/** Environment for `startServer`: pinned in case the shell sets other secrets or another district. */
/**
 * Our API as a production instance runs it, on the bench's keys: answers not re-checked against
 * their schemas (a development aid), and notifications delivered by worker processes of their own
 * (`NOTIFICATION_WORKER=off`) — the baselines write the same domain event and deliver nothing.
 */
export const API_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  VALIDATE_RESPONSES: 'false',
  NOTIFICATION_WORKER: 'off',
  JWT_SECRET: JWT.secret,
  JWT_ISSUER: JWT.issuer,
  JWT_AUDIENCE: JWT.audience,
  ACCESS_TOKEN_TTL_SECONDS: String(JWT.accessTtlSeconds),
  DATA_ENCRYPTION_KEYS: DEV_DEFAULTS.encryptionKeys,
  DATA_HASH_KEY: DEV_DEFAULTS.hashKey,
  DISTRICT_CODE: DISTRICT.code,
  DISTRICT_TIME_ZONE: DISTRICT.timeZone,
};

export interface BenchDatabase {
  name: string;
  /** mysql://… for the API process and the bare servers. */
  url: string;
  /** A connection to it, as the API's (UTC datetimes, utf8mb4); the caller ends it. */
  connect(): Promise<mysql.Connection>;
}

/**
 * Creates a fresh database, runs `bench` on it and drops it afterwards. Prints `title` with
 * "skipped" instead when MariaDB is not reachable.
 */
export async function withBenchDatabase(title: string, bench: (database: BenchDatabase) => Promise<void>): Promise<void> {
  let admin: mysql.Connection;
  try {
    admin = await mysql.createConnection({ ...MYSQL, connectTimeout: 3000 });
  } catch (err) {
    console.log(
      `${title}\nskipped: MariaDB not reachable at ${MYSQL.host}:${MYSQL.port} (${(err as { code?: string }).code ?? (err as Error).message})`,
    );
    return;
  }
  const name = `bianmin_bench_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await bench({
      name,
      url: `mysql://${MYSQL.user}@${MYSQL.host}:${MYSQL.port}/${name}`,
      connect: () => mysql.createConnection({ ...MYSQL, database: name, timezone: 'Z', charset: 'utf8mb4_unicode_ci' }),
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch((err: unknown) => console.error(`could not drop ${name}:`, err));
    await admin.end().catch(() => {});
  }
}

/** Rows in batches of `size` (one multi-row INSERT each): `sql` ends with `VALUES ?`. */
export async function insertBatches(db: mysql.Connection, sql: string, rows: unknown[][], size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await db.query(sql, [rows.slice(i, i + size)]);
}

/**
 * Waits until what a stopped load run left queued in a server is done: no statement but `db`'s own
 * runs on database `name` for three polls in a row. After `patienceSeconds` it kills the statements
 * still running (their clients are gone; a killed transaction rolls back whole), for at most 30 s.
 */
export async function quiesce(db: mysql.Connection, name: string, patienceSeconds = 10): Promise<void> {
  const started = Date.now();
  for (let quiet = 0; quiet < 3 && Date.now() - started < (patienceSeconds + 30) * 1000;) {
    const [rows] = await db.query<mysql.RowDataPacket[]>(
      "SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND COMMAND <> 'Sleep' AND ID <> CONNECTION_ID()",
      [name],
    );
    if (Date.now() - started > patienceSeconds * 1000) for (const r of rows) await db.query(`KILL QUERY ${Number(r.id)}`).catch(() => {}); // it may have ended meanwhile
    quiet = rows.length ? 0 : quiet + 1;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Waits (at most `patienceSeconds`) until InnoDB has purged what earlier transactions left (history
 * list length 0): purge runs in the background after a load, and whichever run came next would be
 * charged its CPU. Returns the length it stopped at.
 */
export async function purged(db: mysql.Connection, patienceSeconds = 15): Promise<number> {
  const started = Date.now();
  for (;;) {
    const [rows] = await db.query<mysql.RowDataPacket[]>("SHOW GLOBAL STATUS LIKE 'Innodb_history_list_length'");
    const length = Number(rows[0]?.Value ?? 0);
    if (length === 0 || Date.now() - started > patienceSeconds * 1000) return length;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

const DISTRICT_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT.timeZone });

/** Today's date (YYYY-MM-DD) in the district, `offset` days away. */
export function districtDay(offset = 0, now = new Date()): string {
  return new Date(Date.parse(`${DISTRICT_DATE.format(now)}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}
