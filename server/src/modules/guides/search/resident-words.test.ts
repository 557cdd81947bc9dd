// The resident-phrase table is data: every phrase in it must lead to an item it says it means.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';
import table from './resident-words.json' with { type: 'json' };
import { ResidentWords, type ResidentWordsEntry } from './resident-words';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const index = buildSearchIndex(docs);
const nameOf = new Map(docs.map((d) => [d.code, normalize(d.name)]));

describe('resident words (resident-words.json)', () => {
  // A phrase that needs a word beside it (摔断 after 干活) is tried with the first such word.
  const entries: ResidentWordsEntry[] = table.entries;
  const phrases = entries.flatMap((e) => {
    const context = e.after?.[0] ?? e.with?.[0] ?? '';
    return e.said.map((said): [string, string[]] => [context + said, e.means]);
  });

  it.each(phrases)('%s puts an item named with %j first', (said, means) => {
    const first = index.search(said)[0];
    expect(first).toBeDefined();
    expect(means.some((word) => nameOf.get(first!.code)!.includes(normalize(word)))).toBe(true);
  });

  it('says which of the resident’s words led to the item, and marks nothing in its name', () => {
    const [first] = index.search('我想开个小卖部');
    expect(first!.matchedAlias).toBe('开小卖部');
    expect(first!.highlights).toEqual([]);
  });

  it('prefers the longest phrase a query holds', () => {
    const words = new ResidentWords([
      { said: ['店'], means: ['店铺'] },
      { said: ['小卖部'], means: ['个体工商户'] },
    ]);
    expect(words.meaningOf('开个小卖部店')?.means).toEqual(['个体工商户']);
    expect(words.meaningOf('结婚登记')).toBeNull();
  });

  it('reads a phrase that needs a word beside it only with that word', () => {
    const words = new ResidentWords([
      { said: ['摔断'], with: ['干活', '上班'], means: ['工伤'], alone: true },
      { said: ['走了'], after: ['老伴', '爸'], means: ['户口注销'], alone: true },
    ]);
    expect(words.meaningOf('上班路上把腿摔断')).toMatchObject({ said: '摔断', means: ['工伤'], within: null });
    expect(words.meaningOf('手机摔断')).toBeNull();
    expect(words.meaningOf('老伴走了')).toMatchObject({ said: '老伴走了', means: ['户口注销'] });
    expect(words.meaningOf('我爸爸昨天走了')).toBeNull();
    expect(words.meaningOf('钱包丢了老伴急得走了一圈')).toBeNull();
  });

  it('finds a phrase in what was typed before filler went (唯一的孩子, 走了)', () => {
    const words = new ResidentWords([{ said: ['唯一的孩子'], means: ['特别扶助'] }]);
    expect(words.meaningOf('唯一孩子没', '唯一的孩子没了')).toMatchObject({ said: '唯一的孩子', within: '唯一的孩子没了' });
  });
});

/** What befell a resident, in their words, and the guide it means first. */
const EVENTS: [string, string][] = [
  ['干活的时候把手摔断了', '工伤认定'],
  ['在车间上班手被烫伤', '工伤认定'],
  ['老板欠钱跑路了', '劳动人事争议仲裁申请'],
  ['包工头不给工钱', '劳动人事争议仲裁申请'],
  ['老伴走了要办啥', '户口注销'],
  ['我妈过世了', '户口注销'],
  ['隔壁工地半夜施工吵得睡不着', '生态环境问题投诉举报受理'],
  ['家里失火东西都烧没了', '临时救助'],
  ['唯一的孩子没了', '计划生育家庭特别扶助金'],
  ['准迁证', '户口迁移审批'],
];

/** The same words, said of something else: nothing is meant. */
const NOT_EVENTS = [
  '手机摔断了',
  '朋友欠钱不还',
  '我妈的身份证没了',
  '钱包没了',
  '邻居半夜吵架',
  '抽油烟机坏了',
  '火灾隐患举报',
  '孩子的玩具没了',
];

describe('what befell a resident (resident-words.json)', () => {
  it.each(EVENTS)('%s puts %s first', (query, name) => {
    expect(nameOf.get(index.search(query)[0]!.code)).toBe(normalize(name));
  });

  it.each(NOT_EVENTS)('%s means nothing', (query) => {
    const q = normalize(query);
    expect(new ResidentWords().meaningOf(q, q)).toBeNull();
  });
});
