// Shared set-up for appointment tests: a schedule whose days are all released, residents with real
// names, and a future slot to fight over.
import { checkDigitOf, REAL_NAME_CONSENT, type Me, type ScheduleInput, type SlotList, type TokenPair } from '@bianmin/shared';
import type { RateLimiter } from '../platform/rate-limit';
import type { TestApp } from './harness';

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
  serial++;
  const tokens = await app.signInResident(`${label}-${serial}-${Date.now()}`);
  // A distinct, valid number per resident: birth dates step a day at a time from 1950.
  const birth = new Date(Date.UTC(1950, 0, 1) + (serial + Math.floor(Math.random() * 20_000)) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const first17 = `370214${birth}${String(serial % 1000).padStart(3, '0')}`;
  const idNumber = first17 + checkDigitOf(first17);
  const res = await app.send<Me>(
    '/api/v1/me/real-name',
    { name: '测试居民', idNumber, ...REAL_NAME_CONSENT },
    { token: tokens.accessToken },
  );
  if (res.status !== 200) throw new Error(`real-name failed: ${JSON.stringify(res.body)}`);
  return { ...tokens, id: res.body.id };
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
