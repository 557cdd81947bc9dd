// Queries nobody tuned for (issue 12): a measure word inside the resident's word (打口井), a long
// word of an item amid words the catalogue lacks (网上申请公租房进度查询), a size word before the
// trade (开个小宾馆), and residents' words for age and a birth near (年纪大, 快生了).
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
