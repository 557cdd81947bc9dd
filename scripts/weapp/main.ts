// `pnpm check:weapp`: the weapp build checked, not assumed. First the conformance of the built
// output (what WeChat's uploader would refuse), then every page run under a stand-in runtime against
// the real API — signed out, and signed in as a resident — and last the subscription journey, tapped
// through the pages (subscription-journey.ts). Expects `pnpm build:weapp` to have run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, startServer } from '../lib/server-process';
import { checkWeapp } from './conformance';
import { runPages, type PageResult } from './smoke';
import { type JourneyStep, subscriptionJourney } from './subscription-journey';

const dist = join(REPO_ROOT, 'miniapp/dist/weapp');
if (!existsSync(join(dist, 'app.json'))) {
  console.error('The weapp build is missing: run `pnpm build:weapp` first.');
  process.exit(2);
}
const project = JSON.parse(readFileSync(join(REPO_ROOT, 'miniapp/project.config.json'), 'utf8')) as {
  setting?: { es6?: boolean; enhance?: boolean };
};

const { findings, sizes } = checkWeapp(dist, project);
console.log('\nweapp conformance');
console.table(sizes.map((s) => ({ package: s.name, KB: Math.round(s.bytes / 1024), 'limit KB': s.limit / 1024 })));
for (const f of findings) console.error(`✗ ${f.rule}: ${f.detail}`);
if (!findings.length) console.log('✓ pages, subpackages, tab bar, preload rules, sizes, no eval/new Function, syntax level');

const server = await startServer();
let results: PageResult[];
let unknown: string[];
let journey: JourneyStep[];
try {
  const signedOut = await runPages(dist, server.baseUrl, 'signed out', async () => {});
  const resident = await runPages(dist, server.baseUrl, 'resident', async (s) => {
    // A resident signed in through the fake WeChat server, as the app stores the session.
    const post = async (path: string, body: unknown) => {
      const res = await fetch(server.baseUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path} → ${res.status}`);
      return (await res.json()) as Record<string, string | number>;
    };
    const { code } = await post('/api/v1/auth/dev/wechat-code', { openid: 'weapp-smoke-resident' });
    const pair = await post('/api/v1/auth/wechat', { code });
    s.storage.set('bm.session', {
      accessToken: pair.accessToken,
      accessExpiresAt: Date.now() + Number(pair.accessTokenExpiresIn) * 1000,
      refreshToken: pair.refreshToken,
      refreshExpiresAt: Date.now() + Number(pair.refreshTokenExpiresIn) * 1000,
    });
  });
  results = [...signedOut.results, ...resident.results];
  unknown = [...new Set([...signedOut.unknownApis, ...resident.unknownApis])];
  journey = await subscriptionJourney(dist, server).catch((err: unknown) => [
    { name: 'subscription journey', ok: false, problem: err instanceof Error ? err.message : String(err) },
  ]);
} finally {
  await server.stop();
}

console.log('\nweapp runtime smoke (stand-in wx, real API)');
console.table(results.map((r) => ({ page: r.page, as: r.pass, ok: r.ok ? '✓' : '✗', nodes: r.nodes, requests: r.requests })));
for (const r of results.filter((x) => !x.ok)) console.error(`✗ ${r.page} (${r.pass}): ${r.problem}`);
if (unknown.length) console.log(`wx APIs answered generically (not modelled): ${unknown.join(', ')}`);

console.log('\nweapp subscription journey (taps on the built pages, fake WeChat)');
for (const j of journey) {
  if (j.ok) console.log(`✓ ${j.name}`);
  else console.error(`✗ ${j.name}: ${j.problem}`);
}
const failed = findings.length + results.filter((r) => !r.ok).length + journey.filter((j) => !j.ok).length;
console.log(failed ? `\n${failed} problem(s)` : `\n✓ weapp: ${results.length} page runs and ${journey.length} journey steps, no problems`);
process.exit(failed ? 1 : 0);
