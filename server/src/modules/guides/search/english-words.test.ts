// English amid a resident's words (issue 12, second round): ID card, passport, marriage登记.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { ENGLISH, translateEnglish } from './english-words';
import { buildSearchIndex } from './index';
import { readingsOf } from './pinyin';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const demo = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, d.name]));
const first = (query: string): string | undefined => nameOf.get(demo.search(query)[0]?.code ?? '');

describe('English words in a query', () => {
  it.each([
    ['ID card', '居民身份证办理（含临时居民身份证）'],
    ['passport', '普通护照签发'],
    ['marriage登记', '结婚登记'],
    ['social security card', '社会保障卡申领'],
  ])('%s finds %s first on the demo catalogue', (query, name) => {
    expect(first(query)).toBe(name);
  });

  it('reads the longest phrase, apart, hyphenated or run together, in any case', () => {
    expect(translateEnglish('social security card')).toBe('社会保障卡');
    expect(translateEnglish('Social Security')).toBe('社保');
    expect(translateEnglish('ID-card 补办')).toBe('身份证 补办');
    expect(translateEnglish('IDcard')).toBe('身份证');
  });

  it('leaves unknown words, pinyin and words apart by other text as typed', () => {
    expect(translateEnglish('护照 renew')).toBe('护照 renew');
    expect(translateEnglish('sfz')).toBe('sfz');
    expect(translateEnglish('hukou')).toBe('hukou');
    expect(translateEnglish('health, insurance')).toBe('health, insurance');
  });
});

/** Every pinyin syllable of the common Han block, but the vowelless interjections (嗯 n, 呣 m). */
function syllables(): Set<string> {
  const all = new Set<string>();
  for (let c = 0x4e00; c <= 0x9fa5; c++) for (const r of readingsOf(String.fromCharCode(c))) if (/[aeiouv]/.test(r)) all.add(r);
  return all;
}

/** True when the letters split whole into pinyin syllables (then a resident may mean pinyin). */
function readsAsPinyin(letters: string, known: Set<string>): boolean {
  const can = [true];
  for (let end = 1; end <= letters.length; end++) {
    can[end] = false;
    for (let start = Math.max(0, end - 6); start < end && !can[end]; start++)
      can[end] = can[start]! && known.has(letters.slice(start, end));
  }
  return can[letters.length]!;
}

describe('the English table', () => {
  it('has no single word that reads as pinyin (macao, retire would hide ma cao, re ti re)', () => {
    const known = syllables();
    expect(['macao', 'retire'].filter((word) => readsAsPinyin(word, known))).toEqual(['macao', 'retire']);
    // A phrase (residence permit) needs all its words; a word alone replaces what might be pinyin.
    const words = Object.keys(ENGLISH).filter((key) => !key.includes(' '));
    expect(words.filter((word) => readsAsPinyin(word, known))).toEqual([]);
  });
});
