// The search itself: phase one (token coverage, pinyin) over the whole catalogue, phase two
// (whole-string bonuses, highlights) over the best few hundred, one deterministic order.
import { Ages } from './ages';
import { BaConstruction } from './ba-construction';
import { EventBonuses } from './bonus';
import { Guesses } from './guesses';
import { CatalogueWords } from './catalogue-words';
import { Illnesses } from './illnesses';
import { buildCorpus, compileFilter, type Corpus } from './corpus';
import type { SearchDocument, SearchFilter, SearchHit, SearchIndex } from './index';
import { coverageScore, gatherCoverage, LOOSE, STRICT, type CoverageRule } from './match';
import { MeantItems } from './meant';
import { PageFill } from './page-fill';
import { buildPinyinIndex, PinyinHits } from './pinyin-hits';
import { parseQuery, type Query } from './query';
import { QueryWords } from './query-words';
import { MAX_DOCUMENTS, rankHits, topOf, type Evidence } from './rank';
import { Scratch, SLOTS, weightOf } from './scratch';
import { SharedCharacters } from './shared-characters';
import { Sizes } from './sizes';
import { suggestWords } from './suggest';
import { ALIAS, buildTokenIndex, NAME, type TokenIndex } from './token-index';

/** A resident reads a page or two; the cap keeps latency flat on a provincial catalogue. */
export const MAX_HITS = 200;
/** Candidates re-ranked in phase two, per source (characters, pinyin). */
const RERANK = 250;
/** Fewer hits than this are followed by partial ones (some of the query's words, or of its rarer characters). */
const FEW = 3;
/**
 * …and fewer than a page's first five, for a sentence this long: its strict hits stand on a share
 * of its words, often the resident's story (家里, 孩子), so what its other words find may be the answer.
 */
const FIRST_PAGE = 5;
const SENTENCE_UNITS = 8;
/** Partial hits score at most this share of their own score, and always below the weakest strict one. */
const PARTIAL_SHARE = 0.5;

export class Engine implements SearchIndex {
  readonly corpus: Corpus;
  private readonly tokens: TokenIndex;
  private readonly evidence: Evidence;
  private readonly meant = new MeantItems(this, MAX_HITS);
  private readonly ages: Ages;
  private readonly illnesses: Illnesses;
  private readonly sizes: Sizes;
  private readonly ba: BaConstruction;

  constructor(docs: SearchDocument[]) {
    if (docs.length > MAX_DOCUMENTS) throw new RangeError(`search index holds at most ${MAX_DOCUMENTS} documents`);
    this.corpus = buildCorpus(docs);
    this.tokens = buildTokenIndex(this.corpus);
    const words = this.corpus.docs.flatMap((doc) => [doc.name, ...doc.aliases]);
    this.ages = new Ages(words);
    this.illnesses = new Illnesses(words);
    this.sizes = new Sizes([...words, ...this.corpus.groups.flatMap((g) => g.words)]);
    this.ba = new BaConstruction(this.tokens);
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
    const q = parseQuery(this.sizes.said(this.illnesses.said(this.ages.said(this.ba.said(query)))));
    // Only a blank query browses: emoji or punctuation alone ask for nothing we can find.
    if (!q) return query.trim() === '' ? this.browse(filter) : [];
    const hits = this.gathered(q, (rank) => {
      let hits = rank(filter, STRICT, MAX_HITS);
      if (hits.length >= (q.units.length >= SENTENCE_UNITS ? FIRST_PAGE : FEW)) return hits;
      const words = new QueryWords(this.corpus, this.tokens, q.units);
      const shared = new SharedCharacters(this.corpus, this.tokens, q, words);
      hits = below(hits, rank(filter, shared, MAX_HITS), PARTIAL_SHARE);
      // Nothing shares enough of the sentence: a rare catalogue word of it may still say what it is about.
      if (hits.length === 0) hits = below(hits, rank(filter, new CatalogueWords(words), MAX_HITS), PARTIAL_SHARE);
      // A short page is followed by items holding a rare character of the query (page-fill.ts),
      // ranked with the page's own hits so that what is noise next to them is cut. An empty page
      // stays empty, and one the resident's words answer (meant.ts) needs no guessing.
      if (hits.length > 0 && hits.length < FIRST_PAGE && !this.meant.means(q)) {
        hits = below(hits, rank(filter, new PageFill(shared), MAX_HITS), PARTIAL_SHARE);
      }
      return hits;
    });
    return this.meant.pin(q, filter, hits);
  }

  suggest(query: string): string[] {
    return suggestWords(this, query);
  }

  guess(query: string, filter?: SearchFilter): SearchHit[] {
    const q = parseQuery(query);
    if (!q) return [];
    // No highlights: a guess shares single characters (要, 在), and marking them would claim a match.
    return this.gathered(q, (rank) => rank(filter, new Guesses(this.corpus, this.tokens, q), MAX_HITS)).map((hit) => ({
      ...hit,
      highlights: [],
      partial: true as const,
    }));
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
    return this.gathered(q, (rank) => rank(filter, rule, limit));
  }

  /**
   * Gathers the query's coverage once (the costly part: walking the postings), lets `use` rank it
   * under one rule or several, then clears it.
   */
  private gathered<T>(q: Query, use: (rank: Ranking) => T): T {
    const { corpus, scratch, pinyin, coverage } = this.evidence;
    const all = (1 << q.units.length) - 1;
    for (let j = 0; j < q.units.length; j++) scratch.importance[j] = this.tokens.importance(q.units[j]!);
    const total = weightOf(all, scratch.importance);
    let withPinyin = false;
    const rank: Ranking = (filter, rule, limit) => {
      const pass = compileFilter(corpus, filter);
      const found: number[] = [];
      let literal = false;
      try {
        for (let i = 0; i < scratch.touchedCount; i++) {
          const d = scratch.touched[i]!;
          let points =
            rule instanceof SharedCharacters || rule instanceof PageFill || rule instanceof Guesses
              ? rule.score(d, scratch)
              : rule instanceof CatalogueWords
                ? rule.score(d)
                : coverageScore(d, q, scratch, rule, total, corpus);
          // Some of the query's words let an item in as well, ranked with the rest on what it shares:
          // a context word (小孩 in 办个小孩托管班) must not crowd out the rarer ones (托, 班).
          if (
            rule instanceof SharedCharacters &&
            points < 0 &&
            rule.holdsWord(d, scratch) &&
            coverageScore(d, q, scratch, LOOSE, total, corpus) >= 0
          ) {
            points = rule.credit(d, scratch);
          }
          if (points < 0 || (pass !== null && !pass(d))) continue;
          coverage[d] = points;
          found.push(d);
          if ((scratch.masks[d * SLOTS + NAME]! | scratch.masks[d * SLOTS + ALIAS]!) === all) literal = true;
        }
        // Letters are pinyin; Han characters with no literal match may be a homophone typo. A
        // sentence matched by one of its words only is no typo.
        if (
          rule instanceof CatalogueWords ||
          rule instanceof PageFill ||
          rule instanceof Guesses ||
          !(/[a-z]/.test(q.text) || (!literal && q.units.length >= 2))
        ) {
          pinyin.clear();
          withPinyin = false;
        } else if (!withPinyin) {
          pinyin.collect(q.units);
          withPinyin = true;
        }
        const pool = new Set(topOf(corpus, found, coverage, RERANK));
        for (const d of topOf(corpus, pass === null ? pinyin.docs : pinyin.docs.filter(pass), pinyin.score, RERANK)) pool.add(d);
        return rankHits(this.evidence, q, [...pool], limit);
      } finally {
        for (const d of found) coverage[d] = -1;
      }
    };
    try {
      gatherCoverage(corpus, this.tokens, q, scratch);
      return use(rank);
    } finally {
      scratch.reset();
    }
  }
}

/** One ranking of the gathered query: by coverage under a rule, by shared characters, or by catalogue words. */
type Ranking = (
  filter: SearchFilter | undefined,
  rule: CoverageRule | SharedCharacters | CatalogueWords | PageFill | Guesses,
  limit: number,
) => SearchHit[];

/** The hits so far, then weaker ones not already listed, scored below the weakest hit so far and marked partial. */
function below(hits: SearchHit[], weaker: SearchHit[], share: number): SearchHit[] {
  const listed = new Set(hits.map((h) => h.code));
  const ceiling = hits.length ? hits[hits.length - 1]!.score : Infinity;
  const extra = weaker
    .filter((h) => !listed.has(h.code))
    .map((h) => ({ ...h, score: Math.min(ceiling - 0.01, h.score * share), partial: true as const }));
  return [...hits, ...extra].slice(0, MAX_HITS);
}
