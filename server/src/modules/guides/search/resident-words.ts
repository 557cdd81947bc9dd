// Residents' words the catalogue does not use (小卖部, 公司不想干了, 老伴走了), as data:
// resident-words.json maps each phrase to the catalogue words it means. Matching is a substring
// test per phrase (and per context word) on the query with and without filler, so the cost is a
// few hundred `includes` on a short string per search, whatever the catalogue's size.
import table from './resident-words.json' with { type: 'json' };
import { normalize } from './normalize';
import { saysSplit } from './query-words';

export interface ResidentWordsEntry {
  said: string[];
  means: string[];
  /** The phrase counts only when one of these words is in the query too (摔断 with 干活). */
  with?: string[];
  /** The phrase counts only right after one of these words (走了 after 老伴). */
  after?: string[];
  /** The phrase does not count in a query holding one of these words (走了 … 没回家). */
  unless?: string[];
  /** Search each catalogue word alone: the rest of the sentence is the resident's story. */
  alone?: boolean;
}

export interface Meaning {
  /** The normalised phrase found in the query. */
  said: string;
  /** Normalised catalogue words, most meant first. */
  means: string[];
  /**
   * The query text the phrase was found in, searched again with the phrase replaced by each
   * catalogue word (its other words choose among the items: 电梯年检 → 特种设备 of 电梯); null
   * when each word is searched alone.
   */
  within: string | null;
  /** What the resident trades in (宠物店): items named or known by it stay ahead of the meant ones. */
  trade?: string;
  /** The trade's own words, without the shop word and what is said around them (刻印章 of 开个刻印章的小店). */
  tradeName?: string;
  /** The sale the trade is named by (卖烟花 of 开个卖烟花的摊): an item whose alias says it is the trade's own. */
  sale?: string;
  /** The word that is the trade itself (民宿 of 开家民宿): an item whose alias says it is the trade's own, as a sale's is. */
  word?: string;
}

interface Phrase {
  said: string;
  means: string[];
  with: string[];
  after: string[];
  unless: string[];
  alone: boolean;
}

const normalizeAll = (words: string[] | undefined): string[] => (words ?? []).map(normalize).filter(Boolean);

/**
 * Characters after a verb that say its result or direction (摔倒, 摔下来, 吵醒, 砸坏): a closed class.
 * Not 到, which says only that the act reached something (碰到 a friend, 吵到 whoever is near).
 */
const COMPLEMENTS = '倒断伤坏破下死得掉醒裂塌翻';

/**
 * A verb a story entry (`with`, `alone`) says with two complements or more (摔断, 摔倒; 吵得, 吵死) is
 * the resident's verb whatever its complement: it is said with each of the class (摔下来, 吵醒).
 */
function withAnyComplement(e: ResidentWordsEntry): string[] {
  if (!e.with?.length || e.alone !== true) return [];
  const count = new Map<string, number>();
  for (const said of e.said.map(normalize)) {
    if (said.length === 2 && COMPLEMENTS.includes(said.charAt(1))) count.set(said.charAt(0), (count.get(said.charAt(0)) ?? 0) + 1);
  }
  const verbs = [...count].filter(([, n]) => n >= 2).map(([verb]) => verb);
  return verbs.flatMap((verb) => COMPLEMENTS.split('').map((c) => verb + c));
}

/**
 * What a resident may say between the word and the phrase that follows it (老伴上个月没了 is 老伴没了):
 * a closed class of time words, not places or acts (爷爷前天在医院走了 stays unread)…
 */
const WHEN_BETWEEN = ['上个月', '上月', '前天', '昨天', '去年', '前年', '年前', '前几天', '前些天', '上周', '上礼拜', '刚', '刚刚', '早就'];
/** …unless the phrase is a verb of going: said with a day between, the relative left (我爸爸昨天走…), not died. */
const GOING = '走去离';

export class ResidentWords {
  private readonly phrases: Phrase[];

  constructor(entries: ResidentWordsEntry[] = table.entries) {
    this.phrases = entries
      .flatMap((e) =>
        [...new Set([...e.said, ...withAnyComplement(e)])].map((said) => ({
          said: normalize(said),
          means: normalizeAll(e.means),
          with: normalizeAll(e.with),
          after: normalizeAll(e.after),
          unless: normalizeAll(e.unless),
          alone: e.alone === true,
        })),
      )
      .filter((p) => p.said.length > 0 && p.means.length > 0);
  }

  /**
   * What the query's resident phrase means, or null: the phrase found with the most said (its
   * length plus its context word's), the first listed on a tie. `text` is the query without
   * filler, `full` with it (唯一的孩子没了: 的 and 了 are filler).
   */
  meaningOf(text: string, full: string = text): Meaning | null {
    let best: Meaning | null = null;
    let bestLength = 0;
    for (const p of this.phrases) {
      const within = text.includes(p.said) ? text : full.includes(p.said) ? full : null;
      if (within === null || p.unless.some((word) => full.includes(word) || text.includes(word))) continue;
      const context = this.contextOf(p, text, full);
      if (context === null || p.said.length + context.word.length <= bestLength) continue;
      bestLength = p.said.length + context.word.length;
      // Said right after its word, the two are what the resident said (老伴走了, not 走了).
      best = { said: context.before ? context.word + p.said : p.said, means: p.means, within: p.alone ? null : within };
    }
    return best;
  }

  /** The longest context word the phrase needs, found ('' when it needs none), or null when missing. */
  private contextOf(p: Phrase, text: string, full: string): { word: string; before: boolean } | null {
    if (p.with.length === 0 && p.after.length === 0) return { word: '', before: false };
    let found: { word: string; before: boolean } | null = null;
    const longer = (word: string): boolean => found === null || word.length > found.word.length;
    // A context word may be split by the resident as query words are (打零工 is 打工: query-words.ts).
    for (const word of p.with)
      if (longer(word) && (text.includes(word) || full.includes(word) || saysSplit(full, word))) found = { word, before: false };
    for (const word of p.after) {
      if (!longer(word)) continue;
      const next = [word + p.said, ...(GOING.includes(p.said.charAt(0)) ? [] : WHEN_BETWEEN.map((when) => word + when + p.said))];
      if (next.some((said) => text.includes(said) || full.includes(said))) found = { word, before: true };
    }
    return found;
  }
}
