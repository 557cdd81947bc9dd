// Third round (issue 12): what residents say that the engine read wrong where MiniSearch read it
// right — a yes-or-no question (有没有补贴), where they work (单位), a word split around the verb's
// 完 (生完孩子) or a context word split by a number (打零工), a shop named by what it sells
// (卖烟花的摊) or by the service given there (回收站, 桌球室, 装修公司), a mistyped middle character
// (居往证), a name holding the query's word (补结婚证), and an age said (九十岁 of 80周岁以上).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ages } from './ages';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import { parseQuery } from './query';
import { ResidentWords } from './resident-words';
import { ShopWords } from './shop-words';
import { searchDocument } from './test-documents';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const demo = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, d.name]));
const names = (query: string): (string | undefined)[] => demo.search(query).map((h) => nameOf.get(h.code));

describe('a yes-or-no question asked with the verb twice', () => {
  it.each([
    ['有没有补贴', '补贴'],
    ['要不要登记', '登记'],
    ['政府给不给补助', '政府补助'],
  ])('reads %s as %s', (query, text) => {
    expect(parseQuery(query)?.text).toBe(text);
  });

  it('finds the start-up subsidy for 自己出来创业有没有补贴', () => {
    expect(names('自己出来创业有没有补贴')[0]).toBe('一次性创业补贴申领');
  });
});

describe('the resident’s workplace (单位) is part of the story', () => {
  it('lists the pension for those without an employer first, not items named with 单位', () => {
    expect(names('我在外面跑滴滴没有单位想自己交社保')[0]).toBe('灵活就业人员企业职工基本养老保险参保登记');
  });
});

describe('a word split by the resident', () => {
  it('reads 生孩子 in 生完孩子, though 孩子 alone is the story', () => {
    expect(names('老婆生完孩子单位能给报多少钱').slice(0, 2)).toContain('生育津贴支付');
  });

  it('reads the context word 打工 in 打零工', () => {
    expect(new ResidentWords().meaningOf(normalize('打零工把腰扭伤'))?.means).toContain('工伤认定');
    expect(names('在外头打零工把腰扭伤了')[0]).toBe('工伤认定');
  });

  it('still needs the context word: an injury alone is no work injury', () => {
    expect(new ResidentWords().meaningOf(normalize('打球把腰扭伤'))).toBeNull();
  });
});

describe('a shop named by what it sells', () => {
  it.each(['开个卖烟花的摊', '在街上卖烟花'])('%s lists the licence whose alias says the sale first', (query) => {
    const hits = demo.search(query);
    expect(nameOf.get(hits[0]!.code)).toBe('烟花爆竹经营（零售）许可证核发');
    expect(hits[0]!.partial).toBeUndefined();
    expect(names(query)).toContain('个体工商户设立登记');
  });

  it('reads the trade after the verb with its measure word, not after a verb inside it (租 of 租车)', () => {
    expect(new ShopWords().meaningOf(normalize('开个租车的店'))?.trade).toBe('租车的店');
    expect(new ShopWords().meaningOf(normalize('开个开锁的店'))?.said).toBe('开个开锁的店');
  });
});

describe('a place of trade named by the service given there, or a company', () => {
  it.each(['开个废品回收站', '开个桌球室', '想开个加油站'])('%s lists the registration first', (query) => {
    expect(names(query)[0]).toBe('个体工商户设立登记');
  });

  it.each(['开个装修公司', '想开个搬家公司'])('%s lists the company’s registration first, not the sole trader’s', (query) => {
    expect(names(query)[0]).toBe('公司设立登记');
    expect(names(query)).not.toContain('个体工商户设立登记');
  });

  it.each(['在办公室上班', '租个地下室住', '想开个网站', '去办事大厅'])('%s opens no shop', (query) => {
    expect(new ShopWords().meaningOf(normalize(query))).toBeNull();
  });
});

describe('an age the resident states', () => {
  const ages = new Ages(['80周岁以上老年人高龄津贴发放', '60岁领养老金', '0—6岁残疾儿童康复', '未满16周岁', '60岁以下']);

  it.each([
    ['我姥姥九十岁了', '我姥姥80岁了'],
    ['老人八十多岁', '老人80岁'],
    ['我今年65岁', '我今年60岁'],
    ['爸爸今年满六十', '爸爸今年60岁'],
    ['我爸今年八十五了', '我爸80岁了'],
  ])('reads %s as the highest age of the catalogue it reaches: %s', (query, said) => {
    expect(ages.said(query)).toBe(said);
  });

  it.each(['孩子三岁了', '女儿十岁', '满三个月', '今年五十万的收入', '今年二十了'])(
    'leaves %s, below every age an item is for, as typed',
    (query) => {
      expect(ages.said(query)).toBe(query);
    },
  );

  it.each([
    ['我姥姥九十岁了', '80周岁以上老年人高龄津贴发放'],
    ['家里老人八十多岁了听说每个月有钱领', '80周岁以上老年人高龄津贴发放'],
  ])('%s lists %s first', (query, name) => {
    expect(names(query)[0]).toBe(name);
  });
});

describe('a three-character word with its middle mistyped', () => {
  const index = buildSearchIndex([
    searchDocument('residence', '居住证办理', ['办居住证']),
    searchDocument('hk', '往来港澳通行证签发', ['港澳通行证']),
    ...['养犬登记', '结婚登记', '取水许可', '排污许可', '契税缴纳', '发票领用'].map((name, i) => searchDocument(`other-${i}`, name)),
  ]);

  it('ranks the word it misspells above an item sharing two of its characters by chance', () => {
    expect(index.search('居往证')[0]?.code).toBe('residence');
    expect(names('居往证')[0]).toBe('居住证办理');
  });
});

describe('a name holding a word of the query', () => {
  it('lists 补领结婚证 before the item whose alias is 结婚证 alone', () => {
    expect(names('民政局补结婚证')[0]).toBe('补领结婚证');
    expect(names('家里的结婚证被老鼠咬得稀巴烂了')[0]).toBe('补领结婚证');
  });
});
