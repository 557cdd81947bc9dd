// District time. Slot dates and times are calendar values in the district's zone; instants are UTC.
// China observes no daylight saving, so Asia/Shanghai is a fixed +08:00.
import { todayIn } from '@bianmin/shared/calendar/working-days';

export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';

/** The instant a district-local date and time (HH:mm) happens. */
export function instantOf(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${OFFSET}`);
}

export function districtToday(now: Date): string {
  return todayIn(DISTRICT_TIME_ZONE, now);
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const display = new Intl.DateTimeFormat('zh-CN', {
  timeZone: DISTRICT_TIME_ZONE, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
});
/** `11月27日 08:00` style, for messages. */
export const displayInstant = (d: Date) => display.format(d);
