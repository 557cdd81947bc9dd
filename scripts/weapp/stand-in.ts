// A stand-in for the mini-program runtime, enough to run the built weapp bundles in Node: the
// module system (require relative to the package), the globals App/Page/Component/getApp/
// getCurrentPages, and a `wx` whose request goes to the real API and whose other APIs answer as
// WeChat does (callbacks, sync getters) or as the person holding the phone does (login, the
// subscription dialog, navigation: stand-in-user.ts). APIs it does not know answer ok and are
// listed, so a new dependency on the platform shows up in the report rather than as a silent pass.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { runInThisContext } from 'node:vm';
import { createUser, type User, userApis } from './stand-in-user';

type Options = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void } & Record<string, unknown>;
export type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> };

export interface StandIn {
  storage: Map<string, unknown>;
  app: Record<string, unknown> | null;
  pages: Map<string, PageConfig>;
  stack: Record<string, unknown>[];
  unknownApis: Set<string>;
  /** Requests still waiting for the API. */
  inFlight: () => number;
  requests: { method: string; path: string; status: number }[];
  /** The person holding the phone: their WeChat account, their answer to dialogs, where the app took them. */
  user: User;
  load: (file: string) => unknown;
}

const SYSTEM = {
  brand: 'Apple',
  model: 'iPhone 15',
  platform: 'ios',
  system: 'iOS 17.5',
  version: '8.0.50',
  SDKVersion: '3.7.0',
  language: 'zh_CN',
  theme: 'light',
  fontSizeSetting: 16,
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 844,
  statusBarHeight: 47,
  safeArea: { top: 47, bottom: 810, left: 0, right: 390, width: 390, height: 763 },
};

const later = (fn: () => void) => void setTimeout(fn, 0);
/** Names shaped like WeChat's APIs (verbs); anything else (webpackJsonp, …) is data the bundles keep on wx. */
const WX_API =
  /^(get|set|show|hide|navigate|redirect|switch|reLaunch|open|choose|request|upload|download|create|start|stop|make|preview|save|page|vibrate|login|check|authorize|scan|add|remove|clear|report|compress|exit|load|update|enable|disable|notify|read|write|close|connect|send|can)[A-Z]?/;
function answer(o: Options | undefined, ok: boolean, result: Record<string, unknown>) {
  later(() => {
    if (ok) o?.success?.(result);
    else o?.fail?.(result);
    o?.complete?.(result);
  });
}

/** What a node measures on a 390-wide phone: every queried node answers with a plausible box. */
const RECT = { id: '', dataset: {}, top: 0, left: 0, right: 390, bottom: 44, width: 390, height: 44, scrollTop: 0, scrollLeft: 0 };

function selectorQuery() {
  const query: Record<string, unknown> = {};
  const answers: unknown[] = [];
  for (const m of ['select', 'selectAll', 'selectViewport', 'in']) query[m] = () => query;
  for (const m of ['boundingClientRect', 'scrollOffset', 'fields', 'node'])
    query[m] = (cb?: (r: unknown) => void) => {
      answers.push({ ...RECT });
      if (typeof cb === 'function') later(() => cb({ ...RECT }));
      return query;
    };
  query.exec = (cb?: (r: unknown[]) => void) => later(() => cb?.(answers));
  return query;
}

export function createStandIn(dist: string, apiBaseUrl: string): StandIn {
  const storage = new Map<string, unknown>();
  const pages = new Map<string, PageConfig>();
  const unknownApis = new Set<string>();
  const requests: StandIn['requests'] = [];
  let pending = 0;
  const s: StandIn = {
    storage,
    app: null,
    pages,
    stack: [],
    unknownApis,
    inFlight: () => pending,
    requests,
    user: createUser(),
    load: (file) => requireFrom(dist)(file),
  };

  const known: Record<string, unknown> = {
    getSystemInfoSync: () => SYSTEM,
    getWindowInfo: () => SYSTEM,
    getAppBaseInfo: () => SYSTEM,
    getDeviceInfo: () => SYSTEM,
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getMenuButtonBoundingClientRect: () => ({ top: 51, bottom: 83, left: 296, right: 383, width: 87, height: 32 }),
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    canIUse: () => true,
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 }),
    getStorage: (o: Options) =>
      answer(
        o,
        storage.has(String(o.key)),
        storage.has(String(o.key))
          ? { data: storage.get(String(o.key)), errMsg: 'getStorage:ok' }
          : { errMsg: 'getStorage:fail data not found' },
      ),
    setStorage: (o: Options) => {
      storage.set(String(o.key), o.data);
      answer(o, true, { errMsg: 'setStorage:ok' });
    },
    removeStorage: (o: Options) => {
      storage.delete(String(o.key));
      answer(o, true, { errMsg: 'removeStorage:ok' });
    },
    getLocation: (o: Options) => answer(o, false, { errMsg: 'getLocation:fail auth deny' }),
    getNetworkType: (o: Options) => answer(o, true, { networkType: 'wifi', errMsg: 'getNetworkType:ok' }),
    createSelectorQuery: selectorQuery,
    createIntersectionObserver: () => ({ relativeToViewport: () => ({ observe() {} }), observe() {}, disconnect() {} }),
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    nextTick: (fn: () => void) => later(fn),
    request: (o: Options) => {
      const url = new URL(String(o.url));
      const target = new URL(url.pathname + url.search, apiBaseUrl);
      const method = (typeof o.method === 'string' ? o.method : 'GET').toUpperCase();
      const headers = { ...(o.header as Record<string, string> | undefined) };
      const body = o.data === undefined || method === 'GET' ? undefined : typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
      if (body && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
      pending++;
      const controller = new AbortController();
      fetch(target, { method, headers, body, signal: controller.signal })
        .then(async (res) => {
          const text = await res.text();
          let data: unknown = text;
          try {
            data = o.dataType === 'json' || o.dataType === undefined ? JSON.parse(text) : text;
          } catch {
            /* WeChat hands non-JSON over as text */
          }
          requests.push({ method, path: url.pathname, status: res.status });
          const header: Record<string, string> = {};
          res.headers.forEach((v, k) => (header[k] = v));
          answer(o, true, { statusCode: res.status, data, header, errMsg: 'request:ok' });
        })
        .catch((err: unknown) => answer(o, false, { errMsg: `request:fail ${(err as Error).message}` }))
        .finally(() => later(() => pending--));
      return { abort: () => controller.abort(), onHeadersReceived() {}, offHeadersReceived() {} };
    },
    ...userApis(s.user, answer),
  };

  // Taro builds its API object from Object.keys(wx): list every API the bundles call, so each
  // exists as WeChat's would (answered generically unless modelled above).
  for (const name of calledApis(dist))
    if (/^o(n|ff)[A-Z]/.test(name))
      known[name] ??= () => {}; // event registrations: nothing fires here
    else if (!(name in known))
      known[name] = (o?: Options) => {
        unknownApis.add(name);
        answer(o, true, { errMsg: `${name}:ok` });
      };

  const wx = new Proxy(known, {
    get(target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (name in target) return target[name];
      // Properties the bundles read as data (webpackJsonp) live on the object itself once set.
      if (/^on[A-Z]|^off[A-Z]/.test(name)) return () => {};
      if (!WX_API.test(name)) return undefined;
      unknownApis.add(name);
      return (o?: Options) => answer(o, true, { errMsg: `${name}:ok` });
    },
    set(target, name, value) {
      target[name as string] = value;
      return true;
    },
  });

  const g = globalThis as Record<string, unknown>;
  g.wx = wx;
  g.App = (config: Record<string, unknown>) => {
    s.app = config;
  };
  g.getApp = () => s.app;
  g.Page = (config: PageConfig) => {
    pages.set(currentPage, config);
  };
  g.Component = (config: PageConfig) => {
    // Taro registers pages through Component in some versions: the page file being loaded owns it.
    if (currentPage && !pages.has(currentPage)) pages.set(currentPage, config);
  };
  g.Behavior = (config: unknown) => config;
  g.getCurrentPages = () => s.stack;
  g.requirePlugin = () => ({});
  return s;
}

/** API-shaped names the bundles call as methods (`.showToast(`), e.g. through Taro's wrappers. */
function calledApis(dist: string): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.js'))
        for (const m of readFileSync(path, 'utf8').matchAll(/\.([a-z][A-Za-z]{3,})\(/g))
          if (WX_API.test(m[1] ?? '') || /^o(n|ff)[A-Z]/.test(m[1] ?? '')) names.add(m[1] ?? '');
    }
  };
  walk(dist);
  return names;
}

/** The page whose file is being loaded (Page() and Component() register under it). */
let currentPage = '';
export function loadPage(s: StandIn, route: string): PageConfig | undefined {
  currentPage = route;
  try {
    s.load(`${route}.js`);
  } finally {
    currentPage = '';
  }
  return s.pages.get(route);
}

/** The mini-program's module system: CommonJS within the package, paths relative to the requirer. */
function requireFrom(root: string) {
  const cache = new Map<string, { exports: unknown }>();
  const resolve = (from: string, id: string) => {
    const base = id.startsWith('.') ? join(dirname(from), id) : join(root, id);
    const path = normalize(base.endsWith('.js') ? base : `${base}.js`);
    if (!path.startsWith(root)) throw new Error(`require outside the package: ${id}`);
    return path;
  };
  const load = (path: string): unknown => {
    const cached = cache.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(path, module);
    const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(path, 'utf8')}\n})`, {
      filename: path,
    }) as (...args: unknown[]) => void;
    wrapper(module.exports, (id: string) => load(resolve(path, id)), module, path, dirname(path));
    return module.exports;
  };
  return (file: string) => load(resolve(join(root, 'app.js'), `./${file}`));
}
