// Words to try when a search finds little: life events the query touches, then the aliases and
// names of what a looser search finds, then (nothing at all) the most used life events.
import type { Engine } from './engine';
import { RELAXED } from './match';
import { normalize } from './normalize';
import { parseQuery } from './query';

const MAX_SUGGESTIONS = 6;

export function suggestWords(engine: Engine, query: string): string[] {
  const { corpus } = engine;
  const q = parseQuery(query);
  const words: string[] = [];
  const seen = new Set<string>(q ? [q.text, normalize(query)] : []);
  const add = (word: string | null | undefined): void => {
    if (!word || words.length >= MAX_SUGGESTIONS) return;
    const key = normalize(word);
    if (seen.has(key)) return;
    seen.add(key);
    words.push(word);
  };
  if (q) {
    const hits = engine.find(q, undefined, RELAXED, 12);
    const docsOfHits = hits.map((h) => corpus.byCode.get(h.code)!);
    for (const d of docsOfHits.slice(0, 3)) for (const g of corpus.docLifeEvents[d]!) add(corpus.groups[g]!.words[0]);
    for (const h of hits) add(h.matchedAlias);
    for (const d of docsOfHits) add(corpus.docs[d]!.name);
  }
  if (words.length === 0) for (const word of popularLifeEvents(engine)) add(word);
  return words;
}

const popularCache = new WeakMap<Engine, string[]>();

/** Life-event names by the summed popularity (then number) of their items. */
function popularLifeEvents(engine: Engine): string[] {
  let names = popularCache.get(engine);
  if (!names) {
    const { corpus } = engine;
    const events = corpus.groups
      .filter((g) => g.kind === 'lifeEvent')
      .map((g) => {
        let popularity = 0;
        for (const d of g.docs) popularity += corpus.docs[d]!.popularity;
        return { name: g.words[0]!, popularity, size: g.docs.length };
      });
    events.sort((a, b) => b.popularity - a.popularity || b.size - a.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    names = events.map((e) => e.name);
    popularCache.set(engine, names);
  }
  return names;
}
