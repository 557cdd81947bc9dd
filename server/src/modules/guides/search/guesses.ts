// What a resident may still mean when search found nothing and they ask to see it anyway: every
// item sharing a character of the query, ranked like a BM25 over characters (each shared character
// weighted by how rare it is in the catalogue and by the field holding it, more inside a shared
// pair: fieldCredit of shared-characters.ts). Search itself stays silent on such a page — characters alone cannot tell 上游把水拦了 from
// 快递怎么还没到 (docs/bench/search.md) — so these are shown only when asked for, and say so.
import type { Corpus } from './corpus';
import type { Query } from './query';
import { rarityOf } from './query-words';
import { SLOTS, type Scratch } from './scratch';
import { fieldCredit } from './shared-characters';
import type { TokenIndex } from './token-index';

export class Guesses {
  /** Rarity of each distinct unit of the query (filler too: a common character weighs next to nothing). */
  private readonly rarity: Float64Array;
  private counted = 0;
  private total = 0;

  constructor(corpus: Corpus, tokens: TokenIndex, q: Query) {
    this.rarity = new Float64Array(q.units.length);
    q.units.forEach((unit, j) => {
      if (q.units.indexOf(unit) !== j) return;
      const rarity = rarityOf(corpus, tokens, unit);
      this.rarity[j] = rarity;
      this.total += rarity;
      this.counted |= 1 << j;
    });
  }

  /** 0…100 for a touched document sharing a character of the query, else -1. */
  score(d: number, scratch: Scratch): number {
    const got = fieldCredit(scratch.masks, d * SLOTS, this.counted, this.rarity);
    return got > 0 && this.total > 0 ? (100 * got) / this.total : -1;
  }
}
