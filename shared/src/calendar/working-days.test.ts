// Deadlines in working days: the 2026 State Council schedule as published in `chinese-days`,
// administrator overrides, and the laws of counting that every deadline relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import published from 'chinese-days/dist/chinese-days.json';
import {
  addCalendarDays,
  addWorkingDays,
  defaultCalendar,
  isWorkingDay,
  weekdayOf,
  workingDaysBetween,
  WorkingCalendar,
  type CalendarOverride,
} from './working-days';

const datesFrom = (first: string, last: string) => {
  const dates: string[] = [];
  for (let d = first; d <= last; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
};

// 国务院办公厅关于2026年部分节假日安排的通知
const HOLIDAYS_2026 = {
  元旦: ['2026-01-01', '2026-01-03'],
  春节: ['2026-02-15', '2026-02-23'],
  清明: ['2026-04-04', '2026-04-06'],
  劳动节: ['2026-05-01', '2026-05-05'],
  端午: ['2026-06-19', '2026-06-21'],
  中秋: ['2026-09-25', '2026-09-27'],
  国庆: ['2026-10-01', '2026-10-07'],
} as const;
const MAKE_UP_DAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

describe('the published 2026 schedule', () => {
  it.each(Object.entries(HOLIDAYS_2026))('%s is a run of days off', (_name, [first, last]) => {
    for (const date of datesFrom(first, last)) expect(isWorkingDay(date), date).toBe(false);
  });

  it('counts the make-up Saturdays and Sundays (调休) as working days', () => {
    for (const date of MAKE_UP_DAYS_2026) {
      expect([0, 6], date).toContain(weekdayOf(date));
      expect(isWorkingDay(date), date).toBe(true);
    }
  });

  it('holds exactly these holidays and make-up days for 2026', () => {
    const days = (o: object) =>
      Object.keys(o)
        .filter((d) => d.startsWith('2026-'))
        .sort();
    const expected = Object.values(HOLIDAYS_2026).flatMap(([first, last]) => datesFrom(first, last));
    expect(days(published.holidays)).toEqual(expected);
    expect(days(published.workdays)).toEqual(MAKE_UP_DAYS_2026);
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });

  it('resumes after the National Day holiday on Thursday 8 October', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(defaultCalendar.nextWorkingDay('2026-10-01')).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10'); // the make-up Saturday
    expect(addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkingDays('2026-10-04', 0)).toBe('2026-10-04');
  });

  it('stretches a 20-working-day limit accepted before 春节 to 16 March', () => {
    // Accepted Tuesday 10 February: the 14th and 28th (Saturdays) count, 15th–23rd do not.
    expect(addWorkingDays('2026-02-10', 20)).toBe('2026-03-16');
    expect(workingDaysBetween('2026-02-10', '2026-03-16')).toBe(20);
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // 元旦, then the make-up Sunday
  });

  it('covers 2026 and no further', () => {
    expect(defaultCalendar.coveredThrough).toBe('2026-12-31');
    expect(defaultCalendar.covers('2026-12-31')).toBe(true);
    expect(defaultCalendar.covers('2027-01-01')).toBe(false);
    expect(isWorkingDay('2027-06-01')).toBe(true); // beyond the data only weekends are skipped
  });

  it('rejects invalid dates and counts with a RangeError', () => {
    expect(() => isWorkingDay('2026-02-29')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-13-01', 1)).toThrow(/"2026-13-01"/);
    expect(() => workingDaysBetween('2026-01-01', '26-1-1')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => defaultCalendar.covers('')).toThrow(RangeError);
  });
});

describe('administrator overrides', () => {
  const closure: CalendarOverride = { date: '2026-03-10', kind: 'holiday', note: '办事大厅系统升级' };
  const saturdayOpening: CalendarOverride = { date: '2026-03-07', kind: 'workday', note: '周六加班受理' };

  it('a closure on a normal Tuesday pushes deadlines back a day', () => {
    const calendar = defaultCalendar.withOverrides([closure]);
    expect(calendar.isWorkingDay('2026-03-10')).toBe(false);
    expect(calendar.addWorkingDays('2026-02-10', 20)).toBe('2026-03-17');
    expect(defaultCalendar.addWorkingDays('2026-02-10', 20)).toBe('2026-03-16'); // the default is untouched
  });

  it('a Saturday opening counts as a working day', () => {
    const calendar = defaultCalendar.withOverrides([saturdayOpening]);
    expect(calendar.isWorkingDay('2026-03-07')).toBe(true);
    expect(calendar.addWorkingDays('2026-02-10', 20)).toBe('2026-03-13');
    expect(calendar.withOverrides([closure]).addWorkingDays('2026-02-10', 20)).toBe('2026-03-16');
  });

  it('win over public holidays and make-up days, and the later override wins', () => {
    const calendar = defaultCalendar.withOverrides([
      { date: '2026-10-02', kind: 'workday' },
      { date: '2026-10-10', kind: 'holiday' },
    ]);
    expect(calendar.isWorkingDay('2026-10-02')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(false);
    expect(calendar.withOverrides([{ date: '2026-10-02', kind: 'holiday' }]).isWorkingDay('2026-10-02')).toBe(false);
  });

  it('extend coverage through the latest override date', () => {
    const calendar = defaultCalendar.withOverrides([
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
      { date: '2027-02-06', kind: 'workday', note: '春节调休' },
      closure,
    ]);
    expect(calendar.coveredThrough).toBe('2027-02-06');
    expect(calendar.covers('2027-02-06')).toBe(true);
    expect(calendar.covers('2027-02-07')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(defaultCalendar.withOverrides([closure]).coveredThrough).toBe('2026-12-31');
  });

  it('work on data of your own, and refuse malformed overrides', () => {
    const calendar = new WorkingCalendar({ holidays: ['2030-01-01'], workdays: ['2030-01-05'], coveredThrough: '2030-12-31' });
    expect(calendar.addWorkingDays('2029-12-31', 1)).toBe('2030-01-02');
    expect(calendar.addWorkingDays('2030-01-04', 1)).toBe('2030-01-05');
    expect(calendar.coveredThrough).toBe('2030-12-31');
    expect(() => defaultCalendar.withOverrides([{ date: '2026-02-30', kind: 'holiday' }])).toThrow(RangeError);
    const odd = { date: '2026-03-02', kind: 'closed' } as unknown as CalendarOverride;
    expect(() => defaultCalendar.withOverrides([odd])).toThrow(/'workday' or 'holiday'/);
  });
});

// Dates from 2003 to 2028, so the properties also run before and after the published data.
const date = fc.integer({ min: 0, max: 9500 }).map((n) => addCalendarDays('2003-01-01', n));
const count = fc.integer({ min: -300, max: 300 });
const positive = fc.integer({ min: 1, max: 300 });
const withOverrides = defaultCalendar.withOverrides([
  { date: '2026-03-10', kind: 'holiday' },
  { date: '2026-03-07', kind: 'workday' },
  { date: '2027-10-01', kind: 'holiday' },
  { date: '2002-06-01', kind: 'workday' },
]);

describe.each([
  ['default', defaultCalendar],
  ['with overrides', withOverrides],
] as const)('the %s calendar', (_, calendar) => {
  const add = (d: string, n: number) => calendar.addWorkingDays(d, n);
  const oracle = (d: string, n: number) => {
    // step one day at a time
    for (let left = Math.abs(n); left > 0;) {
      d = addCalendarDays(d, Math.sign(n));
      if (calendar.isWorkingDay(d)) left--;
    }
    return d;
  };

  it('lands on a working day for n ≥ 1, matching a day-by-day count', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        expect(add(d, n)).toBe(oracle(d, n));
        if (n !== 0) expect(calendar.isWorkingDay(add(d, n))).toBe(true);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(date, count, count, (d, n, m) => {
        fc.pre(n < m);
        expect(add(d, n) < add(d, m)).toBe(true);
      }),
    );
  });

  it('counts back what it added: workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        expect(calendar.workingDaysBetween(d, add(d, n))).toBe(n);
      }),
    );
  });

  it('addWorkingDays(d, workingDaysBetween(d, e)) === e for any working day e', () => {
    fc.assert(
      fc.property(date, date, (d, e) => {
        fc.pre(calendar.isWorkingDay(e));
        expect(add(d, calendar.workingDaysBetween(d, e))).toBe(e);
      }),
    );
  });

  it('composes: adding a then b is adding a + b', () => {
    fc.assert(
      fc.property(date, positive, positive, (d, a, b) => {
        expect(add(add(d, a), b)).toBe(add(d, a + b));
        expect(add(add(d, -a), -b)).toBe(add(d, -a - b));
      }),
    );
  });

  it('going back n working days undoes going forward, from a working day', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        fc.pre(calendar.isWorkingDay(d));
        expect(add(add(d, n), -n)).toBe(d);
      }),
    );
  });

  it('agrees with weekday, holiday, make-up and override data on every day', () => {
    const holidays = new Set(Object.keys(published.holidays));
    const workdays = new Set(Object.keys(published.workdays));
    const overridden = new Map([
      ['2026-03-10', false],
      ['2026-03-07', true],
      ['2027-10-01', false],
      ['2002-06-01', true],
    ]);
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 10_000 }), (n) => {
        const d = addCalendarDays('2003-01-01', n);
        const weekday = weekdayOf(d);
        const fromData = workdays.has(d) || (!holidays.has(d) && weekday !== 0 && weekday !== 6);
        const expected = calendar === withOverrides ? (overridden.get(d) ?? fromData) : fromData;
        expect(calendar.isWorkingDay(d)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
