// Phase one: which documents cover the query, and how well. Each document gets bit masks of the
// query units it covers, per field level, "strong" (inside a matching bigram) or "weak" (the
// character alone). A unit's credit is the best of its sources; a document must cover most of
// the query's weight, so 的/办/证 alone never pull in half the catalogue.
import type { Corpus } from './corpus';
import type { Query } from './query';
import { ALIAS, DEPARTMENT, LIFE_EVENT, NAME, SUMMARY, type TokenIndex } from './token-index';
import type { Postings } from './postings';
import { SLOTS, WEAK, weightOf, type Scratch } from './scratch';

/** Credit per unit, best first: mask slot and points. Full coverage by the name scores 100. */
const CREDIT_SLOTS = Int8Array.of(NAME, ALIAS, LIFE_EVENT, WEAK + NAME, WEAK + ALIAS, WEAK + LIFE_EVENT, DEPARTMENT, SUMMARY);
const CREDIT_POINTS = Float64Array.of(100, 80, 50, 45, 36, 22, 20, 15);

export interface CoverageRule {
  /** Share of the query's weight a document must cover, up to four units… */
  minCoverage: number;
  /**
   * …coming down to this at ten units: long sentences carry words about the resident, not the
   * service (我家孩子今年九月份要上小学了…).
   */
  longCoverage: number;
  /** One- and two-unit queries must be covered whole. */
  wholeShort: boolean;
  /** At least one bigram must match (characters scattered through a name are no match). */
  requireBigram: boolean;
}
export const STRICT: CoverageRule = { minCoverage: 0.6, longCoverage: 0.4, wholeShort: true, requireBigram: true };
/** The fallback when strict matching finds little: some of the query's words, still as words (bigrams). */
export const LOOSE: CoverageRule = { minCoverage: 0.34, longCoverage: 0.25, wholeShort: false, requireBigram: true };
export const RELAXED: CoverageRule = { minCoverage: 0.34, longCoverage: 0.34, wholeShort: false, requireBigram: false };

function requiredCoverage(rule: CoverageRule, units: number): number {
  const t = Math.min(1, Math.max(0, units - 4) / 6);
  return rule.minCoverage + t * (rule.longCoverage - rule.minCoverage);
}

/**
 * ORs `bits` into the mask slot of every entry listed under the key. With `touchedOnly`, only
 * documents already found by something else are credited (see COMMON_SHARE).
 */
function spread(
  list: Postings<string>,
  key: string,
  bits: number,
  weak: boolean,
  masks: Int32Array,
  scratch: Scratch | null,
  touchedOnly = false,
): void {
  const id = list.list(key);
  if (id < 0) return;
  const { pool } = list;
  const offset = weak ? WEAK : 0;
  for (let i = list.offsets[id]!, end = list.offsets[id + 1]!; i < end; i++) {
    const entry = pool[i]!;
    const owner = entry >> 3;
    if (scratch) {
      if (touchedOnly && !scratch.isTouched(owner)) continue;
      scratch.touch(owner);
    }
    const at = owner * SLOTS + offset + (entry & 7);
    masks[at] = masks[at]! | bits;
  }
}

/**
 * A character in more than this share of the catalogue (证, 登, 记) is weak evidence on its own:
 * it adds credit to documents found otherwise but does not bring in new ones. This keeps the
 * work per query proportional to what the query is about, not to how common its characters are.
 */
const COMMON_SHARE = 0.05;

/** Fills scratch masks for every document touching the query. */
export function gatherCoverage(corpus: Corpus, index: TokenIndex, q: Query, scratch: Scratch): void {
  const { masks } = scratch;
  const groupMasks = scratch.newGroupMasks();
  const weak = q.units.length > 1;
  const common = weak ? Math.max(64, COMMON_SHARE * corpus.docs.length) : Infinity;
  for (let j = 0; j < q.units.length; j++) {
    if (index.docs.count(q.units[j]!) <= common) spread(index.docs, q.units[j]!, 1 << j, weak, masks, scratch);
    spread(index.groups, q.units[j]!, 1 << j, weak, groupMasks, null);
  }
  for (const [key, bits] of q.bigrams) {
    spread(index.docs, key, bits, false, masks, scratch);
    spread(index.groups, key, bits, false, groupMasks, null);
  }
  for (let g = 0; g < corpus.groups.length; g++) {
    for (let s = 0; s < SLOTS; s++) {
      const bits = groupMasks[g * SLOTS + s]!;
      if (bits === 0) continue;
      for (const d of corpus.groups[g]!.docs) {
        scratch.touch(d);
        masks[d * SLOTS + s] = masks[d * SLOTS + s]! | bits;
      }
    }
  }
  for (let j = 0; j < q.units.length; j++) {
    if (index.docs.count(q.units[j]!) > common) spread(index.docs, q.units[j]!, 1 << j, weak, masks, scratch, true);
  }
}

/**
 * Share of the query's weight enough for an item the query names whole, by its name or an alias of
 * three characters or more (公租房, 申请公租房 of 网上申请公租房进度查询): a word that long is what the
 * query is about, and the rest may be words the catalogue lacks (网上, 进度). Life events do not
 * count: a dozen items share each.
 */
const LONG_WORD_COVERAGE = 0.25;
const LONG_WORD = 3;
/**
 * …in a query of this many units or more: a shorter one that misses its share misses a word of its
 * own, not words the catalogue lacks. (It also keeps the string test off the thousands of items of a
 * provincial catalogue whose names share 许可证 with a short query.)
 */
const LONG_QUERY = 8;

/**
 * Does the query say the document's name or an alias of LONG_WORD characters or more whole? Three
 * neighbouring query units in its name or aliases (two overlapping bigrams) come first: a cheap
 * test that most documents fail. Plain loops, no closure: one here slowed every search at 20,000
 * items by a fifth, taken or not.
 */
function namedWhole(corpus: Corpus, d: number, q: Query, masks: Int32Array, at: number): boolean {
  const name = masks[at + NAME]!;
  const alias = masks[at + ALIAS]!;
  if (((name & (name >> 1) & (name >> 2)) | (alias & (alias >> 1) & (alias >> 2))) === 0) return false;
  if (saysWhole(q.text, corpus.names[d]!.text)) return true;
  for (const alias of corpus.aliases[d]!) if (saysWhole(q.text, alias)) return true;
  return false;
}

function saysWhole(text: string, word: string): boolean {
  return word.length >= LONG_WORD && text.includes(word);
}

/** Phase-one score of a touched document (0…100), or -1 when it does not cover enough. */
export function coverageScore(d: number, q: Query, scratch: Scratch, rule: CoverageRule, total: number, corpus: Corpus): number {
  const { masks, importance } = scratch;
  const at = d * SLOTS;
  const n = q.units.length;
  const all = (1 << n) - 1;
  let covered = 0;
  let strong = 0;
  for (let s = 0; s < SLOTS; s++) covered |= masks[at + s]!;
  for (let s = 0; s < WEAK; s++) strong |= masks[at + s]!;
  if (rule.requireBigram && n > 1 && strong === 0) return -1;
  if (covered !== all) {
    if (n <= 2 && rule.wholeShort) return -1;
    const weight = weightOf(covered, importance);
    if (
      weight < requiredCoverage(rule, n) * total &&
      (n < LONG_QUERY || weight < LONG_WORD_COVERAGE * total || !namedWhole(corpus, d, q, masks, at))
    )
      return -1;
  }
  covered = 0;
  let points = 0;
  for (let c = 0; c < CREDIT_SLOTS.length; c++) {
    const fresh = masks[at + CREDIT_SLOTS[c]!]! & ~covered;
    if (fresh === 0) continue;
    points += CREDIT_POINTS[c]! * weightOf(fresh, importance);
    covered |= fresh;
  }
  return points / total;
}

/** Did the name itself match (a bigram, or the whole one-unit query)? */
export function nameMatched(d: number, scratch: Scratch): boolean {
  return scratch.masks[d * SLOTS + NAME] !== 0;
}
