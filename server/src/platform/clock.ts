// The district clock. Slot dates and times are calendar values in the district's time zone
// (configuration, Asia/Shanghai by default); instants are UTC. Use cases take the clock from
// their dependencies instead of reading the machine's zone or hard-coding one.
import { addCalendarDays, instantIn, todayIn, utcOffsetMinutes } from '@bianmin/shared/calendar/iso-date';

export interface DistrictClock {
  readonly timeZone: string;
  now(): Date;
  /** The district's calendar date of an instant (default: now). */
  today(at?: Date): string;
  /** The instant a district-local date and time (HH:mm) happens. */
  instantOf(date: string, time: string): Date;
  /** `11月27日 08:00`, for messages. */
  display(at: Date): string;
  /** `08:00`, for messages. */
  displayTime(at: Date): string;
}

export function createDistrictClock(timeZone: string, now: () => Date = () => new Date()): DistrictClock {
  // Throws RangeError for a zone the runtime does not know: configuration fails fast.
  const day = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const time = new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false });
  // Every request asks for today, and each answer costs an Intl call: the day's span is remembered.
  let span: { date: string; from: number; to: number } | null = null;
  const today = (at: Date) => {
    const t = at.getTime();
    if (span && t >= span.from && t < span.to) return span.date;
    const date = todayIn(timeZone, at);
    const from = instantIn(date, '00:00', timeZone);
    const to = instantIn(addCalendarDays(date, 1), '00:00', timeZone);
    // Only a day whose offset does not change (no daylight-saving switch) is remembered: then every
    // instant of [from, to) reads `date`.
    if (utcOffsetMinutes(timeZone, from) === utcOffsetMinutes(timeZone, new Date(to.getTime() - 1)) && todayIn(timeZone, from) === date)
      span = { date, from: from.getTime(), to: to.getTime() };
    return date;
  };
  return {
    timeZone,
    now,
    today: (at = now()) => today(at),
    instantOf: (date, hhmm) => instantIn(date, hhmm, timeZone),
    display: (at) => day.format(at),
    displayTime: (at) => time.format(at),
  };
}

export function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
