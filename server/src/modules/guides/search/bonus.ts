// Whole-string evidence for the best candidates: exact name, prefix, a word of the item inside
// the query with a word or two inserted (开个饭馆 ~ 开饭馆), several aliases saying the same.
import type { Corpus } from './corpus';
import type { Query } from './query';

/** Is `small` found in order inside `big`, spanning at most `slack` extra characters? */
export function nearSubsequence(small: string, big: string, slack: number): boolean {
  if (small.length > big.length) return false;
  for (let i = big.indexOf(small[0]!); i >= 0; i = big.indexOf(small[0]!, i + 1)) {
    let k = 1;
    let j = i + 1;
    const limit = Math.min(big.length, i + small.length + slack);
    for (; j < limit && k < small.length; j++) if (big[j] === small[k]) k++;
    if (k === small.length) return true;
  }
  return false;
}

/**
 * Evidence that a word of the document (name, alias, life event) says what the query says.
 * A word that holds the query scores by how much of it the query is: 办营业执照 is more about
 * 营业执照 than 个体户营业执照变更 is.
 */
function wordBonus(word: string, q: string, exact: number, prefix: number, contains: number, inQuery: number): number {
  if (!word) return 0;
  if (word === q) return exact;
  const focus = q.length / word.length;
  if (q.length >= 2 && word.startsWith(q)) return prefix * (0.5 + 0.5 * focus);
  if (q.length >= 2 && word.includes(q)) return contains * (0.5 + 0.5 * focus);
  if (word.length >= 2 && word.length < q.length) {
    if (q.includes(word)) return inQuery * (word.length / q.length);
    if (nearSubsequence(word, q, 2)) return 0.8 * inQuery * (word.length / q.length);
  }
  if (q.length >= 3 && q.length < word.length && nearSubsequence(q, word, 2)) return contains * 0.6 * focus;
  return 0;
}

/** Shortest run of the query's units in a name that says something: a word, not a bigram. */
const SHARED_RUN = 3;

/**
 * Length (in characters) of the longest run of SHARED_RUN query units or more, short of the whole
 * query, that the name holds: runs of units inside bigrams of the name (`mask`, phase one's strong
 * name bits) are checked whole, so a name costs one string test per run, and most have none.
 */
export function sharedRun(name: string, q: Query, mask: number): number {
  const { units, text } = q;
  let best = 0;
  // Offset in the text of unit j (units joined are the text).
  let at = 0;
  for (let j = 0; j < units.length; j++) {
    const start = at;
    at += units[j]!.length;
    if ((mask & (1 << j)) === 0) continue;
    let k = j;
    while (k + 1 < units.length && (mask & (1 << (k + 1))) !== 0) at += units[++k]!.length;
    if (k - j + 1 >= SHARED_RUN && k - j + 1 < units.length && at - start > best && name.includes(text.slice(start, at))) best = at - start;
    j = k;
  }
  return best;
}

export interface Bonus {
  points: number;
  word: string | null;
}

/** Life-event bonuses of the current query, computed once per event rather than once per item. */
export class EventBonuses {
  private readonly best: Float64Array;
  private readonly extra: Float64Array;
  private readonly word: (string | null)[];
  private readonly stamp: Int32Array;
  private epoch = 0;
  private query = '';

  constructor(private readonly corpus: Corpus) {
    const n = corpus.groups.length;
    this.best = new Float64Array(n);
    this.extra = new Float64Array(n);
    this.word = new Array<string | null>(n).fill(null);
    this.stamp = new Int32Array(n);
  }

  /** Starts a new query. */
  reset(query: string): void {
    this.epoch++;
    this.query = query;
  }

  private compute(g: number): void {
    if (this.stamp[g] === this.epoch) return;
    this.stamp[g] = this.epoch;
    const group = this.corpus.groups[g]!;
    let best = 0;
    let extra = 0;
    let word: string | null = null;
    for (let w = 0; w < group.normalized.length; w++) {
      const points = wordBonus(group.normalized[w]!, this.query, 25, 8, 6, 20);
      if (points > best) {
        extra += best;
        best = points;
        word = group.words[w]!;
      } else extra += points;
    }
    this.best[g] = best;
    this.extra[g] = extra;
    this.word[g] = word;
  }

  bestOf(g: number): number {
    this.compute(g);
    return this.best[g]!;
  }
  extraOf(g: number): number {
    this.compute(g);
    return this.extra[g]!;
  }
  wordOf(g: number): string | null {
    this.compute(g);
    return this.word[g]!;
  }
}

/**
 * The best whole-string bonus of the document, and the alias / life-event word it came from.
 * Further aliases saying the same add a little (个体户营业执照 and 办营业执照 both say 营业执照),
 * and a life event counts less the further down the item's list it comes (primary event first).
 */
export function tokenBonus(corpus: Corpus, d: number, q: Query, events: EventBonuses, nameMask = 0): Bonus {
  const text = q.text;
  const name = corpus.names[d]!.text;
  let best = wordBonus(name, text, 60, 25, 18, 40);
  // The name holds a word of the query (结婚证 of 补领结婚证 in 民政局补结婚证), as an alias
  // that is that word would be inside the query: it says so as well. Three neighbouring query
  // units in bigrams of the name (`nameMask`, phase one's strong name bits) come first.
  if (best === 0 && (nameMask & (nameMask >> 1) & (nameMask >> 2)) !== 0) best = 40 * (sharedRun(name, q, nameMask) / text.length);
  let word: string | null = null;
  let extra = 0;
  const aliases = corpus.aliases[d]!;
  for (let a = 0; a < aliases.length; a++) {
    const points = wordBonus(aliases[a]!, text, 45, 12, 12, 35);
    if (points > best) {
      extra += best;
      best = points;
      word = corpus.docs[d]!.aliases[a]!;
    } else extra += points;
  }
  const own = corpus.docLifeEvents[d]!;
  for (let position = 0; position < own.length; position++) {
    const g = own[position]!;
    const weight = 1 - 0.1 * Math.min(position, 5);
    const points = weight * events.bestOf(g);
    extra += weight * events.extraOf(g);
    if (points > best) {
      extra += best;
      best = points;
      word = events.wordOf(g);
    } else extra += points;
  }
  return { points: best + Math.min(8, 0.25 * extra), word };
}

/** Shorter names first when evidence is equal: 残疾人证 before 残疾人证遗失补办申请. */
export function lengthPenalty(nameLength: number, matched: number): number {
  return Math.min(10, 0.5 * Math.max(0, nameLength - matched));
}
