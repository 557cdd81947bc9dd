// Search quality on the demo catalogue: what residents actually type must find the right guide
// in the first three hits. Queries are never an item's alias verbatim (checked below): they are
// partial words, colloquial sentences, life events, pinyin, traditional characters and typos.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex } from './index';
import { normalize } from './normalize';

const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
const index = buildSearchIndex(docs);
const codeOf = new Map(docs.map((d) => [d.name, d.code]));

/** [what the resident types, the guide (by name) that must be in the top three]. */
const CASES: Record<string, [string, string][]> = {
  'part of the official name': [
    ['残疾人证', '残疾人证办理'],
    ['居住证', '居住证办理'],
    ['身份证', '居民身份证办理（含临时居民身份证）'],
    ['护照', '普通护照签发'],
    ['教师资格', '教师资格认定'],
    ['施工许可', '建筑工程施工许可证核发'],
    ['排污', '排污许可证核发'],
    ['健康证明', '从业人员健康证明办理'],
    ['失业保险金', '失业保险金申领'],
    ['港澳通行', '往来港澳通行证及签注签发'],
    ['宅基地', '农村村民宅基地审批'],
    ['营业执照', '个体工商户设立登记'],
    ['出生医学证明', '《出生医学证明》首次签发'],
    ['养老保险待遇', '城乡居民基本养老保险待遇申领'],
  ],
  'in their own words': [
    ['我要开个饭馆', '食品经营许可'],
    ['生了孩子要办什么', '出生登记'],
    ['退休了怎么领养老金', '企业职工基本养老保险正常退休申请'],
    ['外地人办居住证', '居住证办理'],
    ['结婚证丢了怎么办', '补领结婚证'],
    ['身份证掉了', '居民身份证办理（含临时居民身份证）'],
    ['给宝宝报户口', '出生登记'],
    ['养狗要办什么', '养犬登记'],
    ['开宾馆要办什么手续', '旅馆业特种行业许可证核发'],
    ['想开个药店', '药品零售企业经营许可'],
    ['家里老人去世了', '户口注销'],
    ['员工上班受了工伤', '工伤认定'],
    ['老板拖欠工资', '劳动人事争议仲裁申请'],
    ['打官司没钱请律师', '对公民法律援助申请的审批'],
    ['在外地看病怎么报销', '异地长期居住人员备案'],
    ['孩子转学', '义务教育阶段学生学籍异动办理'],
    ['孩子上小学报名', '义务教育阶段新生入学登记'],
    ['在农村盖新房', '农村村民宅基地审批'],
    ['砍自家的树', '林木采伐许可证核发'],
    ['买了二手房过户', '国有建设用地使用权及房屋所有权转移登记'],
    ['找工作要无犯罪证明', '无犯罪记录证明'],
    ['低保怎么申请', '最低生活保障审批'],
    ['去香港旅游办什么证', '往来港澳通行证及签注签发'],
    ['注册一家公司', '公司设立登记'],
  ],
  'a life event': [
    ['开饭店', '食品经营许可'],
    ['跑运输', '道路货物运输经营许可'],
    ['退伍回来', '退役报到'],
    ['养猪', '畜禽养殖场备案'],
  ],
  pinyin: [
    ['jiehun', '结婚登记'],
    ['jhdj', '结婚登记'],
    ['canjiren', '残疾人证办理'],
    ['juzhuzheng', '居住证办理'],
    ['hukouqianyi', '户口迁移审批'],
    ['shebaoka', '社会保障卡申领'],
    ['huzhao', '普通护照签发'],
    ['dibao', '最低生活保障审批'],
    ['lihun', '离婚登记'],
    ['yyzz', '个体工商户设立登记'],
    ['shiyejin', '失业保险金申领'],
    ['jie hun deng ji', '结婚登记'],
    ['jzz', '居住证办理'],
  ],
  'traditional characters': [
    ['結婚登記', '结婚登记'],
    ['殘疾人證', '残疾人证办理'],
    ['營業執照', '个体工商户设立登记'],
    ['護照', '普通护照签发'],
    ['養老保險', '城乡居民基本养老保险参保登记'],
    ['戶口遷移審批', '户口迁移审批'],
    ['離婚', '离婚登记'],
  ],
  'a one-character typo': [
    ['结昏登记', '结婚登记'],
    ['残疾人正', '残疾人证办理'],
    ['居住正', '居住证办理'],
    ['户口前移', '户口迁移审批'],
    ['营业直照', '个体工商户设立登记'],
    ['护找', '普通护照签发'],
    ['教师资各认定', '教师资格认定'],
    ['社保咔', '社会保障卡申领'],
    ['失业保险金申请', '失业保险金申领'],
    ['公司注消', '公司注销登记'],
  ],
  'pinyin mixed with characters': [
    ['jiehun登记', '结婚登记'],
    ['shebao卡', '社会保障卡申领'],
    ['办hukou', '户口迁移审批'],
    ['canji证', '残疾人证办理'],
  ],
};

/** Residents' own words for an item: the guides they mean must come first, in this order. */
const MEANT_FIRST: [string, string[]][] = [
  ['我想开个小卖部', ['个体工商户设立登记']],
  ['小卖部', ['个体工商户设立登记']],
  ['便利店', ['个体工商户设立登记']],
  ['开超市', ['个体工商户设立登记']],
  ['开饭店', ['食品经营许可', '个体工商户设立登记']],
  ['我要开个饭馆', ['食品经营许可', '个体工商户设立登记']],
  ['电梯年检', ['特种设备使用登记']],
  ['公司不想干了', ['公司注销登记']],
  // The shop rule (shop-words.json): a stall, and a food one.
  ['开个早点摊', ['个体工商户设立登记', '临时便民服务摊点设置', '食品小作坊小餐饮登记', '食品经营许可']],
];

/** No item matches these strictly: some of their words still find the guide, marked as partial. */
const PARTIAL: [string, string][] = [
  ['电梯年审', '特种设备使用登记'],
  ['公司要关掉', '公司注销登记'],
];

/** No item matches these even loosely: items sharing their rarer characters still come up, as partial. */
const SHARED_CHARACTERS: [string, string][] = [
  ['在河里抽水浇地', '取水许可'],
  ['隔壁厂子冒烟', '生态环境问题投诉举报受理'],
  ['小区电梯坏了没人管', '特种设备使用登记'],
  ['家里有人得了大病没钱治', '临时救助'],
  ['卖树苗到外省', '林业植物检疫证书核发（省内调运）'],
];
/** Strict or loose matches followed by partial ones (some words, then shared characters). */
const MIXED = ['公司不办了', '电梯维保登记', '狗证年审', '公司要关掉', '工厂噪音太吵', '开出租车', '孩子智力有问题'];
/** Characters these share with some item are chance: nothing is better than a random item. */
const CHANCE = ['量子纠缠火箭', '手机没电了', '晚饭吃什么', '买彩票中奖了', '路灯坏了'];

const aliases = new Set(docs.flatMap((d) => d.aliases.map(normalize)));
const top3 = (query: string): string[] =>
  index
    .search(query)
    .slice(0, 3)
    .map((h) => h.code);

describe('search quality on the demo catalogue', () => {
  it('has the demo catalogue to search', () => {
    expect(docs.length).toBeGreaterThanOrEqual(100);
    const missing = Object.values(CASES)
      .flat()
      .map(([, name]) => name)
      .concat(
        MEANT_FIRST.flatMap(([, names]) => names),
        PARTIAL.map(([, name]) => name),
        SHARED_CHARACTERS.map(([, name]) => name),
      )
      .filter((name) => !codeOf.has(name));
    expect(missing).toEqual([]);
    expect(Object.values(CASES).flat().length).toBeGreaterThanOrEqual(50);
  });

  it('never just repeats an alias', () => {
    const verbatim = Object.values(CASES)
      .flat()
      .map(([query]) => query)
      .filter((q) => aliases.has(normalize(q)));
    expect(verbatim).toEqual([]);
  });

  for (const [kind, cases] of Object.entries(CASES)) {
    describe(`when a resident types ${kind}`, () => {
      it.each(cases)('%s finds %s in the top three', (query, name) => {
        expect(top3(query)).toContain(codeOf.get(name));
      });
    });
  }

  it.each(MEANT_FIRST)('%s lists %j first', (query, names) => {
    const first = index
      .search(query)
      .slice(0, names.length)
      .map((h) => h.code);
    expect(first).toEqual(names.map((name) => codeOf.get(name)));
  });

  it.each(PARTIAL)('%s, matched by no item in full, still finds %s among partial matches', (query, name) => {
    const hits = index.search(query);
    expect(hits.slice(0, 3).map((h) => h.code)).toContain(codeOf.get(name));
    expect(hits.every((h) => h.partial)).toBe(true);
  });

  it.each(SHARED_CHARACTERS)('%s, sharing only characters with any item, still finds %s among the first five', (query, name) => {
    const hits = index.search(query);
    expect(hits.slice(0, 5).map((h) => h.code)).toContain(codeOf.get(name));
    expect(hits.every((h) => h.partial)).toBe(true);
  });

  it.each(MIXED)('ranks partial matches of %s below every full one', (query) => {
    const hits = index.search(query);
    const firstPartial = hits.findIndex((h) => h.partial);
    if (firstPartial < 0) return;
    const strict = hits.slice(0, firstPartial);
    const partial = hits.slice(firstPartial);
    expect(partial.every((h) => h.partial)).toBe(true);
    for (const h of partial) for (const s of strict) expect(h.score).toBeLessThan(s.score);
  });

  it('highlights only inside the name, in order, without overlaps', () => {
    const byCode = new Map(docs.map((d) => [d.code, d.name]));
    for (const [query] of Object.values(CASES).flat()) {
      for (const hit of index.search(query)) {
        let end = 0;
        for (const [a, b] of hit.highlights) {
          expect(a).toBeGreaterThanOrEqual(end);
          expect(b).toBeGreaterThan(a);
          end = b;
        }
        expect(end).toBeLessThanOrEqual(byCode.get(hit.code)!.length);
      }
    }
  });
});

describe('search precision on the demo catalogue', () => {
  it.each(['量子纠缠火箭', 'asdfghjkl', '今天天气怎么样', 'xyzzy', '巧克力蛋糕'])('finds nothing relevant for %s', (query) => {
    const hits = index.search(query);
    expect(hits.length === 0 || hits[0]!.score < 40).toBe(true);
  });

  it.each(CHANCE)('returns nothing rather than items sharing a character or two of %s by chance', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('returns nothing, with suggestions to try, for a query of emoji alone', () => {
    expect(index.search('😀😀😀')).toEqual([]);
    expect(index.search('👍')).toEqual([]);
    expect(index.suggest('😀😀😀').length).toBeGreaterThan(0);
  });

  it('does not return half the catalogue for a common character', () => {
    expect(index.search('的').length).toBeLessThan(docs.length / 4);
  });

  it('keeps to the department asked for', () => {
    const hits = index.search('证明', { department: 'ga' });
    expect(hits.map((h) => h.code)).toContain(codeOf.get('无犯罪记录证明'));
    expect(hits.every((h) => docs.find((d) => d.code === h.code)!.departmentCode === 'ga')).toBe(true);
  });

  it('keeps to the audience, the kind and the life event asked for', () => {
    const find = (code: string) => docs.find((d) => d.code === code)!;
    const organisations = index.search('许可', { audience: 'organization' });
    expect(organisations.length).toBeGreaterThan(0);
    expect(organisations.every((h) => find(h.code).audiences.includes('organization'))).toBe(true);
    const payments = index.search('补贴', { kind: 'payment' });
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.every((h) => find(h.code).kind === 'payment')).toBe(true);
    const baby = index.search('登记', { lifeEvent: 'have-baby' });
    expect(baby.map((h) => h.code)).toContain(codeOf.get('出生登记'));
    expect(baby.every((h) => find(h.code).lifeEvents.some((e) => e.code === 'have-baby'))).toBe(true);
  });

  it('suggests the life event when a resident describes it', () => {
    expect(index.suggest('开个小饭店')).toContain('开饭店');
    expect(index.suggest('量子纠缠火箭').length).toBeLessThanOrEqual(6);
  });
});
