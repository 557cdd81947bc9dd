// The resident-phrase table is data: every phrase in it must lead to an item it says it means.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import table from './resident-words.json' with { type: 'json' };
import { ResidentWords } from './resident-words';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const index = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, normalize(d.name)]));

describe('resident words (resident-words.json)', () => {
  const phrases = table.entries.flatMap((e) => e.said.map((said): [string, string[]] => [said, e.means]));

  it.each(phrases)('%s puts an item named with %j first', (said, means) => {
    const first = index.search(said)[0];
    expect(first).toBeDefined();
    expect(means.some((word) => nameOf.get(first!.code)!.includes(normalize(word)))).toBe(true);
  });

  it('says which of the resident’s words led to the item, and marks nothing in its name', () => {
    const [first] = index.search('我想开个小卖部');
    expect(first!.matchedAlias).toBe('开小卖部');
    expect(first!.highlights).toEqual([]);
  });

  it('prefers the longest phrase a query holds', () => {
    const words = new ResidentWords([
      { said: ['店'], means: ['店铺'] },
      { said: ['小卖部'], means: ['个体工商户'] },
    ]);
    expect(words.meaningOf('开个小卖部店')?.means).toEqual(['个体工商户']);
    expect(words.meaningOf('结婚登记')).toBeNull();
  });
});
