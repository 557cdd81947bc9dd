import { describe, expect, it } from 'vitest';
import { formatOpeningHours, formatWeekdays, isOpenAt } from './opening-hours';

const districtHall = [
  { weekdays: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
  { weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
  { weekdays: [6], open: '09:00', close: '12:00' },
];

describe('formatWeekdays', () => {
  it('names a run of three or more days as a span', () => {
    expect(formatWeekdays([1, 2, 3, 4, 5])).toBe('周一至周五');
  });

  it('lists separate days, Monday first and Sunday last', () => {
    expect(formatWeekdays([0, 3, 1])).toBe('周一、周三、周日');
    expect(formatWeekdays([6, 0])).toBe('周六、周日');
  });

  it('mixes spans and single days', () => {
    expect(formatWeekdays([1, 2, 3, 5])).toBe('周一至周三、周五');
  });

  it('says 每天 for the whole week', () => {
    expect(formatWeekdays([0, 1, 2, 3, 4, 5, 6])).toBe('每天');
  });
});

describe('formatOpeningHours', () => {
  it('puts periods of the same days on one line, in time order, weekdays before Saturday', () => {
    expect(formatOpeningHours(districtHall)).toEqual([
      { days: '周一至周五', times: '09:00-12:00、13:30-17:00' },
      { days: '周六', times: '09:00-12:00' },
    ]);
  });

  it('orders lines by the first day of the week they cover', () => {
    const lines = formatOpeningHours([
      { weekdays: [0], open: '09:00', close: '11:00' },
      { weekdays: [2, 4], open: '08:30', close: '17:30' },
    ]);
    expect(lines.map((l) => l.days)).toEqual(['周二、周四', '周日']);
  });
});

describe('isOpenAt', () => {
  // 2025-03-03 is a Monday.
  const at = (day: number, hhmm: string) => new Date(`2025-03-0${3 + day - 1}T${hhmm}:00`);

  it('is open inside a period and closed over lunch', () => {
    expect(isOpenAt(districtHall, at(1, '09:00'))).toBe(true);
    expect(isOpenAt(districtHall, at(1, '12:30'))).toBe(false);
    expect(isOpenAt(districtHall, at(3, '16:59'))).toBe(true);
  });

  it('treats the closing minute as closed', () => {
    expect(isOpenAt(districtHall, at(1, '17:00'))).toBe(false);
  });

  it('follows the weekday: Saturday morning only, Sunday closed', () => {
    expect(isOpenAt(districtHall, at(6, '10:00'))).toBe(true);
    expect(isOpenAt(districtHall, at(6, '14:00'))).toBe(false);
    expect(isOpenAt(districtHall, at(7, '10:00'))).toBe(false);
  });
});
