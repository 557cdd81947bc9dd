// A short page filled: when strict and partial matching find fewer items than a page's first
// five, items holding a rare character of the query in their name or an alias follow them,
// ranked on all the query's characters they share (shared-characters.ts). A resident's sentence
// names the thing once, in a word the catalogue may spell otherwise (路面挖开 for 道路开挖, 树苗
// for 苗木): one rare character of it is weak evidence, but below a page that is not full it
// costs nothing and often holds the answer. A page with nothing on it stays empty: a query
// nothing matched is chatter more often than a need.
import { SLOTS, WEAK, type Scratch } from './scratch';
import type { SharedCharacters } from './shared-characters';
import { ALIAS, NAME } from './token-index';

export class PageFill {
  constructor(private readonly shared: SharedCharacters) {}

  /** 0…100 for a document with a rare character of the query in its name or an alias, else -1. */
  score(d: number, scratch: Scratch): number {
    const { masks } = scratch;
    const at = d * SLOTS;
    const own = (masks[at + NAME] ?? 0) | (masks[at + ALIAS] ?? 0) | (masks[at + WEAK + NAME] ?? 0) | (masks[at + WEAK + ALIAS] ?? 0);
    return (own & this.shared.rareBits) === 0 ? -1 : this.shared.credit(d, scratch);
  }
}
