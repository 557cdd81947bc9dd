// A query as pinyin: Latin runs are letters to be cut into syllables, initials or a final
// syllable prefix (jiehun, jhdj, jieh); Han characters must match a reading (jiehun登记, and
// homophone typos such as 结昏登记). Matching runs against the syllable slots of one field.
import { readingsOf, type ReadingSets } from './pinyin';
import { hasLatinLetter, isHanUnit, isWordUnit } from './tokens';

export interface PinyinToken {
  /** Letters and digits typed as such, or null for a Han character. */
  letters: string | null;
  /** Readings of a Han character (empty for letters). */
  readings: string[];
}

export interface PinyinQuery {
  tokens: PinyinToken[];
  /** Every token is a Han character: a match is a homophone, weaker evidence than letters. */
  homophone: boolean;
}

/** Null when the query has characters pinyin cannot express, or too few letters to mean anything. */
export function compilePinyinQuery(units: string[]): PinyinQuery | null {
  const tokens: PinyinToken[] = [];
  let letters = 0;
  for (const unit of units) {
    if (isHanUnit(unit)) tokens.push({ letters: null, readings: readingsOf(unit) });
    else if (isWordUnit(unit)) {
      tokens.push({ letters: unit, readings: [] });
      if (hasLatinLetter(unit)) letters += unit.length;
    } else return null;
  }
  const homophone = letters === 0;
  if (homophone ? tokens.length < 2 : letters < 2) return null;
  return { tokens, homophone };
}

const isZhChSh = (s: string, at: number): boolean => s.charCodeAt(at + 1) === 104 /* h */ && 'zcs'.includes(s[at]!);

/** State of one match attempt (reused: matching allocates nothing). */
export interface MatchInfo {
  /** Syllables given by an initial only, on the successful path. */
  abbreviations: number;
  budget: number;
}

/**
 * Matches the whole query against slots [start, end) starting exactly at `start`.
 * Returns the end slot (exclusive) or -1. Full syllables are tried before initials, so the first
 * success is the most literal reading of what was typed.
 */
export function matchAt(q: PinyinQuery, readings: ReadingSets, slotSets: Int32Array, start: number, end: number, info: MatchInfo): number {
  info.budget = 400;
  return step(q, readings, slotSets, end, info, 0, 0, start, 0);
}

function step(
  q: PinyinQuery,
  readings: ReadingSets,
  slotSets: Int32Array,
  end: number,
  info: MatchInfo,
  ti: number,
  off: number,
  s: number,
  abbr: number,
): number {
  if (ti === q.tokens.length) {
    info.abbreviations = abbr;
    return s;
  }
  if (s >= end || --info.budget < 0) return -1;
  const tok = q.tokens[ti]!;
  const set = slotSets[s]!;
  const slotReadings = readings.sets[set]!;
  if (tok.letters === null) {
    for (const r of tok.readings) if (slotReadings.includes(r)) return step(q, readings, slotSets, end, info, ti + 1, 0, s + 1, abbr);
    return -1;
  }
  const L = tok.letters;
  const last = ti === q.tokens.length - 1;
  for (const r of slotReadings) {
    if (L.startsWith(r, off)) {
      const o = off + r.length;
      const res =
        o === L.length
          ? step(q, readings, slotSets, end, info, ti + 1, 0, s + 1, abbr)
          : step(q, readings, slotSets, end, info, ti, o, s + 1, abbr);
      if (res >= 0) return res;
    } else if (last && r.length > L.length - off && r.startsWith(L.slice(off))) {
      // The resident is still typing the last syllable (jieh → jie hun).
      info.abbreviations = abbr + (L.length - off === 1 ? 1 : 0);
      return s + 1;
    }
  }
  if (!readings.abbreviable[set]) return -1;
  // An initial stands for the syllable: j → jie, zh → zhang.
  const c = L[off]!;
  let initial = false;
  let twoLetters = false;
  for (const r of slotReadings) {
    if (!r.startsWith(c)) continue;
    initial = true;
    if (isZhChSh(r, 0) && isZhChSh(L, off)) twoLetters = true;
  }
  if (!initial) return -1;
  for (let width = twoLetters ? 2 : 1; width >= 1; width--) {
    const o = off + width;
    const res =
      o === L.length
        ? step(q, readings, slotSets, end, info, ti + 1, 0, s + 1, abbr + 1)
        : step(q, readings, slotSets, end, info, ti, o, s + 1, abbr + 1);
    if (res >= 0) return res;
  }
  return -1;
}
