// When each day's slots open and which slots a resident may still book: pure rules over a schedule,
// the working calendar, closures and the current instant.
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { addCalendarDays, weekdayOf } from '@bianmin/shared/calendar/working-days';
import { type DistrictClock, minutesOf, timeOf } from '../../platform/clock';
import type { ScheduleRow } from './entities';

/** What the rules read of a schedule (a schedule read with a slot for booking has no `updatedAt`). */
export type ScheduleRules = Omit<ScheduleRow, 'updatedAt'>;

export interface DayPlan {
  date: string;
  opensAt: Date;
  open: boolean;
  closedReason: string | null;
}

/** Working days from today through the horizon, each with its release instant. */
export function plannedDays(
  clock: DistrictClock,
  schedule: ScheduleRules,
  calendar: WorkingCalendar,
  closures: Map<string, string>,
  now: Date,
): DayPlan[] {
  const today = clock.today(now);
  const last = calendar.addWorkingDays(today, schedule.horizonWorkingDays);
  const days: DayPlan[] = [];
  for (let date = today; date <= last; date = addCalendarDays(date, 1)) {
    if (calendar.isWorkingDay(date)) days.push(planOf(clock, schedule, calendar, closures.get(date) ?? null, date, now));
  }
  return days;
}

/** The plan of one day, as `plannedDays` has it, or null when `plannedDays` does not list the day. */
export function plannedDay(
  clock: DistrictClock,
  schedule: ScheduleRules,
  calendar: WorkingCalendar,
  closedReason: string | null,
  date: string,
  now: Date,
): DayPlan | null {
  const today = clock.today(now);
  if (date < today || date > calendar.addWorkingDays(today, schedule.horizonWorkingDays) || !calendar.isWorkingDay(date)) return null;
  return planOf(clock, schedule, calendar, closedReason, date, now);
}

function planOf(
  clock: DistrictClock,
  schedule: ScheduleRules,
  calendar: WorkingCalendar,
  closedReason: string | null,
  date: string,
  now: Date,
): DayPlan {
  const releaseDay = calendar.addWorkingDays(date, -schedule.releaseWorkingDaysBefore);
  const opensAt = clock.instantOf(releaseDay, schedule.releaseTime);
  return { date, opensAt, open: !closedReason && now.getTime() >= opensAt.getTime(), closedReason };
}

/** The slot boundaries of one day: opening periods for its weekday cut into `slotMinutes` pieces. */
export function slotTimesOn(schedule: ScheduleRules, date: string): { start: string; end: string }[] {
  const weekday = weekdayOf(date);
  const times: { start: string; end: string }[] = [];
  for (const period of schedule.openingPeriods) {
    if (!period.weekdays.includes(weekday)) continue;
    const close = minutesOf(period.close);
    for (let t = minutesOf(period.open); t + schedule.slotMinutes <= close; t += schedule.slotMinutes) {
      times.push({ start: timeOf(t), end: timeOf(t + schedule.slotMinutes) });
    }
  }
  return times.sort((a, b) => a.start.localeCompare(b.start));
}

/** A slot can be booked when its day is released and open, and it starts after the minimum notice. */
export function startsInTime(clock: DistrictClock, schedule: ScheduleRules, date: string, start: string, now: Date): boolean {
  return clock.instantOf(date, start).getTime() - schedule.minNoticeMinutes * 60_000 > now.getTime();
}

/**
 * `startsInTime` for many slots at once: only the slots of the day the notice period ends on need
 * the district-time arithmetic; every later day is in time and every earlier one is not.
 */
export function inTimeFrom(clock: DistrictClock, schedule: ScheduleRules, now: Date): (date: string, start: string) => boolean {
  const cutoffDay = clock.today(new Date(now.getTime() + schedule.minNoticeMinutes * 60_000));
  return (date, start) => date > cutoffDay || (date === cutoffDay && startsInTime(clock, schedule, date, start, now));
}

export function cancelDeadline(clock: DistrictClock, schedule: ScheduleRules, date: string, start: string): Date {
  return new Date(clock.instantOf(date, start).getTime() - schedule.cancelCutoffMinutes * 60_000);
}
