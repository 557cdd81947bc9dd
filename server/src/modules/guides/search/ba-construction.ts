// The object put before its verb with 把 (把证扯了, 把户口迁了, 把店关了) read in the catalogue's
// order (扯证, 迁户口, 关店): residents say the thing done first, the catalogue's words say the verb
// first. Grammar, not a list of sentences: only when the verb and the object's first character
// stand side by side somewhere in the catalogue (a name, an alias, a summary or a life event holds
// 扯证), so that 把手机摔了 stays as typed.
import type { TokenIndex } from './token-index';

/** 把, an object of one to four characters, a one-character verb, then 了 or 掉 saying it is done. */
const BA = /把(\p{Script=Han}{1,4}?)(\p{Script=Han})[了掉]/gu;

export class BaConstruction {
  constructor(private readonly tokens: TokenIndex) {}

  /** The query with each 把 object and verb read in the catalogue's order, when the catalogue says them so. */
  said(query: string): string {
    if (!query.includes('把')) return query;
    return query.replace(BA, (whole, object: string, verb: string) => {
      // 把他的证扯了 stays as typed too: no catalogue word is 扯他.
      const word = verb + object.charAt(0);
      return this.known(word) ? verb + object : whole;
    });
  }

  private known(word: string): boolean {
    return this.tokens.docs.count(word) > 0 || this.tokens.groups.count(word) > 0;
  }
}
