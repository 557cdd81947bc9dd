// Loads the built app.js and every page under the stand-in runtime, calls the lifecycle hooks as
// WeChat would (App onLaunch/onShow; each page onLoad → onShow → onReady, then onHide/onUnload),
// waits for the page's requests to the real API, and fails on any exception, any console.error,
// an empty first render, or a page that ends in its error state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStandIn, loadPage, type PageConfig, type StandIn } from './stand-in';

export interface PageResult {
  page: string;
  pass: 'signed out' | 'resident';
  ok: boolean;
  nodes: number;
  requests: number;
  problem: string | null;
}

type Node = { nn?: string; cl?: string; v?: string; cn?: Node[] } & Record<string, unknown>;

/** Applies one setData key ('root.cn.[0].cn.[2].v' or 'root.cn[0]') to the page's data. */
export function setPath(data: Record<string, unknown>, key: string, value: unknown) {
  const parts = key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let at: Record<string, unknown> = data;
  parts.slice(0, -1).forEach((p, i) => {
    const next = at[p];
    if (next === null || typeof next !== 'object') at[p] = /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
    at = at[p] as Record<string, unknown>;
  });
  at[parts[parts.length - 1] ?? key] = value;
}

function walk(node: unknown, visit: (n: Node) => void) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, visit));
    return;
  }
  visit(node as Node);
  for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v, visit);
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until no request is in flight and nothing was rendered for a moment (bounded). */
async function quiet(s: StandIn, renders: () => number) {
  const deadline = Date.now() + 10_000;
  let last = -1;
  while (Date.now() < deadline) {
    await tick(150);
    const now = renders();
    if (s.inFlight() === 0 && now === last) return;
    last = now;
  }
}

export async function runPages(
  dist: string,
  apiBaseUrl: string,
  pass: PageResult['pass'],
  prepare: (s: StandIn) => Promise<void>,
): Promise<{ results: PageResult[]; unknownApis: string[] }> {
  const errors: string[] = [];
  const onError = (err: unknown) => errors.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  const s = createStandIn(dist, apiBaseUrl);
  const results: PageResult[] = [];
  try {
    await prepare(s);
    s.load('app.js');
    if (!s.app) throw new Error('app.js did not call App()');
    const app = s.app as { onLaunch?: (o: unknown) => void; onShow?: (o: unknown) => void };
    app.onLaunch?.call(s.app, { path: 'pages/index/index', query: {}, scene: 1001 });
    app.onShow?.call(s.app, { path: 'pages/index/index', query: {}, scene: 1001 });
  } catch (err) {
    onError(err);
  }
  const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  const routes = [
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`)),
  ];
  const launchErrors = [...errors];
  const [launchError] = launchErrors;
  if (launchError)
    results.push({ page: 'app.js', pass, ok: false, nodes: 0, requests: 0, problem: launchError.split('\n')[0] ?? launchError });
  for (const route of routes) {
    errors.length = 0;
    const before = s.requests.length;
    let renders = 0;
    let problem: string | null = null;
    let config: PageConfig | undefined;
    try {
      config = loadPage(s, route);
    } catch (err) {
      onError(err);
    }
    const page = Object.create(config ?? {}) as Record<string, unknown>;
    const data = structuredClone<Record<string, unknown>>(config?.data ?? {});
    Object.assign(page, {
      data,
      route,
      __route__: route,
      options: {},
      setData(patch: Record<string, unknown>, cb?: () => void) {
        renders++;
        for (const [k, v] of Object.entries(patch)) setPath(data, k, v);
        if (cb) setTimeout(cb, 0);
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => (globalThis as unknown as { wx: { createSelectorQuery: () => unknown } }).wx.createSelectorQuery(),
      getTabBar: () => null,
      getOpenerEventChannel: () => ({ on() {}, once() {}, off() {}, emit() {} }),
    });
    const call = (hook: string, ...args: unknown[]) => {
      const fn = page[hook];
      if (typeof fn === 'function') (fn as (...a: unknown[]) => void).apply(page, args);
    };
    if (!config) problem = 'the page file did not register a Page';
    else {
      s.stack.splice(0, s.stack.length, page);
      try {
        call('onLoad', {});
        call('onShow');
        call('onReady');
      } catch (err) {
        onError(err);
      }
      await quiet(s, () => renders);
      const seen = { nodes: 0, errorState: false };
      walk(data.root, (n) => {
        if (n.nn) seen.nodes++;
        if (typeof n.cl === 'string' && n.cl.includes('state-error')) seen.errorState = true;
      });
      const { nodes, errorState } = seen;
      try {
        call('onHide');
        call('onUnload');
      } catch (err) {
        onError(err);
      }
      await tick(50);
      s.stack.length = 0;
      const [first] = errors;
      if (first) problem = first.split('\n').slice(0, 3).join(' | ');
      else if (nodes === 0) problem = 'empty first render';
      else if (errorState) problem = 'ended in its error state (加载失败)';
      results.push({ page: route, pass, ok: problem === null, nodes, requests: s.requests.length - before, problem });
      continue;
    }
    results.push({ page: route, pass, ok: false, nodes: 0, requests: 0, problem });
  }
  console.error = consoleError;
  process.off('uncaughtException', onError);
  process.off('unhandledRejection', onError);
  return { results, unknownApis: [...s.unknownApis].sort() };
}
