// A resident whose sentence search leaves unanswered may ask to see guesses: items sharing a
// character of it, the rarest shared first. Search itself stays silent on such sentences.
import { describe, expect, it } from 'vitest';
import { demoSearch } from './test-documents';

const { demo, nameOf } = demoSearch();
const guessed = (query: string, filter?: Parameters<typeof demo.guess>[1]) => demo.guess(query, filter).map((h) => nameOf.get(h.code));

/** Tuning sentences search leaves empty, and the item each means. */
const UNANSWERED: [string, string][] = [
  ['村里要在河上修一座小桥', '洪水影响评价类审批'],
  ['要拉一台特别宽的大机器走国道', '公路超限运输许可'],
  ['我们几户种蘑菇的想一起注册个社', '农民专业合作社（联合社）设立登记'],
  ['我老头子腿脚不利索想领个能推着走的椅子', '残疾人基本型辅助器具适配申请'],
];

describe('guesses, for a sentence search leaves unanswered', () => {
  it.each(UNANSWERED)('search says nothing for %s until asked', (query) => {
    expect(demo.search(query)).toEqual([]);
  });

  it.each(UNANSWERED)('asked, lists the item among the first three for %s', (query, item) => {
    expect(guessed(query).slice(0, 3)).toContain(item);
  });

  it('marks every guess partial and highlights none of its single characters, best first', () => {
    const hits = demo.guess('要拉一台特别宽的大机器走国道');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.partial === true && h.highlights.length === 0)).toBe(true);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  });

  it('keeps to the filter', () => {
    const forCompanies = demo.guess('要拉一台特别宽的大机器走国道', { audience: 'organization' });
    const companyItems = new Set(demo.search('', { audience: 'organization' }).map((h) => h.code));
    expect(forCompanies.length).toBeGreaterThan(0);
    expect(forCompanies.every((h) => companyItems.has(h.code))).toBe(true);
    expect(demo.guess('要拉一台特别宽的大机器走国道').some((h) => !companyItems.has(h.code))).toBe(true);
  });

  it('has nothing to guess from emoji or punctuation', () => {
    expect(demo.guess('😀😀😀')).toEqual([]);
    expect(demo.guess('？？！')).toEqual([]);
  });
});
