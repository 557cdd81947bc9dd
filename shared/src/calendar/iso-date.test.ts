// Plain calendar-date arithmetic under the working-day calendar: it must never depend on the
// server's time zone.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addCalendarDays, instantIn, isIsoDate, todayIn, utcOffsetMinutes, wallClockIn, weekdayOf } from './iso-date';

const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

describe('isIsoDate', () => {
  it('accepts real dates only, leap days included', () => {
    expect(isIsoDate('2026-10-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('rejects other spellings of a date', () => {
    for (const bad of ['2026-1-05', '20260105', '2026/01/05', ' 2026-01-05', '2026-01-05T00:00:00Z', '', '２０２６-01-05']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('addCalendarDays and weekdayOf', () => {
  it('cross month, leap-day and year boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addCalendarDays('0001-01-01', 0)).toBe('0001-01-01');
    expect(weekdayOf('2026-10-01')).toBe(4); // a Thursday
    expect(weekdayOf('2026-02-14')).toBe(6);
  });

  it('agree with Date in UTC for any date from 1900 to 2100', () => {
    const days = fc.integer({ min: -25_567, max: 47_481 }); // 1900-01-01 … 2099-12-31 as day numbers
    fc.assert(
      fc.property(days, fc.integer({ min: -800, max: 800 }), (day, n) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const later = new Date((day + n) * 86_400_000);
        expect(isIsoDate(date)).toBe(true);
        expect(addCalendarDays(date, n)).toBe(later.toISOString().slice(0, 10));
        expect(weekdayOf(date)).toBe(utcDate(date).getUTCDay());
      }),
    );
  });

  it('throw a RangeError for invalid input', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(/"2026-02-30".*YYYY-MM-DD/);
    expect(() => addCalendarDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => weekdayOf('tomorrow')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it("gives the district's date, whatever the server's clock zone", () => {
    const lateEveningUtc = new Date('2026-09-30T16:30:00Z'); // 00:30 on 1 October in Beijing
    expect(todayIn('Asia/Shanghai', lateEveningUtc)).toBe('2026-10-01');
    expect(todayIn('UTC', lateEveningUtc)).toBe('2026-09-30');
    expect(todayIn('Asia/Shanghai', new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayIn('Asia/Shanghai'))).toBe(true);
  });

  it('rejects an unknown time zone', () => {
    expect(() => todayIn('Asia/Atlantis')).toThrow(RangeError);
  });
});

describe('instantIn and wallClockIn', () => {
  it('read a district-local date and time in its zone, whatever the machine zone', () => {
    expect(instantIn('2026-11-27', '09:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-27T01:30:00.000Z');
    expect(instantIn('2026-11-27', '00:00', 'Asia/Urumqi').toISOString()).toBe('2026-11-26T18:00:00.000Z');
    expect(wallClockIn('Asia/Shanghai', new Date('2026-11-26T17:30:00Z'))).toEqual({ date: '2026-11-27', time: '01:30' });
    expect(utcOffsetMinutes('Asia/Shanghai', new Date())).toBe(480);
  });

  it('answer a remembered time again as a fresh Date, and keep refusing a wrong time', () => {
    const first = instantIn('2026-11-27', '09:30', 'Asia/Shanghai');
    first.setTime(0); // a caller changing its copy changes nothing remembered
    expect(instantIn('2026-11-27', '09:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-27T01:30:00.000Z');
    expect(instantIn('2026-11-27', '09:30', 'Asia/Urumqi').toISOString()).toBe('2026-11-27T03:30:00.000Z');
    expect(() => instantIn('2026-11-27', '9:30', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => instantIn('2026-11-27', '9:30', 'Asia/Shanghai')).toThrow(RangeError);
  });

  it('follow daylight saving in zones that have it', () => {
    expect(instantIn('2026-01-15', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(instantIn('2026-07-15', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(wallClockIn('America/New_York', new Date('2026-07-01T03:30:00Z'))).toEqual({ date: '2026-06-30', time: '23:30' });
    // 02:30 never shows on 8 March in New York (02:00 → 03:00): read at the old offset, i.e. 03:30 EDT.
    expect(instantIn('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 02:30 shows twice on 25 October in Berlin: the first one (CEST).
    expect(instantIn('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantIn('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('round-trip every minute of a year across a daylight-saving zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 }), (minute) => {
        const at = new Date(Date.UTC(2026, 0, 1) + minute * 60_000);
        const { date, time } = wallClockIn('Europe/Berlin', at);
        const back = instantIn(date, time, 'Europe/Berlin');
        // The hour the clock repeats in October maps to its first occurrence.
        expect(at.getTime() - back.getTime()).toBeOneOf([0, 3_600_000]);
        expect(wallClockIn('Europe/Berlin', back)).toEqual({ date, time });
      }),
    );
  });

  it("fall back to a China zone's fixed offset on a runtime without time-zone data", async () => {
    vi.resetModules();
    const spy = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new RangeError('Invalid time zone specified');
    });
    try {
      const fresh = await import('./iso-date');
      expect(fresh.instantIn('2026-11-27', '09:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-27T01:30:00.000Z');
      expect(fresh.todayIn('Asia/Shanghai', new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
      expect(() => fresh.todayIn('Europe/Berlin')).toThrow(RangeError);
    } finally {
      spy.mockRestore();
    }
  });

  it('reject bad input', () => {
    expect(() => instantIn('2026-11-27', '9:30', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => instantIn('2026-11-27', '09:30', 'Asia/Atlantis')).toThrow(RangeError);
  });
});
