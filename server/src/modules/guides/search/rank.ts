// Phase two, for the best candidates only: final score (phase one plus whole-string bonuses,
// or the pinyin evidence when it is stronger), one deterministic order, highlights in the
// original name, and the alias or life-event word that explains a hit whose name did not match.
import { EventBonuses, lengthPenalty, tokenBonus } from './bonus';
import type { Corpus } from './corpus';
import type { SearchHit } from './index';
import { nameMatched } from './match';
import { toOriginalRanges } from './normalize';
import type { PinyinHits } from './pinyin-hits';
import type { Query } from './query';
import { SLOTS, type Scratch } from './scratch';
import { NAME } from './token-index';
import { splitUnits } from './tokens';

/** Hits scoring under this share of the best are noise next to it. */
const RELATIVE_FLOOR = 0.25;
const RANK_SPACE = 2 ** 21;
export const MAX_DOCUMENTS = RANK_SPACE - 1;

/** Score (to 0.01) and browsing rank packed in one number: a numeric sort orders both. */
export function sortKey(corpus: Corpus, d: number, score: number): number {
  return Math.max(1, Math.round(score * 100)) * RANK_SPACE + (RANK_SPACE - 1 - corpus.rank[d]!);
}

function docOfKey(corpus: Corpus, key: number): number {
  return corpus.byRank[RANK_SPACE - 1 - (key % RANK_SPACE)]!;
}

/** The `count` best documents by a phase-one score (all of them when there are fewer). */
export function topOf(corpus: Corpus, docs: number[], scores: Float64Array, count: number): number[] {
  if (docs.length <= count) return docs.slice();
  const keys = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) keys[i] = sortKey(corpus, docs[i]!, scores[docs[i]!]!);
  keys.sort();
  const top: number[] = [];
  for (let i = keys.length - 1; i >= keys.length - count; i--) top.push(docOfKey(corpus, keys[i]!));
  return top;
}

export interface Evidence {
  corpus: Corpus;
  scratch: Scratch;
  /** Phase-one score of each document, -1 when it did not qualify. */
  coverage: Float64Array;
  pinyin: PinyinHits;
  events: EventBonuses;
}

/** Final scores of the candidates, best first, at most `limit`. */
export function rankHits(e: Evidence, q: Query, pool: number[], limit: number): SearchHit[] {
  const { corpus, pinyin, scratch, coverage } = e;
  const keys = new Float64Array(pool.length);
  e.events.reset(q.text);
  /** Documents ranked on token evidence, with the word that explains them. */
  const words = new Map<number, string | null>();
  for (let i = 0; i < pool.length; i++) {
    const d = pool[i]!;
    let best = -1;
    if (coverage[d]! >= 0) {
      const bonus = tokenBonus(corpus, d, q, e.events, scratch.masks[d * SLOTS + NAME]);
      words.set(d, bonus.word);
      best = coverage[d]! + bonus.points - lengthPenalty(corpus.names[d]!.text.length, q.text.length);
    }
    if (pinyin.has(d) && pinyin.score[d]! > best) {
      best = pinyin.score[d]!;
      words.delete(d);
    }
    keys[i] = sortKey(corpus, d, best);
  }
  keys.sort();
  const hits: SearchHit[] = [];
  const top = keys.length ? Math.floor(keys[keys.length - 1]! / RANK_SPACE) : 0;
  for (let i = keys.length - 1; i >= 0 && hits.length < limit; i--) {
    const scaled = Math.floor(keys[i]! / RANK_SPACE);
    if (scaled < top * RELATIVE_FLOOR) break;
    const d = docOfKey(corpus, keys[i]!);
    const viaTokens = words.has(d);
    let ranges = viaTokens ? tokenHighlights(corpus, d, q, scratch.importance) : pinyin.highlights(d);
    if (ranges.length === 0 && viaTokens && pinyin.has(d)) ranges = pinyin.highlights(d);
    const word = words.get(d);
    hits.push({
      code: corpus.docs[d]!.code,
      score: scaled / 100,
      highlights: toOriginalRanges(corpus.names[d]!, ranges),
      matchedAlias: !viaTokens ? pinyin.matchedWord(d) : (word ?? (nameMatched(d, scratch) ? null : explainingWord(corpus, d, q))),
    });
  }
  return hits;
}

/** The alias or life-event word sharing most bigrams with the query (name did not match). */
export function explainingWord(corpus: Corpus, d: number, q: Query): string | null {
  let best: string | null = null;
  let bestShared = 0;
  const consider = (normalized: string, original: string): void => {
    let shared = 0;
    for (const key of q.bigrams.keys()) if (normalized.includes(key)) shared += 2;
    if (shared === 0) for (const unit of q.units) if (normalized.includes(unit)) shared += 1;
    if (shared > bestShared) {
      bestShared = shared;
      best = original;
    }
  };
  corpus.aliases[d]!.forEach((alias, a) => consider(alias, corpus.docs[d]!.aliases[a]!));
  for (const g of corpus.docLifeEvents[d]!) {
    const group = corpus.groups[g]!;
    group.normalized.forEach((word, w) => consider(word, group.words[w]!));
  }
  return best;
}

/** Normalised-name ranges covered by query bigrams (or by the one-unit query, or a rare unit). */
export function tokenHighlights(corpus: Corpus, d: number, q: Query, importance: Float64Array): [number, number][] {
  const name = corpus.names[d]!.text;
  // Units of the name; names made of single-unit characters (nearly all) need no splitting.
  const units = corpus.plainNames[d] ? null : splitUnits(name);
  const count = units ? units.length : name.length;
  const unit = (i: number): string => (units ? units[i]! : name[i]!);
  const marked = new Uint8Array(count);
  for (let i = 0; i + 1 < count; i++) {
    if (units ? q.bigrams.has(units[i]! + units[i + 1]!) : q.pairCodes.has(name.charCodeAt(i) * 65536 + name.charCodeAt(i + 1))) {
      marked[i] = marked[i + 1] = 1;
    }
  }
  for (let i = 0; i < count; i++) {
    if (marked[i]) continue;
    const j = q.units.indexOf(unit(i));
    if (j < 0 || !(q.units.length === 1 || importance[j]! >= 0.6)) continue;
    let elsewhere = false;
    for (let k = 0; k < count && !elsewhere; k++) elsewhere = marked[k] === 1 && unit(k) === unit(i);
    if (!elsewhere) marked[i] = 2;
  }
  const ranges: [number, number][] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const length = units ? units[i]!.length : 1;
    if (marked[i]) ranges.push([offset, offset + length]);
    offset += length;
  }
  return ranges;
}
