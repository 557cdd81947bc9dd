// The hall's calling rule and the wait estimate, on their own.
import { describe, expect, it } from 'vitest';
import { formatQueueNumber, windowGroup } from '@bianmin/shared';
import { callOrder, estimateWaitMinutes, type Queued } from './ordering';

const walkIn = (sequence: number): Queued & { name: string } => ({ kind: 'walk_in', slotStart: null, sequence, name: `w${sequence}` });
const booked = (sequence: number, slotStart: string): Queued & { name: string } => ({
  kind: 'appointment',
  slotStart,
  sequence,
  name: `b${sequence}`,
});
const at = (now: string) => (start: string) => start <= now;

describe('the order numbers are called in', () => {
  it('serves booked residents whose slot has begun first, earliest slot first', () => {
    const queue = [walkIn(1), walkIn(2), booked(3, '10:00'), booked(4, '09:30')];
    expect(callOrder(queue, at('10:05')).map((t) => t.name)).toEqual(['b4', 'b3', 'w1', 'w2']);
  });

  it('keeps those who came before their slot in arrival order with walk-ins', () => {
    const queue = [walkIn(1), booked(2, '11:00'), walkIn(3)];
    expect(callOrder(queue, at('10:05')).map((t) => t.name)).toEqual(['w1', 'b2', 'w3']);
  });

  it('is arrival order when nobody booked', () => {
    expect(callOrder([walkIn(3), walkIn(1), walkIn(2)], at('10:00')).map((t) => t.sequence)).toEqual([1, 2, 3]);
  });
});

describe('the wait estimate', () => {
  it('shares the numbers ahead among the windows serving, at the recent pace', () => {
    expect(estimateWaitMinutes(4, 300, 2)).toBe(10);
    expect(estimateWaitMinutes(0, 300, 1)).toBe(0);
  });
  it('says nothing without recent service times', () => {
    expect(estimateWaitMinutes(5, null, 1)).toBeNull();
  });
});

describe('window groups and numbers', () => {
  it('groups windows by their letters; unlettered windows are one group', () => {
    expect([windowGroup('A01'), windowGroup('d10'), windowGroup('01')]).toEqual(['A', 'D', 'A']);
  });
  it('writes the day’s sequence as three digits after the letter', () => {
    expect([formatQueueNumber('A', 23), formatQueueNumber('E', 1), formatQueueNumber('B', 1000)]).toEqual(['A023', 'E001', 'B1000']);
  });
});
