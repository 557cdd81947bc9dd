// Notification bench on MariaDB: 10,000 case events (受理 notices to 10,000 residents, each with a
// WeChat subscription credit) delivered by 4 worker processes through the fake WeChat, with 30% of
// sends failing temporarily (errcode -1, retried with backoff). Reports throughput, messages lost
// (goal 0), duplicates at the provider (goal 0: WeChat carries no dedupe key, so any repeat of a
// message is one) — apart from repeats after a worker's client timed out although WeChat had taken
// the message, which no sender can tell from a loss — and the time from event to delivery. The
// workers start first; events are then written in batches of 500 as fast as MariaDB takes them.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2/promise';
import { type FakeWechat, startFakeWechat } from '@bianmin/fakes/wechat';
import { REPO_ROOT } from '../lib/server-process';
import { API_ENV, insertBatches, withBenchDatabase } from './bench-db';
import { percentile } from './load';

const MESSAGES = 10_000;
const WORKERS = 4;
const FAIL_SHARE = 0.3;
const THROUGHPUT_GOAL = 500;
const TIMEOUT_SECONDS = 300;
const SERVER_DIR = join(REPO_ROOT, 'server');
const TSX = join(SERVER_DIR, 'node_modules/.bin/tsx');
const TEMPLATE = 'BmCaseProgress-0001';

/** Listens to the fake WeChat: when each message got through, and repeats the sender could not know about. */
function watchDeliveries(wechat: FakeWechat) {
  const delivered = new Map<string, number[]>();
  const unanswered = new Set<string>();
  wechat.onSent((m, info) => {
    const key = `${m.touser}|${m.data.character_string1?.value ?? ''}`;
    delivered.set(key, [...(delivered.get(key) ?? []), info.at]);
    // The worker gave up waiting (its client's timeout) although WeChat took the message: it
    // cannot know, and sends again — WeChat has no idempotency key. Counted apart.
    if (info.callerGone) unanswered.add(key);
  });
  return { delivered, unanswered };
}

export async function runNotificationBench(): Promise<void> {
  const title = `\nNotifications on MariaDB — ${MESSAGES.toLocaleString('en')} events, ${WORKERS} worker processes, fake WeChat failing ${FAIL_SHARE * 100}% of sends (-1)`;
  await withBenchDatabase(title, async (database) => {
    const wechat = await startFakeWechat();
    // Seeded: the same sends fail in every run.
    wechat.failRatio('subscribe_send', FAIL_SHARE, { seed: 11, errcode: -1 });
    const flaky = watchDeliveries(wechat);
    const workers: ChildProcess[] = [];
    const env = {
      ...process.env,
      ...API_ENV,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APP_ID: wechat.appId,
      WECHAT_APP_SECRET: wechat.appSecret,
    };
    const db = await database.connect();
    try {
      const migrated = spawnSync(TSX, ['src/db/migrate.ts'], { cwd: SERVER_DIR, env, encoding: 'utf8' });
      if (migrated.status !== 0) throw new Error(`migration failed:\n${migrated.stderr}`);
      // Residents who opened the mini-app (the fake knows their openid) and accepted the progress template once.
      const now = new Date();
      const residents = Array.from({ length: MESSAGES }, (_, i) => ({
        id: randomUUID(),
        openid: `o-notify-${i}-${randomUUID().slice(0, 8)}`,
      }));
      for (const r of residents) wechat.loginCode(r.openid);
      await insertBatches(
        db,
        'INSERT INTO user_account (id, kind, display_name, wechat_openid, disabled, failed_logins, created_at, updated_at) VALUES ?',
        residents.map((r) => [r.id, 'resident', '微信用户', r.openid, false, 0, now, now]),
      );
      await insertBatches(
        db,
        'INSERT INTO notification_subscription (user_id, template_id, credits, rejected, updated_at) VALUES ?',
        residents.map((r) => [r.id, TEMPLATE, 1, false, now]),
      );
      const numberOf = (i: number) => `370214-20261204-${String(i).padStart(5, '0')}`;
      const events = residents.map((r, i) => {
        const payload = {
          number: numberOf(i),
          itemCode: 'X',
          itemName: '食品经营许可',
          status: 'accepted',
          acceptedOn: '2026-12-04',
          deemed: false,
        };
        return [
          'case.accepted',
          'case',
          randomUUID(),
          r.id,
          JSON.stringify(payload),
          `case.accepted:bench:${i}`,
          new Date(),
          null,
          null,
          null,
        ];
      });
      // Workers first, timing from the first event: starting node + tsx is not what is measured.
      const options = JSON.stringify({ retryBaseMs: 200, retryCapMs: 3_000, batch: 200, concurrency: 64, idleMs: 100 });
      const ready: Promise<void>[] = [];
      for (let w = 0; w < WORKERS; w++) {
        // BENCH_CPU_PROF=DIR: each worker writes a .cpuprofile there when it is stopped.
        const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
        const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/testing/notify-worker.ts', options], {
          cwd: SERVER_DIR,
          env,
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        workers.push(child);
        ready.push(
          new Promise((resolve, reject) => {
            child.stdout.on('data', (chunk: Buffer) => {
              if (chunk.toString().includes('ready')) resolve();
            });
            child.once('exit', (code) => reject(new Error(`worker exited with ${String(code)}`)));
          }),
        );
      }
      await Promise.all(ready);
      const sent = new Map<string, number>();
      const started = Date.now();
      for (let i = 0; i < events.length; i += 500) {
        await insertBatches(
          db,
          'INSERT INTO domain_event (type, aggregate_type, aggregate_id, user_id, payload, dedupe_key, created_at, processed_at, claimed_by, claimed_until) VALUES ?',
          events.slice(i, i + 500),
        );
        const t = Date.now();
        for (let j = i; j < Math.min(i + 500, events.length); j++) sent.set(`${residents[j]?.openid ?? ''}|${numberOf(j)}`, t);
      }
      const deadline = started + TIMEOUT_SECONDS * 1000;
      while (flaky.delivered.size < MESSAGES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      // A moment more: a late duplicate would show here.
      await new Promise((r) => setTimeout(r, 2_000));
      // Stopped, then given a moment to exit (a profiled worker writes its profile on the way out).
      const exited = workers.map((w) => new Promise((r) => w.once('exit', r)));
      for (const w of workers) w.kill('SIGTERM');
      await Promise.race([Promise.all(exited), new Promise((r) => setTimeout(r, 5_000))]);

      const times = [...flaky.delivered.values()];
      const finished = Math.max(...times.map((t) => t[0] ?? 0));
      const seconds = (finished - started) / 1000;
      const latencies = [...flaky.delivered.entries()].map(([key, t]) => (t[0] ?? 0) - (sent.get(key) ?? 0)).sort((a, b) => a - b);
      const repeats = [...flaky.delivered.entries()].map(([key, t]) => ({ key, extra: t.length - 1 }));
      const afterTimeout = repeats.filter((r) => flaky.unanswered.has(r.key)).reduce((n, r) => n + r.extra, 0);
      const duplicates = repeats.reduce((n, r) => n + r.extra, 0) - afterTimeout;
      const lost = [...sent.keys()].filter((k) => !flaky.delivered.has(k)).length;
      const [statuses] = await db.query<RowDataPacket[]>(
        "SELECT status, COUNT(*) AS n FROM notification_delivery WHERE channel = 'wechat' GROUP BY status",
      );
      const [attempts] = await db.query<RowDataPacket[]>("SELECT SUM(attempts) AS n FROM notification_delivery WHERE channel = 'wechat'");
      console.log(title);
      console.table([
        {
          messages: MESSAGES,
          delivered: flaky.delivered.size,
          'sends tried': Number(attempts[0]?.n ?? 0),
          'failed (injected)': wechat.calls.subscribe_send - [...flaky.delivered.values()].reduce((n, t) => n + t.length, 0),
          seconds: Number(seconds.toFixed(1)),
          'messages/s': Math.round(flaky.delivered.size / seconds),
          lost,
          duplicates,
          'repeats after a timeout': afterTimeout,
          'p50 event→delivery ms': percentile(latencies, 0.5),
          'p95 event→delivery ms': percentile(latencies, 0.95),
        },
      ]);
      console.log(`delivery rows by status: ${statuses.map((s) => `${String(s.status)} ${String(s.n)}`).join(', ')}`);
      const rate = flaky.delivered.size / seconds;
      const verdict = [
        rate >= THROUGHPUT_GOAL ? `throughput ≥ ${THROUGHPUT_GOAL}/s: met` : `throughput goal ${THROUGHPUT_GOAL}/s: NOT met`,
        lost ? `LOST ${lost}` : 'nothing lost',
        duplicates ? `${duplicates} DUPLICATES` : 'no duplicates',
      ];
      console.log(verdict.join('; '));
    } finally {
      for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
      await db.end();
      await wechat.close();
    }
  });
}
