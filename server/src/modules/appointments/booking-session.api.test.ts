// Booking checks the caller's session along the slot's read (one round trip, not two). Whatever the
// booking would have answered, a resident who signed out — or whose account was disabled — gets
// 401 and books nothing: not a place, not a refusal, not the replay of an answer given before.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableItemCode, futureSlot, openSchedule, putSchedule, unlimited, verifiedResident } from '../../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';

let app: TestApp;
let item: string;

beforeAll(async () => {
  app = await startTestApp({ overrides: { limiter: unlimited } });
  item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item, { capacityPerSlot: 1 }));
});
afterAll(async () => {
  await closeIfStarted(app);
});

const book = (token: string, body: unknown, key = randomUUID()) =>
  app.send<{ code?: string }>('/api/v1/appointments', body, { token, headers: { 'Idempotency-Key': key } });
const booking = (slotId: number) => ({ slotId, itemCode: item, contactPhone: '13912345678' });

async function placesTaken(slotId: number): Promise<number> {
  const [row] = await app.dataSource.query<{ booked: number | string }[]>('SELECT booked FROM slot WHERE id = ?', [slotId]);
  return Number(row?.booked);
}
async function appointmentsOf(userId: string): Promise<number> {
  const [row] = await app.dataSource.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM appointment WHERE user_id = ?', [userId]);
  return Number(row?.n);
}

describe('booking with a session that has ended', () => {
  it('a resident who signed out gets 401 for a free slot, a full one, a missing one and a malformed request, and books nothing', async () => {
    const other = await verifiedResident(app, 'sess-other');
    const full = await futureSlot(app, item, 2);
    expect((await book(other.accessToken, booking(full.id))).status).toBe(201);

    const gone = await verifiedResident(app, 'sess-gone');
    expect((await app.send('/api/v1/auth/logout', { refreshToken: gone.refreshToken })).status).toBe(204);
    const free = await futureSlot(app, item, 3);

    for (const body of [booking(free.id), booking(full.id), booking(987_654_321), { slotId: 'x', itemCode: item }]) {
      const res = await book(gone.accessToken, body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'TOKEN_INVALID' });
    }
    expect(await placesTaken(free.id)).toBe(0);
    expect(await appointmentsOf(gone.id)).toBe(0);
  });

  it('after signing out, resending a request that already succeeded gets 401, not the stored answer', async () => {
    const r = await verifiedResident(app, 'sess-replay');
    const slot = await futureSlot(app, item, 4);
    const key = randomUUID();
    expect((await book(r.accessToken, booking(slot.id), key)).status).toBe(201);
    expect((await book(r.accessToken, booking(slot.id), key)).status).toBe(201); // a replay while signed in

    await app.send('/api/v1/auth/logout', { refreshToken: r.refreshToken });
    const res = await book(r.accessToken, booking(slot.id), key);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'TOKEN_INVALID' });
  });

  it('a disabled account gets 401 at once, with its access token still unexpired', async () => {
    const r = await verifiedResident(app, 'sess-disabled');
    const slot = await futureSlot(app, item, 5);
    await app.dataSource.query('UPDATE user_account SET disabled = ? WHERE id = ?', [true, r.id]);
    const res = await book(r.accessToken, booking(slot.id));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'TOKEN_INVALID' });
    expect(await placesTaken(slot.id)).toBe(0);
  });

  it('a signed-in resident still books, and without a token the answer is 401 UNAUTHENTICATED', async () => {
    const r = await verifiedResident(app, 'sess-good');
    const slot = await futureSlot(app, item, 6);
    expect((await book(r.accessToken, booking(slot.id))).status).toBe(201);
    const anonymous = await app.send<{ code: string }>('/api/v1/appointments', booking(slot.id), {
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
