// The database side of the multi-instance suite: one connection per Galera node (or the single
// MariaDB), Galera's own counters, and the node controls of galera.sh.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import mysql from 'mysql2/promise';

export const DATABASE = 'bianmin_cluster';
/** SQL ports of the three nodes galera.sh starts. */
export const NODE_PORTS = [4306, 4307, 4308] as const;
const GALERA_SH = join(import.meta.dirname, 'galera.sh');

export const databaseUrl = (port: number, database = DATABASE) => `mysql://root@127.0.0.1:${port}/${database}`;

export type Rows = mysql.RowDataPacket[];

/**
 * A connection to one node, as the API's (UTC datetimes, utf8mb4). Reads wait until the node has
 * applied everything the cluster committed before them (wsrep_sync_wait), so "is it on this node"
 * means committed and applied, not merely in flight — the database itself included: a CREATE
 * DATABASE on node 1 reaches node 2 a moment later. On plain MariaDB there is nothing to wait for.
 */
export async function connect(port: number, database = DATABASE): Promise<mysql.Connection> {
  const db = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root', timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
  // A killed node drops the connection: the next query on it fails, and an unheard 'error' event must not end the suite.
  db.on('error', () => {});
  const [vars] = await db.query<Rows>("SHOW VARIABLES LIKE 'wsrep_on'");
  if (vars[0]?.Value === 'ON') {
    await db.query('SET SESSION wsrep_sync_wait = 1');
    await db.query('SELECT 1'); // waits for this node to catch up
  }
  await db.query(`USE \`${database}\``);
  return db;
}

/** Waits until the node behind `url` has applied what the cluster committed so far (a migration, say). */
export async function caughtUp(url: string): Promise<void> {
  const { port, pathname } = new URL(url);
  const db = await connect(Number(port), pathname.slice(1));
  await db.end();
}

/** A fresh, empty database on the node (replicated to the others as DDL). */
export async function resetDatabase(port: number, database = DATABASE): Promise<void> {
  const admin = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
}

/** One number from SHOW GLOBAL STATUS. */
export async function status(db: mysql.Connection, name: string): Promise<number> {
  const [rows] = await db.query<Rows>('SHOW GLOBAL STATUS LIKE ?', [name]);
  return Number(rows[0]?.Value ?? NaN);
}

/** Conflicts Galera resolved by aborting a transaction, summed over the given nodes: write sets that
 * failed certification at COMMIT (the client sees 1213) and local transactions a replicated write
 * set aborted mid-way (brute-force aborts, also 1213). */
export async function conflicts(nodes: mysql.Connection[]): Promise<{ certFailures: number; bfAborts: number }> {
  let certFailures = 0;
  let bfAborts = 0;
  for (const db of nodes) {
    certFailures += await status(db, 'wsrep_local_cert_failures');
    bfAborts += await status(db, 'wsrep_local_bf_aborts');
  }
  return { certFailures, bfAborts };
}

/** `galera.sh kill-node N` / `start-node N` (without blocking the event loop: a burst may be running); what it printed. */
export async function galera(command: 'kill-node' | 'start-node', node: number): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [GALERA_SH, command, String(node)], { encoding: 'utf8' });
  return stdout.trim();
}

/** SELECT COUNT(*) … on one node. */
export async function count(db: mysql.Connection, sql: string, params: unknown[] = []): Promise<number> {
  const [rows] = await db.query<Rows>(sql, params);
  return Number(Object.values(rows[0] ?? { n: NaN })[0]);
}
