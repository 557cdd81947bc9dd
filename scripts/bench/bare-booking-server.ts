// The floor for the booking bench: a minimal Koa app and a mysql2 pool doing nothing but the
// conditional update that takes a place (no ORM, no auth, no validation, no idempotency, no
// appointment row). It runs as a child process, like the real API, so neither shares an event loop
// with the load generator. `tsx bench/bare-booking-server.ts` serves; the bench imports the helpers.
import { type ChildProcess, spawn } from 'node:child_process';
import type { IncomingMessage, Server } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';
import { freePort, type RunningServer } from '../lib/server-process';

export const BARE_TABLE = 'bare_slot';
/** The same pool size as the real API (server/src/db/data-source.ts). */
const POOL_SIZE = 20;
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

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

/** Starts the bare server as a child process against `databaseUrl` (whose slots already exist). */
export async function startBareBookingServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(TSX, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, BARE_DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bare booking server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('bare booking server did not start in 30 s');
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

// koa has no bundled types and scripts/ does not depend on @types/koa: the little used here.
interface MiniContext {
  method: string;
  path: string;
  req: IncomingMessage;
  status: number;
  body: unknown;
}
interface MiniKoa {
  use(fn: (ctx: MiniContext) => Promise<void>): MiniKoa;
  listen(port: number, host: string, cb: () => void): Server;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function serve(): Promise<void> {
  const koaModule = 'koa'; // a non-literal specifier: typed by MiniKoa above instead of @types/koa
  const { default: Koa } = (await import(koaModule)) as { default: new () => MiniKoa };
  const pool = mysql.createPool({ uri: process.env.BARE_DATABASE_URL, connectionLimit: POOL_SIZE });
  const app = new Koa();
  app.use(async (ctx) => {
    if (ctx.method === 'GET' && ctx.path === '/health') {
      ctx.body = { ok: true };
      return;
    }
    if (ctx.method !== 'POST' || ctx.path !== '/api/v1/appointments') return; // Koa answers 404
    const { slotId } = JSON.parse(await readBody(ctx.req)) as { slotId: number };
    const [r] = await pool.execute<mysql.ResultSetHeader>(
      `UPDATE ${BARE_TABLE} SET booked = booked + 1 WHERE id = ? AND booked < capacity`,
      [slotId],
    );
    ctx.status = r.affectedRows === 1 ? 201 : 409;
    ctx.body = r.affectedRows === 1 ? { slotId } : { code: 'SLOT_FULL' };
  });
  const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => {});
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serve();
