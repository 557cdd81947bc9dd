// The fallback, when strict matching finds few: items sharing the query's characters, each
// weighted by how rare it is in the catalogue and by the field holding it. 井, 铺 or 薪 name a
// thing; 证, 办 or 申 are in half the items and say little. Spoken filler (我, 想, 要, 吗) and the
// resident's story (孩子, 今天: story-words.ts) are dropped. An item gets in on some of the query's
// words (query-words.ts; the loose rule, in engine.ts), or, in a short query, on enough of its
// rarer characters, or as the query with its middle character mistyped; all are ranked the same
// way, like a BM25 over characters. Candidates are the documents phase one
// already touched, so the work stays proportional to the query, not to the catalogue.
import type { Corpus } from './corpus';
import type { Query } from './query';
import { SLOTS, WEAK, weightOf, type Scratch } from './scratch';
import { ALIAS, DEPARTMENT, LIFE_EVENT, NAME, SUMMARY, type TokenIndex } from './token-index';
import { NEGATIONS, rarityOf, type QueryWords } from './query-words';
import { GRIEVANCE_CREDIT, namesTheParty } from './grievance';
import { isHanUnit } from './tokens';

/**
 * Mask slots, best evidence first (a bigram in the name) …, and the credit each gives. A character
 * inside a shared bigram of the name, an alias or a life event counts more than alone, as the
 * bigram would count as a term of its own in BM25: 工厂 in 工厂噪音投诉 says more than 排 and 水
 * scattered through 城镇污水排入排水管网许可.
 */
const SLOTS_BY_CREDIT = Int8Array.of(NAME, ALIAS, WEAK + NAME, LIFE_EVENT, WEAK + ALIAS, SUMMARY, WEAK + LIFE_EVENT, DEPARTMENT);
const CREDIT = Float64Array.of(1.3, 1.17, 0.7, 0.78, 0.6, 0.5, 0.35, 0.2);
// Module-local copies: read once per slot per document.
const SLOT_COUNT = SLOTS;

/**
 * Share of the query's rarity an item must hold: below it, what it shares is chance. Less when
 * two neighbouring characters of the query stand together in the item (电梯 in 电梯坏了没人管).
 */
const MIN_SHARE = 0.3;
const MIN_SHARE_OF_WORD = 0.2;
/**
 * The same from five counted characters down to these at ten: a long sentence is mostly about
 * the resident (夏天晚上, 吵起来了), and only a word or two of it about the service.
 */
const LONG_SHARE = 0.15;
const LONG_SHARE_OF_WORD = 0.1;
const SHORT_UNITS = 5;
/** Beyond this many counted characters, an item needs a word of the query, not its characters scattered. */
const SCATTERED_UNITS = 8;
const LONG_UNITS = 10;
/** …and at least one shared character this rare (in a handful of items, not a quarter of them). */
const MIN_RAREST = 0.45;
/** A mistyped middle character needs one end in fewer items than this (居 of 居往证, not 办 of 办啥证). */
const TYPO_RAREST = 0.3;

/** Credit of the mistyped middle character: as a character of the name, not in a shared bigram. */
const MISTYPED = CREDIT[SLOTS_BY_CREDIT.indexOf(WEAK + NAME)]!;
/** Query bits of the first and third units. */
const ENDS = 0b101;

/** One query's weights: the rarity of each unit worth counting (0 for filler and repeats). */
export class SharedCharacters {
  private readonly rarity: Float64Array;
  private readonly total: number;
  private readonly share: number;
  private readonly shareOfWord: number;
  /** The counted units, as text and as query bits, and those rare enough to stand on. */
  private readonly counted: string[] = [];
  private readonly countedBits: number = 0;
  /** Query bits of the counted units in few items (MIN_RAREST): the ones an item may stand on. */
  readonly rareBits: number = 0;
  /** The words of the query an item may hold. */
  private readonly words: QueryWords;
  /** Of a three-character query, the first and last (its middle one may be the typo), else null. */
  private readonly ends: [string, string] | null = null;

  constructor(
    private readonly corpus: Corpus,
    tokens: TokenIndex,
    private readonly q: Query,
    words: QueryWords,
  ) {
    this.rarity = new Float64Array(q.units.length);
    this.words = words;
    let total = 0;
    for (let j = 0; j < q.units.length; j++) {
      const unit = q.units[j]!;
      // Filler and the resident's story count for nothing, nor does a character twice.
      if ((words.eligible & (1 << j)) === 0 || q.units.indexOf(unit) !== j) continue;
      const rarity = rarityOf(corpus, tokens, unit);
      if (rarity === 0) continue;
      this.rarity[j] = rarity;
      total += rarity;
      this.counted.push(unit);
      this.countedBits |= 1 << j;
      if (rarity >= MIN_RAREST) this.rareBits |= 1 << j;
    }
    this.total = total;
    const [first, , last] = q.units;
    const rareEnd = Math.max(this.rarity[0] ?? 0, this.rarity[2] ?? 0) >= TYPO_RAREST;
    if (q.units.length === 3 && q.units.every(isHanUnit) && (this.countedBits & ENDS) === ENDS && rareEnd) this.ends = [first!, last!];
    const t = Math.min(1, Math.max(0, this.counted.length - SHORT_UNITS) / (LONG_UNITS - SHORT_UNITS));
    this.share = MIN_SHARE + t * (LONG_SHARE - MIN_SHARE);
    this.shareOfWord = MIN_SHARE_OF_WORD + t * (LONG_SHARE_OF_WORD - MIN_SHARE_OF_WORD);
  }

  /** 0…100 for a touched document, or -1 when what it shares is too little or too common. */
  score(d: number, scratch: Scratch): number {
    const { masks } = scratch;
    const at = d * SLOT_COUNT;
    let covered = 0;
    for (let s = 0; s < SLOT_COUNT; s++) covered |= masks[at + s]!;
    covered &= this.countedBits;
    // The word with its middle mistyped (居往证) holds the middle all the same: it ranks above an
    // item sharing two of the three characters by chance (往 and 证 of 往来港澳通行证).
    if (this.ends && (covered & ENDS) === ENDS && this.misspelt(d))
      return this.total > 0 ? (100 * (this.got(d, scratch) + MISTYPED * (this.rarity[1] ?? 0))) / this.total : 0;
    // Most touched documents share only common characters: out before any arithmetic.
    if ((covered & this.rareBits) === 0) return -1;
    const word = this.words.heldBy(d, scratch);
    // In a long sentence two characters of it meet in some alias by chance (机 and 不 of 加油机不准).
    // A word of it the item's summary says (开发 of 开发商房子还没盖好就开始卖了 in 房地产开发企业…
    // 预先出售房屋) is no chance: the resident told the story the summary tells, in other words.
    const long = this.counted.length > SCATTERED_UNITS;
    const told = !word && long && this.words.inSummary(d, scratch);
    if (!word && !told && long) return -1;
    const needed = (word ? this.shareOfWord : this.share) * this.total;
    if (weightOf(covered, this.rarity) < needed) return -1;
    const got = this.got(d, scratch);
    if (got < needed || (!word && !told && !this.togetherInOneWord(d))) return -1;
    return (100 * this.redress(d, got)) / this.total;
  }

  /** Does the document hold a word of the query (query-words.ts)? */
  holdsWord(d: number, scratch: Scratch): boolean {
    return this.words.heldBy(d, scratch);
  }

  /** 0…100: what the document shares, whatever let it in (the loose rule may have). */
  credit(d: number, scratch: Scratch): number {
    return this.total > 0 ? (100 * this.redress(d, this.got(d, scratch))) / this.total : 0;
  }

  /** What is shared, raised for an item of a grievance against a party the query names (grievance.ts). */
  private redress(d: number, got: number): number {
    return namesTheParty(this.corpus.aliases[d]!, this.q) ? got * GRIEVANCE_CREDIT : got;
  }

  /** Rarity of the shared characters, each credited by the best field holding it. */
  private got(d: number, scratch: Scratch): number {
    return fieldCredit(scratch.masks, d * SLOT_COUNT, this.countedBits, this.rarity);
  }

  /**
   * Is the three-character query a word of the item (name or alias) with its middle character
   * mistyped: 居往证 for 居住证, or 残X证 for 残疾人证 (one or two characters between its ends)?
   */
  private misspelt(d: number): boolean {
    const [first, last] = this.ends!;
    const holds = (word: string): boolean => {
      for (let i = word.indexOf(first); i >= 0; i = word.indexOf(first, i + 1)) {
        if (word.startsWith(last, i + 2) || word.startsWith(last, i + 3)) return true;
      }
      return false;
    };
    return holds(this.corpus.names[d]!.text) || this.corpus.aliases[d]!.some(holds);
  }

  /**
   * Do two of the query's characters stand in one word of the item (its name, an alias, a life
   * event)? 早点摊 and 摊点 do; 手机没电 and an item with 加油机 in one alias and 电表 in another do not.
   */
  private togetherInOneWord(d: number): boolean {
    const { corpus, counted } = this;
    const holdsTwo = (word: string): boolean => {
      let found = 0;
      for (const unit of counted) if (!NEGATIONS.has(unit) && word.includes(unit) && ++found === 2) return true;
      return false;
    };
    if (holdsTwo(corpus.names[d]!.text) || corpus.aliases[d]!.some(holdsTwo)) return true;
    for (const g of corpus.docLifeEvents[d]!) if (corpus.groups[g]!.normalized.some(holdsTwo)) return true;
    return false;
  }
}

/** Rarity of the query units in `bits` the document at mask offset `at` holds, each credited by the best field holding it. */
export function fieldCredit(masks: Int32Array, at: number, bits: number, rarity: Float64Array): number {
  let got = 0;
  let seen = 0;
  for (let c = 0; c < SLOTS_BY_CREDIT.length; c++) {
    const fresh = masks[at + SLOTS_BY_CREDIT[c]!]! & bits & ~seen;
    if (fresh === 0) continue;
    got += CREDIT[c]! * weightOf(fresh, rarity);
    seen |= fresh;
  }
  return got;
}
