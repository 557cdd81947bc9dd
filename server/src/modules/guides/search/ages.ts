// An age a resident states (我姥姥九十岁了, 老人八十多岁, 我爸今年八十五了) against the ages the catalogue's
// items are for (80周岁以上…, 80岁补贴, 60岁领养老金): the resident's age reads as the highest
// age of the catalogue it has reached, so 九十岁 finds what 80岁 names. The catalogue's ages are
// read from its names and aliases once, so any district's thresholds count, not a list of ours.
// Ages below every threshold, and ages an item is under (0—6岁, 未满16周岁), are left as typed.

/** A number as residents write it: digits, or Chinese numerals up to 一百. */
const NUMBER = String.raw`\d{1,3}|[一二两三四五六七八九]?十[一二三四五六七八九]?|一百|[一二两三四五六七八九]`;
/**
 * Who an age is said of without 岁 (爷爷九十了, 我妈六十多了): an elder of the family, or the resident.
 * A closed class of kinship words, as story-words.ts's.
 */
const ELDER = '爷爷|奶奶|姥姥|姥爷|外公|外婆|爸爸|妈妈|爸|妈|父亲|母亲|公公|婆婆|岳父|岳母|老伴|老人|老人家|老爷子|老太太|我';
/**
 * An age said: the number, perhaps "and some" (八十多, 六十几), then 岁 or 周岁; or after 满, 今年,
 * 已经 or an elder, a number that ends the sentence or is followed by 了 (满六十, 今年八十五了, 爷爷九十了).
 */
const SAID = new RegExp(String.raw`(${NUMBER})[多几]?周?[岁歲]|(?:满|今年|已经|(?<=${ELDER}))(${NUMBER})[多几]?(?=[了啦]|$)`, 'gu');
/** An age an item is for, not one it ends at (0—6岁, 未满16周岁, 60岁以下). */
const THRESHOLD = /(?<![—\-~至到满未\d])(\d{1,3})周?岁(?!以下|以内|之前|前)/gu;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function valueOf(number: string): number {
  if (/^\d+$/.test(number)) return Number(number);
  if (number === '一百') return 100;
  const ten = number.indexOf('十');
  if (ten < 0) return DIGITS[number] ?? 0;
  const tens = ten === 0 ? 1 : (DIGITS[number.charAt(0)] ?? 0);
  return tens * 10 + (DIGITS[number[ten + 1] ?? ''] ?? 0);
}

export class Ages {
  /** The catalogue's ages, highest first. */
  private readonly thresholds: number[];

  constructor(words: Iterable<string>) {
    const found = new Set<number>();
    for (const word of words) for (const m of word.matchAll(THRESHOLD)) found.add(Number(m[1]));
    this.thresholds = [...found].sort((a, b) => b - a);
  }

  /** The query with each age said as the highest catalogue age it reaches (`${age}岁`); as typed when none. */
  said(query: string): string {
    if (this.thresholds.length === 0 || !/[岁歲满年经了啦]/.test(query)) return query;
    return query.replace(SAID, (whole: string, number?: string, reached?: string) => {
      const age = valueOf(number ?? reached ?? '');
      const threshold = this.thresholds.find((t) => t <= age);
      return threshold === undefined ? whole : `${threshold}岁`;
    });
  }
}
