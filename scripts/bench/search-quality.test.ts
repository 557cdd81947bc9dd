import { describe, expect, it } from 'vitest';
import { heardIn, type ResidentPhrase } from './search-quality';

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
