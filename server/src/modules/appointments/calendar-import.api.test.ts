// Late December 2026: the holiday package stops at 2026-12-31, and the State Council's notice for
// 2027 is out. An administrator imports it (here: the EXAMPLE file, not the real notice); New
// Year's Day stops being bookable and the resident who had booked it is told why, the calendar
// covers the next 60 days again, and importing the same file twice changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, CalendarImportResult, CalendarStatus, ErrorBody, Health, SlotList } from '@bianmin/shared';
import { bookableItemCode, HALL, openSchedule, putSchedule, unlimited, verifiedResident } from '../../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { AuditEntity, DomainEventEntity } from '../../platform/entities';
import { createDistrictClock } from '../../platform/clock';
import { importHolidayScheduleFile } from './calendar-import-tool';
import { CalendarOverrideEntity } from './entities';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../../scripts/calendar/example-2027.txt'), 'utf8');
const NOW = new Date('2026-12-29T02:00:00Z'); // 10:00 in the district, a Tuesday
const NEW_YEAR = '2027-01-01'; // a Friday: a working day until 2027's schedule is known

let app: TestApp;
let admin: string;
let item: string;
const importFile = (text: string, token = admin) => app.send<CalendarImportResult>('/api/v1/admin/calendar/imports', { text }, { token });
const auditCount = () => app.dataSource.getRepository(AuditEntity).count({ where: { action: 'admin.calendar_import' } });

beforeAll(async () => {
  app = await startTestApp({ overrides: { limiter: unlimited, clock: createDistrictClock('Asia/Shanghai', () => NOW) } });
  item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item));
  admin = (await app.signInStaff('calendar.admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }])).accessToken;
});
afterAll(() => closeIfStarted(app));

describe('POST /admin/calendar/imports', () => {
  let booked: Appointment;

  it('before the import the calendar, and health, warn that the next 60 days are not covered', async () => {
    const status = await app.get<CalendarStatus>('/api/v1/admin/calendar', admin);
    expect(status.body).toMatchObject({ coveredThrough: '2026-12-31', coversNext60Days: false });
    expect(status.body.warning).toContain('pnpm calendar:import');
    expect((await app.get<Health>('/api/v1/health')).body.calendar?.coversNext60Days).toBe(false);
    // …and New Year's Day 2027 is still offered, so a resident books it.
    const slots = await app.get<SlotList>(`/api/v1/appointments/slots?item=${item}&hall=${HALL}&date=${NEW_YEAR}`);
    const slot = slots.body.slots.find((s) => s.bookable);
    const resident = await verifiedResident(app, 'new-year');
    const res = await app.send<Appointment>(
      '/api/v1/appointments',
      { slotId: slot?.id, itemCode: item, contactPhone: '13700003333' },
      { token: resident.accessToken, headers: { 'Idempotency-Key': crypto.randomUUID() } },
    );
    expect(res.status).toBe(201);
    booked = res.body;
    expect(await app.services.appointments.calendar.calendar().then((c) => c.isWorkingDay(NEW_YEAR))).toBe(true);
  });

  it('imports the year: holidays close, 调休 weekends open, the booking on a new holiday is cancelled with the reason', async () => {
    const res = await importFile(EXAMPLE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2027, changed: true, added: 36, updated: 0, removed: 0, cancelledAppointments: 1 });
    expect(res.body.message).toContain('1个已有预约因放假被取消');
    expect(res.body.calendar).toMatchObject({ coveredThrough: '2027-12-31', coversNext60Days: true, warning: null });
    expect((await app.get<Health>('/api/v1/health')).body.calendar?.coversNext60Days).toBe(true);

    // At once, not after the cache expires: deadlines and slots count with the new days.
    const calendar = await app.services.appointments.calendar.calendar();
    expect([NEW_YEAR, '2027-02-10', '2027-02-20'].map((d) => calendar.isWorkingDay(d))).toEqual([false, false, true]);
    const avail = await app.get<{ days: { date: string }[] }>(`/api/v1/appointments/availability?item=${item}&hall=${HALL}`);
    expect(avail.body.days.map((d) => d.date)).not.toContain(NEW_YEAR);

    const cancelled = await app.dataSource
      .getRepository(DomainEventEntity)
      .findOne({ where: { aggregateId: booked.id, type: 'appointment.cancelled' } });
    expect(cancelled?.payload).toMatchObject({ reason: '大厅停办：元旦放假' });
    expect(await auditCount()).toBe(1);
  });

  it('the same file again changes nothing, writes nothing and says so', async () => {
    const before = await app.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } });
    const res = await importFile(EXAMPLE);
    expect(res.body).toMatchObject({ changed: false, added: 0, updated: 0, removed: 0, unchanged: 36, cancelledAppointments: 0 });
    expect(res.body.message).toBe('2027年的节假日安排与已导入的完全相同，没有任何改动');
    expect(await app.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } })).toEqual(before);
    expect(await auditCount()).toBe(1);
  });

  it('a corrected notice takes back a day it no longer lists; from the command line too, audited', async () => {
    const corrected = EXAMPLE.replace('放假 端午节 2027-06-09', '放假 端午节 2027-06-10');
    const result = await importHolidayScheduleFile(
      app.dataSource,
      { timeZone: 'Asia/Shanghai', auditRetentionDays: 180 },
      corrected,
      'ops',
    );
    expect(result).toMatchObject({ changed: true, added: 1, removed: 1, unchanged: 35 });
    // Another process wrote it: this API instance reads the table again when its cache expires (5 s).
    const { overrides } = (await app.get<CalendarStatus>('/api/v1/admin/calendar', admin)).body;
    expect(overrides.filter((o) => o.date.startsWith('2027-06'))).toEqual([{ date: '2027-06-10', kind: 'holiday', note: '端午节' }]);
    const audit = await app.dataSource
      .getRepository(AuditEntity)
      .findOne({ where: { action: 'admin.calendar_import', actorId: IsNull() } });
    expect(audit?.detail).toMatchObject({ via: 'cli:ops', added: 1, removed: 1 });
  });

  it('a file with mistakes changes nothing, and each mistake names its line', async () => {
    const res = await app.send<ErrorBody>(
      '/api/v1/admin/calendar/imports',
      { text: '年份 2028\n来源 https://www.gov.cn/x\n放假 元旦 2028-01-01\n上班 2028-01-05 元旦调休\n' },
      { token: admin },
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fieldErrors).toEqual({ 'lines.4': ['第4行：调休上班日必须是周六或周日，2028-01-05 是周三'] });
    expect((await app.get<CalendarStatus>('/api/v1/admin/calendar', admin)).body.overrides.some((o) => o.date.startsWith('2028'))).toBe(
      false,
    );
  });

  it('only administrators may import: window staff get 404', async () => {
    const clerk = await app.signInStaff('calendar.clerk', [{ role: 'window_staff', scopeType: 'hall', scopeCode: HALL }]);
    expect((await importFile(EXAMPLE, clerk.accessToken)).status).toBe(404);
  });

  it('warns again when the imported year is about to run out', async () => {
    const later = await app.services.appointments.calendar.status(new Date('2027-11-15T02:00:00Z'));
    expect(later).toMatchObject({ coveredThrough: '2027-12-31', coversNext60Days: false });
  });
});
