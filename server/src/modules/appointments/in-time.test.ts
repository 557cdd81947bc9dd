// Which slots can still be booked, worked out for a whole calendar at once: the answer must be
// exactly the per-slot rule's, whatever the notice period and wherever "now" falls in the day.
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '@bianmin/shared/calendar/working-days';
import { createDistrictClock } from '../../platform/clock';
import { inTimeFrom, type ScheduleRules, startsInTime } from './release';

const clock = createDistrictClock('Asia/Shanghai');
const schedule = (minNoticeMinutes: number) => ({ minNoticeMinutes }) as ScheduleRules;
const STARTS = ['00:00', '00:29', '00:30', '00:31', '08:30', '12:00', '23:30', '23:59'];

describe('slots in time, for a calendar at once', () => {
  it('agrees with the per-slot rule for every day and start, notice period and moment of the day', () => {
    let compared = 0;
    for (const notice of [0, 30, 90, 24 * 60, 3 * 24 * 60 + 7]) {
      for (const at of ['2030-01-01T15:00:00Z', '2030-01-01T16:00:00Z', '2030-01-01T16:30:00Z', '2030-01-02T03:59:00Z']) {
        const now = new Date(at);
        const inTime = inTimeFrom(clock, schedule(notice), now);
        for (let day = -1; day <= 5; day++) {
          const date = addCalendarDays('2030-01-02', day);
          for (const start of STARTS) {
            expect(inTime(date, start), `${notice} min notice, now ${at}, ${date} ${start}`).toBe(
              startsInTime(clock, schedule(notice), date, start, now),
            );
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(5 * 4 * 7 * STARTS.length);
  });

  it('says no to the slot starting exactly when the notice period ends, yes to the minute after', () => {
    const now = new Date('2030-01-01T16:00:00Z'); // 00:00 on 2 January in the district
    const inTime = inTimeFrom(clock, schedule(30), now);
    expect(inTime('2030-01-02', '00:30')).toBe(false);
    expect(inTime('2030-01-02', '00:31')).toBe(true);
    expect(inTime('2030-01-01', '23:59')).toBe(false);
  });
});
