// Residents opening a shop the catalogue has no word for (开家文具店, 菜市场卖猪肉): a rule over
// shop-words.json rather than a list of shops, so it holds for shops nobody listed. It reads the
// normalised query with its filler (出个烧烤摊 needs its 个); the cost is a scan of a short string
// per search, whatever the catalogue's size.
import { normalize } from './normalize';
import type { Meaning } from './resident-words';
import table from './shop-words.json' with { type: 'json' };

export type ShopWordsTable = typeof table;

interface Head {
  word: string;
  alone: boolean;
  means: string[];
  /** The registration such a place needs instead of the sole trader's (公司 → 公司设立登记). */
  registration?: string[];
  /** The word names the trade itself (酒吧, 民宿): with no name before it, it is the trade. */
  trade: boolean;
  /** Verbs that open this place only (做 of 做服装生意: 做 before another shop word is no opening). */
  verbs: string[];
}

interface Food {
  word: string;
  means: string[];
}

/** A shop found: what was said, what is traded, and the shop word's own catalogue words. */
interface Found {
  said: string;
  trade: string;
  /** The trade before the shop word (文具 of 文具店). */
  name: string;
  means: string[];
  registration?: string[];
}

const normalizeAll = (words: string[]): string[] => words.map(normalize).filter(Boolean);
const longestFirst = <T extends { word: string }>(list: T[]): T[] => list.sort((a, b) => b.word.length - a.word.length);

export class ShopWords {
  private readonly verbs: string[];
  /** Verbs that may come before a measure word: all of them. */
  private readonly anyVerbs: string[];
  private readonly measures: string[];
  private readonly heads: Head[];
  private readonly foods: Food[];
  private readonly places: { word: string; means: string[] }[];

  constructor(private readonly t: ShopWordsTable = table) {
    this.verbs = normalizeAll(t.verbs);
    this.anyVerbs = [...this.verbs, ...normalizeAll(t.verbsWithMeasure)];
    this.measures = normalizeAll(t.measures);
    this.heads = longestFirst(
      t.heads.flatMap((h) =>
        h.words.map((word) => ({
          word,
          alone: h.alone,
          means: h.means,
          registration: h.registration,
          trade: h.trade === true,
          verbs: normalizeAll(h.verbs ?? []),
        })),
      ),
    );
    this.foods = longestFirst(t.foods.flatMap((f) => f.words.map((word) => ({ word, means: f.means }))));
    this.places = t.places.flatMap((p) => p.words.map((word) => ({ word, means: p.means })));
  }

  /** What the query (normalised, filler kept) says the resident opens, or null. */
  meaningOf(full: string): Meaning | null {
    const sale = this.saleOf(full);
    const places = this.places.filter((p) => full.includes(p.word));
    const shop = this.shopIn(full);
    if (!shop && (!sale || places.length === 0)) return null;
    // A stall's permit: where the sentence names the place, the place decides (a market's stalls
    // are the market's); a shop with a door needs none.
    const stall = !shop || shop.means.length > 0;
    const where = !stall ? [] : places.length > 0 ? places.flatMap((p) => p.means) : (shop?.means ?? []);
    // Goods sold there name the trade too: 租个摊位卖鱼.
    const goods = sale?.goods ?? '';
    const trade = shop?.trade ?? '';
    const word = shop && !shop.name && shop.trade ? shop.trade : undefined;
    const registration = [...(shop?.registration ?? this.t.means), ...where];
    const own = this.foodMeans(trade + goods);
    // A word that is the trade itself and has a licence of its own (民宿, 客栈, 农家乐: the hotel
    // trade's permit) says what the resident must get first; the registration any trader needs follows.
    const means = word && own.length > 0 ? [...own, ...registration] : [...registration, ...own];
    return {
      said: shop?.said ?? sale?.said ?? '',
      means: [...new Set(normalizeAll(means))],
      within: null,
      trade: trade || goods,
      tradeName: this.withoutSale(shop ? shop.name : goods),
      sale: this.saleIn(shop ? shop.name : (sale?.said ?? '')),
      word,
    };
  }

  /** The sale a trade is named by (卖烟花 of 卖烟花的), 的 dropped, or undefined when it names none. */
  private saleIn(name: string): string | undefined {
    const verb = this.t.sellVerbs.find((v) => name.startsWith(v));
    const goods = verb ? this.withoutSale(name) : '';
    return verb && goods ? verb + goods : undefined;
  }

  /** Verb, measure word, the trade's name, shop word: 开 一家 水果 店. */
  private shopIn(text: string): Found | null {
    for (let i = 0; i < text.length; i++) {
      const head = this.heads.find((h) => text.startsWith(h.word, i));
      if (!head) continue;
      const end = i + head.word.length;
      if (this.t.notShops.some((word) => text.endsWith(word, end)) || this.t.notShopStarts.some((word) => text.startsWith(word, i)))
        continue;
      const start = this.openedAt(text, i, head);
      if (start) {
        const trade = i > start.name ? text.slice(start.name, end) : head.trade ? head.word : '';
        return {
          said: text.slice(start.at, end),
          trade,
          name: text.slice(start.name, i),
          means: head.means,
          registration: head.registration,
        };
      }
    }
    return null;
  }

  /**
   * Where the phrase opening the shop whose word starts at `head` begins (the verb) and where the
   * trade's name begins: the nearest verb within reach, the name holding no word that ends it.
   */
  private openedAt(text: string, head: number, shop: Head): { at: number; name: number } | null {
    let bare: { at: number; name: number } | null = null;
    for (let name = head; name >= 0 && head - name <= this.t.maxName; name--) {
      if (shop.alone || name < head) {
        const at = this.verbBefore(text, name, head, shop.verbs);
        // A verb with its measure word opens the shop; one without may be the trade's own
        // (租 of 开个租车的店, 开 of 开个开锁的店): a measured verb further back wins.
        if (at >= 0 && this.measuredAt(text, at, name)) return { at, name };
        if (at >= 0) bare ??= { at, name };
      }
      if (name === 0 || this.t.notInName.includes(text.charAt(name - 1))) break;
    }
    return bare;
  }

  /** Does the verb starting at `at` end in a measure word right before the name (开个, 盘一家)? */
  private measuredAt(text: string, at: number, name: number): boolean {
    return at < name && this.measures.some((m) => text.endsWith(m, name) && name - m.length > at);
  }

  /**
   * Start of the verb ending at `at`, where the name before `head` begins (with its measure
   * word: 开一家, 出个), or -1. A verb without one is no verb before a name that starts with one
   * (开|一家水果 is 开一家|水果), nor one that makes another word with the name (办理店铺).
   */
  private verbBefore(text: string, at: number, head: number, own: string[]): number {
    for (const measure of this.measures) {
      if (!text.endsWith(measure, at)) continue;
      const verb = (own.length ? [...this.anyVerbs, ...own] : this.anyVerbs).find((v) => text.endsWith(v, at - measure.length));
      if (verb) return at - measure.length - verb.length;
    }
    if (this.measures.some((m) => text.startsWith(m, at))) return -1;
    const verb = (own.length ? [...this.verbs, ...own] : this.verbs).find((v) => text.endsWith(v, at));
    if (!verb || (at < head && this.t.notVerbs.some((word) => text.startsWith(word, at - verb.length)))) return -1;
    return at - verb.length;
  }

  /** The first sale verb with the goods after it, up to a word that ends them (卖猪肉), or null. */
  private saleOf(text: string): { said: string; goods: string } | null {
    for (const verb of this.t.sellVerbs) {
      const at = text.indexOf(verb);
      if (at < 0) continue;
      const start = at + verb.length;
      let end = start;
      while (end < text.length && end - start < this.t.maxName && !this.t.notInName.includes(text.charAt(end))) end++;
      if (end > start) return { said: text.slice(at, end), goods: text.slice(start, end) };
    }
    return null;
  }

  /** The goods of a trade named by what it sells (化肥农药 of 卖化肥农药的), 的 dropped. */
  private withoutSale(name: string): string {
    const verb = this.t.sellVerbs.find((v) => name.startsWith(v));
    return (verb ? name.slice(verb.length) : name).replaceAll('的', '');
  }

  /** The catalogue words of the food trade the longest food word names (the first of equals: 奶粉 in 奶粉店), or none. */
  private foodMeans(trade: string): string[] {
    let text = trade;
    for (const word of this.t.notFood) text = text.replaceAll(word, ' ');
    let best: Food | null = null;
    let bestAt = -1;
    for (const food of this.foods) {
      if (best && food.word.length < best.word.length) break;
      const at = text.indexOf(food.word);
      if (at >= 0 && (best === null || at < bestAt)) [best, bestAt] = [food, at];
    }
    return best?.means ?? [];
  }
}
