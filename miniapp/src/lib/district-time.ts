// Appointment dates and times are calendar values in the district's zone (the build constant
// DISTRICT_TIME_ZONE, Asia/Shanghai by default), whatever zone the phone is set to.
import { addCalendarDays, instantIn, todayIn, wallClockIn, weekdayOf as weekdayNumber } from '@bianmin/shared/calendar/iso-date';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 2026-11-27 → 11月27日 */
export function formatMonthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** 2026-11-27 → 周五 */
export function weekdayOf(date: string): string {
  return WEEKDAYS[weekdayNumber(date)] ?? '';
}

export function addDays(date: string, days: number): string {
  return addCalendarDays(date, days);
}

/** 11月27日 周五 09:00–09:30 */
export function formatVisit(date: string, start: string, end: string): string {
  return `${formatMonthDay(date)} ${weekdayOf(date)} ${start}–${end}`;
}

/** The clock of a district in `timeZone` (IANA name). */
export function districtTime(timeZone: string) {
  return {
    /** Today's date (YYYY-MM-DD) in the district. */
    today: (now: Date = new Date()) => todayIn(timeZone, now),
    /** The instant a district-local date and time (HH:mm) happens. */
    instantOf: (date: string, time: string) => instantIn(date, time, timeZone),
    /** An ISO instant as the district reads it: 11月27日 08:00. */
    formatInstant: (iso: string): string => {
      const { date, time } = wallClockIn(timeZone, new Date(iso));
      return `${formatMonthDay(date)} ${time}`;
    },
  };
}

const district = districtTime(DISTRICT_TIME_ZONE);
export const districtToday = district.today;
export const instantOf = district.instantOf;
export const formatInstant = district.formatInstant;
