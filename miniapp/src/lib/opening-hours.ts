import type { OpeningPeriod } from '@bianmin/shared/catalogue/catalogue.schema';
import { WEEKDAY_LABEL } from '@bianmin/shared/catalogue/vocabulary';

// Residents read a week as Monday … Sunday.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

type Weekday = (typeof WEEK_ORDER)[number];

/** `[1,2,3,4,5]` → 周一至周五; `[1,3]` → 周一、周三; `[6,0]` → 周六、周日. */
export function formatWeekdays(weekdays: readonly number[]): string {
  if (WEEK_ORDER.every((d) => weekdays.includes(d))) return '每天';
  // Runs of days next to each other in the Monday-first week.
  const runs: { first: Weekday; last: Weekday; length: number }[] = [];
  let run: (typeof runs)[number] | null = null; // the run the day before belongs to
  for (const day of WEEK_ORDER) {
    if (!weekdays.includes(day)) {
      run = null;
    } else if (run) {
      run.last = day;
      run.length += 1;
    } else {
      run = { first: day, last: day, length: 1 };
      runs.push(run);
    }
  }
  return runs
    .map(({ first, last, length }) => {
      if (length === 1) return WEEKDAY_LABEL[first];
      if (length === 2) return `${WEEKDAY_LABEL[first]}、${WEEKDAY_LABEL[last]}`;
      return `${WEEKDAY_LABEL[first]}至${WEEKDAY_LABEL[last]}`;
    })
    .join('、');
}

/** Where the first of `weekdays` falls in the Monday-first week. */
const firstPosition = (weekdays: readonly number[]) => WEEK_ORDER.findIndex((d) => weekdays.includes(d));

export interface HoursLine {
  days: string;
  times: string;
}

/**
 * Groups periods that share the same days into one line:
 * 周一至周五 09:00-12:00、13:30-17:00 / 周六 09:00-12:00. Lines follow the week from Monday.
 */
export function formatOpeningHours(periods: readonly OpeningPeriod[]): HoursLine[] {
  const groups = new Map<string, { weekdays: number[]; times: string[] }>();
  for (const p of periods) {
    const weekdays = WEEK_ORDER.filter((d) => p.weekdays.includes(d));
    if (weekdays.length === 0) continue;
    const key = weekdays.join(',');
    const group = groups.get(key) ?? { weekdays, times: [] };
    group.times.push(`${p.open}-${p.close}`);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => firstPosition(a.weekdays) - firstPosition(b.weekdays))
    .map((g) => ({ days: formatWeekdays(g.weekdays), times: [...g.times].sort().join('、') }));
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether the hall is open at `now` (device clock). Public holidays are not known here, which is
 * why the page always shows the hall's own note next to this.
 */
export function isOpenAt(periods: readonly OpeningPeriod[], now: Date): boolean {
  const day = now.getDay();
  const t = now.getHours() * 60 + now.getMinutes();
  return periods.some((p) => p.weekdays.includes(day) && t >= minutes(p.open) && t < minutes(p.close));
}
