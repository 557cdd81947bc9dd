// Eighth round: a resident who says it in everyday words, none of them the service's (把证扯了,
// 老伴上个月没了, 家里揭不开锅了), finds the item the words mean. The object put before its verb
// with 把 is read in the catalogue's order when the catalogue says the two so (ba-construction.ts);
// a time word between a relative and the phrase after it (老伴上个月没了) still makes the two one
// phrase, a place does not (resident-words.ts); and a few everyday phrases many residents use mean
// the catalogue's words (resident-words.json). Chatter still finds nothing.
import { describe, expect, it } from 'vitest';
import { BaConstruction } from './ba-construction';
import { buildCorpus } from './corpus';
import { buildSearchIndex } from './index';
import { ResidentWords } from './resident-words';
import { CHATTER } from './sentence-queries';
import { demoSearch, searchDocument } from './test-documents';
import { buildTokenIndex } from './token-index';

const { demo, names } = demoSearch();
/** Items sharing nothing with the queries below, so that their characters are rare as in a catalogue. */
const OTHERS = ['失业登记', '公共图书馆读者证办理', '养犬登记', '居住证办理', '户口迁移审批', '出生登记'].map((name, i) =>
  searchDocument(`o${i}`, name),
);

describe('a resident who puts the thing before the verb (把证扯了)', () => {
  it('finds 结婚登记 first for 我们俩处了三年对象想去把证扯了', () => {
    expect(names('我们俩处了三年对象想去把证扯了')[0]).toBe('结婚登记');
  });

  it('reads 把证扯了 as 扯证 when an item says 扯证', () => {
    const index = buildSearchIndex([searchDocument('a', '结婚登记', ['扯证']), ...OTHERS]);
    expect(index.search('想去把证扯了').map((h) => h.code)).toEqual(['a']);
  });

  it('leaves the sentence as typed when no item says the verb before the thing (把手机摔了)', () => {
    const ba = new BaConstruction(buildTokenIndex(buildCorpus([searchDocument('a', '结婚登记', ['扯证']), ...OTHERS])));
    expect(ba.said('想去把证扯了')).toBe('想去扯证');
    expect(ba.said('不小心把手机摔了')).toBe('不小心把手机摔了');
  });
});

describe('a death told with a time word between the relative and 没了', () => {
  const words = new ResidentWords();

  it('finds 户口注销 first for 老伴上个月没了家里本子上他那一页咋弄掉', () => {
    expect(names('老伴上个月没了家里本子上他那一页咋弄掉')[0]).toBe('户口注销');
  });

  it.each(['老伴没了', '老伴上个月没了', '我爸去年没了'])('reads %s as a death', (said) => {
    expect(words.meaningOf(said)?.means).toContain('户口注销');
  });

  it('does not read a place between them (老伴在医院没了 may be said of anything lost there)', () => {
    expect(words.meaningOf('老伴在医院没了')).toBeNull();
  });

  it('does not read a verb of going after a time word: the relative left (我爸昨天离开了)', () => {
    const going = new ResidentWords([{ said: ['离开了'], means: ['户口注销'], after: ['爸'] }]);
    expect(going.meaningOf('我爸离开了')?.means).toEqual(['户口注销']);
    expect(going.meaningOf('我爸昨天离开了')).toBeNull();
  });
});

describe('everyday phrases many residents use', () => {
  it.each([
    ['家里揭不开锅了男人又瘫在床上政府能不能每月给点', '最低生活保障审批'],
    ['老伴常年吃降压药每个月拿药能不能少花点', '基本医疗保险参保人员享受门诊慢特病病种待遇认定'],
    ['干到岁数了厂里让我回家歇着手续咋弄', '企业职工基本养老保险正常退休申请'],
    ['自己在外头跑车没单位想给自己交老了以后的钱', '灵活就业人员企业职工基本养老保险参保登记'],
    ['厂子倒闭了我被打发回家每个月有没有钱领', '失业保险金申领'],
    ['家里穷孩子住校吃饭的钱都拿不出来', '义务教育家庭经济困难学生生活补助'],
    ['日子过不下去了想跟他分开手续去哪办', '离婚登记'],
    ['刚添了个大胖小子想给他在家里本子上添个名', '出生登记'],
    ['俺家闺女嫁到外村去了想把她的本子跟着她男人落过去', '户口迁移审批'],
  ])('%s finds %s first', (query, answer) => {
    expect(names(query)[0]).toBe(answer);
  });

  it('does not read a child come of school age as a worker come of retirement age', () => {
    expect(new ResidentWords().meaningOf('孩子到年龄了要上小学')).toBeNull();
    expect(names('孩子到年龄了要上小学')[0]).not.toBe('企业职工基本养老保险正常退休申请');
  });
});

describe('what no item answers', () => {
  it.each(CHATTER)('still finds nothing for %s', (query) => {
    expect(demo.search(query)).toEqual([]);
  });
});
