// Notification bench on MariaDB: 10,000 case events (受理 notices to 10,000 residents, each with a
// WeChat subscription credit) delivered by 4 worker processes through the fake WeChat, with 30% of
// sends failing temporarily (errcode -1, retried with backoff). Reports throughput, messages lost
// (goal 0), duplicates at the provider (goal 0: WeChat carries no dedupe key, so any repeat of a
// message is one) — apart from repeats after a worker's client timed out although WeChat had taken
// the message, which no sender can tell from a loss — and the time from event to delivery. The
// workers start first; events are then written in batches of 500 as fast as MariaDB takes them.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2/promise';
import { startFakeWechat } from '@bianmin/fakes/wechat';
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

/** In front of the fake WeChat: fails FAIL_SHARE of sends with -1 and notes when each message got through. */
async function startFlakyWechat(target: string) {
  const delivered = new Map<string, number[]>();
  const unanswered = new Set<string>();
  let failed = 0;
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const send = req.url?.startsWith('/cgi-bin/message/subscribe/send');
      if (send && Math.random() < FAIL_SHARE) {
        failed++;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":-1,"errmsg":"system error"}');
        return;
      }
      const answer = await fetch(target + (req.url ?? '/'), {
        method: req.method,
        headers: { 'content-type': 'application/json' },
        body: req.method === 'GET' ? undefined : body,
      });
      const text = await answer.text();
      if (send && (JSON.parse(text) as { errcode?: number }).errcode === 0) {
        const m = JSON.parse(body.toString('utf8')) as { touser: string; data: Record<string, { value: string }> };
        const key = `${m.touser}|${m.data.character_string1?.value ?? ''}`;
        delivered.set(key, [...(delivered.get(key) ?? []), Date.now()]);
        // The worker gave up waiting (its client's timeout) although WeChat took the message: it
        // cannot know, and sends again — WeChat has no idempotency key. Counted apart.
        if (req.socket.destroyed) unanswered.add(key);
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    delivered,
    unanswered,
    failed: () => failed,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export async function runNotificationBench(): Promise<void> {
  const title = `\nNotifications on MariaDB — ${MESSAGES.toLocaleString('en')} events, ${WORKERS} worker processes, fake WeChat failing ${FAIL_SHARE * 100}% of sends (-1)`;
  await withBenchDatabase(title, async (database) => {
    const wechat = await startFakeWechat();
    const flaky = await startFlakyWechat(wechat.url);
    const workers: ChildProcess[] = [];
    const env = {
      ...process.env,
      ...API_ENV,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      WECHAT_API_BASE_URL: flaky.url,
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
      const options = JSON.stringify({ retryBaseMs: 200, retryCapMs: 3_000, batch: 50, concurrency: 16, idleMs: 100 });
      const ready: Promise<void>[] = [];
      for (let w = 0; w < WORKERS; w++) {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/testing/notify-worker.ts', options], {
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
      for (const w of workers) w.kill('SIGTERM');

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
          'failed (injected)': flaky.failed(),
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
      await flaky.close();
      await wechat.close();
    }
  });
}
