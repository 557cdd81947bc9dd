// The words of a query a partial match may stand on: two neighbouring characters that an item's
// name, alias or life event holds side by side (住院 of 住院报销), or that the resident split with
// a word or two (当了五年兵 → 当兵, 装个假腿 → 装假肢). Spoken filler (我, 了, 个) and the
// resident's story (孩子, 今天: story-words.ts) make no word; nor does a pair ending in a negation
// (机不 of 手机不写作业 is no word of 加油机不准). Summaries and department names are prose, not the
// item's words: a bigram shared with them (考试) is chance in a long sentence — unless nothing of the
// item's own holds a word of it (inSummary, used by shared-characters.ts).
import type { Corpus } from './corpus';
import type { Postings } from './postings';
import { SLOTS, type Scratch } from './scratch';
import { storyBits } from './story-words';
import { ALIAS, LIFE_EVENT, NAME, SUMMARY, type TokenIndex } from './token-index';
import { isHanUnit } from './tokens';

/**
 * Words of speech, not of the thing asked for: pronouns, particles, question words, the measure
 * 个, degree words. Rare in the catalogue, so rarity alone would make them count most. (地 is
 * land in a catalogue, 种地, 地界, not the particle.)
 */
const STOP_CHARACTERS = new Set(
  '我你他她它咱俺的得了着过吗呢吧啊呀嘛哦么要想个在有是也都就还又和跟把被给让叫怎咋啥什哪谁这那些很太挺能会该可啦'.split(''),
);

/** 不 and 没 begin a word (不给, 没发), they do not end one, and say nothing on their own. */
export const NEGATIONS = new Set(['不', '没']);
/** Characters a resident may put inside a word (当了五年兵): at most this many… */
const SPLIT_GAP = 3;
/**
 * …and only filler, numbers, measure words and 完 (了, 的, 五年, 几亩, 个, 一口井, 一棵树, 两头牛, 生完孩子):
 * 量子纠缠 holds no 量纠. Measure words as a class, not those of the queries seen: the thing counted
 * is the word's second half. 完 says a verb is done, as 了 and 过 do.
 */
const INSERTS = new Set('零一二两三四五六七八九十百千万几半多个年月天亩块条只间套张次口棵头辆台座栋件份根匹完'.split(''));
/**
 * Does the text say the two-character word split by a few inserted characters (打零工 for 打工,
 * 干了半年活 for 干活), as splitKeys reads a query's words?
 */
export function saysSplit(text: string, word: string): boolean {
  if (word.length !== 2) return false;
  const [first, last] = [word.charAt(0), word.charAt(1)];
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    for (let k = i + 1; k <= i + SPLIT_GAP && k < text.length; k++) {
      if (!INSERTS.has(text.charAt(k)) && !STOP_CHARACTERS.has(text.charAt(k))) break;
      if (text.charAt(k + 1) === last) return true;
    }
  }
  return false;
}

/**
 * A word in more than this share of the items (超市 of the 开店 life event's 开超市, 公司) says
 * where the resident was, not which item they need: it lets no item in on its own. A share, not a
 * rarity: a provincial catalogue lists each county's items again, and the share stays the same.
 */
const MAX_WORD_SHARE = 1 / 8;

/** Items holding a key (a character, or a pair of them); a life event holding it counts for each of its items. */
function holdersCount(corpus: Corpus, tokens: TokenIndex, key: string): number {
  let df = tokens.docs.count(key);
  const id = tokens.groups.list(key);
  if (id >= 0) {
    const { offsets, pool } = tokens.groups;
    for (let i = offsets[id] ?? 0, end = offsets[id + 1] ?? 0; i < end; i++) df += corpus.groups[(pool[i] ?? 0) >> 3]?.docs.length ?? 0;
  }
  return df;
}

/** 0 for a key in every item … 1 for one in none. */
export function rarityOf(corpus: Corpus, tokens: TokenIndex, key: string): number {
  const n = corpus.docs.length;
  if (n === 0) return 1;
  return Math.min(1, Math.max(0, 1 - Math.log(1 + holdersCount(corpus, tokens, key)) / Math.log(1 + n)));
}

/** One query's words, and which documents hold them. */
export class QueryWords {
  /** Query bits of the units a word may be made of: no filler, no story word. */
  readonly eligible: number = 0;
  /** Query bits j where units j and j + 1 are a word of the query, rare enough to stand on. */
  readonly pairs: number = 0;
  /** Rarity of the word at each set bit of `pairs`, and the share of the items holding it. */
  readonly rarity: Float64Array;
  readonly share: Float64Array;
  /** Documents holding a split word of the query. */
  private readonly split = new Set<number>();
  /** Query bits of the units a split word may end in: word units, and the resident's own (孩 of 生完孩子). */
  private readonly ends: number = 0;

  constructor(
    private readonly corpus: Corpus,
    private readonly tokens: TokenIndex,
    private readonly units: string[],
  ) {
    const story = storyBits(units);
    let eligible = 0;
    units.forEach((unit, j) => {
      if ((story & (1 << j)) === 0 && !(isHanUnit(unit) && STOP_CHARACTERS.has(unit))) eligible |= 1 << j;
    });
    this.eligible = eligible;
    // The thing a verb is done to may be a word of the story (生完孩子, 交过一次社保): split from
    // the verb, the two are the catalogue's word (生孩子) all the same.
    this.ends = eligible | story;
    this.rarity = new Float64Array(units.length);
    this.share = new Float64Array(units.length);
    for (let j = 0; j + 1 < units.length; j++) {
      const both = 0b11 << j;
      const key = this.keyAt(j);
      if ((this.eligible & both) !== both || !this.isWord(key)) continue;
      this.pairs |= 1 << j;
      this.rarity[j] = rarityOf(corpus, tokens, key);
      this.share[j] = this.shareOf(key);
    }
    for (const key of this.splitKeys()) if (this.isWord(key)) this.holdersOf(key, (d) => this.split.add(d));
  }

  /** The bigram key of the pair at j. */
  keyAt(j: number): string {
    return (this.units[j] ?? '') + (this.units[j + 1] ?? '');
  }

  /** A pair is a word unless it ends in a negation or too many items hold it. */
  private isWord(key: string): boolean {
    return !NEGATIONS.has(key.slice(-1)) && this.shareOf(key) <= MAX_WORD_SHARE;
  }

  private shareOf(key: string): number {
    const n = this.corpus.docs.length;
    return n === 0 ? 0 : holdersCount(this.corpus, this.tokens, key) / n;
  }

  /**
   * Does the document hold a word of the query, whole (both units inside bigrams of its name, an
   * alias or a life event) or split by the resident?
   */
  heldBy(d: number, scratch: Scratch): boolean {
    const { masks } = scratch;
    const at = d * SLOTS;
    const strong = (masks[at + NAME] ?? 0) | (masks[at + ALIAS] ?? 0) | (masks[at + LIFE_EVENT] ?? 0);
    return (strong & (strong >> 1) & this.pairs) !== 0 || this.split.has(d);
  }

  /**
   * Does the document's summary hold a word of the query whole? Not a word of the item (see above),
   * but in a long sentence the one that says what the resident is after (shared-characters.ts).
   */
  inSummary(d: number, scratch: Scratch): boolean {
    const summary = scratch.masks[d * SLOTS + SUMMARY] ?? 0;
    return (summary & (summary >> 1) & this.pairs) !== 0;
  }

  /**
   * Calls back each document holding the key in its name, an alias or a life event, with the
   * field (repeats included: a document may hold it in several).
   */
  holdersOf(key: string, visit: (d: number, field: number) => void): void {
    const own = (list: Postings<string>, accept: (entry: number) => void): void => {
      const id = list.list(key);
      if (id < 0) return;
      for (const entry of list.pool.subarray(list.offsets[id], list.offsets[id + 1])) accept(entry);
    };
    own(this.tokens.docs, (entry) => {
      if ((entry & 7) === NAME || (entry & 7) === ALIAS) visit(entry >> 3, entry & 7);
    });
    own(this.tokens.groups, (entry) => {
      if ((entry & 7) !== LIFE_EVENT) return;
      for (const d of this.corpus.groups[entry >> 3]?.docs ?? []) visit(d, LIFE_EVENT);
    });
  }

  /** Pairs of word units with one to SPLIT_GAP inserted units between them, as bigram keys. */
  private splitKeys(): Set<string> {
    const keys = new Set<string>();
    const { units } = this;
    units.forEach((first, i) => {
      if (!(this.eligible & (1 << i)) || !isHanUnit(first)) return;
      for (let k = i + 2; k <= i + 1 + SPLIT_GAP && k < units.length; k++) {
        const inserted = units[k - 1] ?? '';
        if (!INSERTS.has(inserted) && !STOP_CHARACTERS.has(inserted)) break;
        const last = units[k] ?? '';
        if (this.ends & (1 << k) && isHanUnit(last)) keys.add(first + last);
      }
    });
    return keys;
  }
}
