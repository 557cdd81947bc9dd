// Starts the real API (+ served H5 build) as a child process on a free port with its own database,
// for the browser test and the benchmarks. Stops it again, whatever happens.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FakeWechat, startFakeWechat } from '@bianmin/fakes/wechat';
import { type FakeCourier, startFakeCourier } from '@bianmin/fakes/courier';
import { type FakeSms, startFakeSms } from '@bianmin/fakes/sms';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const SERVER_DIR = join(REPO_ROOT, 'server');
const TSX = join(SERVER_DIR, 'node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => ok(port));
      })
      .on('error', fail);
  });
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Migrates and seeds a fresh database (SQLite in a temp dir unless `databaseUrl` is given) with the
 * demo catalogue, staff and schedules, starts a fake WeChat server, a fake SMS service and a fake courier (posted
 * results get their waybills there), then serves the API + H5.
 */
let built = false;
/** server/build.mjs, once per process: the production bundle from the current source. */
function buildServer(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['build.mjs'], { cwd: SERVER_DIR, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`server build failed:\n${r.stdout}\n${r.stderr}`);
  built = true;
}

export async function startServer(
  opts: {
    databaseUrl?: string;
    env?: Record<string, string>;
    /** 'production': serve with `node server/dist/main.js`, built first (the benches); source through tsx otherwise. */
    build?: 'source' | 'production';
  } = {},
): Promise<RunningServer & { wechat: FakeWechat; courier: FakeCourier; sms: FakeSms }> {
  const dir = mkdtempSync(join(tmpdir(), 'bianmin-'));
  const wechat = await startFakeWechat();
  const courier = await startFakeCourier();
  const sms = await startFakeSms();
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: opts.databaseUrl ?? `sqlite:${join(dir, 'e2e.sqlite')}`,
    WECHAT_API_BASE_URL: wechat.url,
    WECHAT_APP_ID: wechat.appId,
    WECHAT_APP_SECRET: wechat.appSecret,
    COURIER_API_BASE_URL: courier.url,
    COURIER_API_KEY: courier.apiKey,
    SMS_API_BASE_URL: sms.url,
    SMS_ACCESS_KEY_ID: sms.accessKeyId,
    SMS_ACCESS_KEY_SECRET: sms.accessKeySecret,
    SMS_SIGN_NAME: sms.signName,
    ...opts.env,
  };
  for (const [script, ...args] of [['src/db/migrate.ts'], [join(REPO_ROOT, 'scripts/seed/main.ts'), '--demo']] as const) {
    const r = spawnSync(TSX, [script, ...args], { cwd: SERVER_DIR, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const port = await freePort();
  if (opts.build === 'production') buildServer();
  const [command, main] = opts.build === 'production' ? [process.execPath, 'dist/main.js'] : [TSX, 'src/main.ts'];
  const child: ChildProcess = spawn(command, [main], {
    cwd: SERVER_DIR,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  sms.setReceiptUrl(`${baseUrl}/api/v1/notifications/receipts/sms`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('server did not become healthy in 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // A server that dies under test (a crash, a stray signal) ends the run at once, saying so, instead
  // of leaving a bench or a browser test waiting on a port nobody serves.
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`The API server under test exited unexpectedly (code ${code}, signal ${signal}).`);
    process.exit(1);
  });
  return {
    baseUrl,
    wechat,
    courier,
    sms,
    async stop() {
      stopping = true;
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await Promise.all([wechat.close(), courier.close(), sms.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
