// What a booking costs the database in round trips: the budget the rush bench depends on
// (docs/bench/booking.md). A refusal of a full slot — most answers of a rush — makes ONE statement:
// the slot's row, with the Idempotency-Key's probe and the caller's session check riding along (the
// hand-written baseline makes two, the session first); a booking makes seven and one read of the
// rules (schedule, closure, no-shows). Reads of the briefly cached calendar and catalogue
// version are not counted: they happen once every few seconds, not per request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableItemCode, futureSlot, openSchedule, putSchedule, unlimited, verifiedResident } from '../../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';

let app: TestApp;
let item: string;
const statements: string[] = [];
let counting = false;

interface DriverPool {
  getConnection(done: (err: Error | null, connection: object & { release(): void }) => void): void;
}
/** The prototype of mysql2's connection class that defines `method` (every connection shares it). */
function ownerOf(connection: object, method: string): Record<string, unknown> {
  for (let p: object | null = connection; p; p = Object.getPrototypeOf(p) as object | null)
    if (Object.prototype.hasOwnProperty.call(p, method)) return p as Record<string, unknown>;
  throw new Error(`no ${method} on the driver's connection`);
}

beforeAll(async () => {
  app = await startTestApp({ overrides: { limiter: unlimited }, env: { CATALOGUE_CHECK_MS: '60000' } });
  item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item, { capacityPerSlot: 1 }));
  // Every statement the app sends: on MySQL/MariaDB every query or prepared execute on any of the
  // driver's connections (TypeORM's, the pool's own, a transaction's prepared writes); on SQLite
  // what TypeORM logs.
  const pool = (app.dataSource.driver as unknown as { pool?: DriverPool }).pool;
  if (pool) {
    const connection = await new Promise<object & { release(): void }>((resolve, reject) =>
      pool.getConnection((err, c) => (err ? reject(err) : resolve(c))),
    );
    for (const method of ['query', 'execute'] as const) {
      const proto = ownerOf(connection, method);
      const original = proto[method] as (this: unknown, sql: unknown, ...rest: unknown[]) => unknown;
      proto[method] = function (this: unknown, sql: unknown, ...rest: unknown[]) {
        if (counting) statements.push(typeof sql === 'string' ? sql : String((sql as { sql?: string }).sql));
        return original.call(this, sql, ...rest);
      };
    }
    connection.release();
  } else {
    const logger = app.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (counting) statements.push(query);
      logQuery(query, parameters, runner);
    };
  }
});
afterAll(async () => {
  await closeIfStarted(app);
});

// TypeORM names the cached reads by their entities (our own SQL uses table names).
const cacheRefresh = /\bCalendarOverride\b|\bCatalogueMeta\b/;
async function statementsOf(send: () => Promise<{ status: number }>) {
  statements.length = 0;
  counting = true;
  const { status } = await send();
  counting = false;
  return { status, count: statements.filter((s) => !cacheRefresh.test(s)).length };
}

describe('POST /api/v1/appointments, in round trips to the database', () => {
  it('a booking: the slot (with the session), the rules, then one transaction of six; a refusal of a full slot: one', async () => {
    const [winner, loser, warm] = [
      await verifiedResident(app, 'rt-a'),
      await verifiedResident(app, 'rt-b'),
      await verifiedResident(app, 'rt-w'),
    ];
    const slot = await futureSlot(app, item);
    const book = (token: string, slotId: number) => () =>
      app.send(
        '/api/v1/appointments',
        { slotId, itemCode: item, contactPhone: '13912345678' },
        { token, headers: { 'Idempotency-Key': crypto.randomUUID() } },
      );
    // Warm: the catalogue and the calendar are read once, the prepared statements prepared.
    expect((await book(warm.accessToken, (await futureSlot(app, item, 1)).id)()).status).toBe(201);

    // slot (+ key, + session), rules; BEGIN, appointment, event, idempotency record, the place, COMMIT
    expect(await statementsOf(book(winner.accessToken, slot.id))).toEqual({ status: 201, count: 8 });
    // slot (+ key, + session): full, the key has no answer, the session is good
    expect(await statementsOf(book(loser.accessToken, slot.id))).toEqual({ status: 409, count: 1 });
    // slot (none: the probes came with no row), the session and the key each read on their own
    expect(await statementsOf(book(loser.accessToken, 987_654_321))).toEqual({ status: 400, count: 3 });
  });
});
