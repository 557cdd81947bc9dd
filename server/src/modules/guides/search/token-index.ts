// Unigram and bigram lists over the catalogue. Entries are `id * 8 + level`: documents carry
// their own fields (name, aliases, summary); life events and departments are groups, indexed
// once and spread to their documents at query time.
import type { Corpus } from './corpus';
import { Postings, PostingsBuilder } from './postings';
import { forEachKey, splitUnits } from './tokens';

export const NAME = 0;
export const ALIAS = 1;
export const LIFE_EVENT = 2;
export const DEPARTMENT = 3;
export const SUMMARY = 4;

export interface TokenIndex {
  docs: Postings<string>;
  groups: Postings<string>;
  /** 0.35 (a unit in half the catalogue, like 证) … 1 (rare or unknown, like 婚). */
  importance(unit: string): number;
}

export function buildTokenIndex(corpus: Corpus): TokenIndex {
  const docs = new PostingsBuilder<string>();
  const groups = new PostingsBuilder<string>();
  const addField = (into: PostingsBuilder<string>, text: string, entry: number, unigrams: boolean): void => {
    forEachKey(splitUnits(text), unigrams, (key) => into.add(key, entry));
  };
  corpus.docs.forEach((_, d) => {
    addField(docs, corpus.names[d]!.text, d * 8 + NAME, true);
    for (const alias of corpus.aliases[d]!) addField(docs, alias, d * 8 + ALIAS, true);
    if (corpus.summaries[d]) addField(docs, corpus.summaries[d], d * 8 + SUMMARY, false);
  });
  corpus.groups.forEach((g, id) => {
    const lifeEvent = g.kind === 'lifeEvent';
    for (const word of g.normalized) addField(groups, word, id * 8 + (lifeEvent ? LIFE_EVENT : DEPARTMENT), lifeEvent);
  });
  const docIndex = docs.build();
  const logN = Math.log(1 + corpus.docs.length);
  return {
    docs: docIndex,
    groups: groups.build(),
    importance(unit) {
      const df = docIndex.count(unit);
      if (df === 0 || logN === 0) return 1;
      const rarity = 1 - Math.log(1 + df) / logN;
      return 0.35 + 0.65 * Math.min(1, Math.max(0, rarity));
    },
  };
}
