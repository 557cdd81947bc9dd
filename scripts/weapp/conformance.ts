// The weapp build checked, not assumed (no WeChat DevTools runs here): what WeChat's uploader and
// runtime would refuse. app.json's pages, subpackages, tab bar and preload rules resolve to files;
// every page has its js/json/wxml/wxss; tab icons within WeChat's limits; package sizes within
// WeChat's; no eval/new Function in any bundle (the mini-program runtime forbids both); every
// bundle parses at the syntax level project.config.json tells the uploader to accept.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parse, type ecmaVersion } from 'acorn';

export interface Finding {
  rule: string;
  detail: string;
}

export interface PackageSize {
  name: string;
  bytes: number;
  limit: number;
}

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] };
  preloadRule?: Record<string, { packages: string[] }>;
}

interface ProjectConfig {
  setting?: { es6?: boolean; enhance?: boolean };
}

const MB = 1024 * 1024;
/** WeChat's limits: 2 MB for the main package and for each subpackage, 20 MB in all. */
export const LIMITS = { package: 2 * MB, total: 20 * MB, tabIcon: 40 * 1024 };
const PAGE_FILES = ['.js', '.json', '.wxml', '.wxss'];
/**
 * webpack's runtime finds the global object with `this || new Function("return this")()`, but only
 * after `typeof globalThis === "object"` returned it — always, in WeChat's base library — so the
 * string function is never built there. That one guarded fallback is allowed; nothing else is.
 */
const WEBPACK_GLOBAL_SHIM =
  /if\s*\(\s*["']object["']\s*===?\s*typeof globalThis\s*\)\s*return globalThis;\s*try\s*\{\s*return this\s*\|\|\s*new Function\(["']return this["']\)\(\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The ECMAScript level the uploader accepts: ES5 unless ES6→ES5 is on; 增强编译 takes newer syntax. */
export function syntaxLevel(project: ProjectConfig): ecmaVersion {
  if (!project.setting?.es6) return 5;
  return project.setting.enhance ? 2020 : 2015;
}

/** PNG width × height from its IHDR chunk, or null for anything else. */
function pngSize(bytes: Buffer): [number, number] | null {
  if (bytes.length < 24 || bytes.toString('ascii', 1, 4) !== 'PNG') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

export function checkWeapp(dist: string, project: ProjectConfig): { findings: Finding[]; sizes: PackageSize[] } {
  const findings: Finding[] = [];
  const fail = (rule: string, detail: string) => findings.push({ rule, detail });
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson;
  const subpackages = app.subPackages ?? app.subpackages ?? [];
  const roots = subpackages.map((p) => p.root.replace(/\/$/, ''));

  const pages = [...app.pages, ...subpackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
  for (const page of pages)
    for (const ext of PAGE_FILES) if (!existsSync(join(dist, page + ext))) fail('page files', `${page}${ext} is missing`);
  if (new Set(pages).size !== pages.length) fail('pages', 'a page is listed twice');

  for (const tab of app.tabBar?.list ?? []) {
    if (!app.pages.includes(tab.pagePath)) fail('tab bar', `${tab.pagePath} is not a page of the main package`);
    for (const icon of [tab.iconPath, tab.selectedIconPath]) {
      if (!icon) continue;
      const path = join(dist, icon);
      if (!existsSync(path)) {
        fail('tab bar', `icon ${icon} is missing`);
        continue;
      }
      if (!['.png', '.jpg', '.jpeg'].includes(extname(icon).toLowerCase())) fail('tab bar', `icon ${icon} is not PNG or JPEG`);
      const bytes = readFileSync(path);
      if (bytes.length > LIMITS.tabIcon) fail('tab bar', `icon ${icon} is ${bytes.length} bytes (WeChat allows 40 KB)`);
      const size = pngSize(bytes);
      if (size && (size[0] > 162 || size[1] > 162)) fail('tab bar', `icon ${icon} is ${size.join('×')} px (81×81 recommended)`);
    }
  }
  for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
    if (!pages.includes(page)) fail('preload rule', `${page} is not a page`);
    for (const p of rule.packages) if (!roots.includes(p.replace(/\/$/, ''))) fail('preload rule', `${p} is not a subpackage root`);
  }

  const all = filesUnder(dist);
  const rel = (path: string) => relative(dist, path).split(sep).join('/');
  const inRoot = (root: string) => (path: string) => rel(path) === root || rel(path).startsWith(`${root}/`);
  const bytesOf = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
  const sizes: PackageSize[] = [
    { name: 'main', bytes: bytesOf(all.filter((f) => !roots.some((r) => inRoot(r)(f)))), limit: LIMITS.package },
    ...roots.map((root) => ({ name: root, bytes: bytesOf(all.filter(inRoot(root))), limit: LIMITS.package })),
    { name: 'total', bytes: bytesOf(all), limit: LIMITS.total },
  ];
  for (const s of sizes)
    if (s.bytes >= s.limit) fail('package size', `${s.name} is ${(s.bytes / MB).toFixed(2)} MB (limit ${s.limit / MB} MB)`);

  const level = syntaxLevel(project);
  for (const file of all.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    if (/(^|[^.\w$])eval\s*\(/.test(code)) fail('no eval', `${rel(file)} calls eval`);
    if (/\bnew\s+Function\s*\(|(^|[^.\w$])Function\s*\(\s*["'`]/.test(code.replace(WEBPACK_GLOBAL_SHIM, '')))
      fail('no new Function', `${rel(file)} builds a function from a string`);
    try {
      parse(code, { ecmaVersion: level, sourceType: 'script', allowHashBang: false });
    } catch (err) {
      fail('syntax level', `${rel(file)} does not parse as ES${level === 5 ? 5 : level}: ${(err as Error).message}`);
    }
  }
  return { findings, sizes };
}
