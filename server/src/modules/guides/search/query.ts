// What a resident typed, reduced to what carries meaning: 我要开个饭馆 → 开个饭馆,
// 退休了怎么领养老金 → 退休领养老金. Filler words would otherwise count against coverage.
import { translateEnglish } from './english-words';
import { normalize } from './normalize';
import { bigramKey, isHanUnit, splitUnits } from './tokens';

/** Longest first; matched greedily from the left. Single characters only when they are particles. */
const STOP_PHRASES = [
  '需要带什么',
  '需要哪些',
  '需要什么',
  '要带什么',
  '多长时间',
  '可不可以',
  '到哪里',
  '去哪里',
  '在哪里',
  '去哪儿',
  '在哪儿',
  '哪儿办',
  '怎么办',
  '怎么样',
  '咋回事',
  '能不能',
  '我想要',
  '打算',
  '准备',
  '我需要',
  '请问',
  '我要',
  '我想',
  '想要',
  '我们',
  '自家',
  '自己',
  '我家',
  '家里',
  '怎么',
  '怎样',
  '如何',
  '咋办',
  '办理',
  '要办',
  '得办',
  '去哪',
  '在哪',
  '哪里',
  '什么',
  '哪些',
  '材料',
  '手续',
  '流程',
  '多久',
  '多少钱',
  '可以',
  '一下',
  '需要',
  '的',
  '了',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '么',
].sort((a, b) => b.length - a.length);

/** Longer queries are truncated: a unit is one bit in the per-document coverage masks. */
export const MAX_UNITS = 24;

export interface Query {
  /** Normalised text with filler removed (what exact and contains checks compare). */
  text: string;
  /** Normalised text as typed, filler kept (出个烧烤摊, 老伴走了: what resident phrases are read in). */
  full: string;
  units: string[];
  /** Distinct bigram keys with the unit positions they cover. */
  bigrams: Map<string, number>;
  /** Bigrams of two one-code-unit characters as `code1 * 65536 + code2` (allocation-free lookups). */
  pairCodes: Set<number>;
}

/**
 * A measure word after a verb, alone or after 一 (开个饭馆, 开一家水果店, 办个证), but not the start
 * of a word (个体, 个人, 个税, 家庭, 家属, 家具).
 */
export const MEASURE_AFTER = '开办领做找生买卖盖建换补交考出摆搞弄租';
const MEASURE_NOT_BEFORE: Record<string, string> = { 个: '体人税性', 家: '庭属里具电人长乡政用' };

/** Length of the measure word (with its 一) at i, or 0. */
function measureAt(text: string, i: number): number {
  if (i === 0 || !MEASURE_AFTER.includes(text[i - 1]!)) return 0;
  const one = text[i] === '一' ? 1 : 0;
  const notBefore = MEASURE_NOT_BEFORE[text[i + one] ?? ''];
  if (notBefore === undefined || notBefore.includes(text[i + one + 1] ?? notBefore[0]!)) return 0;
  return one + 1;
}

/**
 * A yes-or-no question asked with the verb twice (有没有补贴, 要不要登记, 给不给补助, 是不是): the
 * asking says nothing of what is asked for. Any verb, not a list: no catalogue word says one.
 */
function askedAt(text: string, i: number): boolean {
  const next = text[i + 1];
  return (next === '不' || next === '没') && text[i + 2] === text[i] && isHanUnit(text[i]!);
}

function stripFiller(text: string): string {
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    const measure = measureAt(text, i);
    if (measure > 0) {
      i += measure;
      continue;
    }
    if (askedAt(text, i)) {
      i += 3;
      continue;
    }
    for (const phrase of STOP_PHRASES) {
      if (text.startsWith(phrase, i)) {
        i += phrase.length;
        continue outer;
      }
    }
    out += text[i]!;
    i++;
  }
  return out;
}

/** Null when nothing searchable is left (blank or punctuation only). */
export function parseQuery(raw: string): Query | null {
  const full = normalize(translateEnglish(raw));
  if (!full) return null;
  const stripped = stripFiller(full);
  // A query made only of filler (办理, 怎么办) is still what the resident asked for.
  const text = stripped || full;
  const units = splitUnits(text).slice(0, MAX_UNITS);
  const bigrams = new Map<string, number>();
  const pairCodes = new Set<number>();
  for (let j = 0; j + 1 < units.length; j++) {
    const key = bigramKey(units[j]!, units[j + 1]!);
    bigrams.set(key, (bigrams.get(key) ?? 0) | (0b11 << j));
    if (key.length === 2) pairCodes.add(key.charCodeAt(0) * 65536 + key.charCodeAt(1));
  }
  return { text: units.join(''), full, units, bigrams, pairCodes };
}
