import { describe, expect, it } from 'vitest';
import { addDays, districtTime, districtToday, formatInstant, formatVisit, instantOf } from './district-time';

describe('district time', () => {
  it("reads today's date in Qingdao, not in the phone's zone", () => {
    // 17:30 UTC is already 01:30 the next morning in the district.
    expect(districtToday(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27');
    expect(districtToday(new Date('2026-11-26T15:59:00Z'))).toBe('2026-11-26');
  });

  it('formats release instants and visits the way a resident reads them', () => {
    expect(formatInstant('2026-11-27T00:00:00.000Z')).toBe('11月27日 08:00');
    expect(formatVisit('2026-11-27', '09:00', '09:30')).toBe('11月27日 周五 09:00–09:30');
    expect(instantOf('2026-11-27', '09:30').toISOString()).toBe('2026-11-27T01:30:00.000Z');
  });

  it('steps across month ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('works for a district in another zone, daylight saving included', () => {
    const urumqi = districtTime('Asia/Urumqi'); // +06:00
    expect(urumqi.today(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-26');
    expect(urumqi.instantOf('2026-11-27', '09:30').toISOString()).toBe('2026-11-27T03:30:00.000Z');
    const berlin = districtTime('Europe/Berlin');
    expect(berlin.instantOf('2026-07-01', '09:00').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(berlin.instantOf('2026-12-01', '09:00').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(berlin.formatInstant('2026-07-01T07:00:00.000Z')).toBe('7月1日 09:00');
  });
});
