// Working days for legal and promised deadlines (architecture.md, "Deadlines in working days"):
// counting starts the day after acceptance, skips weekends and public holidays, and counts
// make-up working days (调休). The State Council schedule comes from `chinese-days`; an
// administrator's overrides win over it, because each year's schedule is published only weeks
// before the year starts and local closures happen.
import published from 'chinese-days/dist/chinese-days.json';
import { assertWholeDays, fromDayNumber, toDayNumber, weekdayOfDayNumber, type IsoDate } from './iso-date';

export { addCalendarDays, isIsoDate, todayIn, weekdayOf, type IsoDate } from './iso-date';

export interface CalendarOverride {
  date: IsoDate;
  kind: 'workday' | 'holiday';
  note?: string;
}

type CalendarData = { holidays: Iterable<IsoDate>; workdays: Iterable<IsoDate>; coveredThrough: IsoDate };
type StoredData = { holidays: IsoDate[]; workdays: IsoDate[]; coveredThrough: IsoDate };

// Only the JSON is used: the package's date functions work in the machine's local time zone.
const holidayYears = Object.keys(published.holidays).map((date) => Number(date.slice(0, 4)));
const PUBLISHED: StoredData = {
  holidays: Object.keys(published.holidays),
  workdays: Object.keys(published.workdays),
  coveredThrough: `${Math.max(...holidayYears)}-12-31`,
};

// Outside the table only the weekday rule applies, so counts there have a closed form. Day 0
// (1970-01-01) was a Thursday; in a week counted from a Thursday, Mon–Fri sit at offsets 0,1,4,5,6.
const MON_TO_FRI_AMONG_FIRST = [0, 1, 2, 2, 2, 3, 4]; // Mon–Fri days among the first r days
const MON_TO_FRI_OFFSETS = [0, 1, 4, 5, 6];

/** table[i] for an index the caller has computed to be in range: a RangeError, not NaN, if not. */
function read(table: ArrayLike<number>, i: number): number {
  const value = table[i];
  if (value === undefined) throw new RangeError(`working-day table: no entry ${i} of ${table.length}`);
  return value;
}

/** Mon–Fri days with day number < x. Only differences between two values mean anything. */
function weekdaysBefore(x: number): number {
  const weeks = Math.floor(x / 7);
  return 5 * weeks + read(MON_TO_FRI_AMONG_FIRST, x - 7 * weeks);
}

/** The Mon–Fri day d with weekdaysBefore(d) === k. */
function nthWeekday(k: number): number {
  const weeks = Math.floor(k / 5);
  return 7 * weeks + read(MON_TO_FRI_OFFSETS, k - 5 * weeks);
}

export class WorkingCalendar {
  /** Last date the published holiday data (or an override) covers. */
  readonly coveredThrough: IsoDate;
  readonly #data: StoredData;
  readonly #overrides: CalendarOverride[];
  readonly #coveredThrough: number;
  /** Day number of the first day in the table; every dated entry lies inside the table. */
  readonly #start: number;
  /** 1 for a working day, per day from #start. */
  readonly #working: Uint8Array;
  /** #before[i]: working days in [#start, #start + i). One longer than #working. */
  readonly #before: Int32Array;

  constructor(data: CalendarData = PUBLISHED, overrides: CalendarOverride[] = []) {
    this.#data = { holidays: [...data.holidays], workdays: [...data.workdays], coveredThrough: data.coveredThrough };
    this.#overrides = overrides.map((o) => ({ ...o }));
    const holidays = this.#data.holidays.map(toDayNumber);
    const workdays = this.#data.workdays.map(toDayNumber);
    const overridden = this.#overrides.map((o) => {
      const kind: string = o.kind; // overrides are stored rows: check what the type promises
      if (kind !== 'workday' && kind !== 'holiday') {
        throw new RangeError(`Calendar override for ${o.date} has kind ${JSON.stringify(kind)}; use 'workday' or 'holiday'.`);
      }
      return { day: toDayNumber(o.date), working: kind === 'workday' };
    });
    const overriddenDays = overridden.map((o) => o.day);
    const dataEnd = toDayNumber(data.coveredThrough);
    this.#coveredThrough = Math.max(dataEnd, ...overriddenDays);
    this.coveredThrough = fromDayNumber(this.#coveredThrough);

    const all = [...holidays, ...workdays, ...overriddenDays];
    this.#start = Math.min(dataEnd, ...all);
    const length = Math.max(this.#coveredThrough, ...all) - this.#start + 1;
    this.#working = new Uint8Array(length);
    for (let i = 0; i < length; i++) this.#working[i] = this.#byWeekday(this.#start + i) ? 1 : 0;
    for (const day of holidays) this.#working[day - this.#start] = 0;
    for (const day of workdays) this.#working[day - this.#start] = 1;
    for (const o of overridden) this.#working[o.day - this.#start] = o.working ? 1 : 0;
    this.#before = new Int32Array(length + 1);
    this.#working.forEach((working, i) => {
      this.#before[i + 1] = read(this.#before, i) + working;
    });
  }

  /** Mon–Fri unless a public holiday; Sat/Sun only if a make-up working day; overrides win over everything. */
  isWorkingDay(date: IsoDate): boolean {
    const day = toDayNumber(date);
    const i = day - this.#start;
    return i >= 0 && i < this.#working.length ? this.#working[i] === 1 : this.#byWeekday(day);
  }

  /**
   * n ≥ 0: the n-th working day AFTER `date` (counting starts the day after; n = 0 returns `date`
   * itself). n < 0: the |n|-th working day before `date` (counting starts the day before).
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    assertWholeDays(n, 'Number of working days');
    const day = toDayNumber(date);
    if (n === 0) return date;
    return fromDayNumber(this.#nth(n > 0 ? this.#countBefore(day + 1) + n - 1 : this.#countBefore(day) + n));
  }

  /**
   * Working days in (a, b] — after a, up to and including b. When b < a, minus the working days
   * in [b, a), the mirror image. Either way addWorkingDays(a, workingDaysBetween(a, b)) === b
   * when b is a working day, and workingDaysBetween(a, addWorkingDays(a, n)) === n.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const from = toDayNumber(a);
    const to = toDayNumber(b);
    return to >= from ? this.#countBefore(to + 1) - this.#countBefore(from + 1) : this.#countBefore(to) - this.#countBefore(from);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /** True when every date up to `date` is covered by published data or overrides. */
  covers(date: IsoDate): boolean {
    return toDayNumber(date) <= this.#coveredThrough;
  }

  /** A new calendar with these overrides added; on the same date, the later one wins. */
  withOverrides(overrides: CalendarOverride[]): WorkingCalendar {
    return new WorkingCalendar(this.#data, [...this.#overrides, ...overrides]);
  }

  #byWeekday(day: number): boolean {
    const weekday = weekdayOfDayNumber(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** Working days with day number < x, counted from the table start (negative before it). */
  #countBefore(x: number): number {
    const i = x - this.#start;
    const length = this.#working.length;
    if (i < 0) return weekdaysBefore(x) - weekdaysBefore(this.#start);
    if (i > length) return read(this.#before, length) + weekdaysBefore(x) - weekdaysBefore(this.#start + length);
    return read(this.#before, i);
  }

  /** The working day d with #countBefore(d) === k: the inverse of #countBefore. */
  #nth(k: number): number {
    const length = this.#working.length;
    const total = read(this.#before, length);
    if (k < 0) return nthWeekday(k + weekdaysBefore(this.#start));
    if (k >= total) return nthWeekday(k - total + weekdaysBefore(this.#start + length));
    let lo = 1; // smallest i with #before[i] > k; the day is #start + i - 1
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (read(this.#before, mid) > k) hi = mid;
      else lo = mid + 1;
    }
    return this.#start + lo - 1;
  }
}

/** The State Council schedule from `chinese-days`, no overrides. */
export const defaultCalendar = new WorkingCalendar();

export function isWorkingDay(date: IsoDate): boolean {
  return defaultCalendar.isWorkingDay(date);
}

export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  return defaultCalendar.addWorkingDays(date, n);
}

export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  return defaultCalendar.workingDaysBetween(a, b);
}
