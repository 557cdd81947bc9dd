// The floor for the MariaDB benches: a minimal Koa app and a mysql2 pool doing nothing but the SQL
// an endpoint needs (no ORM, no auth, no validation, no idempotency, no decryption, no mapping):
//   POST /api/v1/appointments   the conditional update that takes a place (no appointment row);
//   POST /api/v1/same-work/appointments   the same work as ours, by hand (bare-same-work.ts);
//   GET  /api/v1/cases/mine     the queries of 我的办件 (the user's ID-number hash, a page of rows,
//                               the count), for the user in the X-Bench-User header, no token.
// It runs as a child process, like the real API, so neither shares an event loop with the load
// generator; its HTTP side is bare-serve.ts, bundled to plain JavaScript like our production build
// (compiled.ts). The benches import the helpers here.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { SESSION_GOOD, SESSION_SQL } from '@bianmin/server/tooling';
import { freePort, type RunningServer } from '../lib/server-process';
import { BARE_TABLE } from './bare-serve';
import { JWT } from './bench-db';
import { compileForNode } from './compiled';

export { BARE_TABLE, BARE_USER_HEADER } from './bare-serve';

/** A fresh table of `count` slots with this capacity, in the bench database; returns their ids. */
export async function createBareSlots(conn: mysql.Connection, count: number, capacity: number): Promise<number[]> {
  await conn.query(`DROP TABLE IF EXISTS ${BARE_TABLE}`);
  await conn.query(`CREATE TABLE ${BARE_TABLE} (
    id INT AUTO_INCREMENT PRIMARY KEY, capacity INT NOT NULL, booked INT NOT NULL DEFAULT 0,
    CONSTRAINT ck_bare_slot_not_overbooked CHECK (booked >= 0 AND booked <= capacity)
  ) ENGINE=InnoDB`);
  await conn.query(`INSERT INTO ${BARE_TABLE} (capacity, booked) VALUES ?`, [Array.from({ length: count }, () => [capacity, 0])]);
  const [rows] = await conn.query<mysql.RowDataPacket[]>(`SELECT id FROM ${BARE_TABLE} ORDER BY id`);
  return rows.map((r) => Number(r.id));
}

/** Starts the bare server as a child process against `databaseUrl` (whose tables already exist). */
export async function startBareServer(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [await compileForNode(fileURLToPath(new URL('./bare-serve.ts', import.meta.url)))], {
    env: {
      ...process.env,
      ...env,
      BARE_DATABASE_URL: databaseUrl,
      BARE_SAME_WORK: JSON.stringify({ jwt: JWT, sessionSql: SESSION_SQL, sessionGoodSql: SESSION_GOOD }),
      PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bare server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('bare server did not start in 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
