// Finds where a pinyin query matches without trying every field: slots are listed under the
// initials of the syllables starting there (pairs and triples: j-h-d for 结婚登记), the query
// is cut into its possible first pieces to get the same keys, and only those slots are verified.
import { compilePinyinQuery, matchAt, type MatchInfo, type PinyinQuery } from './pinyin-query';
import { ReadingSets, toSlots } from './pinyin';
import { Postings, PostingsBuilder } from './postings';

const BASE = 28;
const letterCode = (s: string, at = 0): number => {
  const c = s.charCodeAt(at);
  return c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : 27;
};

export interface PinyinMatch {
  field: number;
  start: number;
  end: number;
  abbreviations: number;
}

export class PinyinIndex {
  readonly readings = new ReadingSets();
  private slotSet: number[] = [];
  private slotOffsetList: number[] = [];
  private slotLengthList: number[] = [];
  private fieldStartList: number[] = [0];
  readonly fieldOwner: number[] = [];
  readonly fieldLevel: number[] = [];
  readonly fieldRef: number[] = [];
  /** Proper prefixes of readings: a half-typed last syllable (jieh → jie + hu…). */
  private readonly prefixes = new Set<string>();
  private sets!: Int32Array;
  private fieldOfSlot!: Int32Array;
  private fieldStarts!: Int32Array;
  private pairs!: Postings<number>;
  private triples!: Postings<number>;
  private bySet!: Postings<number>;
  private slotOffsets!: Uint16Array;
  private slotLengths!: Uint8Array;
  private seen!: Int32Array;
  private epoch = 0;

  /** Adds a normalised field; owner, level and ref are echoed back with each match. */
  addField(text: string, owner: number, level: number, ref: number): void {
    const slots = toSlots(text, this.readings);
    this.slotSet.push(...slots.sets);
    this.slotOffsetList.push(...slots.offsets);
    this.slotLengthList.push(...slots.lengths);
    this.fieldStartList.push(this.slotSet.length);
    this.fieldOwner.push(owner);
    this.fieldLevel.push(level);
    this.fieldRef.push(ref);
  }

  /** Freezes the slots and builds the initials lists. */
  seal(): void {
    this.sets = Int32Array.from(this.slotSet);
    this.fieldStarts = Int32Array.from(this.fieldStartList);
    this.fieldOfSlot = new Int32Array(this.sets.length);
    const pairs = new PostingsBuilder<number>();
    const triples = new PostingsBuilder<number>();
    const bySet = new PostingsBuilder<number>();
    const initials = this.readings.sets.map((rs) => [...new Set(rs.map((r) => letterCode(r)))]);
    for (let f = 0; f + 1 < this.fieldStarts.length; f++) {
      const end = this.fieldStarts[f + 1]!;
      for (let s = this.fieldStarts[f]!; s < end; s++) {
        this.fieldOfSlot[s] = f;
        bySet.add(this.sets[s]!, s);
        if (s + 1 >= end) continue;
        for (const a of initials[this.sets[s]!]!) {
          for (const b of initials[this.sets[s + 1]!]!) {
            pairs.add(a * BASE + b, s);
            if (s + 2 < end) for (const c of initials[this.sets[s + 2]!]!) triples.add((a * BASE + b) * BASE + c, s);
          }
        }
      }
    }
    for (const r of this.readings.setsWithReading.keys()) for (let n = 1; n < r.length; n++) this.prefixes.add(r.slice(0, n));
    this.pairs = pairs.build();
    this.triples = triples.build();
    this.bySet = bySet.build();
    this.seen = new Int32Array(this.sets.length);
    this.slotOffsets = Uint16Array.from(this.slotOffsetList);
    this.slotLengths = Uint8Array.from(this.slotLengthList);
    this.slotSet = [];
    this.slotOffsetList = [];
    this.slotLengthList = [];
  }

  slotOffset(slot: number): number {
    return this.slotOffsets[slot]!;
  }
  slotLength(slot: number): number {
    return this.slotLengths[slot]!;
  }
  fieldStart(field: number): number {
    return this.fieldStarts[field]!;
  }
  fieldEnd(field: number): number {
    return this.fieldStarts[field + 1]!;
  }

  /** Calls back every field where the query matches (each start slot at most once). */
  search(units: string[], visit: (m: PinyinMatch, q: PinyinQuery) => void): void {
    const q = compilePinyinQuery(units);
    if (!q) return;
    const pairKeys = new Set<number>();
    const tripleKeys = new Set<number>();
    const singleSets = new Set<number>();
    const only = q.tokens.length === 1 ? q.tokens[0]!.letters : null;
    if (only !== null) {
      // Two letters that are not a syllable (zh, sh) say too little to search on.
      if (only.length < 3 && !this.readings.isReading(only)) return;
      // One whole syllable (hun) may be all the resident typed.
      this.addSingles([only], singleSets);
    }
    this.firstPieces(q, 0, 0, [], pairKeys, tripleKeys);
    const epoch = ++this.epoch;
    const info: MatchInfo = { abbreviations: 0, budget: 0 };
    const verify = (list: Postings<number>, key: number): void => {
      const id = list.list(key);
      if (id < 0) return;
      for (let i = list.offsets[id]!, end = list.offsets[id + 1]!; i < end; i++) {
        const slot = list.pool[i]!;
        if (this.seen[slot] === epoch) continue;
        this.seen[slot] = epoch;
        const field = this.fieldOfSlot[slot]!;
        const stop = matchAt(q, this.readings, this.sets, slot, this.fieldStarts[field + 1]!, info);
        if (stop >= 0) visit({ field, start: slot, end: stop, abbreviations: info.abbreviations }, q);
      }
    };
    for (const key of tripleKeys) verify(this.triples, key);
    for (const key of pairKeys) verify(this.pairs, key);
    for (const set of singleSets) verify(this.bySet, set);
  }

  /** Walks the ways the query can start (two or three pieces) and collects their lookup keys. */
  private firstPieces(q: PinyinQuery, ti: number, off: number, path: number[], pairs: Set<number>, triples: Set<number>): void {
    if (path.length === 3) {
      triples.add((path[0]! * BASE + path[1]!) * BASE + path[2]!);
      return;
    }
    if (ti === q.tokens.length) {
      if (path.length === 2) pairs.add(path[0]! * BASE + path[1]!);
      return;
    }
    const tok = q.tokens[ti]!;
    const next = (t: number, o: number, letter: number): void => this.firstPieces(q, t, o, [...path, letter], pairs, triples);
    if (tok.letters === null) {
      for (const letter of new Set(tok.readings.map((r) => letterCode(r)))) next(ti + 1, 0, letter);
      return;
    }
    const L = tok.letters;
    const letter = letterCode(L, off);
    const rest = L.length - off;
    const advance = (n: number): void => (n === rest ? next(ti + 1, 0, letter) : next(ti, off + n, letter));
    for (let n = 1; n <= rest; n++) if (this.readings.isReading(L.slice(off, off + n))) advance(n);
    if (letter < 26 && !this.readings.isReading(L[off]!)) advance(1);
    if (rest >= 2 && L[off + 1] === 'h' && 'zcs'.includes(L[off]!)) advance(2);
    if (ti + 1 === q.tokens.length && this.prefixes.has(L.slice(off))) next(ti + 1, 0, letter);
  }

  private addSingles(readings: string[], singles: Set<number>): void {
    for (const r of readings) for (const set of this.readings.setsWithReading.get(r) ?? []) singles.add(set);
  }
}
