// The floor for the MariaDB benches: a minimal Koa app and a mysql2 pool doing nothing but the SQL
// an endpoint needs (no ORM, no auth, no validation, no idempotency, no decryption, no mapping):
//   POST /api/v1/appointments   the conditional update that takes a place (no appointment row);
//   POST /api/v1/same-work/appointments   the same work as ours, by hand (bare-same-work.ts);
//   GET  /api/v1/cases/mine     the queries of 我的办件 (the user's ID-number hash, a page of rows,
//                               the count), for the user in the X-Bench-User header, no token.
// It runs as a child process, like the real API, so neither shares an event loop with the load
// generator. `tsx bench/bare-server.ts` serves; the benches import the helpers.
import { type ChildProcess, spawn } from 'node:child_process';
import type { IncomingMessage, Server } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';
import { freePort, type RunningServer } from '../lib/server-process';
import { bookSameWork, SAME_WORK_PATH } from './bare-same-work';

export const BARE_TABLE = 'bare_slot';
export const BARE_USER_HEADER = 'X-Bench-User';
/** The same pool size as the real API (server/src/db/data-source.ts). */
const POOL_SIZE = 20;
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
/** The columns TypeORM selects for a CaseRow, and the WHERE and ORDER BY of CaseService.mine (keep in step). */
const CASE_COLUMNS = `id, number, query_code_hash, item_code, department_code, catalogue_version, status, accepted, channel,
  applicant_user_id, filed_by_user_id, applicant_kind, applicant_enc, applicant_hash, contact_phone_enc, answers_enc, correction,
  received_on, accepted_on, legal_limit_days, promised_limit_days, pauses, submitted_at, decided_at, handler_user_id, extension,
  decision, delivery_enc, dispatch, concluded_at, delivered_at, updated_at, version`;
const MINE_WHERE = "(c.applicant_user_id = ? OR c.filed_by_user_id = ? OR (c.applicant_hash = ? AND c.applicant_kind = 'individual'))";

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
  const child: ChildProcess = spawn(TSX, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, ...env, BARE_DATABASE_URL: databaseUrl, PORT: String(port) },
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

// koa has no bundled types and scripts/ does not depend on @types/koa: the little used here.
interface MiniContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  status: number;
  body: unknown;
}
interface MiniKoa {
  silent: boolean;
  use(fn: (ctx: MiniContext) => Promise<void>): MiniKoa;
  listen(port: number, host: string, cb: () => void): Server;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function book(pool: mysql.Pool, ctx: MiniContext) {
  const { slotId } = JSON.parse(await readBody(ctx.req)) as { slotId: number };
  const [r] = await pool.execute<mysql.ResultSetHeader>(`UPDATE ${BARE_TABLE} SET booked = booked + 1 WHERE id = ? AND booked < capacity`, [
    slotId,
  ]);
  ctx.status = r.affectedRows === 1 ? 201 : 409;
  ctx.body = r.affectedRows === 1 ? { slotId } : { code: 'SLOT_FULL' };
}

async function mine(pool: mysql.Pool, ctx: MiniContext) {
  const me = ctx.req.headers[BARE_USER_HEADER.toLowerCase()];
  const page = Math.max(1, Number(ctx.query.page) || 1);
  const pageSize = Math.min(100, Math.max(1, Number(ctx.query.pageSize) || 20));
  const [realName] = await pool.query<mysql.RowDataPacket[]>('SELECT user_id, id_number_hash FROM real_name WHERE user_id = ? LIMIT 1', [
    me,
  ]);
  const params: unknown[] = [me, me, (realName[0]?.id_number_hash as string | undefined) ?? null];
  const [rows] = await pool.query<mysql.RowDataPacket[]>(
    `SELECT ${CASE_COLUMNS} FROM case_record c WHERE ${MINE_WHERE} ORDER BY c.submitted_at DESC, c.number DESC LIMIT ? OFFSET ?`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  const [count] = await pool.query<mysql.RowDataPacket[]>(
    `SELECT COUNT(DISTINCT c.id) AS cnt FROM case_record c WHERE ${MINE_WHERE}`,
    params,
  );
  ctx.body = {
    items: rows.map((r) => ({ number: r.number as string, itemCode: r.item_code as string, status: r.status as string })),
    total: Number(count[0]?.cnt ?? 0),
    page,
    pageSize,
  };
}

async function serve(): Promise<void> {
  const koaModule = 'koa'; // a non-literal specifier: typed by MiniKoa above instead of @types/koa
  const { default: Koa } = (await import(koaModule)) as { default: new () => MiniKoa };
  const pool = mysql.createPool({ uri: process.env.BARE_DATABASE_URL, connectionLimit: POOL_SIZE, timezone: 'Z' });
  const { JWT } = await import('./bench-db');
  const app = new Koa();
  app.silent = true; // a statement the bench killed after its client left is no news
  app.use(async (ctx) => {
    if (ctx.method === 'GET' && ctx.path === '/health') ctx.body = { ok: true };
    else if (ctx.method === 'POST' && ctx.path === '/api/v1/appointments') await book(pool, ctx);
    else if (ctx.method === 'POST' && ctx.path === SAME_WORK_PATH) await bookSameWork(pool, JWT, ctx, await readBody(ctx.req));
    else if (ctx.method === 'GET' && ctx.path === '/api/v1/cases/mine') await mine(pool, ctx);
    // anything else: Koa answers 404
  });
  const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => {});
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serve();
