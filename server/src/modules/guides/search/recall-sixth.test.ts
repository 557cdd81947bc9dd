// Sixth round: a page that strict and partial matching leave short of five is filled with items
// holding a rare character of the query in their name or an alias, ranked below what matched; a
// page with nothing on it stays empty (chatter), and a query whose words mean items (a shop of
// shop-words.json) is answered by them alone.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './index';
import { demoSearch, searchDocument } from './test-documents';

const { demo, nameOf, names } = demoSearch();
/** Items sharing nothing with the queries below, so that their characters are rare as in a catalogue. */
const OTHERS = ['结婚登记', '失业登记', '公共图书馆读者证办理', '养犬登记', '居住证办理', '户口迁移审批', '出生登记', '离婚登记'].map(
  (name, i) => searchDocument(`o${i}`, name),
);

describe('a short page filled with items holding a rare character of the query', () => {
  it.each([
    ['要埋自来水管得把路面挖开一段', '占用、挖掘城市道路审批'],
    ['开个小诊所看牙', '医疗机构执业登记'],
    ['小区楼下的广场舞音响每天晚上吵到十点', '生态环境问题投诉举报受理'],
  ])('%s finds %s in the first five', (query, answer) => {
    expect(names(query).slice(0, 5)).toContain(answer);
  });

  it('lists what matched first, then the filled items, marked partial and scored below it', () => {
    const hits = demo.search('要埋自来水管得把路面挖开一段');
    expect(nameOf.get(hits[0]!.code)).toBe('城镇污水排入排水管网许可');
    const filled = hits.find((h) => nameOf.get(h.code) === '占用、挖掘城市道路审批');
    expect(filled?.partial).toBe(true);
    expect(filled!.score).toBeLessThan(hits[0]!.score);
  });

  it('fills with an item holding a rare character of the query alone (苗 of 苗木检疫证)', () => {
    const index = buildSearchIndex([
      searchDocument('a', '渔船登记', ['捕鱼证']),
      searchDocument('b', '林业植物检疫证书核发', ['苗木检疫证']),
      ...OTHERS,
    ]);
    expect(index.search('在河边捕鱼的时候顺便买了树苗').map((h) => h.code)).toContain('b');
  });

  it('fills no page strict matching answers three times or more (a short query)', () => {
    const index = buildSearchIndex([
      ...['渔船', '渔网', '渔港'].map((boat, i) => searchDocument(`s${i}`, `${boat}登记`, ['捕鱼证'])),
      searchDocument('b', '林业植物检疫证书核发', ['苗木检疫证']),
      ...OTHERS,
    ]);
    expect(index.search('捕鱼苗').map((h) => h.code)).toEqual(['s0', 's2', 's1']);
  });

  it('fills no page partial matching has filled (社保咔 lists no 旅行社分社备案)', () => {
    expect(names('社保咔')).toHaveLength(5);
    expect(names('社保咔')).not.toContain('旅行社设立分社备案');
  });

  it('fills with no item sharing a common character only (工 of 员工入职交社保)', () => {
    expect(names('工伤')[0]).toBe('工伤认定');
    expect(names('工伤')).not.toContain('企业职工参保登记');
  });
});

describe('what the fill leaves alone', () => {
  it.each(['蓝牙耳机连不上', '家里的电脑开机特别慢是不是中病毒了', '孩子暑假天天在家玩手机不写作业'])(
    'keeps an empty page empty: %s',
    (query) => {
      expect(demo.search(query)).toEqual([]);
    },
  );

  it('adds nothing to a shop the dictionaries know (酒吧 is no 酒吧驻唱证)', () => {
    expect(names('想开个酒吧')[0]).toBe('个体工商户设立登记');
    expect(names('想开个酒吧')).not.toContain('个体演员备案');
  });
});
