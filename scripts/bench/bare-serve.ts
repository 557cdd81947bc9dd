// The baselines' HTTP side, the child process startBareServer (bare-server.ts) runs: bundled to
// plain JavaScript (compiled.ts), so it imports nothing of the workspace that needs TypeScript at
// run time: the same-work endpoint's settings (the API's JWT settings, identity's session query)
// come in its environment, BARE_SAME_WORK.
import type { IncomingMessage, Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';
import { bookSameWork, SAME_WORK_ALONG_PATH, SAME_WORK_PATH, type SameWorkConfig } from './bare-same-work';

export const BARE_TABLE = 'bare_slot';
export const BARE_USER_HEADER = 'X-Bench-User';
/** The same pool size as the real API (server/src/db/data-source.ts). */
const POOL_SIZE = 20;
/** The columns TypeORM selects for a CaseRow, and the WHERE and ORDER BY of CaseService.mine (keep in step). */
const CASE_COLUMNS = `id, number, query_code_hash, item_code, department_code, catalogue_version, status, accepted, channel,
  applicant_user_id, filed_by_user_id, applicant_kind, applicant_enc, applicant_hash, contact_phone_enc, answers_enc, correction,
  received_on, accepted_on, legal_limit_days, promised_limit_days, pauses, submitted_at, decided_at, handler_user_id, extension,
  decision, delivery_enc, dispatch, concluded_at, delivered_at, updated_at, version`;
const MINE_WHERE = "(c.applicant_user_id = ? OR c.filed_by_user_id = ? OR (c.applicant_hash = ? AND c.applicant_kind = 'individual'))";

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
  const sameWork = JSON.parse(process.env.BARE_SAME_WORK ?? 'null') as SameWorkConfig;
  const app = new Koa();
  app.silent = true; // a statement the bench killed after its client left is no news
  app.use(async (ctx) => {
    if (ctx.method === 'GET' && ctx.path === '/health') ctx.body = { ok: true };
    else if (ctx.method === 'POST' && ctx.path === '/api/v1/appointments') await book(pool, ctx);
    else if (ctx.method === 'POST' && ctx.path === SAME_WORK_PATH) await bookSameWork(pool, sameWork, ctx, await readBody(ctx.req));
    else if (ctx.method === 'POST' && ctx.path === SAME_WORK_ALONG_PATH)
      await bookSameWork(pool, sameWork, ctx, await readBody(ctx.req), { sessionAlong: true });
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
