// Several API instances share one database, each with its own short-lived caches. A closure or a
// holiday recorded through another instance (written here straight to the database, as that
// instance would) must stop bookings on this one at once: no cache may let a closed day through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSlot, futureSlot, HALL, startBookingApp, verifiedResident } from '../../testing/appointments-fixture';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { CalendarOverrideEntity, ClosureEntity } from './entities';

let app: TestApp;
let item: string;
beforeAll(async () => {
  ({ app, item } = await startBookingApp());
});
afterAll(() => closeIfStarted(app));

const book = (token: string, slotId: number) => bookSlot(app, token, { slotId, itemCode: item });

describe('POST /api/v1/appointments right after another instance closed the day', () => {
  it('a closure of the hall that day: refused with its reason, no place taken', async () => {
    const r = await verifiedResident(app, 'inst-closure');
    const slot = await futureSlot(app, item);
    await app.dataSource.getRepository(ClosureEntity).insert({ hallCode: HALL, date: slot.date, reason: '电力检修' });
    const res = await book(r.accessToken, slot.id);
    expect([res.status, res.body.code, res.body.message]).toEqual([400, 'SLOT_NOT_OPEN', '当天暂停办理：电力检修']);
    expect(await app.services.appointments.resident.activeCount(slot.id)).toBe(0);
  });

  it('a new holiday: refused although this instance still caches the old calendar', async () => {
    const r = await verifiedResident(app, 'inst-holiday');
    const slot = await futureSlot(app, item); // reads availability: this instance's calendar is now cached
    await app.dataSource
      .getRepository(CalendarOverrideEntity)
      .insert({ date: slot.date, kind: 'holiday', note: '台风停办', updatedAt: new Date() });
    const res = await book(r.accessToken, slot.id);
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await app.services.appointments.resident.activeCount(slot.id)).toBe(0);
  });
});
