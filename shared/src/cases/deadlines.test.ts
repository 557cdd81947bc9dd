// Case deadlines on the published 2026 schedule, and the laws of counting with pauses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, defaultCalendar, workingDaysBetween } from '../calendar/working-days';
import { caseDeadline, workingDaysUsed } from './deadlines';

const day = fc.integer({ min: 0, max: 700 }).map((n) => addCalendarDays('2025-06-01', n));

describe('caseDeadline', () => {
  it('counts from the day after acceptance, skipping the Spring Festival and counting its make-up Saturday', () => {
    // 2026: 春节 2月15日至23日放假，2月14日（周六）上班.
    expect(caseDeadline({ acceptedOn: '2026-02-13', limitDays: 1 })).toBe('2026-02-14');
    expect(caseDeadline({ acceptedOn: '2026-02-13', limitDays: 2 })).toBe('2026-02-24');
    expect(caseDeadline({ acceptedOn: '2026-11-27', limitDays: 20 })).toBe('2026-12-25');
  });

  it('moves the date on by the working days of a closed pause, and has none while a pause is open', () => {
    // Accepted Fri 11-27; an expert review (专家评审) from Wed 12-02 to Tue 12-08 leaves out 12-03, 12-04, 12-07, 12-08.
    expect(caseDeadline({ acceptedOn: '2026-11-27', limitDays: 20, pauses: [{ from: '2026-12-02', to: '2026-12-08' }] })).toBe(
      '2026-12-31',
    );
    expect(caseDeadline({ acceptedOn: '2026-11-27', limitDays: 20, pauses: [{ from: '2026-12-02', to: null }] })).toBeNull();
  });

  it('without pauses lands on a working day exactly `limit` working days later', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (acceptedOn, limitDays) => {
        const deadline = caseDeadline({ acceptedOn, limitDays });
        expect(deadline).not.toBeNull();
        expect(defaultCalendar.isWorkingDay(deadline ?? '')).toBe(true);
        expect(workingDaysBetween(acceptedOn, deadline ?? '')).toBe(limitDays);
      }),
    );
  });

  it('a pause delays the deadline by exactly its working days inside the counting window, never less', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 20 }),
        (acceptedOn, limitDays, start, length) => {
          const from = addCalendarDays(acceptedOn, start);
          const to = addCalendarDays(from, length);
          const plain = caseDeadline({ acceptedOn, limitDays }) ?? '';
          const withPause = caseDeadline({ acceptedOn, limitDays, pauses: [{ from, to }] }) ?? '';
          expect(withPause >= plain).toBe(true);
          expect(workingDaysUsed({ acceptedOn, today: withPause, pauses: [{ from, to }] })).toBe(limitDays);
        },
      ),
    );
  });
});

describe('workingDaysUsed', () => {
  it('counts nothing on the day of acceptance and leaves out an open pause through today', () => {
    expect(workingDaysUsed({ acceptedOn: '2026-11-27', today: '2026-11-27' })).toBe(0);
    expect(workingDaysUsed({ acceptedOn: '2026-11-27', today: '2026-12-04' })).toBe(5);
    expect(workingDaysUsed({ acceptedOn: '2026-11-27', today: '2026-12-04', pauses: [{ from: '2026-12-01', to: null }] })).toBe(2);
  });
});
