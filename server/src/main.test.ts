// The production build as an operator runs it: `build:server`, then `node server/dist/main.js` —
// no tsx, no TypeScript, no devDependency — answering health, logging JSON lines without personal
// data, and stopping on SIGTERM without failing the resident whose request was in flight.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Readiness, TokenPair } from '@bianmin/shared';
import { type FakeWechat, startFakeWechat } from '@bianmin/fakes/wechat';
import { parseDatabaseUrl } from './config';
import { createDataSource } from './db/data-source';
import { importCatalogue } from './modules/catalogue/index';
import { childProcessEnv, demoCatalogueFiles, freshDatabaseUrl } from './testing/harness';

const SERVER_DIR = resolve(import.meta.dirname, '..');
let dir: string;
let wechat: FakeWechat;
let env: NodeJS.ProcessEnv;
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: SERVER_DIR, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'bianmin-dist-'));
  const db = await freshDatabaseUrl(join(dir, 'bianmin.sqlite'));
  dropDatabase = db.drop;
  wechat = await startFakeWechat();
  env = childProcessEnv({
    DATABASE_URL: db.url,
    HOST: '127.0.0.1',
    PORT: '0',
    H5_DIR: '',
    FILE_STORE_DIR: join(dir, 'uploads'),
    WECHAT_API_BASE_URL: wechat.url,
    WECHAT_APP_ID: wechat.appId,
    WECHAT_APP_SECRET: wechat.appSecret,
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE_MS: '10000',
  });
  // What the child is started with is exactly what the test says: no loader smuggled in.
  delete env.NODE_OPTIONS;
  // The built migration runner brings the empty database up to date.
  const migrated = execFileSync(process.execPath, ['dist/migrate.js'], { cwd: SERVER_DIR, env, encoding: 'utf8' });
  expect(migrated).toMatch(/^Applied migrations: /);
  const ds = createDataSource(parseDatabaseUrl(db.url));
  await ds.initialize();
  await importCatalogue(ds, demoCatalogueFiles());
  await ds.destroy();
});
afterAll(async () => {
  await wechat.close();
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
});

type LogLine = Record<string, unknown> & { msg?: string };

/** `node dist/main.js`, its stdout read line by line as the log collector would. */
async function startBuiltServer(nodeArgs: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'dist/main.js'], {
    cwd: SERVER_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const raw: string[] = [];
  const lines: LogLine[] = [];
  const waiters: { test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    raw.push(text);
    const line = JSON.parse(text) as LogLine;
    lines.push(line);
    for (const w of waiters.filter((w) => w.test(line))) w.resolve(line);
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const waitFor = (test: (l: LogLine) => boolean, what: string) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(test);
      if (seen) {
        resolve(seen);
        return;
      }
      waiters.push({ test, resolve });
      void exited.then((code) => reject(new Error(`server exited (${code}) before "${what}": ${stderr}`)));
      setTimeout(() => reject(new Error(`no "${what}" within 30 s: ${stderr}`)), 30_000).unref();
    });
  const listening = await waitFor((l) => l.msg === 'listening', 'listening');
  const base = `http://127.0.0.1:${String(listening.port)}`;
  return { child, raw, lines, waitFor, exited, base, stderr: () => stderr };
}

describe('node server/dist/main.js', () => {
  it('serves health from the bundle, loading neither tsx nor any TypeScript file', async () => {
    // A resolve hook of our own records every module the process imports.
    const loaded = join(dir, 'loaded.txt');
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(loaded)}, r.url + '\\n');
  return r;
}`,
    );
    writeFileSync(
      join(dir, 'probe.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${dir}/hooks.mjs`)});\n`,
    );
    const server = await startBuiltServer(['--import', join(dir, 'probe.mjs')]);
    try {
      const health = await fetch(`${server.base}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' });
      const ready = await fetch(`${server.base}/api/v1/health/ready`);
      expect(((await ready.json()) as Readiness).ready).toBe(true);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    const urls = readFileSync(loaded, 'utf8').trim().split('\n');
    expect(urls).toContain(`file://${SERVER_DIR}/dist/main.js`);
    expect(urls.some((u) => u.includes('/node_modules/koa/'))).toBe(true);
    expect(urls.filter((u) => /\/tsx\/|\.[cm]?tsx?$/.test(u))).toEqual([]);
    // The shared package is inside the bundle, not loaded from its TypeScript source.
    expect(urls.filter((u) => u.includes('/shared/src/'))).toEqual([]);
  });

  it('logs each request as one JSON line with route, status, duration and request id, and no personal numbers', async () => {
    const server = await startBuiltServer();
    try {
      const phone = '13912345678';
      const idNumber = '11010519491231002X';
      const res = await fetch(`${server.base}/api/v1/guides/${idNumber}?phone=${phone}`, {
        headers: { 'X-Request-Id': 'trace-0001-abcd' },
      });
      expect(res.status).toBe(404);
      await fetch(`${server.base}/api/v1/no-such/${phone}`);
      const line = await server.waitFor((l) => l.msg === 'request' && l.requestId === 'trace-0001-abcd', 'request line');
      expect(line).toMatchObject({ route: '/api/v1/guides/:code', method: 'GET', status: 404, service: 'bianmin-api' });
      expect(typeof line.durationMs).toBe('number');
      await server.waitFor((l) => l.msg === 'request' && l.route === '(unmatched api)', 'unmatched request line');
      // Every stdout line is JSON (no banner, no pretty printing), and neither number appears anywhere.
      expect(server.raw.length).toBe(server.lines.length);
      const all = server.raw.join('\n');
      expect(all).not.toContain(phone);
      expect(all).not.toContain(idNumber);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  });

  it('runs the notification worker from the bundle, which stops on SIGTERM with exit code 0', async () => {
    const worker = spawn(process.execPath, ['dist/worker.js'], { cwd: SERVER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: string[] = [];
    const started = new Promise<void>((resolve) => {
      createInterface({ input: worker.stdout }).on('line', (text) => {
        out.push(text);
        if ((JSON.parse(text) as LogLine).msg === 'notification worker started') resolve();
      });
    });
    const exited = new Promise<number | null>((r) => worker.once('exit', (code) => r(code)));
    await Promise.race([started, exited]);
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.map((l) => (JSON.parse(l) as LogLine).msg)).toContain('notification worker stopped');
  });

  it('on SIGTERM, finishes the sign-in in flight, refuses new connections and exits 0', async () => {
    const server = await startBuiltServer();
    const body = JSON.stringify({ code: wechat.loginCode('openid-shutdown-test') });
    // A resident on a slow network: the request has begun, its body is still arriving.
    const answer = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      const req = request(`${server.base}/api/v1/auth/wechat`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        void server
          .waitFor((l) => l.msg?.startsWith('shutting down') === true, 'shutting down')
          .then(async () => {
            // The listening socket is closed: a new connection is refused outright.
            await expect(fetch(`${server.base}/api/v1/health/live`)).rejects.toThrow();
            req.end(body.slice(10));
          }, reject);
      }, 300);
    });
    const res = await answer;
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as TokenPair).accessToken).toBeTruthy();
    expect(res.connection).toBe('close');
    expect(await server.exited).toBe(0);
    expect(server.lines.find((l) => l.msg === 'stopped')).toMatchObject({ outcome: 'drained' });
    expect(server.stderr()).toBe('');
  });
});
