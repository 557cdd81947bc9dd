// Whether two engines differ on a query set is told by the queries only one answers.
import { describe, expect, it } from 'vitest';
import { mcnemarExact, paired } from './search-paired';

describe('two engines on the same queries', () => {
  it('counts the queries only one of them answers, in order', () => {
    const first = [true, true, false, false, true];
    const second = [true, false, true, false, false];
    expect(paired(first, second)).toMatchObject({ same: 2, onlyFirst: 2, onlySecond: 1 });
  });

  it('a split of 2 to 5 is chance more often than not; 0 to 10 is not', () => {
    // Binomial(7, 1/2): P(X ≤ 2) = (1 + 7 + 21) / 128; two-sided doubles it.
    expect(mcnemarExact(2, 5)).toBeCloseTo(58 / 128, 10);
    expect(mcnemarExact(5, 2)).toBeCloseTo(58 / 128, 10);
    // 2 / 1024: one side of ten coin flips all landing the same way, doubled.
    expect(mcnemarExact(0, 10)).toBeCloseTo(2 / 1024, 10);
  });

  it('engines that never differ are not told apart, and p never exceeds 1', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(3, 3)).toBe(1);
    expect(paired([true, false], [true, false]).p).toBe(1);
  });

  it('refuses outcomes of different lengths', () => {
    expect(() => paired([true], [true, false])).toThrow(/different lengths/);
  });
});
