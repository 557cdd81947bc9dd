// Calendar dates as 'YYYY-MM-DD' strings, meant in the district's time zone. Arithmetic runs on
// day numbers (days since 1970-01-01, proleptic Gregorian) computed with integer formulas, so
// neither the server's time zone nor daylight saving can shift a date by one.

/** 'YYYY-MM-DD', a calendar date in the district's time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

// days_from_civil / civil_from_days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"):
// exact for every year, unlike Date.UTC, which reads years 0–99 as 1900–1999.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Day number of a real calendar date, NaN for anything else. */
function dayNumberOrNaN(date: string): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/** Strict: 'YYYY-MM-DD' naming a real date (no 2026-02-29, no times, no spaces). */
export function isIsoDate(s: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(s));
}

/** Days since 1970-01-01; throws a RangeError for anything that is not a real 'YYYY-MM-DD' date. */
export function toDayNumber(date: IsoDate): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) {
    throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}. Expected a real date as YYYY-MM-DD, e.g. 2026-10-08.`);
  }
  return n;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`Date out of range: day ${dayNumber} is outside the years 0000–9999.`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function assertWholeDays(n: number, what = 'Number of days'): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}.`);
}

export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  assertWholeDays(n);
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 Sunday … 6 Saturday, for a day number. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

// Building an Intl.DateTimeFormat costs far more than using one; keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>();

/** Today's date on the wall calendar of `timeZone` (IANA name, e.g. 'Asia/Shanghai'). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return fromDayNumber(daysFromCivil(get('year'), get('month'), get('day')));
}
