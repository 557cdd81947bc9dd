// Pages as WeChat runs them, under the stand-in: the app launched once; a page instance made from its
// Page() config, whose setData lands in its `data` (the render tree Taro keeps in `data.root`); its
// lifecycle hooks called in WeChat's order; and a wait until its requests are answered and it has
// stopped rendering. The smoke run and the journeys mount pages through here.
import { loadPage, type PageConfig, type StandIn } from './stand-in';

/** A node of Taro's render tree: `nn` its template, `cl` its class, `v` a text node's text, `cn` its children. */
export type RenderNode = { nn?: string; cl?: string; v?: string; sid?: string; uid?: string; cn?: RenderNode[] } & Record<string, unknown>;

export interface MountedPage {
  route: string;
  instance: Record<string, unknown>;
  data: Record<string, unknown> & { root?: RenderNode };
  /** setData calls so far. */
  renders: () => number;
  /** Calls a hook or method of the page, if it has it. */
  call: (name: string, ...args: unknown[]) => unknown;
}

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

/** Every object in the tree, parents before children. */
export function walk(node: unknown, visit: (n: RenderNode) => void) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, visit));
    return;
  }
  visit(node as RenderNode);
  for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v, visit);
}

export const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Collects what WeChat's console would show as errors (uncaught exceptions and rejections, console.error) until restored. */
export function catchErrors() {
  const errors: string[] = [];
  const onError = (err: unknown) => errors.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return {
    errors,
    onError,
    restore() {
      console.error = consoleError;
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    },
  };
}

/** Loads app.js and calls App's onLaunch and onShow, as WeChat does on a cold start. */
export function launchApp(s: StandIn) {
  s.load('app.js');
  if (!s.app) throw new Error('app.js did not call App()');
  const app = s.app as { onLaunch?: (o: unknown) => void; onShow?: (o: unknown) => void };
  const launch = { path: 'pages/index/index', query: {}, scene: 1001 };
  app.onLaunch?.call(s.app, launch);
  app.onShow?.call(s.app, launch);
}

/** A page instance of this config, not yet shown. */
export function instantiate(route: string, config: PageConfig): MountedPage {
  let renders = 0;
  const instance = Object.create(config) as Record<string, unknown>;
  const data = structuredClone<Record<string, unknown>>(config.data ?? {});
  Object.assign(instance, {
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
  const call = (name: string, ...args: unknown[]) => {
    const fn = instance[name];
    return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown).apply(instance, args) : undefined;
  };
  return { route, instance, data, renders: () => renders, call };
}

/** The page on top of the stack, its onLoad (with the URL's query, undecoded as WeChat passes it), onShow, onReady. */
export function open(s: StandIn, p: MountedPage, options: Record<string, string> = {}) {
  p.instance.options = options;
  s.stack.splice(0, s.stack.length, p.instance);
  p.call('onLoad', options);
  p.call('onShow');
  p.call('onReady');
}

/** Waits until no request is in flight and nothing was rendered for a moment (bounded). */
export async function settled(s: StandIn, p: MountedPage, maxMs = 10_000) {
  const deadline = Date.now() + maxMs;
  let last = -1;
  while (Date.now() < deadline) {
    await tick(150);
    const now = p.renders();
    if (s.inFlight() === 0 && now === last) return;
    last = now;
  }
}

/** Leaves the page as a redirect or back does: onHide, onUnload, the stack empty. */
export function close(s: StandIn, p: MountedPage) {
  p.call('onHide');
  p.call('onUnload');
  s.stack.length = 0;
}

/** Opens a route as a resident arrives there, and waits for it to settle. */
export async function visit(s: StandIn, route: string, options: Record<string, string> = {}): Promise<MountedPage> {
  const config = loadPage(s, route);
  if (!config) throw new Error(`${route} did not register a Page`);
  const p = instantiate(route, config);
  open(s, p, options);
  await settled(s, p);
  return p;
}
