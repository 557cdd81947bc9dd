// A size word a resident puts before what they open (开个小诊所, 开家小饭馆, 搞个大超市): the thing is
// the same whatever its size, and the size word, joined to the verb once the measure word is
// dropped (开小), matches words of other items (开小店 of the shop life event) where the thing
// itself matches few. It is dropped, unless the catalogue says it with the character after it as
// one word (小吃, 小餐饮, 小作坊, 大棚): then it is part of the thing. Read from the catalogue's
// words once, as ages.ts reads its ages, so it holds for any district's catalogue.
import { normalize } from './normalize';
import { MEASURE_AFTER } from './query';

/** Verb, perhaps 一, and a measure word before the size word; the size word before a Han character. */
const SIZED = new RegExp(String.raw`(?<=[${MEASURE_AFTER}]一?[个家间])[小大](?=[\u4e00-\u9fff])`, 'gu');

export class Sizes {
  /** The catalogue's words starting with a size word, as their first two characters (小吃, 大棚). */
  private readonly words = new Set<string>();

  /** `words`: the catalogue's names, aliases and life-event words. */
  constructor(words: string[]) {
    for (const word of words.map(normalize)) {
      for (let i = 0; i + 1 < word.length; i++) if (word[i] === '小' || word[i] === '大') this.words.add(word.slice(i, i + 2));
    }
  }

  /** The query without the size words of what is opened that make no word of the catalogue. */
  said(query: string): string {
    return query.replace(SIZED, (size, at: number) => (this.words.has(size + query.charAt(at + 1)) ? size : ''));
  }
}
