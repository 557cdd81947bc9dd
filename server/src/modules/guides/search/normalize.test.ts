import { describe, expect, it } from 'vitest';
import { normalize, normalizeMapped, toOriginalRanges } from './normalize';

describe('normalize', () => {
  it('folds width and case, and drops punctuation and spaces', () => {
    expect(normalize('ＥＴＣ 卡（办理）')).toBe('etc卡办理');
    expect(normalize('  ')).toBe('');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(normalize('結婚登記')).toBe('结婚登记');
    expect(normalize('殘疾人證')).toBe('残疾人证');
    expect(normalize('營業執照')).toBe('营业执照');
  });

  it('drops pinyin tone marks and writes ü as v', () => {
    expect(normalize('Jiéhūn')).toBe('jiehun');
    expect(normalize('lǜshī')).toBe('lvshi');
  });

  it('keeps digits from circled and full-width forms', () => {
    expect(normalize('①２３')).toBe('123');
  });
});

describe('normalizeMapped', () => {
  it('maps normalised units back to the original text', () => {
    const mapped = normalizeMapped('《出生医学证明》首次签发');
    expect(mapped.text).toBe('出生医学证明首次签发');
    // 首次 is normalised [6, 8) and original [8, 10).
    expect(toOriginalRanges(mapped, [[6, 8]])).toEqual([[8, 10]]);
  });

  it('merges touching ranges and sorts them', () => {
    const mapped = normalizeMapped('结婚登记');
    expect(mapped.starts).toBeNull();
    expect(
      toOriginalRanges(mapped, [
        [2, 4],
        [0, 2],
      ]),
    ).toEqual([[0, 4]]);
  });
});
