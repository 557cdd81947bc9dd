import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { splitUnits } from './tokens';

describe('splitUnits', () => {
  it('cuts Han text into characters and keeps Latin runs whole', () => {
    expect(splitUnits('办etc卡110')).toEqual(['办', 'etc', '卡', '110']);
  });
});

describe('parseQuery', () => {
  it('strips what residents add around the words that matter', () => {
    expect(parseQuery('我要开个饭馆')?.text).toBe('开饭馆');
    expect(parseQuery('退休了怎么领养老金')?.text).toBe('退休领养老金');
    expect(parseQuery('生了孩子要办什么')?.text).toBe('生孩子');
  });

  it('keeps 个 when it belongs to the word', () => {
    expect(parseQuery('办个体户')?.text).toBe('办个体户');
  });

  it('keeps a query that is only filler', () => {
    expect(parseQuery('办理')?.text).toBe('办理');
  });

  it('returns null for a blank query', () => {
    expect(parseQuery(' ，。 ')).toBeNull();
  });

  it('records which units each bigram covers', () => {
    const q = parseQuery('结婚登记')!;
    expect(q.bigrams.get('结婚')).toBe(0b0011);
    expect(q.bigrams.get('登记')).toBe(0b1100);
  });
});
