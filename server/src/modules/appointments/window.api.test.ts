// At the window: today's list, check-in by QR or ticket code, served / no-show, confirm or decline;
// staff of another hall see nothing. Plus the calendar administration and reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, CalendarStatus, ErrorBody, Health, StaffAppointment, StaffAppointmentList } from '@bianmin/shared';
import { addCalendarDays } from '@bianmin/shared/calendar/working-days';
import {
  bookableItemCode,
  bookedForToday,
  bookSlot,
  futureSlot,
  HALL,
  openSchedule,
  putSchedule,
  startBookingApp,
  verifiedResident,
  windowClerk,
} from '../../testing/appointments-fixture';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { DomainEventEntity } from '../../platform/entities';
import { AppointmentEntity } from './entities';

let app: TestApp;
let item: string;
let clerk: string;
let elsewhere: string;
let admin: string;
beforeAll(async () => {
  ({ app, item } = await startBookingApp());
  clerk = await windowClerk(app, 'clerk');
  elsewhere = await windowClerk(app, 'clerk.liuting', 'cy-street-liuting');
  admin = (await app.signInStaff('boss', [{ role: 'admin', scopeType: 'district', scopeCode: null }])).accessToken;
});
afterAll(() => closeIfStarted(app));

const today = () => app.services.platform.clock.today();
const bookedToday = (label: string, code = item) => bookedForToday(app, label, code);
const checkIn = (token: string, ticket: string) =>
  app.send<StaffAppointment & ErrorBody>('/api/v1/staff/appointments/check-in', { hall: HALL, ticket }, { token });

describe('window staff', () => {
  it('lists today’s appointments with masked names and phones', async () => {
    const a = await bookedToday('list');
    const res = await app.get<StaffAppointmentList>(`/api/v1/staff/appointments?hall=${HALL}`, clerk);
    const row = res.body.items.find((x) => x.id === a.id)!;
    expect(row).toMatchObject({ ticketCode: a.ticketCode, residentName: '测**民', contactPhone: '137****1111', status: 'booked' });
  });

  it('checks a resident in by scanning the QR, then marks them served', async () => {
    const a = await bookedToday('scan');
    const res = await checkIn(clerk, a.qrToken!);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('checked_in');
    const served = await app.send<StaffAppointment>(`/api/v1/staff/appointments/${a.id}/served`, {}, { token: clerk });
    expect(served.body.status).toBe('served');
  });

  it('checks in by the typed ticket code, forgiving case and spaces', async () => {
    const a = await bookedToday('typed');
    const typed = `${a.ticketCode.slice(0, 4).toLowerCase()} ${a.ticketCode.slice(4)}`;
    expect((await checkIn(clerk, typed)).body.status).toBe('checked_in');
    expect((await checkIn(clerk, typed)).body.code).toBe('ALREADY_CHECKED_IN');
  });

  it('says a code was already checked in, and when, instead of “状态已变化”', async () => {
    const a = await bookedToday('twice');
    expect((await checkIn(clerk, a.ticketCode)).status).toBe(200);
    const again = await checkIn(clerk, a.ticketCode);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_CHECKED_IN');
    expect(again.body.message).toMatch(/^这个预约已于 \d{2}:\d{2} 签到，无需重复签到$/);
    await app.send(`/api/v1/staff/appointments/${a.id}/served`, {}, { token: clerk });
    const afterServed = await checkIn(clerk, a.ticketCode);
    expect(afterServed.body.code).toBe('ALREADY_CHECKED_IN');
    expect(afterServed.body.message).toBe('这个预约已签到并办理完毕，无需再次签到');
  });

  it('rejects a forged QR and an appointment of another day', async () => {
    const a = await bookedToday('forged');
    expect(
      (
        await checkIn(
          clerk,
          a.qrToken!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        )
      ).status,
    ).toBe(404);
    await app.dataSource.getRepository(AppointmentEntity).update({ id: a.id }, { date: addCalendarDays(today(), 3) });
    expect((await checkIn(clerk, a.ticketCode)).body.message).toMatch(/不能今天签到/);
  });

  it('staff of another hall see nothing: 404 for the list and the check-in', async () => {
    const a = await bookedToday('scope');
    expect((await app.get(`/api/v1/staff/appointments?hall=${HALL}`, elsewhere)).status).toBe(404);
    expect((await checkIn(elsewhere, a.ticketCode)).status).toBe(404);
    expect((await app.send(`/api/v1/staff/appointments/${a.id}/served`, {}, { token: elsewhere })).status).toBe(404);
  });

  it('marks a no-show only after the slot has ended', async () => {
    const a = await bookedToday('noshow');
    await app.dataSource.getRepository(AppointmentEntity).update({ id: a.id }, { date: addCalendarDays(today(), -1) });
    const res = await app.send<StaffAppointment>(`/api/v1/staff/appointments/${a.id}/no-show`, {}, { token: clerk });
    expect(res.body.status).toBe('no_show');
  });

  it('confirms or declines bookings that need a clerk, with the resident told why', async () => {
    const marriage = await bookableItemCode(app, '结婚登记');
    await putSchedule(app, openSchedule(marriage, { requiresConfirmation: true }));
    const first = await bookedToday('pending1', marriage);
    const second = await bookedToday('pending2', marriage);
    expect(first.status).toBe('pending');
    expect((await checkIn(clerk, first.ticketCode)).body.message).toMatch(/未确认/);
    const confirmed = await app.send<StaffAppointment>(`/api/v1/staff/appointments/${first.id}/confirm`, {}, { token: clerk });
    expect(confirmed.body.status).toBe('booked');
    const declined = await app.send<StaffAppointment>(
      `/api/v1/staff/appointments/${second.id}/decline`,
      { reason: '当日婚姻登记员外出培训' },
      { token: clerk },
    );
    expect(declined.body.status).toBe('declined');
    const types = async (id: string) =>
      (await app.dataSource.getRepository(DomainEventEntity).find({ where: { aggregateId: id } })).map((e) => e.type);
    expect(await types(first.id)).toEqual(['appointment.pending', 'appointment.confirmed']);
    expect(await types(second.id)).toEqual(['appointment.pending', 'appointment.declined']);
  });
});

describe('reminders', () => {
  it('records one reminder for appointments on the next working day, however often the job runs', async () => {
    const a = await bookedToday('remind');
    const calendar = await app.services.appointments.calendar.calendar();
    await app.dataSource.getRepository(AppointmentEntity).update({ id: a.id }, { date: calendar.nextWorkingDay(today()) });
    expect(await app.services.appointments.recordReminders()).toBeGreaterThanOrEqual(1);
    expect(await app.services.appointments.recordReminders()).toBe(0);
  });
});

describe('calendar administration', () => {
  it('says whether the next 60 days are covered, in the admin API and in health', async () => {
    const status = await app.get<CalendarStatus>('/api/v1/admin/calendar', admin);
    expect(status.body.coversNext60Days).toBe(status.body.coveredThrough >= addCalendarDays(status.body.today, 60));
    expect(status.body.warning === null).toBe(status.body.coversNext60Days);
    const health = await app.get<Health>('/api/v1/health');
    expect(health.body.calendar?.coversNext60Days).toBe(status.body.coversNext60Days);
    expect(health.body.warnings.length > 0).toBe(!status.body.coversNext60Days);
  });

  it('an override closes a working day (and extends coverage), and slots vanish from it', async () => {
    const far = addCalendarDays(today(), 400);
    const res = await app.send<CalendarStatus>(
      '/api/v1/admin/calendar/overrides',
      { date: far, kind: 'holiday', note: '测试：来年放假安排' },
      { token: admin, method: 'PUT' },
    );
    expect(res.body.coversNext60Days).toBe(true);
    const slot = await futureSlot(app, item);
    await app.send(
      '/api/v1/admin/calendar/overrides',
      { date: slot.date, kind: 'holiday', note: '台风停办' },
      { token: admin, method: 'PUT' },
    );
    const avail = await app.get<{ days: { date: string }[] }>(`/api/v1/appointments/availability?item=${item}&hall=${HALL}`);
    expect(avail.body.days.map((d) => d.date)).not.toContain(slot.date);
  });

  it('a closure cancels the appointments already made for that day, with the reason, and frees their places', async () => {
    const r = await verifiedResident(app, 'closed');
    const slot = await futureSlot(app, item);
    const booked = await bookSlot(app, r.accessToken, { slotId: slot.id, itemCode: item }, '13700002222');
    const res = await app.send<{ cancelledAppointments: number }>(
      '/api/v1/admin/closures',
      { hallCode: HALL, date: slot.date, reason: '电力检修' },
      { token: admin },
    );
    expect(res.status).toBe(201);
    expect(res.body.cancelledAppointments).toBeGreaterThanOrEqual(1);
    const after = await app.get<Appointment>(`/api/v1/appointments/${booked.body.id}`, r.accessToken);
    expect(after.body).toMatchObject({ status: 'cancelled', declineReason: '大厅停办：电力检修', qrToken: null });
    const types = (await app.dataSource.getRepository(DomainEventEntity).find({ where: { aggregateId: booked.body.id } })).map(
      (e) => e.type,
    );
    expect(types).toEqual(['appointment.booked', 'appointment.cancelled']);
    const avail = await app.get<{ days: { date: string; closedReason: string | null }[] }>(
      `/api/v1/appointments/availability?item=${item}&hall=${HALL}`,
    );
    expect(avail.body.days.find((d) => d.date === slot.date)?.closedReason).toBe('电力检修');
  });

  it('is for administrators only', async () => {
    expect((await app.get<ErrorBody>('/api/v1/admin/calendar', clerk)).status).toBe(404);
  });
});
