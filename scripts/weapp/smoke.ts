// Loads the built app.js and every page under the stand-in runtime, calls the lifecycle hooks as
// WeChat would (App onLaunch/onShow; each page onLoad → onShow → onReady, then onHide/onUnload),
// waits for the page's requests to the real API, and fails on any exception, any console.error,
// an empty first render, or a page that ends in its error state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catchErrors, close, instantiate, launchApp, open, settled, tick, walk } from './pages';
import { createStandIn, loadPage, type PageConfig, type StandIn } from './stand-in';

export interface PageResult {
  page: string;
  pass: 'signed out' | 'resident';
  ok: boolean;
  nodes: number;
  requests: number;
  problem: string | null;
}

export async function runPages(
  dist: string,
  apiBaseUrl: string,
  pass: PageResult['pass'],
  prepare: (s: StandIn) => Promise<void>,
): Promise<{ results: PageResult[]; unknownApis: string[] }> {
  const caught = catchErrors();
  const { errors, onError } = caught;
  const s = createStandIn(dist, apiBaseUrl);
  const results: PageResult[] = [];
  try {
    await prepare(s);
    launchApp(s);
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
    let config: PageConfig | undefined;
    try {
      config = loadPage(s, route);
    } catch (err) {
      onError(err);
    }
    if (!config) {
      results.push({ page: route, pass, ok: false, nodes: 0, requests: 0, problem: 'the page file did not register a Page' });
      continue;
    }
    const page = instantiate(route, config);
    try {
      open(s, page);
    } catch (err) {
      onError(err);
    }
    await settled(s, page);
    const seen = { nodes: 0, errorState: false };
    walk(page.data.root, (n) => {
      if (n.nn) seen.nodes++;
      if (typeof n.cl === 'string' && n.cl.includes('state-error')) seen.errorState = true;
    });
    const { nodes, errorState } = seen;
    try {
      close(s, page);
    } catch (err) {
      onError(err);
    }
    await tick(50);
    let problem: string | null = null;
    const [first] = errors;
    if (first) problem = first.split('\n').slice(0, 3).join(' | ');
    else if (nodes === 0) problem = 'empty first render';
    else if (errorState) problem = 'ended in its error state (加载失败)';
    results.push({ page: route, pass, ok: problem === null, nodes, requests: s.requests.length - before, problem });
  }
  caught.restore();
  return { results, unknownApis: [...s.unknownApis].sort() };
}
