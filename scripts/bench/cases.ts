// Case bench on MariaDB: 100,000 cases of 2,000 residents over 90 days, then 200 connections on
// 我的办件 (each request another resident's token), on 办件查询 (number + query code, signed out) and
// on submission (POST /api/v1/cases, each with a fresh Idempotency-Key). 我的办件 also runs on a
// bare Koa + mysql2 server doing only its queries, for our overhead. Afterwards every case number
// must be unique and each day's numbers gap-free, matching the day's sequence row.
import { randomUUID } from 'node:crypto';
import { at } from '../lib/at';
import { type RunningServer, startServer } from '../lib/server-process';
import { BARE_USER_HEADER, startBareServer } from './bare-server';
import { API_ENV, getJson, quiesce, withBenchDatabase } from './bench-db';
import { type CaseKey, checkNumbers, fillCases } from './case-fixtures';
import { countOf, emptyResult, fire, type LoadResult, type LoadSpec, paced, rate, timing, unanswered, unexpected } from './load';
import { createResidents } from './residents';
import { pickSubmissionItem } from './submission';

const RESIDENTS = 2000;
const CASES = 100_000;
const DAYS = 90;
const CONNECTIONS = 200;
/** Timed requests per run: at most this many, fewer when the warm-up's rate says they would take over RUN_SECONDS. */
const MAX_REQUESTS = 20_000;
const RUN_SECONDS = 20;
/** Untimed requests first (other cases; for submissions, other keys), at most for WARM_UP_SECONDS: JIT, pools and caches warm. */
const WARM_UP = 1_000;
const WARM_UP_SECONDS = 8;
const P95_GOAL_MS = 50;
/** The paced runs: this share of the rate 200 connections reached, for this long. */
const PACED_SHARE = 0.5;
const PACED_SECONDS = 10;
const MINE_PATH = '/api/v1/cases/mine?page=1&pageSize=20';

interface Run {
  endpoint: string;
  server: string;
  /** The answer every request must get. */
  expected: string;
  warm: LoadResult;
  load: LoadResult;
}

/** A server under load; `settle` ends what a stopped run left queued in it. */
interface Target {
  baseUrl: string;
  settle(): Promise<void>;
}

/** A warm-up of requests MAX_REQUESTS, MAX_REQUESTS + 1, …, then the timed requests 0, 1, …. */
async function measure(
  what: Pick<Run, 'endpoint' | 'server' | 'expected'>,
  t: Target,
  method: LoadSpec['method'],
  build: LoadSpec['build'],
) {
  const common = { baseUrl: t.baseUrl, connections: CONNECTIONS, method };
  const warm = await fire({ ...common, amount: WARM_UP, maxSeconds: WARM_UP_SECONDS, build: (i) => build(MAX_REQUESTS + i) });
  if (warm.stopped) await t.settle();
  const amount = Math.max(CONNECTIONS, Math.min(MAX_REQUESTS, Math.round(rate(warm) * RUN_SECONDS)));
  // Cut off 5 s after the planned time, should the warm-up have been faster than the run.
  const load = await fire({ ...common, amount, maxSeconds: RUN_SECONDS + 5, build });
  if (load.stopped) await t.settle();
  return { ...what, warm, load };
}

/** The same requests as `of`, paced at PACED_SHARE of the rate it reached: latency below capacity. */
async function measurePaced(of: Run, t: Target, build: LoadSpec['build']): Promise<Run> {
  const perSecond = Math.max(1, Math.round(rate(of.load) * PACED_SHARE));
  const load = await paced({
    baseUrl: t.baseUrl,
    method: 'GET',
    amount: perSecond * PACED_SECONDS,
    perSecond,
    build: (i) => build(2 * MAX_REQUESTS + i),
  });
  return { ...of, server: `ours, paced ${perSecond}/s`, warm: emptyResult(), load };
}

export async function runCaseBench(): Promise<void> {
  const title = `\nCase queries on MariaDB — ${CASES.toLocaleString('en')} cases of ${RESIDENTS.toLocaleString('en')} residents over ${DAYS} days, ${CONNECTIONS} connections`;
  await withBenchDatabase(title, async (database) => {
    const db = await database.connect();
    const settle = () => quiesce(db, database.name);
    let ours: RunningServer | undefined;
    let bare: RunningServer | undefined;
    const problems: string[] = [];
    try {
      const started = performance.now();
      // REDIS_URL empty: the in-memory limiter (办件查询 counts failures per address; there must be none).
      ours = await startServer({ databaseUrl: database.url, env: { ...API_ENV, REDIS_URL: '' }, build: 'production' });
      const api = { baseUrl: ours.baseUrl, settle };
      const residents = await createResidents(db, RESIDENTS);
      const filled = await fillCases(db, residents, CASES, DAYS);
      const setupSeconds = (performance.now() - started) / 1000;
      const bearer = (i: number) => ({ Authorization: `Bearer ${at(residents, i % RESIDENTS).accessToken}` });
      // 7919 is prime to 100,000: requests 0 … 99,999 look up every case once, in a scattered order.
      const keyOf = (i: number): CaseKey => at(filled.keys, (i * 7919) % CASES);
      const lookupOf = (i: number) => ({ path: `/api/v1/cases/lookup?number=${keyOf(i).number}&code=${keyOf(i).code}` });
      // One of each first: a wrong token, seal or hash fails here, not as 20,000 errors.
      const first = await getJson<{ total: number }>(`${ours.baseUrl}${MINE_PATH}`, bearer(0));
      if (first.total !== CASES / RESIDENTS) problems.push(`resident 0 has ${first.total} cases, expected ${CASES / RESIDENTS}`);
      await getJson(`${ours.baseUrl}${lookupOf(0).path}`);

      // Request i: resident i % 2,000's first page; the same requests go to both servers.
      const mine = (i: number) => ({ path: MINE_PATH, headers: { ...bearer(i), [BARE_USER_HEADER]: at(residents, i % RESIDENTS).userId } });
      const mineOurs = await measure({ endpoint: 'GET /cases/mine', server: 'ours', expected: '200' }, api, 'GET', mine);
      const minePaced = await measurePaced(mineOurs, api, mine);
      bare = await startBareServer(database.url);
      const mineBare = await measure(
        { endpoint: 'GET /cases/mine', server: 'bare', expected: '200' },
        { baseUrl: bare.baseUrl, settle },
        'GET',
        mine,
      );
      await bare.stop();
      bare = undefined;
      const lookup = await measure({ endpoint: 'GET /cases/lookup', server: 'ours', expected: '200' }, api, 'GET', lookupOf);
      const lookupPaced = await measurePaced(lookup, api, lookupOf);
      const item = await pickSubmissionItem(ours.baseUrl);
      const answers = item.answers;
      const body = JSON.stringify({
        itemCode: item.code,
        applicant: { kind: 'individual' },
        contactPhone: '13900000000',
        answers,
        materials: [],
      });
      const submit = await measure({ endpoint: 'POST /cases', server: 'ours', expected: '201' }, api, 'POST', (i) => ({
        path: '/api/v1/cases',
        headers: { ...bearer(i), 'Idempotency-Key': randomUUID(), 'content-type': 'application/json' },
        body,
      }));
      await ours.stop();
      ours = undefined;
      const numbers = await checkNumbers(db, filled.today);

      const runs = [mineOurs, minePaced, mineBare, lookup, lookupPaced, submit];
      const ratio = rate(mineOurs.load) / rate(mineBare.load);
      console.log(title);
      const mix = [...filled.byStatus].map(([status, n]) => `${status} ${n}`).join(', ');
      console.log(
        `Data: ${filled.itemCount} items, days ${filled.firstDay} … ${filled.today}; ${mix}; set up (migrate, seed, fill) in ${setupSeconds.toFixed(0)} s.`,
      );
      console.log(
        `Load: autocannon, ${CONNECTIONS} connections over loopback; per run ${WARM_UP} untimed warm-up requests (≤ ${WARM_UP_SECONDS} s), then up to ` +
          `${MAX_REQUESTS} timed ones (fewer if the warm-up's rate says they'd take over ${RUN_SECONDS} s; unanswered after ` +
          `${RUN_SECONDS + 5} s: cut off). mine = page 1 (20)`,
      );
      console.log(
        `for resident i % ${RESIDENTS} (own token); lookup = case (i × 7919) % ${CASES}, right code; submit = ${item.code} ${item.name},`,
      );
      console.log(
        `answers filled per form field type, no uploads, resident i % ${RESIDENTS}, fresh Idempotency-Key; paced = open loop at half`,
      );
      console.log('the rate reached; bare = Koa + mysql2, the same queries as ours without auth, validation or mapping; pools of 20.');
      console.table(
        runs.map((r) => ({
          endpoint: r.endpoint,
          server: r.server,
          ...timing(r.load),
          'non-2xx': unexpected(r.load, [r.expected]).count,
          timeouts: r.load.timeouts,
          'cut off': unanswered(r.load),
          'ours/bare': r === mineOurs ? ratio.toFixed(2) : r === mineBare ? '1.00' : '',
        })),
      );
      const verdict = (r: Run) => {
        const p95 = timing(r.load)['p95 ms'];
        return r.load.latencies.length ? `${p95 < P95_GOAL_MS ? 'met' : 'NOT met'} (${p95} ms)` : 'NOT met (no answers)';
      };
      for (const [full, calm] of [
        [mineOurs, minePaced],
        [lookup, lookupPaced],
      ] as const)
        console.log(
          `Goal p95 < ${P95_GOAL_MS} ms for ${full.endpoint}: at ${CONNECTIONS} connections ${verdict(full)}; ${calm.server} ${verdict(calm)}.`,
        );
      console.log(`(At ${CONNECTIONS} connections each request queues behind the others: mean latency ≈ ${CONNECTIONS} ÷ req/s.)`);

      for (const r of runs) {
        for (const w of unexpected(r.warm, [r.expected]).what) problems.push(`${r.endpoint} (${r.server}) warm-up: ${w}`);
        for (const w of unexpected(r.load, [r.expected]).what) problems.push(`${r.endpoint} (${r.server}): ${w}`);
      }
      // Requests cut off by a time bound were not answered but may have been recorded: the rows must lie in between.
      const answered = countOf(submit.warm, '201') + countOf(submit.load, '201');
      const cutOff = unanswered(submit.warm) + unanswered(submit.load);
      const recorded = numbers.today - filled.todayCount;
      if (recorded < answered || recorded > answered + cutOff)
        problems.push(`${recorded} cases recorded today, ${answered} answered 201${cutOff ? ` and ${cutOff} cut off unanswered` : ''}`);
      if (numbers.cases !== CASES + recorded) problems.push(`${numbers.cases} cases in the table, expected ${CASES} + ${recorded}`);
      for (const b of numbers.broken) problems.push(`numbers not unique and gap-free: ${b}`);
      console.log(
        `Numbers: ${numbers.cases} cases over ${numbers.days} days; today ${filled.todayCount} filled + ${recorded} submitted (${answered} answered 201` +
          `${cutOff ? `, ${cutOff} cut off` : ''}); ${numbers.broken.length ? `${numbers.broken.length} day(s) NOT` : 'every day'} unique and gap-free (1 … n = sequence row).`,
      );
      if (problems.length) {
        console.log(`Case bench FAILED:\n  ${problems.slice(0, 20).join('\n  ')}`);
        process.exitCode = 1;
      }
    } finally {
      await ours?.stop().catch(() => {});
      await bare?.stop().catch(() => {});
      await db.end().catch(() => {});
    }
  });
}
