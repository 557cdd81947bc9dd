// One normal form for catalogue text and residents' queries, so both sides compare like with like:
// NFKC (full-width → half-width, ① → 1), lower case, traditional → simplified, pinyin tone marks
// dropped (ü → v as on a keyboard), punctuation and spaces removed.
// Conversion is per character, so every normalised UTF-16 unit can be traced back to the
// original text (highlights point into the original name).
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 'hk', to: 'cn' });
const KEEP = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/gu;
const U_DIAERESIS = /[üǖǘǚǜ]/g;

// Bounded by the number of distinct code points ever seen (a few thousand in practice).
const charCache = new Map<string, string>();

function normalizeCodePoint(ch: string): string {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  const folded = ch.normalize('NFKC').toLowerCase().replace(U_DIAERESIS, 'v');
  for (const c of folded) {
    if (!KEEP.test(c)) continue;
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x2e80) {
      out += c.normalize('NFD').replace(COMBINING, '');
    } else {
      const simplified = toSimplified(c);
      out += simplified.length === c.length ? simplified : c;
    }
  }
  charCache.set(ch, out);
  return out;
}

export interface MappedText {
  text: string;
  /** Original [start, end) UTF-16 offsets of each normalised unit; null when text is unchanged. */
  starts: Uint16Array | null;
  ends: Uint16Array | null;
}

function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 && i + 1 < text.length ? 2 : 1;
}

function normalizeAt(text: string, i: number, width: number): string {
  const code = text.charCodeAt(i);
  if (code >= 128) return normalizeCodePoint(text.slice(i, i + width));
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return text[i]!;
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : '';
}

/** Normalises and remembers where each kept unit came from. */
export function normalizeMapped(original: string): MappedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    const width = widthAt(original, i);
    const piece = normalizeAt(original, i, width);
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- one entry per UTF-16 unit of piece; for-of over a string steps by code point
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += piece;
    i += width;
  }
  if (text === original) return { text, starts: null, ends: null };
  return { text, starts: Uint16Array.from(starts), ends: Uint16Array.from(ends) };
}

/** Normalised text only (queries, aliases, life events). */
export function normalize(original: string): string {
  let text = '';
  for (let i = 0; i < original.length;) {
    const width = widthAt(original, i);
    text += normalizeAt(original, i, width);
    i += width;
  }
  return text;
}

/** Maps normalised [start, end) ranges back to the original text, merged and sorted. */
export function toOriginalRanges(mapped: MappedText, ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let sorted = true;
  for (let i = 1; i < ranges.length && sorted; i++) sorted = ranges[i - 1]![0] <= ranges[i]![0];
  if (!sorted) ranges = ranges.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [a, b] of ranges) {
    if (b <= a) continue;
    const start = mapped.starts ? mapped.starts[a]! : a;
    const end = mapped.ends ? mapped.ends[b - 1]! : b;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
