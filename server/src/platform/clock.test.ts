// The district clock remembers today's span; whatever order it is asked in, it answers what the
// time zone's wall calendar says, also on the days daylight saving starts or ends.
import { describe, expect, it } from 'vitest';
import { todayIn } from '@bianmin/shared/calendar/iso-date';
import { createDistrictClock } from './clock';

const instants = (fromIso: string, days: number, stepMinutes: number) =>
  Array.from({ length: Math.floor((days * 1440) / stepMinutes) }, (_, i) => new Date(Date.parse(fromIso) + i * stepMinutes * 60_000));

describe('clock.today', () => {
  // Shanghai has no daylight saving; Berlin switches at 02:00/03:00; Santiago at midnight; Lord Howe by half an hour.
  for (const [zone, around] of [
    ['Asia/Shanghai', '2026-12-04T12:00:00Z'],
    ['Europe/Berlin', '2026-03-28T12:00:00Z'],
    ['Europe/Berlin', '2026-10-24T12:00:00Z'],
    ['America/Santiago', '2026-04-03T12:00:00Z'],
    ['America/Santiago', '2026-09-05T12:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T00:00:00Z'],
  ] as const) {
    it(`reads the wall calendar of ${zone} around ${around.slice(0, 10)}, in order and out of order`, () => {
      const times = instants(around, 3, 7);
      const clock = createDistrictClock(zone);
      const wrong = (order: Date[]) => order.filter((t) => clock.today(t) !== todayIn(zone, t)).map((t) => t.toISOString());
      expect(wrong(times)).toEqual([]);
      expect(wrong([...times].reverse())).toEqual([]);
      expect(wrong(times.map((_, i) => times[(i * 7919) % times.length] ?? times[0] ?? new Date()))).toEqual([]);
    });
  }
});
