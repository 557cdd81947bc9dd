// Queries nobody tuned for (issue 12): a measure word inside the resident's word (打口井), a long
// word of an item amid words the catalogue lacks (网上申请公租房进度查询), a size word before the
// trade (开个小宾馆), and residents' words for age and a birth near (年纪大, 快生了).
// Second round: 户籍 for 户口, a trade known by a word of its own (刻印章 → 印章刻制), a shop called a
// point (代收点); English words are in english-words.test.ts.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { searchDocument } from './test-documents';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const demo = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, d.name]));
const names = (query: string): (string | undefined)[] => demo.search(query).map((h) => nameOf.get(h.code));

const index = buildSearchIndex([
  searchDocument('water', '取水许可', ['打井审批', '抽地下水']),
  searchDocument('hotel', '旅馆业特种行业许可证核发', ['开宾馆', '开民宿']),
  searchDocument('self-employed', '个体工商户设立登记', ['办执照', '开小店']),
  searchDocument('hygiene', '公共场所卫生许可', ['宾馆卫生许可', '理发店卫生许可']),
  ...['养犬登记', '护照签发', '结婚登记', '居住证办理', '排污许可', '残疾人证办理', '契税缴纳', '发票领用'].map((name, i) =>
    searchDocument(`other-${i}`, name),
  ),
]);
const codes = (query: string): string[] => index.search(query).map((h) => h.code);

describe('a measure word inside the resident’s word', () => {
  it('reads 打井 in 村里想打口井浇地', () => {
    expect(codes('村里想打口井浇地')).toEqual(['water']);
  });

  it.each([
    ['想在院子里打两口井', '取水许可'],
    ['家里想砍棵树', '林木采伐许可证核发'],
  ])('%s finds %s on the demo catalogue', (query, name) => {
    expect(names(query).slice(0, 3)).toContain(name);
  });
});

describe('a long word of an item amid words the catalogue lacks', () => {
  it('lists the item whose alias the query says whole (申请公租房) first', () => {
    expect(names('网上申请公租房进度查询')[0]).toBe('公共租赁住房申请资格审核认定');
  });

  it('still asks a share of the query of items it names by two characters only (公积 is no 公租房)', () => {
    expect(names('网上申请公积金进度查询')).not.toContain('公共租赁住房申请资格审核认定');
  });
});

describe('a size word before the trade', () => {
  it('keeps the trade’s own licence first (小宾馆 is a 宾馆)', () => {
    expect(codes('开个小宾馆要办什么')[0]).toBe('hotel');
    expect(codes('开个小宾馆要办什么')).toContain('self-employed');
  });
});

describe('residents’ words for age and a birth near', () => {
  it.each([
    ['爸妈岁数大了能领什么钱', '80周岁以上老年人高龄津贴发放'],
    ['老婆下个月预产期要办什么', '生育登记'],
  ])('%s lists %s first', (query, name) => {
    expect(names(query)[0]).toBe(name);
  });
});

describe('a formal word for the same thing (second round)', () => {
  it('reads 户籍 as the catalogue’s 户口', () => {
    expect(names('户籍')[0]).toMatch(/户口|出生登记/);
  });
});

describe('a trade the catalogue knows by a word of its own (second round)', () => {
  it.each([
    ['开一家卖化肥农药的店', '农药经营许可证核发（限制使用农药除外）'],
    ['开个刻印章的小店', '公章刻制业特种行业许可证核发'],
  ])('%s lists %s, whose aliases hold a word of the trade, before the registration', (query, name) => {
    expect(names(query)[0]).toBe(name);
  });

  it('reads the residents’ words, not the formal name (修电动车 is no 机动车)', () => {
    expect(names('开个修电动车的铺子')[0]).toBe('个体工商户设立登记');
  });
});

describe('a place of trade called a point (second round)', () => {
  it.each(['开个手机维修点', '开一家干洗收衣点'])('%s lists the registration first', (query) => {
    expect(names(query)[0]).toBe('个体工商户设立登记');
  });

  it('keeps 点 of other words out (早点铺 is a food trade, 开到十点 no shop)', () => {
    expect(names('开个早点铺').slice(0, 2)).toEqual(['个体工商户设立登记', '食品小作坊小餐饮登记']);
    expect(names('晚上开到十点')).toEqual([]);
    expect(names('车能不能开快点')[0]).not.toBe('个体工商户设立登记');
  });
});
