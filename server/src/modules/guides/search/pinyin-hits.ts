// Pinyin matches turned into per-document evidence: the best match of each document (its own
// name or alias, or a life event / department it belongs to), scored on the same scale as
// token matches (a full match of the name scores 100, plus position bonuses).
import type { Corpus } from './corpus';
import { PinyinIndex, type PinyinMatch } from './pinyin-index';
import type { PinyinQuery } from './pinyin-query';
import { lengthPenalty } from './bonus';
import { ALIAS, DEPARTMENT, LIFE_EVENT, NAME } from './token-index';

const BASE = [100, 80, 50, 20];
const EXACT = [60, 45, 25, 10];
const PREFIX = [25, 12, 8, 0];
const INNER = [18, 12, 6, 0];

export function buildPinyinIndex(corpus: Corpus): PinyinIndex {
  const index = new PinyinIndex();
  corpus.docs.forEach((_, d) => {
    index.addField(corpus.names[d]!.text, d, NAME, -1);
    corpus.aliases[d]!.forEach((alias, a) => index.addField(alias, d, ALIAS, a));
  });
  corpus.groups.forEach((g, id) => {
    const level = g.kind === 'lifeEvent' ? LIFE_EVENT : DEPARTMENT;
    g.normalized.forEach((word, w) => index.addField(word, id, level, w));
  });
  index.seal();
  return index;
}

/** Best pinyin evidence per document for one query; buffers are reused between queries. */
export class PinyinHits {
  readonly score: Float64Array;
  readonly field: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly docs: number[] = [];
  private readonly mark: Int32Array;
  private epoch = 0;

  constructor(
    private readonly corpus: Corpus,
    private readonly index: PinyinIndex,
  ) {
    const n = corpus.docs.length;
    this.score = new Float64Array(n);
    this.field = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.mark = new Int32Array(n);
  }

  has(d: number): boolean {
    return this.mark[d] === this.epoch;
  }

  /** Forgets the previous query's evidence. */
  clear(): void {
    this.epoch++;
    this.docs.length = 0;
  }

  /**
   * Runs the pinyin search; afterwards `docs` lists the documents with evidence. When letters
   * mixed with characters match nothing together (办hukou), the letters are tried alone.
   */
  collect(units: string[]): void {
    this.clear();
    this.run(units, 1);
    if (this.docs.length > 0) return;
    const words = units.filter((u) => /[a-z]/.test(u));
    if (words.length > 0 && words.length < units.length) for (const word of words) this.run([word], 0.8);
  }

  private run(units: string[], weight: number): void {
    const groupBest = new Map<number, PinyinMatch & { score: number }>();
    this.index.search(units, (m, q) => {
      const level = this.index.fieldLevel[m.field]!;
      const owner = this.index.fieldOwner[m.field]!;
      const score = weight * this.scoreOf(m, q, level);
      if (level <= ALIAS) this.offer(owner, score, m);
      else if ((groupBest.get(owner)?.score ?? -1) < score) groupBest.set(owner, { ...m, score });
    });
    for (const [g, best] of groupBest) for (const d of this.corpus.groups[g]!.docs) this.offer(d, best.score, best);
  }

  private scoreOf(m: PinyinMatch, q: PinyinQuery, level: number): number {
    const first = this.index.fieldStart(m.field);
    const last = this.index.fieldEnd(m.field);
    const matched = m.end - m.start;
    // Initials say less than syllables (jhdj < jiehundengji); one syllable alone says little.
    const literal = 1 - 0.3 * (m.abbreviations / matched);
    let points = BASE[level]! * literal * (q.homophone ? 0.8 : 1) * (matched === 1 ? 0.85 : 1);
    // As for characters: a word that is mostly the query says it best (办营业执照 over 营业执照作废).
    const focus = 0.5 + 0.5 * (matched / (last - first));
    points += m.start === first ? (m.end === last ? EXACT[level]! : PREFIX[level]! * focus) : INNER[level]! * focus;
    if (level === NAME) points -= lengthPenalty(last - first, matched);
    return points;
  }

  private offer(d: number, score: number, m: PinyinMatch): void {
    if (this.mark[d] !== this.epoch) {
      this.mark[d] = this.epoch;
      this.docs.push(d);
    } else if (this.score[d]! >= score) return;
    this.score[d] = score;
    this.field[d] = m.field;
    this.start[d] = m.start;
    this.end[d] = m.end;
  }

  /** Normalised-name ranges of the match, when it is in the name. */
  highlights(d: number): [number, number][] {
    const ranges: [number, number][] = [];
    if (this.index.fieldLevel[this.field[d]!] !== NAME) return ranges;
    for (let s = this.start[d]!; s < this.end[d]!; s++) {
      const at = this.index.slotOffset(s);
      ranges.push([at, at + this.index.slotLength(s)]);
    }
    return ranges;
  }

  /** The alias or life-event word matched, or null for the name (and department names). */
  matchedWord(d: number): string | null {
    const field = this.field[d]!;
    const level = this.index.fieldLevel[field]!;
    const ref = this.index.fieldRef[field]!;
    const owner = this.index.fieldOwner[field]!;
    if (level === ALIAS) return this.corpus.docs[owner]!.aliases[ref]!;
    if (level === LIFE_EVENT) return this.corpus.groups[owner]!.words[ref]!;
    return null;
  }
}
