// Shared set-up for appointment tests: a schedule whose days are all released, residents with real
// names, and a future slot to fight over.
import { randomUUID } from 'node:crypto';
import {
  type Appointment,
  checkDigitOf,
  type ErrorBody,
  REAL_NAME_CONSENT,
  type Me,
  type ScheduleInput,
  type SlotList,
  type TokenPair,
} from '@bianmin/shared';
import { AppointmentEntity } from '../modules/appointments/entities';
import type { RateLimiter } from '../platform/rate-limit';
import { startTestApp, type TestApp } from './harness';

export const HALL = 'cy-district';

/** For load-shaped tests: every request is allowed (the limits are tested on their own). */
export const unlimited: RateLimiter = {
  hit: () => Promise.resolve({ allowed: true, retryAfterSeconds: 0 }),
  peek: () => Promise.resolve(0),
  close: () => Promise.resolve(),
};

export function openSchedule(itemCode: string | null, overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    hallCode: HALL,
    itemCode,
    slotMinutes: 30,
    capacityPerSlot: 5,
    horizonWorkingDays: 5,
    // Released long ago and bookable up to the minute: tests do not depend on the time of day.
    releaseTime: '00:00',
    releaseWorkingDaysBefore: 5,
    minNoticeMinutes: 0,
    cancelCutoffMinutes: 0,
    requiresConfirmation: false,
    openingPeriods: [
      { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '12:00' },
      { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '13:30', close: '17:00' },
    ],
    ...overrides,
  };
}

export async function putSchedule(app: TestApp, schedule: ScheduleInput) {
  const saved = await app.services.appointments.schedules.put('test-admin', schedule, null);
  return saved;
}

/** A code of an item the district hall handles and that takes appointments. */
export async function bookableItemCode(app: Pick<TestApp, 'services'>, name = '居住证办理'): Promise<string> {
  const snapshot = await app.services.catalogue.current();
  const item = snapshot.items.find((i) => i.name === name && i.appointmentAvailable && snapshot.hallServes(HALL, i));
  if (!item) throw new Error(`no bookable item ${name} at ${HALL}`);
  return item.code;
}

let serial = 0;
/** A resident signed in with a verified real name. */
export async function verifiedResident(app: TestApp, label = 'r'): Promise<TokenPair & { id: string }> {
  const tokens = await app.signInResident(`${label}-${serial + 1}-${Date.now()}`);
  return { ...tokens, id: await verifyRealName(app, tokens.accessToken) };
}

/** Verifies the signed-in resident's real name (a distinct valid ID number each time); their user id. */
export async function verifyRealName(app: TestApp, accessToken: string): Promise<string> {
  serial++;
  // A distinct, valid number per resident: birth dates step a day at a time from 1950.
  const birth = new Date(Date.UTC(1950, 0, 1) + (serial + Math.floor(Math.random() * 20_000)) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const first17 = `370214${birth}${String(serial % 1000).padStart(3, '0')}`;
  const idNumber = first17 + checkDigitOf(first17);
  const res = await app.send<Me>('/api/v1/me/real-name', { name: '测试居民', idNumber, ...REAL_NAME_CONSENT }, { token: accessToken });
  if (res.status !== 200) throw new Error(`real-name failed: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** The first bookable slot on a day after today (so the time of day never matters). */
export async function futureSlot(app: TestApp, itemCode: string, skip = 0) {
  const avail = await app.get<{ days: { date: string; open: boolean; free: number }[] }>(
    `/api/v1/appointments/availability?item=${itemCode}&hall=${HALL}`,
  );
  const today = avail.body.days[0]?.date;
  const days = avail.body.days.filter((d) => d.open && d.free > 0 && d.date !== today);
  const day = days[0];
  if (!day) throw new Error(`no open day: ${JSON.stringify(avail.body)}`);
  const slots = await app.get<SlotList>(`/api/v1/appointments/slots?item=${itemCode}&hall=${HALL}&date=${day.date}`);
  const slot = slots.body.slots.filter((s) => s.bookable)[skip];
  if (!slot) throw new Error('no bookable slot');
  return { date: day.date, ...slot };
}

/**
 * A test app whose district hall takes appointments for 居住证办理 every day, released long ago
 * (`schedule` changes what a test needs), with the rate limits off.
 */
export async function startBookingApp(schedule: Partial<ScheduleInput> = {}): Promise<{ app: TestApp; item: string }> {
  const app = await startTestApp({ overrides: { limiter: unlimited } });
  try {
    const item = await bookableItemCode(app);
    await putSchedule(app, openSchedule(item, schedule));
    return { app, item };
  } catch (err) {
    // The caller's afterAll never gets an app that failed half-way, so it is closed here.
    await app.close();
    throw err;
  }
}

/** POST /appointments as the mini-app sends it: a fresh Idempotency-Key per attempt. */
export function bookSlot(app: TestApp, token: string, slot: { slotId: number; itemCode: string }, contactPhone = '13912345678') {
  return app.send<Appointment & ErrorBody>(
    '/api/v1/appointments',
    { ...slot, contactPhone },
    { token, headers: { 'Idempotency-Key': randomUUID() } },
  );
}

/** A verified resident's appointment moved to today, as if its day had come: ready for the window. */
export async function bookedForToday(app: TestApp, label: string, itemCode: string): Promise<Appointment & { token: string }> {
  const r = await verifiedResident(app, label);
  const slot = await futureSlot(app, itemCode);
  const res = await bookSlot(app, r.accessToken, { slotId: slot.id, itemCode }, '13700001111');
  if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`);
  const today = app.services.platform.clock.today();
  await app.dataSource.getRepository(AppointmentEntity).update({ id: res.body.id }, { date: today });
  return { ...res.body, date: today, token: r.accessToken };
}

/** A window clerk of a hall (the district hall unless named), signed in: their access token. */
export async function windowClerk(app: TestApp, username: string, hall = HALL): Promise<string> {
  return (await app.signInStaff(username, [{ role: 'window_staff', scopeType: 'hall', scopeCode: hall }])).accessToken;
}
