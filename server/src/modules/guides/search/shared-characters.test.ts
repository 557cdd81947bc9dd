// The last resort: when neither the strict nor the loose match finds enough, items sharing the
// query's rarer characters, ranked below everything else and marked partial.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './index';
import { searchDocument } from './test-documents';

const openShop = { code: 'open-shop', name: '开店', aliases: ['做生意', '摆摊'] };
const environment = { departmentCode: 'sthj', departmentName: '区生态环境局' };

const doc = searchDocument;

const index = buildSearchIndex([
  doc('well', '取水许可', ['打井审批', '取水证']),
  doc('residence', '居住证办理', ['办居住证']),
  doc('disability', '残疾人证办理', ['办残疾证']),
  doc('marriage', '结婚证补办', ['补办结婚证']),
  doc('passport', '护照申请办理', ['办护照']),
  doc('social-card', '社保卡申领', ['办社保卡']),
  doc('employment-proof', '在职个人证明开具', ['开在职证明']),
  doc('no-crime', '无犯罪记录证明', ['开无犯罪证明']),
  doc('insured-proof', '个人参保证明查询', ['社保证明']),
  doc('birth', '出生医学证明签发', ['办出生证明']),
  doc('stall', '临时摊点设置', ['摆摊申请'], { lifeEvents: [openShop] }),
  doc('meter', '计量器具检定', ['加油机检定', '电表检定']),
  doc('complaint', '生态环境问题投诉举报受理', ['工厂噪音投诉', '举报偷排'], environment),
  doc('discharge', '排污许可证核发', ['排污证', '工厂排污证'], environment),
]);
const codes = (query: string, filter?: Parameters<typeof index.search>[1]): string[] => index.search(query, filter).map((h) => h.code);

describe('the last resort on shared characters', () => {
  it('finds the item sharing the rare characters of the query (井), not the many sharing its common ones (证明)', () => {
    const hits = index.search('打口井要证明');
    expect(hits.map((h) => h.code)).toEqual(['well']);
    expect(hits[0]?.partial).toBe(true);
  });

  it('finds an item holding two of the query’s characters in one of its words (早点摊 ~ 摊点)', () => {
    expect(codes('早点摊')).toEqual(['stall']);
  });

  it('returns nothing rather than an item whose characters only happen to be scattered over it', () => {
    // 计量器具检定 has 机 in one alias (加油机检定) and 电 in another (电表检定).
    expect(codes('手机没电')).toEqual([]);
  });

  it('counts spoken filler for nothing: 在 and 个 alone find nothing, though one item holds both', () => {
    expect(codes('在职')).toEqual(['employment-proof']);
    expect(codes('在个')).toEqual([]);
    expect(codes('有个在吗')).toEqual([]);
  });

  it('still returns nothing, with words to try, for a query of three emoji', () => {
    expect(codes('😀😀😀')).toEqual([]);
    expect(index.suggest('😀😀😀')).toContain('开店');
  });

  it('ranks strict matches first and every last-resort hit below them, marked partial', () => {
    const hits = index.search('工厂噪音太吵');
    expect(hits.map((h) => h.code)).toEqual(['complaint', 'discharge']);
    expect(hits[0]?.partial).toBeUndefined();
    expect(hits[1]).toMatchObject({ partial: true });
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score);
  });

  it('is not reached when strict matches are enough', () => {
    expect(index.search('打井').every((h) => !h.partial)).toBe(true);
  });

  it('keeps to the filter asked for', () => {
    expect(codes('打口井要证明', { department: 'sthj' })).toEqual([]);
    expect(codes('工厂噪音太吵', { department: 'sthj' })).toEqual(['complaint', 'discharge']);
  });
});

describe('the fallback on a few words of a sentence or a mistyped word', () => {
  const fallback = buildSearchIndex([
    doc('tractor', '拖拉机注册登记', ['拖拉机上牌', '农机登记']),
    doc('mediation', '人民调解申请', ['邻居纠纷', '找人调解']),
    doc('land', '土地权属争议裁决', ['地界纠纷', '争地']),
    doc('meter', '计量纠纷检定', ['加油机不准', '电表走得快', '计量纠纷']),
    doc('residence', '居住证办理', ['办居住证']),
    doc('marriage', '结婚登记', ['领结婚证']),
    doc('school', '新生入学登记', ['小孩上学', '小学报名']),
    doc('well', '取水许可', ['打井审批']),
    doc('tractor-plate', '拖拉机牌照补领', ['拖拉机补牌']),
  ]);
  const found = (query: string): string[] => fallback.search(query).map((h) => h.code);

  it('reads a three-character query with a wrong middle character as the word it mistypes (拖位机 ~ 拖拉机)', () => {
    // 拖 is in two of these items, 机 in three: neither is rare enough to stand on alone.
    const hits = fallback.search('拖位机');
    expect(hits.map((h) => h.code).sort()).toEqual(['tractor', 'tractor-plate']);
    expect(hits.every((h) => h.partial)).toBe(true);
  });

  it('finds the items a word or two of a long sentence name (邻居, 地界), the rest being about the resident', () => {
    expect(found('和邻居为了地界吵起来了').sort()).toEqual(['land', 'mediation']);
  });

  it('still returns nothing for chatter, long or short', () => {
    expect(found('量子纠缠火箭')).toEqual([]);
    expect(found('今天晚上和朋友去吃火锅了')).toEqual([]);
  });
});
