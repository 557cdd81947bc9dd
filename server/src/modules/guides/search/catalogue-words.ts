// The last resort, when strict and partial matching found nothing: items holding a word of the
// query that the catalogue holds in few items' names, aliases or life events (住院, 工资, 上学),
// however long the story around it. Partial matching asks an item for a share of the whole
// sentence, and a resident who tells what happened (我妈在菜市场摔了一跤住院花了好几万) says
// much the catalogue has no word for; one rare catalogue word of it is still evidence, where
// characters alone are chance. Words of the story (孩子, 今天) and filler make no word
// (query-words.ts), nor do words in many items (超市, 公司). Shares, not rarities, so that a
// provincial catalogue (each county's items again) answers as a district's does.
import type { QueryWords } from './query-words';
import { ALIAS, LIFE_EVENT, NAME } from './token-index';

/**
 * A word must be in at most this share of the items to let one in: in a handful of them, not in
 * a life event's dozens (户口, 上学 of 7 % say less than 住院 of 2 %).
 */
const MAX_SHARE = 0.07;
/** Credit of a word by the field holding it: the item's own name says most. */
const CREDIT: Record<number, number> = { [NAME]: 1.3, [ALIAS]: 1.17, [LIFE_EVENT]: 0.78 };

export class CatalogueWords {
  /** Score (0…100) of each document let in. */
  private readonly points = new Map<number, number>();

  constructor(words: QueryWords) {
    const pairs: number[] = [];
    let total = 0;
    for (let bits = words.pairs; bits !== 0; bits &= bits - 1) {
      const j = 31 - Math.clz32(bits & -bits);
      pairs.push(j);
      total += words.rarity[j] ?? 0;
    }
    // Rare words let documents in; every word of the query adds to the score of those let in.
    for (const j of pairs) if ((words.share[j] ?? 1) <= MAX_SHARE) words.holdersOf(words.keyAt(j), (d) => this.points.set(d, 0));
    if (this.points.size === 0) return;
    for (const j of pairs) {
      const best = new Map<number, number>();
      words.holdersOf(words.keyAt(j), (d, field) => {
        if (this.points.has(d)) best.set(d, Math.max(best.get(d) ?? 0, CREDIT[field] ?? 0));
      });
      const weight = (100 * (words.rarity[j] ?? 0)) / total;
      for (const [d, credit] of best) this.points.set(d, (this.points.get(d) ?? 0) + credit * weight);
    }
  }

  /** 0…100 for a document holding a rare word of the query, else -1. */
  score(d: number): number {
    return this.points.get(d) ?? -1;
  }
}
