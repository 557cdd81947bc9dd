// Mixed-load bench on MariaDB: the whole resident-facing API at once, 200 connections for
// MIXED_SECONDS (default 120) — guide search and detail, halls, availability, booking, 我的办件 and
// 办件查询, each route its own share of the connections, all running together against one API
// instance. Per route: p50/p95/p99 and the answers; every answer must be one the route may give
// (errors: 0). The instance's resident memory (RSS) at the start and end of the load must stay in
// bound; its live heap (after a full collection, heap-probe.mjs) before and after tells whether the
// load left anything behind.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { at } from '../lib/at';
import { type RunningServer, startServer } from '../lib/server-process';
import { API_ENV, getJson, withBenchDatabase } from './bench-db';
import { fillCases } from './case-fixtures';
import { fire, type LoadResult, timing, unanswered, unexpected } from './load';
import { openMixedSlots } from './mixed-fixtures';
import { createResidents } from './residents';
import { liveHeapMegabytes, pidListeningOn, rssMegabytes } from './process-memory';

const CONNECTIONS = 200;
const SECONDS = Number(process.env.MIXED_SECONDS ?? 120);
const RESIDENTS = 2000;
const CASES = 20_000;
const DAYS = 60;
/** RSS bound: at most this much above the start, and at most this much in all (MB). */
const RSS_GROWTH_MB = 200;
const RSS_CEILING_MB = 700;
/** Live heap bound: at most this much more after the load than before it (MB). */
const LIVE_HEAP_GROWTH_MB = 50;
/** Quiet time after the load before the last RSS reading. */
const SETTLE_SECONDS = 15;
const QUERIES = ['结婚', '身份证', '居住证', '社保', '营业执照', '公积金', '出生', '退休', '医保', '户口迁移', '驾驶证', '低保'];

interface Route {
  name: string;
  connections: number;
  method: 'GET' | 'POST';
  expected: string[];
  build: (i: number) => { path: string; headers?: Record<string, string>; body?: string };
}

export async function runMixedBench(): Promise<void> {
  if (!Number.isFinite(SECONDS) || SECONDS < 5) throw new Error(`MIXED_SECONDS must be a number ≥ 5, not ${process.env.MIXED_SECONDS}`);
  const title = `\nMixed load on MariaDB — ${CONNECTIONS} connections over 7 routes for ${SECONDS} s (MIXED_SECONDS), one API instance with its notification worker`;
  await withBenchDatabase(title, async (database) => {
    const db = await database.connect();
    let ours: RunningServer | undefined;
    try {
      // One instance doing everything, as `npm start` does: its notification worker delivers the bookings' events.
      const heapFile = join(mkdtempSync(join(tmpdir(), 'bianmin-heap-')), 'heap.jsonl');
      const probe = { NODE_OPTIONS: `--import ${join(import.meta.dirname, 'heap-probe.mjs')}`, BENCH_HEAP_PROBE: heapFile };
      ours = await startServer({
        databaseUrl: database.url,
        env: { ...API_ENV, REDIS_URL: '', NOTIFICATION_WORKER: 'in-process', ...probe },
        build: 'production',
      });
      const base = ours.baseUrl;
      const residents = await createResidents(db, RESIDENTS);
      const filled = await fillCases(db, residents, CASES, DAYS);
      const booking = await openMixedSlots(db, base);
      const guides = await getJson<{ items: { code: string }[] }>(`${base}/api/v1/guides?pageSize=50`);
      const codes = guides.items.map((g) => g.code);
      const pid = pidListeningOn(Number(new URL(base).port));
      const bearer = (i: number) => ({ Authorization: `Bearer ${at(residents, i % RESIDENTS).accessToken}` });
      const routes: Route[] = [
        {
          name: 'GET /guides?q=',
          connections: 40,
          method: 'GET',
          expected: ['200'],
          build: (i) => ({ path: `/api/v1/guides?q=${encodeURIComponent(at(QUERIES, i % QUERIES.length))}` }),
        },
        {
          name: 'GET /guides/:code',
          connections: 30,
          method: 'GET',
          expected: ['200'],
          build: (i) => ({ path: `/api/v1/guides/${at(codes, i % codes.length)}` }),
        },
        { name: 'GET /halls', connections: 15, method: 'GET', expected: ['200'], build: () => ({ path: '/api/v1/halls' }) },
        {
          name: 'GET /appointments/availability',
          connections: 25,
          method: 'GET',
          expected: ['200'],
          build: () => ({ path: booking.availabilityPath }),
        },
        {
          name: 'POST /appointments',
          connections: 30,
          method: 'POST',
          // Places run out early in the run: after that a booking is refused cleanly, never failed.
          expected: ['201', '409 SLOT_FULL', '409 ALREADY_BOOKED'],
          build: (i) => ({
            path: '/api/v1/appointments',
            headers: { ...bearer(i * 7), 'Idempotency-Key': randomUUID(), 'content-type': 'application/json' },
            body: JSON.stringify({
              slotId: at(booking.slotIds, i % booking.slotIds.length),
              itemCode: booking.itemCode,
              contactPhone: '13900000000',
            }),
          }),
        },
        {
          name: 'GET /cases/mine',
          connections: 40,
          method: 'GET',
          expected: ['200'],
          build: (i) => ({ path: '/api/v1/cases/mine?page=1&pageSize=20', headers: bearer(i) }),
        },
        {
          name: 'GET /cases/lookup',
          connections: 20,
          method: 'GET',
          expected: ['200'],
          build: (i) => {
            const key = at(filled.keys, (i * 7919) % filled.keys.length);
            return { path: `/api/v1/cases/lookup?number=${key.number}&code=${key.code}` };
          },
        },
      ];
      if (routes.reduce((n, r) => n + r.connections, 0) !== CONNECTIONS) throw new Error('route connections must add up to CONNECTIONS');
      // One of each first: a wrong token, seal or path fails here, not as thousands of errors.
      for (const r of routes.filter((x) => x.method === 'GET')) {
        const { path, headers } = r.build(0);
        await getJson(`${base}${path}`, headers);
      }

      const heapStart = await liveHeapMegabytes(pid, heapFile);
      const rssStart = rssMegabytes(pid);
      let rssPeak = rssStart ?? 0;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMegabytes(pid) ?? 0)), 2000);
      const loads = await Promise.all(
        routes.map((r) =>
          fire({ baseUrl: base, connections: r.connections, amount: 50_000_000, maxSeconds: SECONDS, method: r.method, build: r.build }),
        ),
      );
      clearInterval(sampler);
      const rssEnd = rssMegabytes(pid);
      // Garbage of the last seconds is still on the heap when the load stops; V8 gives it back once
      // allocation calms down. What is still held after a quiet moment is what the load left behind.
      await new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));
      const rssSettled = rssMegabytes(pid);
      const heapAfter = await liveHeapMegabytes(pid, heapFile);
      await ours.stop();
      ours = undefined;

      report(title, routes, loads, {
        rssStart,
        rssEnd,
        rssSettled,
        rssPeak,
        heapStart,
        heapAfter,
        slots: booking.slotIds.length,
        cases: CASES,
      });
    } finally {
      await ours?.stop().catch(() => {});
      await db.end().catch(() => {});
    }
  });
}

function report(
  title: string,
  routes: Route[],
  loads: LoadResult[],
  m: {
    rssStart: number | null;
    rssEnd: number | null;
    rssSettled: number | null;
    rssPeak: number;
    heapStart: number | null;
    heapAfter: number | null;
    slots: number;
    cases: number;
  },
) {
  console.log(title);
  console.log(
    `Data: ${RESIDENTS} verified residents, ${m.cases.toLocaleString('en')} cases, ${m.slots} bookable slots; autocannon per route, all at once,`,
  );
  console.log('each request built when sent (own token, fresh Idempotency-Key); latency = autocannon per-response times.');
  const problems: string[] = [];
  const rows = routes.map((r, k) => {
    const l = at(loads, k);
    const bad = unexpected(l, r.expected);
    if (bad.count) problems.push(`${r.name}: ${bad.what.join(', ')}`);
    if (l.timeouts) problems.push(`${r.name}: ${l.timeouts} timeouts`);
    const answers = [...l.answers].map(([key, n]) => `${key}: ${n}`).join(', ');
    return {
      route: r.name,
      connections: r.connections,
      ...timing(l),
      errors: bad.count + l.timeouts,
      'cut off at end': unanswered(l),
      answers,
    };
  });
  console.table(rows);
  const all = loads.reduce((n, l) => n + l.latencies.length, 0);
  console.log(`All routes: ${all} answers in ${SECONDS} s, ${Math.round(all / SECONDS)} req/s.`);
  if (m.rssStart === null || m.rssEnd === null || m.rssSettled === null) {
    console.log('RSS: not measured (needs Linux /proc).');
  } else {
    const ok = m.rssSettled <= m.rssStart + RSS_GROWTH_MB && m.rssPeak <= RSS_CEILING_MB;
    console.log(
      `RSS of the API process: ${m.rssStart} MB at the start of the load, ${m.rssEnd} MB at its end, ${m.rssSettled} MB ${SETTLE_SECONDS} s later, ` +
        `peak ${m.rssPeak} MB; bound: ${SETTLE_SECONDS} s after ≤ start + ${RSS_GROWTH_MB} MB and peak ≤ ${RSS_CEILING_MB} MB — ${ok ? 'held' : 'NOT held'}.`,
    );
    if (!ok) problems.push('RSS bound not held');
  }
  if (m.heapStart === null || m.heapAfter === null) {
    console.log('Live heap: not measured (the process did not answer the probe).');
  } else {
    const ok = m.heapAfter <= m.heapStart + LIVE_HEAP_GROWTH_MB;
    console.log(
      `Live heap of the API process after a full collection: ${m.heapStart} MB before the load, ${m.heapAfter} MB ${SETTLE_SECONDS} s after it; ` +
        `bound: after ≤ before + ${LIVE_HEAP_GROWTH_MB} MB — ${ok ? 'held' : 'NOT held'}.`,
    );
    if (!ok) problems.push('live heap bound not held');
  }
  if (problems.length) {
    console.log(`Mixed load FAILED:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('Every answer was one its route may give: 0 errors.');
  }
}
