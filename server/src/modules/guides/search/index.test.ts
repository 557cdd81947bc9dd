import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from './index';

const marriage = { code: 'get-married', name: '结婚', aliases: ['领证', '扯证'] };
const restaurant = { code: 'open-restaurant', name: '开饭店', aliases: ['开餐馆', '开饭馆'] };

function doc(code: string, name: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    code,
    name,
    aliases: [],
    summary: null,
    departmentCode: 'mz',
    departmentName: '区民政局',
    audiences: ['individual'],
    kind: 'confirmation',
    lifeEvents: [],
    popularity: 0,
    ...extra,
  };
}

const docs: SearchDocument[] = [
  doc('marriage', '结婚登记', { aliases: ['领结婚证', '办结婚证'], lifeEvents: [marriage], popularity: 50 }),
  doc('divorce', '离婚登记', { aliases: ['办离婚'], popularity: 20 }),
  doc('birth', '《出生医学证明》首次签发', { departmentCode: 'wj', departmentName: '区卫生健康局', popularity: 30 }),
  doc('food', '食品经营许可', {
    aliases: ['餐饮许可证'],
    lifeEvents: [restaurant],
    departmentCode: 'xzsp',
    departmentName: '区行政审批服务局',
    audiences: ['individual', 'organization'],
    kind: 'permit',
    popularity: 10,
  }),
  doc('company', '公司设立登记', {
    departmentCode: 'xzsp',
    departmentName: '区行政审批服务局',
    audiences: ['organization'],
    kind: 'permit',
  }),
];
const index = buildSearchIndex(docs);
const codes = (query: string, filter?: Parameters<typeof index.search>[1]) => index.search(query, filter).map((h) => h.code);

describe('buildSearchIndex', () => {
  it('reports its size', () => {
    expect(index.size).toBe(5);
  });

  it('lists every document by popularity, then name, for a blank query', () => {
    expect(codes('')).toEqual(['marriage', 'birth', 'divorce', 'food', 'company']);
    expect(codes('  ')).toEqual(codes(''));
    expect(index.search('').every((h) => h.score === 0 && h.highlights.length === 0)).toBe(true);
  });

  it('finds nothing for a query with nothing searchable in it (emoji, punctuation)', () => {
    expect(codes('😀😀😀')).toEqual([]);
    expect(codes('  ，')).toEqual([]);
  });

  it('puts the exact name first', () => {
    expect(codes('结婚登记')[0]).toBe('marriage');
    expect(codes('离婚登记')[0]).toBe('divorce');
  });

  it('highlights the matching part of the original name', () => {
    const [hit] = index.search('出生证明');
    expect(hit?.code).toBe('birth');
    // 《出生医学证明》: 出生 is [1, 3) and 证明 is [5, 7) in the original name.
    expect(hit?.highlights).toEqual([
      [1, 3],
      [5, 7],
    ]);
  });

  it('names the alias or life-event word that matched when the name did not', () => {
    const hit = index.search('我要开个饭馆').find((h) => h.code === 'food');
    expect(hit?.matchedAlias).toBe('开饭馆');
    expect(index.search('餐饮许可证')[0]).toMatchObject({ code: 'food', matchedAlias: '餐饮许可证' });
    expect(index.search('结婚登记')[0]?.matchedAlias).toBeNull();
  });

  it('understands pinyin and highlights the characters it stands for', () => {
    expect(index.search('jhdj')[0]).toMatchObject({ code: 'marriage', highlights: [[0, 4]] });
    expect(codes('jiehun')[0]).toBe('marriage');
  });

  it('respects every filter', () => {
    expect(codes('', { department: 'xzsp' })).toEqual(['food', 'company']);
    expect(codes('', { audience: 'organization' })).toEqual(['food', 'company']);
    expect(codes('', { kind: 'permit', audience: 'individual' })).toEqual(['food']);
    expect(codes('', { lifeEvent: 'get-married' })).toEqual(['marriage']);
    expect(codes('', { lifeEvent: 'no-such-event' })).toEqual([]);
    expect(codes('登记', { department: 'xzsp' })).toEqual(['company']);
  });

  it('returns nothing for words the catalogue does not know', () => {
    expect(codes('量子计算机')).toEqual([]);
    expect(codes('qwxz')).toEqual([]);
  });

  it('gives the same answer every time', () => {
    expect(index.search('登记')).toEqual(index.search('登记'));
    expect(buildSearchIndex(docs).search('证')).toEqual(index.search('证'));
  });

  it('suggests life events and names, at most six, never the query itself', () => {
    const words = index.suggest('领证');
    expect(words).toContain('结婚');
    expect(words).not.toContain('领证');
    expect(words.length).toBeLessThanOrEqual(6);
    expect(index.suggest('量子计算机').length).toBeGreaterThan(0);
  });

  it('handles an empty catalogue', () => {
    const empty = buildSearchIndex([]);
    expect(empty.size).toBe(0);
    expect(empty.search('结婚')).toEqual([]);
    expect(empty.suggest('结婚')).toEqual([]);
  });
});
