// Guide search bench: build time, index heap and query latency on the demo catalogue and on a
// synthetic provincial-size one, next to a naive substring scan of the same documents.
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildSearchIndex, loadDemoDocuments, type SearchDocument } from '@bianmin/server/tooling';
import { at } from '../lib/at';

const DEMO_DIR = fileURLToPath(new URL('../seed/demo', import.meta.url));
const SYNTHETIC_SIZE = 20_000;
const ROUNDS = 5;
const TARGET_P95_MS = 5;

/** Residents' words: colloquial, partial, traditional, pinyin, typos, mixed. */
const HANDWRITTEN = [
  '营业执照',
  '我要开个饭馆',
  '生了孩子要办什么',
  '退休了怎么领养老金',
  '外地人办居住证',
  '开饭店',
  '残疾证',
  '结婚证丢了怎么办',
  '失业了怎么领钱',
  '社保卡',
  '医保报销',
  '公租房',
  '低保怎么申请',
  '二手房过户',
  '准生证',
  '健康证',
  '教师资格证',
  '转学',
  '老年证',
  '高龄补贴',
  '劳动仲裁',
  '法律援助',
  '工伤',
  '施工许可证',
  '开药店',
  '卖烟花',
  '开KTV',
  '代开发票',
  '完税证明',
  '个税证明',
  '注销公司',
  '公司改名',
  '食品经营许可证',
  '卫生许可证',
  '出生证明',
  '打疫苗',
  '护士证',
  '慢性病',
  '异地就医',
  '长护险',
  '退伍',
  '军属补贴',
  '调解纠纷',
  '公证',
  '火化费',
  '轮椅',
  '年报',
  '领发票',
  '一般纳税人',
  '契税',
  '维修基金',
  '预售证',
  '规划许可证',
  '农村盖房',
  '宅基地纠纷',
  '查房产',
  '无房证明',
  '消防验收',
  '合作社',
  '身份证',
  '户口迁移',
  '驾驶证',
  '养老院',
  '小孩上医保',
  '办个体户',
  '怎么注册公司',
  '孩子上小学',
  '租房补贴',
  '被辞退了',
  '买到假货',
  '举报',
  '义诊',
  '开诊所',
  '学籍',
  '校车',
  '營業執照',
  '結婚登記',
  '殘疾人證',
  '社會保障卡',
  '醫療保險',
  '離婚登記',
  '護士執業註冊',
  '食品經營許可',
  '健康證明',
  '教師資格認定',
  '公司設立登記',
  '失業保險金',
  '養老保險',
  '最低生活保障',
  '補領結婚證',
  '出生醫學證明',
  '建築工程施工許可證',
  '房屋過戶',
  '個體工商戶',
  '法律援助申請',
  'jiehun',
  'jhdj',
  'canjiren',
  'yingyezhizhao',
  'yyzz',
  'shebaoka',
  'sbk',
  'yibao',
  'dibao',
  'gongzufang',
  'hushi',
  'jiankangzheng',
  'jkz',
  'lihun',
  'shiye',
  'tuixiu',
  'yanglao',
  'gongshang',
  'zhuxiao',
  'fapiao',
  'qishui',
  'zhunshengzheng',
  'chusheng',
  'yimiao',
  'jiaoshizige',
  'zhuanxue',
  'laonianzheng',
  'gaoling',
  'laodongzhongcai',
  'falvyuanzhu',
  'shigongxuke',
  'xiaofang',
  'gongzheng',
  'canji',
  'gtgsh',
  'gsdj',
  'jiehun登记',
  'shebao卡',
  'jie hun',
  'yingye执照',
  '营业直照',
  '结昏登记',
  '残疾正',
  '社保咔',
  '医保保销',
  '低包',
  '公租防',
  '准生正',
  '健康正',
  '教师资格正',
  '失业金领取',
  '离昏',
  '护土执业',
  '契说',
  '公正处',
];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Partial words a resident might type, taken from the catalogue itself. */
function derivedQueries(docs: SearchDocument[], count: number): string[] {
  const rnd = random(7);
  const out: string[] = [];
  for (let i = 0; out.length < count && docs.length > 0; i++) {
    const doc = at(docs, Math.floor(rnd() * docs.length));
    const name = doc.name.replace(/[《》（）()、]/g, '');
    const start = Math.floor(rnd() * Math.max(1, name.length - 4));
    out.push(
      i % 2 === 0
        ? name.slice(start, start + 2 + Math.floor(rnd() * 4))
        : (doc.aliases[i % Math.max(1, doc.aliases.length)] ?? name).slice(0, 3),
    );
  }
  return out;
}

const ACTIONS = [
  '设立登记',
  '变更登记',
  '注销登记',
  '审批',
  '备案',
  '核发',
  '许可',
  '申领',
  '认定',
  '办理',
  '给付',
  '补办',
  '延续',
  '换发',
  '查询',
  '发放',
  '资格审核',
  '年度检验',
  '证明开具',
];
const QUALIFIERS = ['', '', '', '', '城乡', '农村', '企业', '个人', '外籍人员', '港澳台居民', '省级', '市级', '县级', '临时', '跨区域'];
const SCOPES = ['', '', '', '', '（一般程序）', '（简易程序）', '（告知承诺制）', '（延续）', '（变更）', '（注销）', '（首次）'];
const CITIES = [
  '济南市',
  '青岛市',
  '淄博市',
  '枣庄市',
  '东营市',
  '烟台市',
  '潍坊市',
  '济宁市',
  '泰安市',
  '威海市',
  '日照市',
  '临沂市',
  '德州市',
  '聊城市',
  '滨州市',
  '菏泽市',
];

/** A provincial-size catalogue made of the demo items' words, recombined. */
function syntheticCatalogue(demo: SearchDocument[], size: number): SearchDocument[] {
  const rnd = random(42);
  const pick = <T>(list: T[]): T => at(list, Math.floor(rnd() * list.length));
  const objects = demo.map((d) => {
    const name = d.name.replace(/[《》（）()]/g, '');
    const action = ACTIONS.find((a) => name.endsWith(a));
    return action ? name.slice(0, -action.length) : name;
  });
  return Array.from({ length: size }, (_, i) => {
    const b = Math.floor(rnd() * demo.length);
    const base = at(demo, b);
    const city = pick(CITIES);
    const aliases = base.aliases.filter(() => rnd() < 0.6);
    if (rnd() < 0.3) aliases.push(pick(objects) + pick(['证', '手续', '申请']));
    return {
      ...base,
      code: `SYN-${i}`,
      name: pick(QUALIFIERS) + at(objects, b) + pick(ACTIONS) + pick(SCOPES),
      aliases,
      departmentCode: `${city}-${base.departmentCode}`,
      departmentName: city + base.departmentName.replace(/^区/, ''),
      popularity: Math.floor(1000 * rnd() ** 3),
    };
  });
}

/** A real garbage collector when available (--expose-gc, or enabled at run time). */
function collector(): { gc: () => void; how: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { gc: exposed, how: 'gc() via --expose-gc' };
  try {
    v8.setFlagsFromString('--expose-gc');
    return { gc: vm.runInNewContext('gc') as () => void, how: 'gc() enabled via v8.setFlagsFromString' };
  } catch {
    return { gc: () => {}, how: 'heapUsed delta without gc (approximate)' };
  }
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = samples.slice().sort((a, b) => a - b);
  const quantile = (p: number): number => Number(at(sorted, Math.min(sorted.length - 1, Math.floor(p * sorted.length))).toFixed(3));
  return { p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99) };
}

function time(queries: string[], run: (q: string) => number): { samples: number[]; found: number } {
  for (let r = 0; r < 2; r++) for (const q of queries) run(q); // warm-up
  const samples: number[] = [];
  let found = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const t = performance.now();
      const hits = run(q);
      samples.push(performance.now() - t);
      if (r === 0 && hits > 0) found++;
    }
  }
  return { samples, found };
}

function benchCatalogue(label: string, docs: SearchDocument[], queries: string[], gc: () => void): Record<string, unknown>[] {
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = buildSearchIndex(docs);
  const buildMs = performance.now() - started;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const engine = time(queries, (q) => index.search(q).length);
  const naive = time(queries, (q) => {
    const needle = q.trim();
    return docs.filter((d) => d.name.includes(needle) || d.aliases.some((a) => a.includes(needle))).length;
  });
  const row = (method: string, build: number | string, heap: number | string, t: typeof engine) => ({
    catalogue: label,
    items: index.size,
    method,
    'build ms': build,
    'heap MB': heap,
    ...percentiles(t.samples),
    'queries found': `${t.found}/${queries.length}`,
  });
  return [row('index.search', Math.round(buildMs), Number(heapMb.toFixed(1)), engine), row('naive includes() scan', '-', '-', naive)];
}

export function runSearchBench(): void {
  const { gc, how } = collector();
  const demo = loadDemoDocuments(DEMO_DIR);
  const queries = [...HANDWRITTEN, ...derivedQueries(demo, Math.max(60, 200 - HANDWRITTEN.length))];
  buildSearchIndex(demo).search('预热'); // load dictionaries (pinyin, OpenCC) outside the timings
  const rows = [
    ...benchCatalogue('demo', demo, queries, gc),
    ...benchCatalogue('synthetic', syntheticCatalogue(demo, SYNTHETIC_SIZE), queries, gc),
  ];
  console.log(`\nGuide search — ${queries.length} queries × ${ROUNDS} rounds after warm-up; latency in ms; heap: ${how}`);
  console.table(rows);
  const p95 = (rows[2] as { p95: number }).p95;
  console.log(`Target p95 < ${TARGET_P95_MS} ms at ${SYNTHETIC_SIZE} items: ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'} (${p95} ms).`);
}
