import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWeapp } from './conformance';
import { setPath } from './pages';

let dist = '';
function build(files: Record<string, string | Buffer>) {
  dist = mkdtempSync(join(tmpdir(), 'weapp-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}
const page = (p: string, js = 'Page({});') => ({ [`${p}.js`]: js, [`${p}.json`]: '{}', [`${p}.wxml`]: '<view/>', [`${p}.wxss`]: '' });
const app = (extra: object = {}) =>
  JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'features/a', pages: ['pages/x/index'] }], ...extra });
const es6 = { setting: { es6: true, enhance: true } };

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('weapp conformance', () => {
  it('passes a build whose pages, subpackages and bundles are all in order', () => {
    build({ 'app.json': app(), 'app.js': 'var a = 1;', ...page('pages/index/index'), ...page('features/a/pages/x/index') });
    const { findings, sizes } = checkWeapp(dist, es6);
    expect(findings).toEqual([]);
    expect(sizes.map((s) => s.name)).toEqual(['main', 'features/a', 'total']);
  });

  it('names a page file that is missing and a tab that is not in the main package', () => {
    const files = { 'app.json': app({ tabBar: { list: [{ pagePath: 'features/a/pages/x/index' }] } }), ...page('pages/index/index') };
    build({ ...files, ...page('features/a/pages/x/index'), 'features/a/pages/x/index.wxss': '' });
    rmSync(join(dist, 'pages/index/index.wxml'));
    expect(checkWeapp(dist, es6).findings).toEqual([
      { rule: 'page files', detail: 'pages/index/index.wxml is missing' },
      { rule: 'tab bar', detail: 'features/a/pages/x/index is not a page of the main package' },
    ]);
  });

  it('refuses eval, functions built from strings, and syntax above the uploader’s level', () => {
    build({
      'app.json': app(),
      ...page('pages/index/index', 'var f = eval("1+1");'),
      ...page('features/a/pages/x/index', 'var g = new Function("return 1"); var h = a?.b;'),
    });
    const rules = checkWeapp(dist, { setting: { es6: false } }).findings.map((f) => `${f.rule}: ${f.detail.split(':')[0]}`);
    expect(rules.sort()).toEqual([
      'no eval: pages/index/index.js calls eval',
      'no new Function: features/a/pages/x/index.js builds a function from a string',
      'syntax level: features/a/pages/x/index.js does not parse as ES5',
    ]);
  });

  it('allows only webpack’s guarded global lookup, which never builds the function where globalThis exists', () => {
    const shim =
      'r.g=function(){if("object"===typeof globalThis)return globalThis;try{return this||new Function("return this")()}catch(n){}}();';
    build({
      'app.json': app(),
      ...page('pages/index/index', shim),
      ...page('features/a/pages/x/index', 'function f(){try{return this||new Function("return this")()}catch(n){}}'),
    });
    expect(checkWeapp(dist, es6).findings.map((f) => f.detail)).toEqual(['features/a/pages/x/index.js builds a function from a string']);
  });

  it('holds each package to WeChat’s 2 MB and a tab icon to 40 KB', () => {
    build({
      'app.json': app({ tabBar: { list: [{ pagePath: 'pages/index/index', iconPath: 'icon.png' }] } }),
      ...page('pages/index/index'),
      ...page('features/a/pages/x/index'),
      'features/a/big.js': `var s = "${'x'.repeat(2 * 1024 * 1024)}";`,
      'icon.png': Buffer.alloc(41 * 1024),
    });
    const details = checkWeapp(dist, es6).findings.map((f) => f.detail);
    expect(details).toContain('icon icon.png is 41984 bytes (WeChat allows 40 KB)');
    expect(details).toContain('features/a is 2.00 MB (limit 2 MB)');
  });
});

describe('setData paths', () => {
  it('applies Taro’s keys to the page data as WeChat does', () => {
    const data: Record<string, unknown> = {};
    setPath(data, 'root.cn', [{ nn: 'view', cn: [] }]);
    setPath(data, 'root.cn.[0].cn.[1]', { nn: 'text', v: '办事指南' });
    setPath(data, 'root.cn[0].cl', 'page');
    expect(data).toEqual({ root: { cn: [{ nn: 'view', cl: 'page', cn: [undefined, { nn: 'text', v: '办事指南' }] }] } });
  });
});
