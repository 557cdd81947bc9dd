import type { OpeningPeriod } from '@bianmin/shared/catalogue/catalogue.schema';
import { WEEKDAY_LABEL } from '@bianmin/shared/catalogue/vocabulary';

// Residents read a week as Monday … Sunday.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** `[1,2,3,4,5]` → 周一至周五; `[1,3]` → 周一、周三; `[6,0]` → 周六、周日. */
export function formatWeekdays(weekdays: readonly number[]): string {
  // Positions in the Monday-first week, so runs are consecutive integers.
  const positions = WEEK_ORDER.map((d, i) => (weekdays.includes(d) ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 7) return '每天';
  const runs: number[][] = [];
  for (const pos of positions) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === pos - 1) run.push(pos);
    else runs.push([pos]);
  }
  const label = (pos: number) => WEEKDAY_LABEL[WEEK_ORDER[pos]!];
  return runs
    .map((run) => {
      const first = label(run[0]!);
      const last = label(run[run.length - 1]!);
      if (run.length === 1) return first;
      if (run.length === 2) return `${first}、${last}`;
      return `${first}至${last}`;
    })
    .join('、');
}

const weekPosition = (day: number) => WEEK_ORDER.findIndex((d) => d === day);

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
    .sort((a, b) => weekPosition(a.weekdays[0]!) - weekPosition(b.weekdays[0]!))
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
