// Calendar dates as 'YYYY-MM-DD' strings, meant in the district's time zone. Arithmetic runs on
// day numbers (days since 1970-01-01, proleptic Gregorian) computed with integer formulas, so
// neither the server's time zone nor daylight saving can shift a date by one.

/** 'YYYY-MM-DD', a calendar date in the district's time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0); // no month outside 1–12 has a day
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

// ---- time zones ----
// A district names its zone (IANA, e.g. 'Asia/Shanghai'); dates and HH:mm times are read on that
// zone's wall clock. Offsets come from Intl, so any zone works, daylight saving included.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Zones whose offset never changes, for runtimes whose Intl has no zone data (some mini-program engines). */
const FIXED_OFFSET_MINUTES: Record<string, number> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Harbin': 480,
  PRC: 480,
  'Asia/Urumqi': 360,
  'Asia/Hong_Kong': 480,
  'Asia/Macau': 480,
  'Asia/Taipei': 480,
  UTC: 0,
  'Etc/UTC': 0,
};

// Building an Intl.DateTimeFormat costs far more than using one; keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      // hour12: false is understood everywhere (some engines then say 24 for midnight: see % 24 below).
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        hour12: false,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      if (typeof format.formatToParts !== 'function') format = null;
    } catch (err) {
      if (!(timeZone in FIXED_OFFSET_MINUTES)) {
        throw new RangeError(`Unknown time zone ${JSON.stringify(timeZone)}: use an IANA name such as "Asia/Shanghai".`, { cause: err });
      }
      format = null;
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes `timeZone`'s wall clock is ahead of UTC at `at` (480 for Asia/Shanghai). Throws a RangeError for an unknown zone. */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const format = wallClockFormat(timeZone);
  if (!format) return FIXED_OFFSET_MINUTES[timeZone] ?? 0; // only zones of the table get here
  const parts = format.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall =
    daysFromCivil(get('year'), get('month'), get('day')) * DAY_MS +
    ((get('hour') % 24) * 60 + get('minute')) * MINUTE_MS +
    get('second') * 1000;
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** The date and HH:mm time an instant reads on `timeZone`'s wall clock. */
export function wallClockIn(timeZone: string, at: Date = new Date()): { date: IsoDate; time: string } {
  const wall = at.getTime() + utcOffsetMinutes(timeZone, at) * MINUTE_MS;
  const dayNumber = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - dayNumber * DAY_MS) / MINUTE_MS);
  return { date: fromDayNumber(dayNumber), time: `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}` };
}

/** Today's date on the wall calendar of `timeZone` (IANA name, e.g. 'Asia/Shanghai'). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return wallClockIn(timeZone, now).date;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant `date` at `time` (HH:mm) happens in `timeZone`. A time the clock shows twice (when
 * daylight saving ends) is the first; a time it skips (when it starts) is read at the old offset.
 */
export function instantIn(date: IsoDate, time: string, timeZone: string): Date {
  // A pure function of its text arguments, asked for the same few slot times on every request;
  // each answer costs three or four Intl look-ups, so answers are remembered (bounded).
  const key = `${date} ${time} ${timeZone}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const at = computeInstantIn(date, time, timeZone);
  if (instants.size >= INSTANTS_KEPT) instants.clear();
  instants.set(key, at.getTime());
  return at;
}

const INSTANTS_KEPT = 4096;
const instants = new Map<string, number>();

function computeInstantIn(date: IsoDate, time: string, timeZone: string): Date {
  const match = HHMM.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${JSON.stringify(time)}. Expected HH:mm, e.g. 09:30.`);
  const wall = toDayNumber(date) * DAY_MS + (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
  // Offsets change at most once a day: the one before and the one after cover every case.
  const before = wall - utcOffsetMinutes(timeZone, new Date(wall - DAY_MS)) * MINUTE_MS;
  const after = wall - utcOffsetMinutes(timeZone, new Date(wall + DAY_MS)) * MINUTE_MS;
  const reads = (t: number) => t + utcOffsetMinutes(timeZone, new Date(t)) * MINUTE_MS === wall;
  const fits = [before, after].filter(reads);
  return new Date(fits.length ? Math.min(...fits) : before);
}
