import { describe, expect, it } from 'vitest';
import { heardIn, heldOutCollisions, type ResidentPhrase } from './search-quality';

const entries: ResidentPhrase[] = [
  { said: ['残疾'], with: ['唯一的孩子', '独生子'] },
  { said: ['没了', '走了'], after: ['老伴', '爸'] },
  { said: ['欠工资'] },
];

describe('a held-out query collides with resident-words.json only where the entry applies', () => {
  it('names a phrase whose entry has no condition', () => {
    expect(heardIn(entries, '老板欠工资不给')).toBe('欠工资');
  });

  it('needs a with-word beside a conditional phrase', () => {
    expect(heardIn(entries, '申请残疾证')).toBeUndefined();
    expect(heardIn(entries, '独生子残疾了')).toBe('残疾');
  });

  it('needs an after-word right before the phrase', () => {
    expect(heardIn(entries, '东西全烧没了')).toBeUndefined();
    expect(heardIn(entries, '老伴没了')).toBe('没了');
    expect(heardIn(entries, '爸妈都走了')).toBeUndefined();
  });
});

describe('a blind set may hold what the dictionary already knew when it was written', () => {
  const seen = (phrases: string[]) => ({
    aliases: ['迁户口'],
    tuning: ['开个小卖部'],
    entries,
    heardWhenWritten: [
      {
        queries: [
          ['老板欠工资不给', []],
          ['迁户口', []],
        ] as [string, string[]][],
        phrases,
      },
    ],
  });

  it('lets a phrase or alias stand that was there before the set was written', () => {
    expect(
      heldOutCollisions(
        [
          ['老板欠工资不给', []],
          ['迁户口', []],
        ],
        seen(['欠工资', '迁户口']),
      ),
    ).toEqual([]);
  });

  it('names one added since, and the same words in a query of another set', () => {
    expect(
      heldOutCollisions(
        [
          ['老板欠工资不给', []],
          ['迁户口', []],
        ],
        seen([]),
      ),
    ).toEqual(['the resident-words.json phrase "欠工资"', 'an alias verbatim']);
    expect(heldOutCollisions([['老板欠工资不还', []]], seen(['欠工资']))).toEqual(['the resident-words.json phrase "欠工资"']);
  });

  it('never lets a tuning query stand', () => {
    expect(heldOutCollisions([['开个小卖部', []]], seen(['开个小卖部']))).toEqual(['a tuning query']);
  });
});
