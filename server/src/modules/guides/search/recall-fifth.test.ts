// Fifth round (issue 12): a trade whose own word needs a licence of its own (客栈, 农家乐: the hotel
// trade's permit) lists it before the registration; an alias saying the trade's name then a
// licence word (租车备案) is that trade's own; a grievance told against a party (邻居家装修把我家墙
// 弄裂了) ranks the item for grievances against that party above the permit for what it did; a
// named grave illness (得了癌症) reads as the catalogue's word for any (大病); a size word before
// what is opened (开个小诊所) is dropped unless the catalogue makes a word of it (小吃); a sentence
// with fewer strict hits than a page's first five is followed by partial ones; a story verb said
// with two complements or more (摔断, 摔倒) is said with any (摔下来).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { namesTheParty } from './grievance';
import { Illnesses } from './illnesses';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import { parseQuery } from './query';
import { ResidentWords } from './resident-words';
import { ShopWords } from './shop-words';
import { Sizes } from './sizes';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const demo = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, d.name]));
const names = (query: string): (string | undefined)[] => demo.search(query).map((h) => nameOf.get(h.code));
const shop = (query: string) => new ShopWords().meaningOf(normalize(query));

const SELF_EMPLOYED = '个体工商户设立登记';
const HOTEL = '旅馆业特种行业许可证核发';
const MEDIATION = '人民调解申请';
const HARDSHIP = '临时救助';

describe('a word that is the trade itself, with a licence of its own', () => {
  it.each(['家里房子改成客栈', '把老房子改成农家乐住宿', '想开个农家乐'])('%s lists the hotel trade permit first', (query) => {
    expect(shop(query)?.means[0]).toContain('旅馆业特种行业许可证');
    expect(names(query)[0]).toBe(HOTEL);
  });

  it.each(['开家酒楼', '开个水果店', '开个宠物店'])('%s keeps the registration first (no licence of the word itself)', (query) => {
    expect(shop(query)?.means[0]).toBe(normalize(SELF_EMPLOYED));
    expect(names(query)[0]).toBe(SELF_EMPLOYED);
  });
});

describe("an alias saying the trade's name then a licence word", () => {
  it('takes 租车备案 as the licence of 开个租车的店, whatever the shop word', () => {
    expect(names('开个租车的店')[0]).toBe('小微型客车租赁经营备案');
  });

  it('takes no alias naming the trade with something else between (宠物诊所许可 is no 宠物店 licence)', () => {
    expect(names('开个宠物店')[0]).toBe(SELF_EMPLOYED);
  });

  it('takes goods inside an alias for what a food trade sells, not its licence (卖零食备案)', () => {
    expect(names('开家零食店')[0]).toBe(SELF_EMPLOYED);
  });
});

describe('a grievance told against a party', () => {
  const q = (text: string) => parseQuery(text)!;

  it('reads the party of a grievance alias (邻居 of 邻居纠纷, 工厂 of 工厂噪音投诉)', () => {
    expect(namesTheParty(['找人调解', '邻居纠纷'], q('邻居家装修把我家墙弄裂了'))).toBe(true);
    expect(namesTheParty(['工厂噪音投诉'], q('工厂半夜开机器'))).toBe(true);
  });

  it('needs a party before the grievance word, and one the query names', () => {
    expect(namesTheParty(['装修消防验收'], q('邻居家装修把我家墙弄裂了'))).toBe(false);
    expect(namesTheParty(['纠纷调解'], q('纠纷调解'))).toBe(false);
    expect(namesTheParty(['物业纠纷调解'], q('邻居家装修把我家墙弄裂了'))).toBe(false);
  });

  it.each(['邻居家装修把我家墙弄裂了', '隔壁邻居家盖新房子占了我家门口的路'])('%s lists mediation first', (query) => {
    expect(names(query)[0]).toBe(MEDIATION);
  });

  it('lists the complaint about a factory first for 工厂往河里排脏水 (工厂 of 工厂噪音投诉)', () => {
    expect(names('工厂往河里排脏水')[0]).toBe('生态环境问题投诉举报受理');
  });
});

describe('a named grave illness, read as the catalogue word for any', () => {
  const illnesses = new Illnesses(['生大病救助', '门诊大病', '白血病患儿救助']);

  it.each([
    ['老公得了癌症没钱治', '老公得了大病没钱治'],
    ['我妈查出来是肺癌', '我妈查出来是大病'],
    ['爸确诊了乳腺癌', '爸确诊了大病'],
    ['得了个肿瘤', '得了个大病'],
  ])('reads %s as %s', (query, said) => {
    expect(illnesses.said(query)).toBe(said);
  });

  it.each(['宫颈癌疫苗', '癌症筛查', '孩子查出白血病', '得了重感冒'])('leaves %s as typed', (query) => {
    expect(illnesses.said(query)).toBe(query);
  });

  it('leaves every illness as typed in a catalogue without the general word', () => {
    expect(new Illnesses(['白血病救助']).said('老公得了癌症')).toBe('老公得了癌症');
  });

  it('finds temporary aid for 老公得了癌症家里实在没钱治了', () => {
    expect(names('老公得了癌症家里实在没钱治了')[0]).toBe(HARDSHIP);
  });
});

describe('a size word before what is opened', () => {
  const sizes = new Sizes(['开小店', '小吃摊', '食品小作坊', '大棚']);

  it.each([
    ['在村里开个小诊所', '在村里开个诊所'],
    ['开一家大超市', '开一家超市'],
  ])('reads %s as %s', (query, said) => {
    expect(sizes.said(query)).toBe(said);
  });

  it.each(['开个小吃摊', '开个小作坊', '搞个大棚', '开个小店', '家里小孩', '开个小'])('leaves %s as typed', (query) => {
    expect(sizes.said(query)).toBe(query);
  });

  it('finds a clinic, not the animal one, for 在村里开个小诊所', () => {
    expect(names('在村里开个小诊所')[0]).toBe('中医诊所备案');
  });
});

describe('a sentence with fewer strict hits than the first five', () => {
  it('is followed by partial ones (退休了去海南跟儿子住看病怎么报: three strict hits)', () => {
    const hits = demo.search('退休了去海南跟儿子住看病怎么报');
    const strict = hits.filter((h) => !h.partial).length;
    expect(strict).toBeGreaterThanOrEqual(3);
    expect(strict).toBeLessThan(5);
    expect(hits.length).toBeGreaterThan(strict);
    expect(hits.slice(strict).every((h) => h.partial)).toBe(true);
  });

  it('a short query with three strict hits is not (老年证)', () => {
    const hits = demo.search('老年证');
    expect(hits.length).toBe(3);
    expect(hits.some((h) => h.partial)).toBe(false);
  });
});

describe('a story verb said with any complement', () => {
  const meant = (query: string) => new ResidentWords().meaningOf(normalize(query))?.means ?? null;

  it.each([
    ['干活的时候从梯子上摔下来了', '工伤认定'],
    ['工地半夜施工吵醒了一家人', '噪声'],
  ])('%s means %s', (query, word) => {
    expect(meant(query)).toContain(word);
  });

  it.each(['上班路上碰到老同学', '在家摔坏了手机', '工地上吵到半夜', '在车间拉断了一根绳子'])('%s means nothing of the kind', (query) => {
    expect(meant(query)).toBeNull();
  });

  it('reads only entries told with a context word that way (a story of their own)', () => {
    const said = { said: ['摔断', '摔倒'], means: ['工伤'], alone: true };
    expect(new ResidentWords([said]).meaningOf('摔下来')).toBeNull();
    expect(new ResidentWords([{ ...said, with: ['干活'] }]).meaningOf('干活摔下来')?.means).toEqual(['工伤']);
  });

  it('lists the work injury first for 干活的时候从梯子上摔下来了', () => {
    expect(names('干活的时候从梯子上摔下来了')[0]).toBe('工伤认定');
  });
});
