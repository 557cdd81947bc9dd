// The catalogues and extra queries the search bench runs on: the demo items, a provincial-size
// catalogue made of their words, and partial words taken from the items themselves.
import type { SearchDocument } from '@bianmin/server/tooling';
import { at } from '../lib/at';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Partial words a resident might type, taken from the catalogue itself (latency only: no answer to check). */
export function derivedQueries(docs: SearchDocument[], count: number): string[] {
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
export function syntheticCatalogue(demo: SearchDocument[], size: number): SearchDocument[] {
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
