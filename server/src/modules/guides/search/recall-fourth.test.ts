// Fourth round (issue 12): residents' own words for the trade they open — a word that is the
// trade and its place at once (酒吧, 健身房, 民宿), a place named after its trade (精品屋, 装修队), a
// line of business done rather than opened (做服装生意), a house turned into lodging (改成客栈) —
// an age said of an elder without 岁 (爷爷九十了), and what befell them in words of a kind the
// catalogue lacks: being let go, food gone bad, a storm, an injury at work, an elder bedridden.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ages } from './ages';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import { ResidentWords } from './resident-words';
import { ShopWords } from './shop-words';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const demo = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, d.name]));
const names = (query: string): (string | undefined)[] => demo.search(query).map((h) => nameOf.get(h.code));
const shop = (query: string) => new ShopWords().meaningOf(normalize(query));
const meant = (query: string) => new ResidentWords().meaningOf(normalize(query))?.means ?? null;

const SELF_EMPLOYED = '个体工商户设立登记';
const HOTEL = '旅馆业特种行业许可证核发';

describe('a word that is the trade and its place at once', () => {
  it.each([
    ['开家健身房', '健身房'],
    ['想开个酒吧', '酒吧'],
    ['开个发廊', '发廊'],
    ['开家酒楼', '酒楼'],
  ])('%s opens a shop whose trade is %s', (query, trade) => {
    expect(shop(query)?.trade).toBe(trade);
    expect(names(query)[0]).toBe(SELF_EMPLOYED);
  });

  it('keeps the licence whose alias says the trade first, however little else it shares (开家民宿: 开民宿)', () => {
    expect(names('开家民宿接待游客')[0]).toBe(HOTEL);
  });

  it('reads a house turned into lodging (改成客栈) as the hotel trade', () => {
    expect(shop('家里房子改成客栈')?.means).toContain('旅馆业特种行业许可证');
    expect(names('家里房子改成客栈').slice(0, 2)).toContain(HOTEL);
  });
});

describe('a place named after its trade', () => {
  it.each(['开个精品屋', '开个电玩城', '开个装修队', '开个培训机构'])('%s opens a shop', (query) => {
    expect(shop(query)).not.toBeNull();
    expect(names(query).slice(0, 2)).toContain(SELF_EMPLOYED);
  });

  it.each(['租个老屋住', '办个县城户口', '开个会吧', '住在老屋里'])('%s opens none', (query) => {
    expect(shop(query)).toBeNull();
  });
});

describe('a line of business, done rather than opened', () => {
  it.each(['想做服装生意', '做点水果生意'])('%s lists the registration first', (query) => {
    expect(names(query)[0]).toBe(SELF_EMPLOYED);
  });

  it('takes 做 as opening that word only, not another shop word (做核酸的点)', () => {
    expect(shop('做核酸的点在哪')).toBeNull();
    expect(shop('在家做饭')).toBeNull();
  });
});

describe('an age said of an elder without 岁', () => {
  const ages = new Ages(['80周岁以上老年人高龄津贴发放', '60岁领养老金']);

  it.each([
    ['爷爷九十了', '爷爷80岁了'],
    ['我妈六十多了', '我妈60岁了'],
  ])('reads %s as %s', (query, said) => {
    expect(ages.said(query)).toBe(said);
  });

  it.each(['爸五十了', '排到八十了', '孩子三个月了'])('leaves %s as typed', (query) => {
    expect(ages.said(query)).toBe(query);
  });

  it('finds the allowance for 爷爷九十了每个月那个钱咋领', () => {
    expect(names('爷爷九十了每个月那个钱咋领')[0]).toBe('80周岁以上老年人高龄津贴发放');
  });
});

describe('what befell them, in words the catalogue lacks', () => {
  it.each([
    ['干满一年被老板炒鱿鱼了', '失业保险金申领'],
    ['公司突然说不要我了也没给补偿', '失业保险金申领'],
    ['饭店吃饭吃出了虫子老板还不认', '消费者投诉受理'],
    ['下暴雨家里进水了家具全泡了', '自然灾害生活救助资金和物资给付'],
    ['冰雹把种菜的大棚砸塌了', '自然灾害生活救助资金和物资给付'],
    ['厂里干活的时候手被烫了一大块', '工伤认定'],
    ['在仓库搬货闪了腰现在下不了床', '工伤认定'],
    ['我爸脑梗以后一直卧床不起', '长期护理保险待遇申请'],
  ])('%s lists %s first', (query, name) => {
    expect(names(query)[0]).toBe(name);
  });

  it.each(['老公不要我了', '今天风好大', '手机过期了', '打球把手烫了'])('%s means nothing of the kind', (query) => {
    expect(meant(query)).toBeNull();
  });
});
