// Residents' words the catalogue does not use (小卖部, 公司不想干了), as data: resident-words.json
// maps each phrase to the catalogue words it means. Matching is a substring test per phrase on
// the filler-free query, so the cost is a few dozen `includes` per search.
import table from './resident-words.json' with { type: 'json' };
import { normalize } from './normalize';

export interface ResidentWordsEntry {
  said: string[];
  means: string[];
}

export interface Meaning {
  /** The normalised phrase found in the query. */
  said: string;
  /** Normalised catalogue words, most meant first. */
  means: string[];
}

export class ResidentWords {
  private readonly phrases: Meaning[];

  constructor(entries: ResidentWordsEntry[] = table.entries) {
    this.phrases = entries
      .flatMap((e) => e.said.map((said) => ({ said: normalize(said), means: e.means.map(normalize).filter(Boolean) })))
      .filter((p) => p.said.length > 0 && p.means.length > 0)
      .sort((a, b) => b.said.length - a.said.length);
  }

  /** What the query's resident phrase means (the longest phrase found), or null. */
  meaningOf(text: string): Meaning | null {
    for (const p of this.phrases) if (text.includes(p.said)) return p;
    return null;
  }
}
