// The morning the slots open: many residents race for few places. No place is ever given twice,
// every loser hears SLOT_FULL at once, and the counter always equals the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, ErrorBody } from '@bianmin/shared';
import { bookableItemCode, futureSlot, openSchedule, putSchedule, unlimited, verifiedResident } from '../../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { SlotEntity } from './entities';

let app: TestApp;
let item: string;
beforeAll(async () => {
  app = await startTestApp({ overrides: { limiter: unlimited } });
  item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item, { capacityPerSlot: 5 }));
});
afterAll(async () => {
  await closeIfStarted(app);
});

const bookAs = (token: string, slotId: number, key: string = crypto.randomUUID()) =>
  app.send<Appointment & ErrorBody>(
    '/api/v1/appointments',
    { slotId, itemCode: item, contactPhone: '13900000000' },
    { token, headers: { 'Idempotency-Key': key } },
  );

async function counterAndRows(slotId: number) {
  const slot = await app.dataSource.getRepository(SlotEntity).findOneByOrFail({ id: slotId });
  return { booked: slot.booked, rows: await app.services.appointments.resident.activeCount(slotId) };
}

describe('POST /api/v1/appointments under contention', () => {
  it('200 residents racing for a slot of capacity 5: exactly 5 bookings, 195 clean SLOT_FULL', async () => {
    const residents = [];
    for (let i = 0; i < 200; i++) residents.push(await verifiedResident(app, 'race'));
    const slot = await futureSlot(app, item);
    const results = await Promise.all(residents.map((r) => bookAs(r.accessToken, slot.id)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(195);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'SLOT_FULL')).toBe(true);
    expect(await counterAndRows(slot.id)).toEqual({ booked: 5, rows: 5 });
  });

  it('the same idempotency key sent 20 times at once makes one appointment', async () => {
    const resident = await verifiedResident(app, 'idem');
    const slot = await futureSlot(app, item, 1);
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => bookAs(resident.accessToken, slot.id, key)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await counterAndRows(slot.id)).toEqual({ booked: 1, rows: 1 });
  });

  it('a key that booked replays its booking even after the slot has filled up', async () => {
    const slot = await futureSlot(app, item, 5);
    const first = await verifiedResident(app, 'replay');
    const key = crypto.randomUUID();
    const booked = await bookAs(first.accessToken, slot.id, key);
    for (let i = 0; i < 4; i++) await bookAs((await verifiedResident(app, 'filler')).accessToken, slot.id);
    expect((await bookAs((await verifiedResident(app, 'late')).accessToken, slot.id)).body.code).toBe('SLOT_FULL');
    const replay = await bookAs(first.accessToken, slot.id, key);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(booked.body.id);
  });

  it('cancellations racing with bookings never lose or double a place', async () => {
    const slot = await futureSlot(app, item, 2);
    const holders: Awaited<ReturnType<typeof verifiedResident>>[] = [];
    for (let i = 0; i < 5; i++) holders.push(await verifiedResident(app, 'holder'));
    const held = await Promise.all(holders.map((h) => bookAs(h.accessToken, slot.id)));
    expect(held.every((r) => r.status === 201)).toBe(true);
    const challengers = [];
    for (let i = 0; i < 30; i++) challengers.push(await verifiedResident(app, 'challenger'));
    const [cancels, bookings] = await Promise.all([
      Promise.all(
        held.slice(0, 3).map((h, i) => app.send(`/api/v1/appointments/${h.body.id}/cancel`, {}, { token: holders[i]!.accessToken })),
      ),
      Promise.all(challengers.map((c) => bookAs(c.accessToken, slot.id))),
    ]);
    expect(cancels.every((c) => c.status === 200)).toBe(true);
    const won = bookings.filter((b) => b.status === 201).length;
    expect(won).toBeLessThanOrEqual(3);
    expect(bookings.every((b) => b.status === 201 || b.body.code === 'SLOT_FULL')).toBe(true);
    const state = await counterAndRows(slot.id);
    expect(state.booked).toBe(state.rows);
    expect(state.booked).toBe(2 + won);
  });

  it('rescheduling races with bookings: the move is all or nothing', async () => {
    const from = await futureSlot(app, item, 3);
    const to = await futureSlot(app, item, 4);
    const movers: Awaited<ReturnType<typeof verifiedResident>>[] = [];
    for (let i = 0; i < 4; i++) movers.push(await verifiedResident(app, 'mover'));
    const booked = await Promise.all(movers.map((m) => bookAs(m.accessToken, from.id)));
    const rivals = [];
    for (let i = 0; i < 10; i++) rivals.push(await verifiedResident(app, 'rival'));
    const [moves, grabs] = await Promise.all([
      Promise.all(
        booked.map((b, i) =>
          app.send<Appointment & ErrorBody>(
            `/api/v1/appointments/${b.body.id}/reschedule`,
            { slotId: to.id },
            { token: movers[i]!.accessToken, headers: { 'Idempotency-Key': crypto.randomUUID() } },
          ),
        ),
      ),
      Promise.all(rivals.map((r) => bookAs(r.accessToken, to.id))),
    ]);
    const moved = moves.filter((m) => m.status === 200).length;
    const grabbed = grabs.filter((g) => g.status === 201).length;
    expect(moved + grabbed).toBe(5);
    expect(moves.every((m) => m.status === 200 || m.body.code === 'SLOT_FULL')).toBe(true);
    expect(await counterAndRows(to.id)).toEqual({ booked: 5, rows: 5 });
    expect(await counterAndRows(from.id)).toEqual({ booked: 4 - moved, rows: 4 - moved });
  });
});
