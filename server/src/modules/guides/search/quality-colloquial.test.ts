// Search quality on whole sentences as residents type them on a phone (issue 12): the shop in a
// sentence, what befell them, typos and old words. Most of each sentence is about the resident,
// not the service, so the guide may come as a partial hit; it must still be in the first five.
// The sentences are sentence-queries.ts's (the bench tunes on them too); those not found yet are
// listed there, and so is the chatter that must find nothing at all.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import { CHATTER, NOT_YET_FOUND, SENTENCES } from './sentence-queries';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const index = buildSearchIndex(docs);
const codeOf = new Map(docs.map((d) => [d.name, d.code]));

const CASES = Object.fromEntries(
  Object.entries(SENTENCES).map(([kind, cases]) => [kind, cases.filter(([query]) => !NOT_YET_FOUND.has(query))]),
);

const aliases = new Set(docs.flatMap((d) => d.aliases.map(normalize)));

describe('search quality on whole sentences', () => {
  it('names demo items only, never just repeats an alias, and lists as not found yet only its own sentences', () => {
    const cases = Object.values(SENTENCES).flat();
    expect([...NOT_YET_FOUND].filter((q) => !cases.some(([query]) => query === q))).toEqual([]);
    expect(cases.flatMap(([, names]) => names).filter((name) => !codeOf.has(name))).toEqual([]);
    expect(cases.map(([query]) => query).filter((q) => aliases.has(normalize(q)))).toEqual([]);
  });

  for (const [kind, cases] of Object.entries(CASES)) {
    describe(`when a resident types ${kind}`, () => {
      it.each(cases)('%s finds one of %j in the first five', (query, names) => {
        const first = index
          .search(query)
          .slice(0, 5)
          .map((h) => h.code);
        expect(names.some((name) => first.includes(codeOf.get(name)!))).toBe(true);
      });
    });
  }

  it.each(Object.values(CASES).flat())('ranks partial matches of %s below every full one', (query) => {
    const hits = index.search(query);
    const firstPartial = hits.findIndex((h) => h.partial);
    if (firstPartial < 0) return;
    expect(hits.slice(firstPartial).every((h) => h.partial)).toBe(true);
    for (const h of hits.slice(firstPartial)) for (const s of hits.slice(0, firstPartial)) expect(h.score).toBeLessThan(s.score);
  });

  // Kept honest: a sentence the engine learns to answer moves from NOT_YET_FOUND to the cases above.
  it.each([...NOT_YET_FOUND])('does not find an answer to %s in the first five yet', (query) => {
    const answers = Object.values(SENTENCES)
      .flat()
      .find(([q]) => q === query)![1];
    const first = index
      .search(query)
      .slice(0, 5)
      .map((h) => h.code);
    expect(answers.some((name) => first.includes(codeOf.get(name)!))).toBe(false);
  });

  it.each(CHATTER)('returns nothing for %s', (query) => {
    expect(index.search(query)).toEqual([]);
  });
});
