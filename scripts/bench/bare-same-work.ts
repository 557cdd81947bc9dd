// The second floor of the booking bench: a hand-written Koa + mysql2 endpoint doing the same work
// as our POST /api/v1/appointments, without the ORM, the schemas, the catalogue and the rules:
//   verify the access JWT (HS256, issuer, audience, expiry) → the session row (the very query of
//   identity's loadPrincipal) → one read of the slot counter, refusing a full slot (ours does too)
//   → one transaction: the idempotency record, the appointment row, its domain event, and the
//   conditional update of the counter last; a refusal rolls the transaction back.
// With `sessionAlong` it checks the session as ours does since December 6: as a column of the slot's
// read (identity's SESSION_GOOD), one round trip for a refusal instead of two — the same design by
// hand, so the ratio to it is what our framework and ORM cost.
// It writes copies of the real tables (CREATE TABLE … LIKE: the same keys and indexes) so the two
// runs do not see each other's rows.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type mysql from 'mysql2/promise';
import type { JwtConfig } from '@bianmin/server/tooling';

export const SAME_WORK_PATH = '/api/v1/same-work/appointments';
export const SAME_WORK_ALONG_PATH = '/api/v1/same-work-along/appointments';
export const SAME_WORK_TABLES = {
  slot: 'bare_slot',
  appointment: 'bare_appointment',
  event: 'bare_domain_event',
  idem: 'bare_idempotency',
};

/** Empty copies of the tables ours writes; bare_slot comes from createBareSlots. */
export async function createSameWorkTables(conn: mysql.Connection): Promise<void> {
  const t = SAME_WORK_TABLES;
  for (const [copy, of] of [
    [t.appointment, 'appointment'],
    [t.event, 'domain_event'],
    [t.idem, 'idempotency_record'],
  ] as const) {
    await conn.query(`DROP TABLE IF EXISTS ${copy}`);
    await conn.query(`CREATE TABLE ${copy} LIKE ${of}`);
  }
}

/** The claims of a valid HS256 token, or null — what jsonwebtoken checks for ours. */
function verifyJwt(jwt: JwtConfig, token: string): { sub: string; sid: string } | null {
  const [head, body, sig] = token.split('.');
  if (!head || !body || !sig) return null;
  const expected = createHmac('sha256', jwt.secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  const c = JSON.parse(Buffer.from(body, 'base64url').toString()) as {
    sub?: string;
    sid?: string;
    iss?: string;
    aud?: string;
    exp?: number;
  };
  if (header.alg !== 'HS256' || c.iss !== jwt.issuer || c.aud !== jwt.audience || typeof c.exp !== 'number') return null;
  if (c.exp * 1000 <= Date.now() || !c.sub || typeof c.sid !== 'string') return null;
  return { sub: c.sub, sid: c.sid };
}

interface Ctx {
  req: IncomingMessage;
  status: number;
  body: unknown;
}

const ticket = () => randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase();

/** What the endpoint is configured with: the API's JWT settings and identity's session query (SESSION_SQL) and rule (SESSION_GOOD). */
export interface SameWorkConfig {
  jwt: JwtConfig;
  sessionSql: string;
  sessionGoodSql: string;
}

export async function bookSameWork(
  pool: mysql.Pool,
  { jwt, sessionSql, sessionGoodSql }: SameWorkConfig,
  ctx: Ctx,
  rawBody: string,
  opts: { sessionAlong?: boolean } = {},
): Promise<void> {
  const t = SAME_WORK_TABLES;
  const token = /^Bearer (.+)$/.exec(ctx.req.headers.authorization ?? '')?.[1];
  const claims = token ? verifyJwt(jwt, token) : null;
  const key = ctx.req.headers['idempotency-key'];
  if (!claims || typeof key !== 'string') return void ((ctx.status = 401), (ctx.body = { code: 'TOKEN_INVALID' }));
  const refuse = () => ((ctx.status = 401), (ctx.body = { code: 'TOKEN_INVALID' }));
  const sessionGood = async () => {
    const [session] = await pool.execute<mysql.RowDataPacket[]>(sessionSql, [claims.sid, claims.sub]);
    return !!session[0] && !Number(session[0].disabled) && !!Number(session[0].active);
  };
  if (!opts.sessionAlong && !(await sessionGood())) return void refuse();
  const req = JSON.parse(rawBody) as { slotId: number; itemCode: string; contactPhone: string };
  const full = () => ((ctx.status = 409), (ctx.body = { code: 'SLOT_FULL' }));
  const [slots] = opts.sessionAlong
    ? await pool.execute<mysql.RowDataPacket[]>(
        `SELECT id, capacity, booked, ${sessionGoodSql} AS session_good FROM ${t.slot} WHERE id = ?`,
        [claims.sub, claims.sid, req.slotId],
      )
    : await pool.execute<mysql.RowDataPacket[]>(`SELECT id, capacity, booked FROM ${t.slot} WHERE id = ?`, [req.slotId]);
  const slot = slots[0];
  if (opts.sessionAlong && (slot ? Number(slot.session_good) !== 1 : !(await sessionGood()))) return void refuse();
  if (!slot || Number(slot.booked) >= Number(slot.capacity)) return void full();

  const now = new Date();
  const id = randomUUID();
  // The bench's slots come in days of 40 (ids from 1): a resident books once a day, like ours.
  const date = new Date(Date.UTC(2030, 0, 1) + Math.floor((req.slotId - 1) / 40) * 86_400_000).toISOString().slice(0, 10);
  const answer = { id, slotId: req.slotId, itemCode: req.itemCode, status: 'booked', ticketCode: ticket() };
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.execute(`INSERT INTO ${t.idem} (user_id, idem_key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
      claims.sub,
      key,
      createHmac('sha256', jwt.secret).update(rawBody).digest('hex'),
      201,
      JSON.stringify(answer),
      now,
    ]);
    await conn.execute(
      `INSERT INTO ${t.appointment} (id, user_id, item_code, hall_code, schedule_id, slot_id, date, start_time, end_time, status,
         ticket_code, contact_phone_enc, active_key, decline_reason, created_at, updated_at, version)
       VALUES (?, ?, ?, 'cy-district', 1, ?, ?, '09:00', '09:10', 'booked', ?, ?, ?, NULL, ?, ?, 1)`,
      [
        id,
        claims.sub,
        req.itemCode,
        req.slotId,
        date,
        answer.ticketCode,
        req.contactPhone,
        `${claims.sub}:${req.itemCode}:${date}`,
        now,
        now,
      ],
    );
    await conn.execute(
      `INSERT INTO ${t.event} (type, aggregate_type, aggregate_id, user_id, payload, dedupe_key, created_at, processed_at, claimed_by, claimed_until)
       VALUES ('appointment.booked', 'appointment', ?, ?, ?, ?, ?, NULL, NULL, NULL)`,
      [id, claims.sub, JSON.stringify(answer), `appointment.booked:${id}:v1`, now],
    );
    const [r] = await conn.execute<mysql.ResultSetHeader>(`UPDATE ${t.slot} SET booked = booked + 1 WHERE id = ? AND booked < capacity`, [
      req.slotId,
    ]);
    if (r.affectedRows !== 1) {
      await conn.rollback();
      return void full();
    }
    await conn.commit();
    ctx.status = 201;
    ctx.body = answer;
  } catch (err) {
    await conn.rollback().catch(() => {});
    throw err;
  } finally {
    conn.release();
  }
}
