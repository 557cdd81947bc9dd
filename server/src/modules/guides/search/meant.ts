// The items a resident's own words mean, listed before what the words match: a phrase of
// resident-words.json (小卖部 → 个体工商户设立登记, 老伴走了 → 户口注销) or, failing one, a shop
// opened in words of the resident's own (开家文具店, shop-words.json).
import type { Engine } from './engine';
import type { SearchFilter, SearchHit } from './index';
import { STRICT } from './match';
import { parseQuery, type Query } from './query';
import { ResidentWords, type Meaning } from './resident-words';
import { ShopWords } from './shop-words';

/** Word-alone searches kept: a few dozen catalogue words recur in every resident's query. */
const CACHED = 256;
/**
 * Items pinned per catalogue word, best first: a resident reads a page, and a provincial catalogue
 * names a hundred items alike (个体工商户设立登记 of every county); the rest keep their own rank.
 */
const PER_WORD = 10;
/** Hits looked through for a trade's own licence: the catalogue knowing the trade ranks it among the best. */
const OWN_AMONG = 20;

export class MeantItems {
  private readonly residentWords = new ResidentWords();
  private readonly shopWords = new ShopWords();
  private readonly alone = new Map<string, SearchHit[]>();

  constructor(
    private readonly engine: Engine,
    private readonly limit: number,
  ) {}

  /** Do the query's words mean items (a phrase of resident-words.json, a shop of shop-words.json)? */
  means(q: Query): boolean {
    return (this.residentWords.meaningOf(q.text, q.full) ?? this.shopWords.meaningOf(q.full)) !== null;
  }

  /** The hits with the items the query's words mean first; the hits as they are when it means none. */
  pin(q: Query, filter: SearchFilter | undefined, hits: SearchHit[]): SearchHit[] {
    const meaning = this.residentWords.meaningOf(q.text, q.full) ?? this.shopWords.meaningOf(q.full);
    if (!meaning) return hits;
    const meant = this.itemsMeant(meaning, filter);
    if (meant.length === 0) return hits;
    // A trade the catalogue knows (书店 → 出版物零售) keeps its own licence ahead of the registration.
    const own = meaning.trade && meaning.trade.length >= 2 ? this.knownBy(meaning, hits) : [];
    // Known as the trade's own, it is no partial hit (a sale's alias may be all it shares).
    for (const hit of own) delete hit.partial;
    return pinFirst([...own, ...meant], hits, this.limit);
  }

  /** For each catalogue word in turn, the items whose names hold it, marked with what the resident said. */
  private itemsMeant(meaning: Meaning, filter: SearchFilter | undefined): SearchHit[] {
    const out: SearchHit[] = [];
    const seen = new Set<string>();
    for (const word of meaning.means) {
      let pinned = 0;
      for (const hit of this.namedWith(word, meaning, filter)) {
        if (pinned === PER_WORD) break;
        if (seen.has(hit.code)) continue;
        pinned++;
        seen.add(hit.code);
        // The name did not match what was typed: say which of the item's words did, mark nothing.
        const d = this.engine.corpus.byCode.get(hit.code) ?? -1;
        const a = this.engine.corpus.aliases[d]?.findIndex((alias) => alias.includes(meaning.said)) ?? -1;
        out.push({ ...hit, highlights: [], matchedAlias: this.engine.corpus.docs[d]?.aliases[a] ?? meaning.said });
      }
    }
    return out;
  }

  /** Strict hits named with the word: for the query with the phrase replaced by it, or for the word alone. */
  private namedWith(word: string, meaning: Meaning, filter: SearchFilter | undefined): SearchHit[] {
    if (meaning.within !== null) return this.search(meaning.within.replace(meaning.said, word), word, filter);
    const key = `${word}\u0000${JSON.stringify(filter ?? null)}`;
    let hits = this.alone.get(key);
    if (!hits) {
      if (this.alone.size >= CACHED) this.alone.clear();
      hits = this.search(word, word, filter);
      this.alone.set(key, hits);
    }
    return hits;
  }

  private search(text: string, word: string, filter: SearchFilter | undefined): SearchHit[] {
    const q = parseQuery(text);
    if (!q) return [];
    const { byCode } = this.engine.corpus;
    return this.engine.find(q, filter, STRICT, this.limit).filter((h) => this.nameOf(byCode.get(h.code) ?? -1).includes(word));
  }

  /**
   * Full hits among the best whose name or one of whose aliases names the trade, or one of whose
   * aliases (residents' words) holds a two-character word of the trade's own words: 农药 of
   * 卖化肥农药的店 in 卖农药, 印章 of 刻印章的小店 in 印章刻制许可. Not the formal name: 动车 of
   * 修电动车 is no 机动车. A trade named by one two-character word is that trade alone: an alias
   * with another shop word names another (宠物医院 is no 宠物店, 洗车店排水证 no 洗车行).
   */
  private knownBy(meaning: Meaning, hits: SearchHit[]): SearchHit[] {
    const trade = meaning.trade ?? '';
    const tradeName = meaning.tradeName ?? '';
    const names = [trade, ...unsized(trade)];
    const words = tradeName.length > 2 ? twoCharacterWords(tradeName) : [];
    const { sale, word } = meaning;
    return hits.slice(0, OWN_AMONG).filter((h) => {
      const d = this.engine.corpus.byCode.get(h.code) ?? -1;
      const aliases = this.engine.corpus.aliases[d] ?? [];
      // A trade named by its sale (卖烟花的摊) is known by an alias saying that sale (过年卖烟花),
      // however little else of the sentence the item shares.
      if (sale && aliases.some((alias) => alias.includes(sale))) return true;
      // So is a trade named by a word that is the trade itself (开家民宿: 开民宿).
      if (word && aliases.some((alias) => alias.includes(word))) return true;
      if (h.partial) return false;
      return (
        names.some((name) => this.nameOf(d).includes(name) || aliases.some((alias) => alias.includes(name))) ||
        licensedAs(tradeName, aliases) ||
        words.some((word) => aliases.some((alias) => alias.includes(word)))
      );
    });
  }

  /** The normalised name of a document ('' for none). */
  private nameOf(d: number): string {
    return this.engine.corpus.names[d]?.text ?? '';
  }
}

/** Words an alias ends a trade's name with when it is that trade's own licence (租车备案, 民宿许可). */
const LICENCE_WORDS = ['备案', '许可', '执照', '手续', '审批', '登记'];

/**
 * Does an alias start with the trade's name and a licence word (租车备案 for 开个租车的店)? Then the
 * item is that trade's own licence, whatever shop word the resident put after the name. Goods
 * inside an alias (零食 of 卖零食备案) name what a food trade sells: its filing follows the registration.
 */
function licensedAs(tradeName: string, aliases: string[]): boolean {
  if (tradeName.length < 2) return false;
  return aliases.some((alias) => LICENCE_WORDS.some((word) => alias.startsWith(tradeName + word)));
}

/** Size words before a trade's name: 小宾馆 is a 宾馆, 大超市 a 超市 (the catalogue says 开宾馆). */
const SIZES = ['小', '大'];

/** The trade without the size word it starts with, when two characters or more are left. */
function unsized(trade: string): string[] {
  const size = SIZES.find((s) => trade.startsWith(s));
  return size && trade.length - size.length >= 2 ? [trade.slice(size.length)] : [];
}

/** Neighbouring character pairs of a short text. */
function twoCharacterWords(text: string): string[] {
  const words: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) words.push(text.slice(i, i + 2));
  return words;
}

/**
 * The pinned items first, then the rest; scores raised where needed so they still read best first.
 * The hits are this search's own (fresh objects, or copies made for it), so they are raised in place.
 */
function pinFirst(pinned: SearchHit[], hits: SearchHit[], limit: number): SearchHit[] {
  const listed = new Set<string>();
  const all: SearchHit[] = [];
  const add = (h: SearchHit): void => {
    if (all.length >= limit || listed.has(h.code)) return;
    listed.add(h.code);
    all.push(h);
  };
  pinned.forEach(add);
  hits.forEach(add);
  let floor = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const hit = all[i];
    if (!hit) continue;
    if (hit.score < floor) hit.score = floor;
    floor = hit.score;
  }
  return all;
}
