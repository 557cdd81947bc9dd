// The search itself: phase one (token coverage, pinyin) over the whole catalogue, phase two
// (whole-string bonuses, highlights) over the best few hundred, one deterministic order.
import { EventBonuses } from './bonus';
import { buildCorpus, compileFilter, type Corpus } from './corpus';
import type { SearchDocument, SearchFilter, SearchHit, SearchIndex } from './index';
import { coverageScore, gatherCoverage, LOOSE, STRICT, type CoverageRule } from './match';
import { buildPinyinIndex, PinyinHits } from './pinyin-hits';
import { parseQuery, type Query } from './query';
import { MAX_DOCUMENTS, rankHits, topOf, type Evidence } from './rank';
import { ResidentWords } from './resident-words';
import { Scratch, SLOTS, weightOf } from './scratch';
import { suggestWords } from './suggest';
import { ALIAS, buildTokenIndex, NAME, type TokenIndex } from './token-index';

/** A resident reads a page or two; the cap keeps latency flat on a provincial catalogue. */
export const MAX_HITS = 200;
/** Candidates re-ranked in phase two, per source (characters, pinyin). */
const RERANK = 250;
/** Fewer strict hits than this are followed by looser ones (some of the query's words). */
const FEW = 3;
/** Looser hits score at most this share of the weakest strict one, so they always come after. */
const LOOSE_SHARE = 0.5;

export class Engine implements SearchIndex {
  readonly corpus: Corpus;
  private readonly tokens: TokenIndex;
  private readonly evidence: Evidence;
  private readonly residentWords = new ResidentWords();

  constructor(docs: SearchDocument[]) {
    if (docs.length > MAX_DOCUMENTS) throw new RangeError(`search index holds at most ${MAX_DOCUMENTS} documents`);
    this.corpus = buildCorpus(docs);
    this.tokens = buildTokenIndex(this.corpus);
    this.evidence = {
      corpus: this.corpus,
      scratch: new Scratch(docs.length, this.corpus.groups.length),
      coverage: new Float64Array(docs.length).fill(-1),
      pinyin: new PinyinHits(this.corpus, buildPinyinIndex(this.corpus)),
      events: new EventBonuses(this.corpus),
    };
  }

  get size(): number {
    return this.corpus.docs.length;
  }

  search(query: string, filter?: SearchFilter): SearchHit[] {
    const q = parseQuery(query);
    // Only a blank query browses: emoji or punctuation alone ask for nothing we can find.
    if (!q) return query.trim() === '' ? this.browse(filter) : [];
    const strict = this.find(q, filter, STRICT, MAX_HITS);
    const hits = strict.length < FEW ? withLooser(strict, this.find(q, filter, LOOSE, MAX_HITS)) : strict;
    const meant = this.meant(q, filter);
    return meant.length ? pinFirst(meant, hits) : hits;
  }

  suggest(query: string): string[] {
    return suggestWords(this, query);
  }

  /**
   * Items the resident's own phrase means (小卖部 → 个体工商户设立登记): the query searched again with
   * the phrase replaced by each catalogue word, keeping the items whose names hold that word.
   */
  private meant(q: Query, filter: SearchFilter | undefined): SearchHit[] {
    const meaning = this.residentWords.meaningOf(q.text);
    if (!meaning) return [];
    const { corpus } = this;
    const out: SearchHit[] = [];
    const seen = new Set<string>();
    for (const word of meaning.means) {
      const rewritten = parseQuery(q.text.replace(meaning.said, word));
      if (!rewritten) continue;
      for (const hit of this.find(rewritten, filter, STRICT, MAX_HITS)) {
        const d = corpus.byCode.get(hit.code)!;
        if (seen.has(hit.code) || !corpus.names[d]!.text.includes(word)) continue;
        seen.add(hit.code);
        // The name did not match what was typed: say which of the item's words did, mark nothing.
        const alias = corpus.docs[d]!.aliases.find((_, a) => corpus.aliases[d]![a]!.includes(meaning.said));
        out.push({ ...hit, highlights: [], matchedAlias: alias ?? meaning.said });
      }
    }
    return out;
  }

  /** Every document passing the filter, most popular first. */
  browse(filter?: SearchFilter): SearchHit[] {
    const pass = compileFilter(this.corpus, filter);
    const hits: SearchHit[] = [];
    for (const d of this.corpus.byRank) {
      if (pass === null || pass(d)) hits.push({ code: this.corpus.docs[d]!.code, score: 0, highlights: [], matchedAlias: null });
    }
    return hits;
  }

  find(q: Query, filter: SearchFilter | undefined, rule: CoverageRule, limit: number): SearchHit[] {
    const { corpus, scratch, pinyin, coverage } = this.evidence;
    const pass = compileFilter(corpus, filter);
    const n = q.units.length;
    const all = (1 << n) - 1;
    for (let j = 0; j < n; j++) scratch.importance[j] = this.tokens.importance(q.units[j]!);
    const total = weightOf(all, scratch.importance);
    try {
      gatherCoverage(corpus, this.tokens, q, scratch);
      const found: number[] = [];
      let literal = false;
      for (let i = 0; i < scratch.touchedCount; i++) {
        const d = scratch.touched[i]!;
        const score = coverageScore(d, q, scratch, rule, total);
        if (score < 0 || (pass !== null && !pass(d))) continue;
        coverage[d] = score;
        found.push(d);
        if ((scratch.masks[d * SLOTS + NAME]! | scratch.masks[d * SLOTS + ALIAS]!) === all) literal = true;
      }
      // Letters are pinyin; Han characters with no literal match may be a homophone typo.
      if (/[a-z]/.test(q.text) || (!literal && n >= 2)) pinyin.collect(q.units);
      else pinyin.clear();
      const pool = new Set(topOf(corpus, found, coverage, RERANK));
      for (const d of topOf(corpus, pass === null ? pinyin.docs : pinyin.docs.filter(pass), pinyin.score, RERANK)) pool.add(d);
      return rankHits(this.evidence, q, [...pool], limit);
    } finally {
      for (let i = 0; i < scratch.touchedCount; i++) coverage[scratch.touched[i]!] = -1;
      scratch.reset();
    }
  }
}

/** Strict hits, then looser ones not already listed, scored below the weakest strict hit. */
function withLooser(strict: SearchHit[], loose: SearchHit[]): SearchHit[] {
  const listed = new Set(strict.map((h) => h.code));
  const ceiling = strict.length ? strict[strict.length - 1]!.score : Infinity;
  const extra = loose
    .filter((h) => !listed.has(h.code))
    .map((h) => ({ ...h, score: Math.min(ceiling - 0.01, h.score * LOOSE_SHARE), partial: true as const }));
  return [...strict, ...extra].slice(0, MAX_HITS);
}

/** The meant items first, then the rest; scores raised where needed so they still read best first. */
function pinFirst(meant: SearchHit[], hits: SearchHit[]): SearchHit[] {
  const pinned = new Set(meant.map((h) => h.code));
  const all = [...meant, ...hits.filter((h) => !pinned.has(h.code))].slice(0, MAX_HITS);
  for (let i = all.length - 2; i >= 0; i--) {
    if (all[i]!.score < all[i + 1]!.score) all[i] = { ...all[i]!, score: all[i + 1]!.score };
  }
  return all;
}
