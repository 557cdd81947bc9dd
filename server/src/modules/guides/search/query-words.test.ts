// A resident telling what happened, at length: the story (who, where, when) finds nothing on its
// own, a word of it that few items hold finds them, even split by filler or a number
// (story-words.ts, query-words.ts, catalogue-words.ts).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from './index';
import { searchDocument } from './test-documents';
import { storyBits } from './story-words';

const openShop = { code: 'open-shop', name: '开店', aliases: ['开超市', '开小店'] };

const doc = (code: string, name: string, aliases: string[], lifeEvents: SearchDocument['lifeEvents'] = []): SearchDocument =>
  searchDocument(code, name, aliases, { lifeEvents });

const index = buildSearchIndex([
  doc('hospital', '住院费用报销', ['住院报销', '医药费报销']),
  doc('wages', '劳动人事争议仲裁申请', ['拖欠工资', '讨薪']),
  doc('birth', '出生登记', ['孩子报户口']),
  doc('veteran', '退役报到', ['当兵回来报到']),
  doc('meter', '计量纠纷检定', ['加油机不准', '电表走得快']),
  doc('self-employed', '个体工商户设立登记', ['办执照'], [openShop]),
  doc('food', '食品经营许可', ['食品证'], [openShop]),
  doc('packaged', '预包装食品备案', ['超市食品备案'], [openShop]),
  // Items about other things: a word in one item of a district's catalogue is in one of dozens.
  ...[
    '养犬登记',
    '护照签发',
    '结婚登记',
    '离婚登记',
    '居住证办理',
    '取水许可',
    '排污许可',
    '残疾人证办理',
    '公证预约',
    '契税缴纳',
    '发票领用',
    '年度报告公示',
  ].map((name, i) => doc(`other-${i}`, name, [])),
]);
const codes = (query: string): string[] => index.search(query).map((h) => h.code);

describe('a long sentence about what happened', () => {
  it('finds the item a rare word of it names, marked partial, however much else it says', () => {
    const hits = index.search('我妈在菜市场摔了一跤住院花了好几万');
    expect(hits.map((h) => h.code)).toEqual(['hospital']);
    expect(hits[0]?.partial).toBe(true);
  });

  it('finds nothing on who, where and when alone', () => {
    expect(codes('我家孩子最近总是不爱吃饭怎么办')).toEqual([]);
    expect(codes('今天下班路上带孩子去哪里玩人少')).toEqual([]);
  });

  it('finds nothing on a word that many items hold (超市 of the 开店 life event)', () => {
    expect(codes('小区门口那家超市的鸡蛋又涨价了')).toEqual([]);
  });

  it('reads a word the resident split with filler or a number (当了五年兵 → 当兵)', () => {
    expect(codes('当了五年兵今年九月份退下来回老家了')).toContain('veteran');
  });

  it('reads no word across other characters or into a negation (量子纠 → 量纠, 手机不写 → 机不)', () => {
    expect(codes('量子纠缠火箭')).toEqual([]);
    expect(codes('孩子暑假天天在家玩手机不写作业')).toEqual([]);
  });
});

describe('story words', () => {
  it('marks who, where and when in a query’s units', () => {
    expect(storyBits(Array.from('孩子今天住院'))).toBe(0b1111);
    expect(storyBits(Array.from('住院报销'))).toBe(0);
  });
});
