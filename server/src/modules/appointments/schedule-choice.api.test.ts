// Which schedule a slot may be booked under: the item's own at the hall, else the hall's general
// one. A slot of the general schedule is not bookable for an item that has its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookableItemCode,
  bookSlot,
  futureSlot,
  HALL,
  openSchedule,
  putSchedule,
  unlimited,
  verifiedResident,
} from '../../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';

let app: TestApp;
let own: string; // has its own schedule at the hall
let general: string; // booked under the hall's general schedule
beforeAll(async () => {
  app = await startTestApp({ overrides: { limiter: unlimited } });
  own = await bookableItemCode(app);
  const snapshot = await app.services.catalogue.current();
  const other = snapshot.items.find((i) => i.code !== own && i.appointmentAvailable && snapshot.hallServes(HALL, i));
  if (!other) throw new Error(`no second bookable item at ${HALL}`);
  general = other.code;
  await putSchedule(app, openSchedule(null));
  await putSchedule(app, openSchedule(own, { slotMinutes: 20 }));
});
afterAll(() => closeIfStarted(app));

describe('the schedule a slot belongs to', () => {
  it('books an item without a schedule of its own in a slot of the hall’s general schedule', async () => {
    const r = await verifiedResident(app, 'general');
    const slot = await futureSlot(app, general);
    const res = await bookSlot(app, r.accessToken, { slotId: slot.id, itemCode: general });
    expect(res.status).toBe(201);
  });

  it('books an item with a schedule of its own in one of its own slots', async () => {
    const r = await verifiedResident(app, 'own');
    const slot = await futureSlot(app, own);
    const res = await bookSlot(app, r.accessToken, { slotId: slot.id, itemCode: own });
    expect(res.status).toBe(201);
  });

  it('refuses a slot of the general schedule for an item that has its own, and takes no place', async () => {
    const r = await verifiedResident(app, 'wrong-schedule');
    const slot = await futureSlot(app, general, 1);
    const res = await bookSlot(app, r.accessToken, { slotId: slot.id, itemCode: own });
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors?.slotId).toEqual(['这个时段不能预约这个事项，请重新选择']);
    const after = await futureSlot(app, general, 1);
    expect(after).toEqual(slot);
  });
});
