// A resident books a window, sees the ticket, moves and cancels it; the rules that protect the
// slots (real name, one per item and day, release times, cut-offs, no-shows) hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, AppointmentList, ErrorBody } from '@bianmin/shared';
import {
  bookableItemCode,
  bookSlot,
  futureSlot,
  HALL,
  openSchedule,
  putSchedule,
  startBookingApp,
  verifiedResident,
  verifyRealName,
} from '../../testing/appointments-fixture';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { DomainEventEntity } from '../../platform/entities';
import { AppointmentEntity, SlotEntity } from './entities';

let app: TestApp;
let item: string;
beforeAll(async () => {
  ({ app, item } = await startBookingApp({ capacityPerSlot: 3 }));
});
afterAll(() => closeIfStarted(app));

const book = (token: string, slotId: number, itemCode = item) => bookSlot(app, token, { slotId, itemCode });
const events = (id: string) => app.dataSource.getRepository(DomainEventEntity).find({ where: { aggregateId: id }, order: { id: 'ASC' } });
const booked = async (slotId: number) => (await app.dataSource.getRepository(SlotEntity).findOneByOrFail({ id: slotId })).booked;

describe('booking', () => {
  it('asks for real-name verification first, and books at once when it is done, with the same sign-in', async () => {
    const anonymous = await app.signInResident('appt-no-realname');
    const slot = await futureSlot(app, item);
    const before = await booked(slot.id);
    const res = await book(anonymous.accessToken, slot.id);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('REAL_NAME_REQUIRED');
    expect(await booked(slot.id)).toBe(before);
    await verifyRealName(app, anonymous.accessToken);
    expect((await book(anonymous.accessToken, slot.id)).status).toBe(201);
    expect(await booked(slot.id)).toBe(before + 1);
  });

  it('needs an Idempotency-Key', async () => {
    const r = await verifiedResident(app, 'nokey');
    const slot = await futureSlot(app, item);
    const res = await app.send<ErrorBody>(
      '/api/v1/appointments',
      { slotId: slot.id, itemCode: item, contactPhone: '13912345678' },
      { token: r.accessToken },
    );
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toHaveProperty('Idempotency-Key');
  });

  it('books a slot: ticket code, QR, masked phone, an event in the same transaction, listed as upcoming', async () => {
    const r = await verifiedResident(app, 'booker');
    const slot = await futureSlot(app, item);
    const before = await booked(slot.id);
    const res = await book(r.accessToken, slot.id);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'booked',
      statusLabel: '已预约',
      date: slot.date,
      start: slot.start,
      contactPhone: '139****5678',
      canCancel: true,
    });
    expect(res.body.ticketCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(res.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(res.body.qrToken).not.toContain(res.body.ticketCode);
    expect(await booked(slot.id)).toBe(before + 1);
    expect((await events(res.body.id)).map((e) => e.type)).toEqual(['appointment.booked']);
    const mine = await app.get<AppointmentList>('/api/v1/appointments/mine', r.accessToken);
    expect(mine.body.items.map((a) => a.id)).toContain(res.body.id);
  });

  it('answers a retried booking (same Idempotency-Key) with the first answer, ticket image included; the record keeps the token, not the image', async () => {
    const r = await verifiedResident(app, 'retry');
    const slot = await futureSlot(app, item);
    const key = crypto.randomUUID();
    const send = () =>
      app.send<Appointment>(
        '/api/v1/appointments',
        { slotId: slot.id, itemCode: item, contactPhone: '13912345678' },
        { token: r.accessToken, headers: { 'Idempotency-Key': key } },
      );
    const first = await send();
    const retried = await send();
    expect(first.status).toBe(201);
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(first.body);
    expect(retried.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const [record] = await app.dataSource.query<{ body: string }[]>('SELECT body FROM idempotency_record WHERE idem_key = ?', [key]);
    const stored = JSON.parse(record?.body ?? 'null') as Appointment;
    expect(stored).toEqual({ ...first.body, qrDataUrl: null });
  });

  it('allows one active appointment per item and day', async () => {
    const r = await verifiedResident(app, 'twice');
    const first = await futureSlot(app, item);
    const second = await futureSlot(app, item, 1);
    expect((await book(r.accessToken, first.id)).status).toBe(201);
    const again = await book(r.accessToken, second.id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_BOOKED');
  });

  it('keeps other residents out: someone else’s appointment is a 404', async () => {
    const owner = await verifiedResident(app, 'owner');
    const other = await verifiedResident(app, 'other');
    const res = await book(owner.accessToken, (await futureSlot(app, item, 2)).id);
    expect((await app.get(`/api/v1/appointments/${res.body.id}`, other.accessToken)).status).toBe(404);
    expect((await app.send(`/api/v1/appointments/${res.body.id}/cancel`, {}, { token: other.accessToken })).status).toBe(404);
  });
});

describe('cancel and reschedule', () => {
  it('cancels before the cut-off and frees the place', async () => {
    const r = await verifiedResident(app, 'cancel');
    const slot = await futureSlot(app, item);
    const res = await book(r.accessToken, slot.id);
    const taken = await booked(slot.id);
    const cancelled = await app.send<Appointment>(`/api/v1/appointments/${res.body.id}/cancel`, {}, { token: r.accessToken });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', qrToken: null, canCancel: false });
    expect(await booked(slot.id)).toBe(taken - 1);
    expect((await events(res.body.id)).map((e) => e.type)).toEqual(['appointment.booked', 'appointment.cancelled']);
    const twice = await app.send<ErrorBody>(`/api/v1/appointments/${res.body.id}/cancel`, {}, { token: r.accessToken });
    expect(twice.body.code).toBe('APPOINTMENT_STATE');
  });

  it('moves an appointment to another slot in one step', async () => {
    const r = await verifiedResident(app, 'move');
    const from = await futureSlot(app, item, 3);
    const to = await futureSlot(app, item, 4);
    const res = await book(r.accessToken, from.id);
    const [fromBefore, toBefore] = [await booked(from.id), await booked(to.id)];
    const moved = await app.send<Appointment>(
      `/api/v1/appointments/${res.body.id}/reschedule`,
      { slotId: to.id },
      { token: r.accessToken, headers: { 'Idempotency-Key': crypto.randomUUID() } },
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: res.body.id, start: to.start, ticketCode: res.body.ticketCode });
    expect([await booked(from.id), await booked(to.id)]).toEqual([fromBefore - 1, toBefore + 1]);
  });
});

describe('schedule rules', () => {
  it('says when a day that is not released yet will open', async () => {
    const other = await bookableItemCode(app, '结婚登记');
    await putSchedule(app, openSchedule(other, { releaseWorkingDaysBefore: 0, releaseTime: '23:59' }));
    const avail = await app.get<{ days: { date: string; open: boolean; opensAt: string | null }[] }>(
      `/api/v1/appointments/availability?item=${other}&hall=${HALL}`,
    );
    const later = avail.body.days.filter((d) => !d.open);
    expect(later.length).toBeGreaterThan(0);
    expect(later[0]!.opensAt).toMatch(/T15:59:00\.000Z$/); // 23:59 in Shanghai
  });

  it('refuses cancellation after the cut-off', async () => {
    const late = await bookableItemCode(app, '残疾人证办理');
    await putSchedule(app, openSchedule(late, { cancelCutoffMinutes: 10_080 }));
    const r = await verifiedResident(app, 'late');
    const res = await book(r.accessToken, (await futureSlot(app, late)).id, late);
    expect(res.body.canCancel).toBe(false);
    const cancel = await app.send<ErrorBody>(`/api/v1/appointments/${res.body.id}/cancel`, {}, { token: r.accessToken });
    expect(cancel.status).toBe(409);
    expect(cancel.body.code).toBe('CANCEL_TOO_LATE');
  });

  it('suspends booking after 3 no-shows in 90 days, saying why and until when', async () => {
    const r = await verifiedResident(app, 'absent');
    const items = ['居住证办理', '残疾人证办理', '结婚登记'];
    for (const name of items) {
      const code = await bookableItemCode(app, name);
      await putSchedule(app, openSchedule(code));
      const res = await book(r.accessToken, (await futureSlot(app, code)).id, code);
      await app.dataSource.getRepository(AppointmentEntity).update({ id: res.body.id }, { status: 'no_show', activeKey: null });
    }
    const res = await book(r.accessToken, (await futureSlot(app, item, 5)).id);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('BOOKING_SUSPENDED');
    expect(res.body.message).toMatch(/90天内有3次预约未到，\d{4}-\d{2}-\d{2}前暂停网上预约/);
  });
});
