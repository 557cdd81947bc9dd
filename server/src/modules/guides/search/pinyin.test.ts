import { describe, expect, it } from 'vitest';
import { PinyinIndex } from './pinyin-index';
import { readingsOf } from './pinyin';
import { splitUnits } from './tokens';

function matches(fields: string[], query: string): string[] {
  const index = new PinyinIndex();
  fields.forEach((f, i) => index.addField(f, i, 0, -1));
  index.seal();
  const found = new Set<string>();
  index.search(splitUnits(query), (m) => found.add(fields[index.fieldOwner[m.field]!]!));
  return [...found].sort();
}

describe('readingsOf', () => {
  it('keeps every reading of a polyphonic character', () => {
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(readingsOf('绿')).toContain('lv');
  });
});

describe('pinyin matching', () => {
  const fields = ['结婚登记', '离婚登记', '残疾人证办理', '建设工程规划许可证核发', '银行开户', 'etc卡办理'];

  it('matches full pinyin, initials and a syllable still being typed', () => {
    expect(matches(fields, 'jiehundengji')).toEqual(['结婚登记']);
    expect(matches(fields, 'jhdj')).toEqual(['结婚登记']);
    expect(matches(fields, 'jieh')).toEqual(['结婚登记']);
    expect(matches(fields, 'canjiren')).toEqual(['残疾人证办理']);
  });

  it('matches a mix of syllables and initials', () => {
    expect(matches(fields, 'jiehdj')).toEqual(['结婚登记']);
    expect(matches(fields, 'guihuaxkz')).toEqual(['建设工程规划许可证核发']);
  });

  it('matches pinyin mixed with characters', () => {
    expect(matches(fields, 'jiehun登记')).toEqual(['结婚登记']);
  });

  it('matches any reading of a polyphonic character', () => {
    expect(matches(fields, 'yinhang')).toEqual(['银行开户']);
  });

  it('matches a homophone typo written in characters', () => {
    expect(matches(fields, '结昏登记')).toEqual(['结婚登记']);
  });

  it('matches Latin words literally, not as initials', () => {
    expect(matches(fields, 'etcka')).toEqual(['etc卡办理']);
    expect(matches(fields, 'ek')).toEqual([]);
  });

  it('finds nothing for letters that spell no syllables', () => {
    expect(matches(fields, 'xqzv')).toEqual([]);
  });
});
