// Case bench on MariaDB: 100,000 cases of 2,000 residents over 90 days, then 200 connections on
// 我的办件 (each request another resident's token), on 办件查询 (number + query code, signed out) and
// on submission (POST /api/v1/cases, each with a fresh Idempotency-Key). 我的办件 also runs on a
// bare Koa + mysql2 server doing only its two queries, for our overhead. Afterwards every case
// number must be unique and each day's numbers gap-free, matching the day's sequence row.
import { randomUUID } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { at } from '../lib/at';
import { type RunningServer, startServer } from '../lib/server-process';
import { BARE_USER_HEADER, startBareServer } from './bare-server';
import { API_ENV, getJson, withBenchDatabase } from './bench-db';
import { type CaseKey, fillCases } from './case-fixtures';
import { countOf, fire, type LoadResult, type LoadSpec, rate, timing, unexpected } from './load';
import { createResidents } from './residents';
import { pickSubmissionItem } from './submission';

const RESIDENTS = 2000;
const CASES = 100_000;
const DAYS = 90;
const CONNECTIONS = 200;
const READS = 20_000;
/** Fewer than the reads: submissions take the day's number row one after another, and each adds a case. */
const SUBMISSIONS = 5_000;
/** Untimed requests first (other cases; for submissions, other keys): JIT, pools and caches warm. */
const WARM_UP = 2_000;
const P95_GOAL_MS = 50;
const MINE_PATH = '/api/v1/cases/mine?page=1&pageSize=20';

interface Run {
  endpoint: string;
  server: string;
  /** The answer every request must get. */
  expected: string;
  warm: LoadResult;
  load: LoadResult;
}

/** Per day: rows, distinct numbers, lowest and highest sequence, and the day's sequence row. */
async function checkNumbers(db: mysql.Connection, today: string) {
  const [days] = await db.query<mysql.RowDataPacket[]>(
    `SELECT d.day, d.n, d.distinct_n, d.lo, d.hi, s.last_value FROM (
       SELECT SUBSTRING(number, 8, 8) AS day, COUNT(*) AS n, COUNT(DISTINCT number) AS distinct_n,
         MIN(CAST(SUBSTRING(number, 17) AS UNSIGNED)) AS lo, MAX(CAST(SUBSTRING(number, 17) AS UNSIGNED)) AS hi
       FROM case_record GROUP BY SUBSTRING(number, 8, 8)) d
     LEFT JOIN case_number_sequence s ON s.day = d.day`,
  );
  const n = (d: mysql.RowDataPacket, column: string) => Number(d[column]);
  const broken = days
    .filter((d) => n(d, 'lo') !== 1 || [n(d, 'hi'), n(d, 'distinct_n'), n(d, 'last_value')].some((v) => v !== n(d, 'n')))
    .map((d) => `${d.day}: ${d.n} cases, ${d.distinct_n} numbers, ${d.lo}…${d.hi}, sequence row ${d.last_value}`);
  const todayRow = days.find((d) => d.day === today.replaceAll('-', ''));
  return { days: days.length, cases: days.reduce((sum, d) => sum + n(d, 'n'), 0), today: todayRow ? n(todayRow, 'n') : 0, broken };
}

/** A warm-up of requests `amount` … `amount + WARM_UP − 1`, then the timed `amount` requests 0 … amount − 1. */
async function measure(
  what: Pick<Run, 'endpoint' | 'server' | 'expected'>,
  baseUrl: string,
  method: LoadSpec['method'],
  amount: number,
  build: LoadSpec['build'],
): Promise<Run> {
  const common = { baseUrl, connections: CONNECTIONS, method };
  const warm = await fire({ ...common, amount: WARM_UP, build: (i) => build(amount + i) });
  const load = await fire({ ...common, amount, build });
  return { ...what, warm, load };
}

export async function runCaseBench(): Promise<void> {
  const title = `\nCase queries on MariaDB — ${CASES.toLocaleString('en')} cases of ${RESIDENTS} residents over ${DAYS} days, ${CONNECTIONS} connections`;
  await withBenchDatabase(title, async (database) => {
    const db = await database.connect();
    let ours: RunningServer | undefined;
    let bare: RunningServer | undefined;
    const problems: string[] = [];
    try {
      const started = performance.now();
      // REDIS_URL empty: the in-memory limiter (办件查询 counts failures per address; there must be none).
      ours = await startServer({ databaseUrl: database.url, env: { ...API_ENV, REDIS_URL: '' } });
      const residents = await createResidents(db, RESIDENTS);
      const filled = await fillCases(db, residents, CASES, DAYS);
      const setupSeconds = (performance.now() - started) / 1000;
      const bearer = (i: number) => ({ Authorization: `Bearer ${at(residents, i % RESIDENTS).accessToken}` });
      // 7919 is prime to 100,000: requests 0 … 99,999 look up every case once, in a scattered order.
      const keyOf = (i: number): CaseKey => at(filled.keys, (i * 7919) % CASES);
      const lookupPath = (i: number) => `/api/v1/cases/lookup?number=${keyOf(i).number}&code=${keyOf(i).code}`;
      // One of each first: a wrong token, seal or hash fails here, not as 20,000 errors.
      const first = await getJson<{ total: number }>(`${ours.baseUrl}${MINE_PATH}`, bearer(0));
      if (first.total !== CASES / RESIDENTS) problems.push(`resident 0 has ${first.total} cases, expected ${CASES / RESIDENTS}`);
      await getJson(`${ours.baseUrl}${lookupPath(0)}`);

      // Request i: resident i % 2,000's first page; the same requests go to both servers.
      const mine = (i: number) => ({ path: MINE_PATH, headers: { ...bearer(i), [BARE_USER_HEADER]: at(residents, i % RESIDENTS).userId } });
      const mineOurs = await measure({ endpoint: 'GET /cases/mine', server: 'ours', expected: '200' }, ours.baseUrl, 'GET', READS, mine);
      bare = await startBareServer(database.url);
      const mineBare = await measure({ endpoint: 'GET /cases/mine', server: 'bare', expected: '200' }, bare.baseUrl, 'GET', READS, mine);
      await bare.stop();
      bare = undefined;
      const lookup = await measure({ endpoint: 'GET /cases/lookup', server: 'ours', expected: '200' }, ours.baseUrl, 'GET', READS, (i) => ({
        path: lookupPath(i),
      }));
      const item = await pickSubmissionItem(ours.baseUrl);
      const body = JSON.stringify({
        itemCode: item.code,
        applicant: { kind: 'individual' },
        contactPhone: '13900000000',
        answers: item.answers,
        materials: [],
      });
      const submit = await measure({ endpoint: 'POST /cases', server: 'ours', expected: '201' }, ours.baseUrl, 'POST', SUBMISSIONS, (i) => ({
        path: '/api/v1/cases',
        headers: { ...bearer(i), 'Idempotency-Key': randomUUID(), 'content-type': 'application/json' },
        body,
      }));
      await ours.stop();
      ours = undefined;
      const numbers = await checkNumbers(db, filled.today);

      const runs = [mineOurs, mineBare, lookup, submit];
      const ratio = rate(mineOurs.load) / rate(mineBare.load);
      console.log(title);
      const mix = [...filled.byStatus].map(([status, n]) => `${status} ${n}`).join(', ');
      console.log(`Data: ${filled.itemCount} items, days ${filled.firstDay} … ${filled.today}; ${mix}; set up (migrate, seed, fill) in ${setupSeconds.toFixed(0)} s.`);
      console.log(`Load: autocannon, ${CONNECTIONS} connections, ${WARM_UP} untimed warm-up requests before each run; mine = page 1 of 20`);
      console.log(`for resident i % ${RESIDENTS} (own token); lookup = case (i × 7919) % ${CASES}, right code; submit = ${item.code} ${item.name},`);
      console.log('answers filled per form field type, no uploads, resident i % 2,000, fresh Idempotency-Key; bare = Koa + mysql2, the same two');
      console.log('queries as ours (page + COUNT) without auth, validation, mapping. Both servers: child processes, pool of 20 connections.');
      console.table(
        runs.map((r) => ({
          endpoint: r.endpoint,
          server: r.server,
          ...timing(r.load),
          'non-2xx': unexpected(r.load, [r.expected]).count,
          'ours/bare': r.endpoint === mineOurs.endpoint ? (r === mineOurs ? ratio.toFixed(2) : '1.00') : '',
        })),
      );
      for (const r of [mineOurs, lookup]) {
        const p95 = timing(r.load)['p95 ms'];
        console.log(`Goal p95 < ${P95_GOAL_MS} ms for ${r.endpoint}: ${p95 < P95_GOAL_MS ? 'met' : 'NOT met'} (${p95} ms).`);
      }

      for (const r of runs) {
        for (const w of unexpected(r.warm, [r.expected]).what) problems.push(`${r.endpoint} (${r.server}) warm-up: ${w}`);
        for (const w of unexpected(r.load, [r.expected]).what) problems.push(`${r.endpoint} (${r.server}): ${w}`);
      }
      const createdToday = countOf(submit.warm, '201') + countOf(submit.load, '201');
      if (numbers.today !== filled.todayCount + createdToday)
        problems.push(`${numbers.today} cases numbered today, expected ${filled.todayCount} filled + ${createdToday} submitted`);
      if (numbers.cases !== CASES + createdToday) problems.push(`${numbers.cases} cases in the table, expected ${CASES + createdToday}`);
      for (const b of numbers.broken) problems.push(`numbers not unique and gap-free: ${b}`);
      console.log(
        `Numbers: ${numbers.cases} cases over ${numbers.days} days; today ${filled.todayCount} filled + ${createdToday} submitted = ${numbers.today}; ` +
          `${numbers.broken.length ? `${numbers.broken.length} day(s) NOT` : 'every day'} unique and gap-free (1 … n = sequence row).`,
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
