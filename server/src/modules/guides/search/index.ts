// Guide search: what residents type (partial words, their own words, life events, pinyin,
// traditional characters, one-character typos) → service items, best first.
// An in-memory index per API instance, built from the published catalogue and rebuilt when the
// catalogue version changes: MariaDB and SQLite have no ngram parser for Chinese full-text search,
// and even a provincial catalogue (tens of thousands of items) fits in a few tens of MB.
import { Engine } from './engine';

export interface SearchDocument {
  code: string;
  name: string;
  aliases: string[];
  summary: string | null;
  departmentCode: string;
  departmentName: string;
  audiences: ('individual' | 'organization')[];
  kind: string;
  lifeEvents: { code: string; name: string; aliases: string[] }[];
  /** Higher = more popular (view count); tie-breaker only. */
  popularity: number;
}

export interface SearchFilter {
  department?: string;
  audience?: 'individual' | 'organization';
  lifeEvent?: string;
  kind?: string;
}

export interface SearchHit {
  code: string;
  score: number;
  /** [start, end) UTF-16 offsets into the ORIGINAL document name, merged and sorted, for highlighting. */
  highlights: [number, number][];
  /** The alias or life-event word that matched when the name itself did not, else null. */
  matchedAlias: string | null;
  /**
   * Set when the hit covers only some of the query's words, or shares only some of its rarer
   * characters, or is the query with a character mistyped: the fallback when strict matching
   * finds little.
   */
  partial?: true;
}

export interface SearchIndex {
  readonly size: number;
  /**
   * Best first. Blank query → every document passing the filter, by popularity then name; a query
   * with nothing searchable in it (emoji, punctuation) → none. Otherwise at most 200 hits, ties
   * broken by popularity then name: the items a resident phrase means (resident-words.json) or a
   * shop the resident opens means (shop-words.json) first, then strict matches, then — when those
   * are few — partial ones, ranked together by the rarity of what they share: items holding some of
   * the query's words or of its rarer characters; when none shares enough, items holding a word of
   * the query that few items hold (catalogue-words.ts). A sentence whose words only say who, where
   * and when (story-words.ts) finds nothing. An age said (九十岁) reads as the highest age the
   * catalogue's items are for that it reaches (ages.ts).
   */
  search(query: string, filter?: SearchFilter): SearchHit[];
  /** Other words to try (life events, popular aliases, names close to the query) when few hits. Max 6. */
  suggest(query: string): string[];
  /**
   * For a resident who asks to see something after `search` found nothing: every item sharing a
   * character of the query, ranked by the rarity of what it shares (guesses.ts), all partial. Not
   * part of `search`: on characters alone chatter and needs look alike, and an empty page is the
   * honest answer until the resident asks.
   */
  guess(query: string, filter?: SearchFilter): SearchHit[];
}

/**
 * Builds the index synchronously (about 50 ms per 1,000 items; 20,000 items ≈ 1 s and 25 MB).
 * The documents are kept by reference and must not change afterwards: build a new index instead.
 */
export function buildSearchIndex(docs: SearchDocument[]): SearchIndex {
  return new Engine(docs);
}
