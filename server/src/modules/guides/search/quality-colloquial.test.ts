// Search quality on whole sentences as residents type them on a phone (issue 12): the shop in a
// sentence, what befell them, typos and old words. Most of each sentence is about the resident,
// not the service, so the guide may come as a partial hit; it must still be in the first five.
// Mirrors the tuning group of scripts/bench/search-queries.ts; the set grows, it never shrinks.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const index = buildSearchIndex(docs);
const codeOf = new Map(docs.map((d) => [d.name, d.code]));

const SELF_EMPLOYED = '个体工商户设立登记';
const BIRTH_PLANNING = '生育登记';

/** [what the resident types, the guides (by name) of which one must be in the first five]. */
const CASES: Record<string, [string, string[]][]> = {
  'the shop, in a sentence': [
    ['开家宠物店给猫狗看病', ['动物诊疗许可证核发']],
    ['想开个洗车店', ['城镇污水排入排水管网许可', '机动车维修经营备案', SELF_EMPLOYED]],
    ['楼下开个理发馆', ['公共场所卫生许可', SELF_EMPLOYED]],
    ['在村里开个小诊所', ['医疗机构执业登记', '中医诊所备案']],
    ['开个卖手机的门店', [SELF_EMPLOYED]],
    ['开家民宿接待游客', ['旅馆业特种行业许可证核发']],
    ['办个小孩托管班', ['托育机构备案']],
    ['开一家卖化肥农药的店', ['农药经营许可证核发（限制使用农药除外）']],
    ['街边开个补胎修车的', ['机动车维修经营备案']],
    ['开个刻印章的小店', ['公章刻制业特种行业许可证核发']],
    ['搞个物流公司拉货', ['道路货物运输经营许可']],
    ['开个网吧游戏厅', ['娱乐场所经营活动审批（娱乐经营许可证核发）']],
    ['卖感冒药的药房', ['药品零售企业经营许可']],
    ['卖血压计和口罩', ['第二类医疗器械经营备案']],
    ['开个租车的店', ['小微型客车租赁经营备案']],
    ['开个卖古玩字画的店', ['设立艺术品经营单位备案']],
    ['去酒吧唱歌挣钱', ['个体演员备案']],
    ['搞个养鸡的场子', ['畜禽养殖场备案', '动物防疫条件合格证核发']],
    ['开个卖报纸杂志的亭子', ['出版物零售单位和个体工商户设立审批']],
  ],
  'what befell them': [
    ['房子被台风刮倒了', ['自然灾害生活救助资金和物资给付']],
    ['刚生完二胎', ['出生登记', BIRTH_PLANNING, '《出生医学证明》首次签发']],
    ['网上买的东西坏了商家不退', ['消费者投诉受理']],
    ['户口本上名字写错了', ['户口登记项目变更更正']],
    ['孩子查出来自闭症', ['残疾儿童康复救助申请']],
    ['下岗在家没收入', ['失业保险金申领', '失业登记', '最低生活保障审批']],
    ['和邻居为了地界吵起来了', ['土地权属争议行政裁决', '人民调解申请']],
    ['护照快过期了', ['普通护照签发']],
    ['老人瘫在床上没人照顾', ['长期护理保险待遇申请', '重度残疾人护理补贴']],
    ['菜市场的秤缺斤少两', ['计量纠纷调解和仲裁检定']],
    ['身份证快不能用了', ['居民身份证办理（含临时居民身份证）']],
    ['上班路上被车撞了', ['工伤认定']],
    ['承包的地被村里收走了', ['农村土地承包经营纠纷仲裁']],
    ['从部队复员回家', ['退役报到']],
    ['娃生病了上不了学', ['适龄儿童、少年因身体状况需要延缓入学或者休学审批']],
    ['孩子跟着我们来城阳打工上学', ['进城务工人员随迁子女接受义务教育入学申请']],
    ['工厂往河里排脏水', ['生态环境问题投诉举报受理']],
  ],
  'typos and old words': [
    ['结婚正补办', ['补领结婚证']],
    ['身分证', ['居民身份证办理（含临时居民身份证）']],
    ['办个暂住证', ['居住证办理']],
    ['下岗证', ['失业登记']],
    ['工商执照', [SELF_EMPLOYED, '公司设立登记']],
    ['户口薄改名字', ['户口登记项目变更更正']],
    ['营业执照年捡', ['市场主体年度报告公示']],
    ['居往证', ['居住证办理']],
    ['生育服物证', [BIRTH_PLANNING]],
    ['失业金领区', ['失业保险金申领']],
    ['老年优待正', ['老年人优待证办理']],
    ['合作医疗', ['城乡居民基本医疗保险参保登记']],
    ['计生证', [BIRTH_PLANNING]],
    ['港澳通行正', ['往来港澳通行证及签注签发']],
    ['营运正', ['道路货物运输车辆道路运输证配发']],
    ['个体户执找', [SELF_EMPLOYED]],
    ['廉租房申情', ['公共租赁住房申请资格审核认定']],
    ['无犯罪证名', ['无犯罪记录证明']],
    ['宅积地审批', ['农村村民宅基地审批']],
  ],
};

/** Long chatter about anything but a service: relaxing the share for long sentences must not let chance in. */
const CHATTER = [
  '明天会下雨吗',
  '红烧肉怎么做好吃',
  '手机屏幕摔碎了',
  '股票今天涨了没',
  '快递怎么还没到',
  '蓝牙耳机连不上',
  '今天晚上和朋友去吃火锅了',
  '我家猫咪最近不爱吃东西怎么回事',
  '手机屏幕摔碎了去哪里修比较便宜',
  '明天早上几点起床比较好',
  '最近睡眠不好老是做梦',
  '电视机遥控器找不到了',
];

const aliases = new Set(docs.flatMap((d) => d.aliases.map(normalize)));

describe('search quality on whole sentences', () => {
  it('names demo items only, and never just repeats an alias', () => {
    const cases = Object.values(CASES).flat();
    expect(cases.flatMap(([, names]) => names).filter((name) => !codeOf.has(name))).toEqual([]);
    expect(cases.map(([query]) => query).filter((q) => aliases.has(normalize(q)))).toEqual([]);
  });

  for (const [kind, cases] of Object.entries(CASES)) {
    describe(`when a resident types ${kind}`, () => {
      it.each(cases)('%s finds one of %j in the first five', (query, names) => {
        const first = index
          .search(query)
          .slice(0, 5)
          .map((h) => h.code);
        expect(names.some((name) => first.includes(codeOf.get(name)!))).toBe(true);
      });
    });
  }

  it.each(Object.values(CASES).flat())('ranks partial matches of %s below every full one', (query) => {
    const hits = index.search(query);
    const firstPartial = hits.findIndex((h) => h.partial);
    if (firstPartial < 0) return;
    expect(hits.slice(firstPartial).every((h) => h.partial)).toBe(true);
    for (const h of hits.slice(firstPartial)) for (const s of hits.slice(0, firstPartial)) expect(h.score).toBeLessThan(s.score);
  });

  it.each(CHATTER)('returns nothing for %s', (query) => {
    expect(index.search(query)).toEqual([]);
  });
});
