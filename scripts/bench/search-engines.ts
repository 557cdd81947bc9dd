// The ways of searching the bench compares, behind one shape: build on the documents, then
// answer a query with item codes, best first.
import { buildSearchIndex, type SearchDocument } from '@bianmin/server/tooling';
import { buildMiniSearch, TUNED } from './search-minisearch';

export interface SearchEngine {
  name: string;
  /** False for a scan with nothing built ahead (no build time, no index heap). */
  indexed: boolean;
  build(docs: SearchDocument[]): (query: string) => string[];
}

export const OURS: SearchEngine = {
  name: 'ours (buildSearchIndex)',
  indexed: true,
  build(docs) {
    const index = buildSearchIndex(docs);
    return (query) => index.search(query).map((hit) => hit.code);
  },
};

/**
 * What a resident reaches with one more tap: a page search leaves empty shows its guesses (items
 * sharing a character of the query, `guess` of the index) once they ask. Its silence is what a
 * resident who taps sees on chatter, not what the page says first.
 */
export const OURS_ASKED: SearchEngine = {
  name: 'ours, guesses asked for',
  indexed: true,
  build(docs) {
    const index = buildSearchIndex(docs);
    return (query) => {
      const hits = index.search(query);
      return (hits.length ? hits : index.guess(query)).map((hit) => hit.code);
    };
  },
};

export const MINISEARCH: SearchEngine = {
  name: 'MiniSearch 7.2.0',
  indexed: true,
  build: (docs) => buildMiniSearch(docs),
};

/**
 * The same without query unigrams (95 / 101 on the tuning set against 106 / 112), shown for its
 * price: Han queries as bigrams only walk a few short posting lists instead of one per character.
 */
export const MINISEARCH_BIGRAMS: SearchEngine = {
  name: 'MiniSearch, bigram queries',
  indexed: true,
  build: (docs) => buildMiniSearch(docs, { ...TUNED, queryUnigrams: false }),
};

/** What a first version would do: the query as typed, inside the name or an alias, catalogue order. */
export const NAIVE: SearchEngine = {
  name: 'naive includes() scan',
  indexed: false,
  build(docs) {
    return (query) => {
      const needle = query.trim();
      return docs.filter((d) => d.name.includes(needle) || d.aliases.some((a) => a.includes(needle))).map((d) => d.code);
    };
  },
};

export const ENGINES = [OURS, OURS_ASKED, MINISEARCH, MINISEARCH_BIGRAMS, NAIVE];
