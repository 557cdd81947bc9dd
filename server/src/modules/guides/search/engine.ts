// The search itself: phase one (token coverage, pinyin) over the whole catalogue, phase two
// (whole-string bonuses, highlights) over the best few hundred, one deterministic order.
import { EventBonuses } from './bonus';
import { buildCorpus, compileFilter, type Corpus } from './corpus';
import type { SearchDocument, SearchFilter, SearchHit, SearchIndex } from './index';
import { coverageScore, gatherCoverage, STRICT, type CoverageRule } from './match';
import { buildPinyinIndex, PinyinHits } from './pinyin-hits';
import { parseQuery, type Query } from './query';
import { MAX_DOCUMENTS, rankHits, topOf, type Evidence } from './rank';
import { Scratch, SLOTS, weightOf } from './scratch';
import { suggestWords } from './suggest';
import { ALIAS, buildTokenIndex, NAME, type TokenIndex } from './token-index';

/** A resident reads a page or two; the cap keeps latency flat on a provincial catalogue. */
export const MAX_HITS = 200;
/** Candidates re-ranked in phase two, per source (characters, pinyin). */
const RERANK = 250;

export class Engine implements SearchIndex {
  readonly corpus: Corpus;
  private readonly tokens: TokenIndex;
  private readonly evidence: Evidence;

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
    return q ? this.find(q, filter, STRICT, MAX_HITS) : this.browse(filter);
  }

  suggest(query: string): string[] {
    return suggestWords(this, query);
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
