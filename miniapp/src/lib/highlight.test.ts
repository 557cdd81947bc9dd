import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

const render = (text: string, ranges: [number, number][]) =>
  splitHighlights(text, ranges)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('');

describe('splitHighlights', () => {
  it('marks the matched ranges and keeps the rest as plain text', () => {
    expect(
      splitHighlights('食品经营许可', [
        [0, 2],
        [4, 6],
      ]),
    ).toEqual([
      { text: '食品', hit: true },
      { text: '经营', hit: false },
      { text: '许可', hit: true },
    ]);
  });

  it('returns the whole text as one plain segment when nothing matched', () => {
    expect(splitHighlights('结婚登记', [])).toEqual([{ text: '结婚登记', hit: false }]);
  });

  it('merges overlapping and touching ranges, in any order', () => {
    expect(
      render('城乡居民养老保险', [
        [4, 6],
        [2, 5],
        [6, 8],
      ]),
    ).toBe('城乡[居民养老保险]');
  });

  it('clips ranges that run past the text and drops empty or inverted ones', () => {
    expect(
      render('社保卡', [
        [1, 99],
        [-3, 0],
        [2, 1],
      ]),
    ).toBe('社[保卡]');
  });

  it('keeps an empty name renderable', () => {
    expect(splitHighlights('', [[0, 3]])).toEqual([{ text: '', hit: false }]);
  });
});
