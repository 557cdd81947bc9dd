// The shop rule (shop-words.json): a resident who opens, runs or sets up a place of trade, named
// in words the catalogue lacks, is shown the registration first, and for a food trade the food
// licences. The rule is a pattern, not a list of shops: the shops tested here are in no list.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import table from './shop-words.json' with { type: 'json' };
import { ShopWords } from './shop-words';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const index = buildSearchIndex(docs);
const codeOf = new Map(docs.map((d) => [d.name, d.code]));
const shops = new ShopWords();
const first = (query: string, count: number): (string | undefined)[] =>
  index
    .search(query)
    .slice(0, count)
    .map((h) => docs.find((d) => d.code === h.code)?.name);

const SELF_EMPLOYED = '个体工商户设立登记';
const STALL = '临时便民服务摊点设置';
const SMALL_EATERY = '食品小作坊小餐饮登记';
const FOOD_LICENCE = '食品经营许可';
const PACKAGED_FOOD = '仅销售预包装食品经营者备案';

/** Trades the catalogue has no item of its own for: the registration comes first. */
const ANY_TRADE = [
  '开家五金店',
  '开个花店',
  '打算开个眼镜店',
  '开间裁缝铺',
  '在老家办个家具厂',
  '开个手机维修档口',
  '加盟一家快递门市',
  '开一家宠物店',
  '开个洗车行',
];

describe('a resident opening a shop the catalogue has no word for', () => {
  it('uses none of these shop words in its own data', () => {
    const data = JSON.stringify(table);
    const trades = ['五金', '花店', '眼镜', '裁缝', '家具', '手机', '快递', '书店', '修鞋', '宠物', '洗车', '袜子'];
    expect(trades.filter((word) => data.includes(word))).toEqual([]);
  });

  it.each(ANY_TRADE)('%s lists the registration first', (query) => {
    expect(first(query, 1)).toEqual([SELF_EMPLOYED]);
    expect(index.search(query)[0]!.matchedAlias).toBe(shops.meaningOf(normalize(query))!.said);
  });

  it.each(['摆个修鞋摊', '在路边卖袜子'])('%s, a street stall, lists the registration and the stall permit first', (query) => {
    expect(first(query, 2)).toEqual([SELF_EMPLOYED, STALL]);
  });

  it('keeps a trade’s own licence ahead when the catalogue knows the trade (书店 → 出版物零售)', () => {
    expect(first('想开个书店', 2)).toEqual(['出版物零售单位和个体工商户设立审批', SELF_EMPLOYED]);
    expect(first('我想开个药店', 2)).toEqual(['药品零售企业经营许可', SELF_EMPLOYED]);
  });

  it.each([
    ['开个馄饨店', [SELF_EMPLOYED, SMALL_EATERY, FOOD_LICENCE]],
    ['在菜市场卖牛肉', [SELF_EMPLOYED, FOOD_LICENCE]],
    ['开家零食店', [SELF_EMPLOYED, PACKAGED_FOOD]],
    ['开个奶粉店', [SELF_EMPLOYED, PACKAGED_FOOD]],
    ['夏天晚上出个烧烤摊', [SELF_EMPLOYED, STALL, SMALL_EATERY, FOOD_LICENCE]],
  ])('%s, a food trade, lists %j first', (query, names) => {
    expect(first(query, names.length)).toEqual(names);
  });

  it('stays within the filter asked for', () => {
    const hits = index.search('开家五金店', { department: 'no-such-department' });
    expect(hits).toEqual([]);
  });
});

/** Shops and stalls mentioned, but nobody opening one. */
const NOT_OPENING = [
  '去店里买东西',
  '商店几点关门',
  '我在饭店上班',
  '开车去商店',
  '干洗店几点开门',
  '在超市上班',
  '店铺招牌怎么装',
  '办图书馆借书证',
  '开银行流水',
  '出行',
  '开具完税证明',
  '办事大厅在哪',
  '开家长会',
  '去菜市场买菜',
  '网上卖二手手机',
  '饭馆的菜不干净',
  '出租车行驶证',
  '办理店铺招牌',
  '开个人档案证明',
];

describe('a shop mentioned by a resident who is not opening one', () => {
  it.each(NOT_OPENING)('%s means no shop', (query) => {
    expect(shops.meaningOf(normalize(query))).toBeNull();
  });

  it('finds no shop in any catalogue item’s own name', () => {
    expect(docs.map((d) => d.name).filter((name) => shops.meaningOf(normalize(name)) !== null)).toEqual([]);
  });

  it.each(NOT_OPENING)('%s does not put the registration first', (query) => {
    expect(index.search(query)[0]?.code).not.toBe(codeOf.get(SELF_EMPLOYED));
  });
});

describe('the rule’s reading of a sentence', () => {
  it('names what was said and what is traded', () => {
    expect(shops.meaningOf(normalize('学校旁边开家文具店'))).toMatchObject({ said: '开家文具店', trade: '文具店' });
    expect(shops.meaningOf(normalize('打算开一家水果店'))).toMatchObject({ said: '开一家水果店', trade: '水果店' });
    expect(shops.meaningOf(normalize('在菜市场租个摊位卖鱼'))?.means).toContain('食品经营许可');
  });

  it('takes a verb like 出 or 干 only with a measure word (干洗店 is a shop, not opening one)', () => {
    expect(shops.meaningOf(normalize('干个烧烤摊'))).not.toBeNull();
    expect(shops.meaningOf(normalize('干洗店'))).toBeNull();
  });
});
