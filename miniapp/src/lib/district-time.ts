// Appointment dates and times are calendar values in the district's zone (Asia/Shanghai, a fixed
// +08:00 with no daylight saving), whatever zone the phone is set to.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const pad = (n: number) => String(n).padStart(2, '0');
const shifted = (instant: Date) => new Date(instant.getTime() + OFFSET_MS);

/** Today's date (YYYY-MM-DD) in the district. */
export function districtToday(now: Date = new Date()): string {
  return shifted(now).toISOString().slice(0, 10);
}

/** The instant a district-local date and time (HH:mm) happens. */
export function instantOf(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 2026-11-27 → 11月27日 */
export function formatMonthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** 2026-11-27 → 周五 */
export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/** 11月27日 周五 09:00–09:30 */
export function formatVisit(date: string, start: string, end: string): string {
  return `${formatMonthDay(date)} ${weekdayOf(date)} ${start}–${end}`;
}

/** An ISO instant as the district reads it: 11月27日 08:00. */
export function formatInstant(iso: string): string {
  const d = shifted(new Date(iso));
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
