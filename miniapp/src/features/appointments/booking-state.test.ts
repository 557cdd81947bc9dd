import { describe, expect, it } from 'vitest';
import { dayState, firstChoice, slotState, type Day } from './booking-state';

const day = (over: Partial<Day>): Day => ({
  date: '2026-11-27',
  open: true,
  opensAt: null,
  free: 8,
  capacity: 52,
  closedReason: null,
  ...over,
});

describe('day labels', () => {
  it('counts the free places of an open day, and says 约满 when none are left', () => {
    expect(dayState(day({ free: 8 }))).toEqual({ state: 'open', label: '余8个' });
    expect(dayState(day({ free: 0 }))).toEqual({ state: 'full', label: '约满' });
  });

  it('tells when a day not yet released opens, in district time', () => {
    expect(dayState(day({ open: false, opensAt: '2026-11-27T00:00:00.000Z', free: 52 }))).toEqual({
      state: 'not-open',
      label: '11月27日 08:00 放号',
    });
  });

  it('gives the reason a day is closed, even before it is released', () => {
    expect(dayState(day({ open: false, opensAt: '2026-11-27T00:00:00.000Z', free: 0, closedReason: '台风停止办公' }))).toEqual({
      state: 'closed',
      label: '台风停止办公',
    });
  });

  it('opens on the first day with places', () => {
    const days = [
      day({ date: '2026-11-26', free: 0 }),
      day({ date: '2026-11-27', closedReason: '系统升级' }),
      day({ date: '2026-11-30', free: 3 }),
    ];
    expect(firstChoice(days)?.date).toBe('2026-11-30');
    expect(
      firstChoice([day({ date: '2026-11-26', free: 0 }), day({ date: '2026-12-01', open: false, opensAt: '2026-11-24T00:00:00Z' })])?.date,
    ).toBe('2026-11-26');
  });
});

describe('slot labels', () => {
  it('shows places left, 约满, and 已截止 for a slot that can no longer be booked', () => {
    expect(slotState({ id: 1, start: '09:00', end: '09:30', capacity: 4, free: 2, bookable: true })).toEqual({
      state: 'open',
      label: '余2',
    });
    expect(slotState({ id: 1, start: '09:00', end: '09:30', capacity: 4, free: 0, bookable: false })).toEqual({
      state: 'full',
      label: '约满',
    });
    expect(slotState({ id: 1, start: '09:00', end: '09:30', capacity: 4, free: 3, bookable: false })).toEqual({
      state: 'past',
      label: '已截止',
    });
  });
});
