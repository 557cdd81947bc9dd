// Several API instances on one database (or one per Galera node), as behind a load balancer: the
// first is started by startServer, which migrates and seeds the catalogue — once; the others only
// serve (the server refuses to start while its schema is behind). Same secrets everywhere, shared
// rate limits in Redis under a prefix of this run, uploads in the database.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_DEFAULTS, type JwtConfig } from '@bianmin/server/tooling';
import { freePort, REPO_ROOT, startServer } from '../lib/server-process';
import { caughtUp } from './nodes';

export const JWT: JwtConfig = { secret: DEV_DEFAULTS.jwtSecret, issuer: 'bianmin-api', audience: 'bianmin-miniapp', accessTtlSeconds: 900 };
export const DISTRICT = { code: '370214', timeZone: 'Asia/Shanghai' };

export interface Instance {
  /** 1-based, as in the report. */
  index: number;
  baseUrl: string;
  databaseUrl: string;
  /** Its errors, counted (the first logs to this process's output; the others to a file). */
  logSummary(): string;
}

export interface Instances {
  list: Instance[];
  redisKeyPrefix: string;
  stop(): Promise<void>;
}

function apiEnv(redisKeyPrefix: string): Record<string, string> {
  return {
    LOG_LEVEL: 'warn',
    H5_DIR: '',
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
    ACCESS_TOKEN_TTL_SECONDS: String(JWT.accessTtlSeconds),
    DATA_ENCRYPTION_KEYS: DEV_DEFAULTS.encryptionKeys,
    DATA_HASH_KEY: DEV_DEFAULTS.hashKey,
    DISTRICT_CODE: DISTRICT.code,
    DISTRICT_TIME_ZONE: DISTRICT.timeZone,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: redisKeyPrefix,
    FILE_STORE: 'db',
  };
}

/** What an instance's log says went wrong, counted: "unhandled error: ER_LOCK_DEADLOCK ×13". */
function summarise(logFile: string): string {
  const counts = new Map<string, number>();
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { code?: string; message?: string } };
      const key = `${entry.msg ?? '?'}: ${entry.err?.code ?? entry.err?.message?.slice(0, 80) ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } catch {
      /* not a log entry */
    }
  }
  return [...counts].map(([k, n]) => `${k} ×${n}`).join('; ') || 'nothing logged';
}

/** An API process on an already migrated and seeded database; `spawned` gets the child at once (to stop it whatever happens). */
async function serveOnly(databaseUrl: string, env: Record<string, string>, logFile: string, spawned: ChildProcess[]): Promise<string> {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(join(REPO_ROOT, 'server/node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: join(REPO_ROOT, 'server'),
    env: { ...process.env, NODE_ENV: 'test', ...env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  spawned.push(child);
  closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const healthy = () =>
    fetch(`${baseUrl}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
  const deadline = Date.now() + 60_000;
  while (!(await healthy())) {
    if (child.exitCode !== null)
      throw new Error(`API on ${databaseUrl} exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`API on ${databaseUrl} not healthy in 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return baseUrl;
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (c) => {
      if (c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await exited;
    }),
  );
}

/** One instance per database URL (in order); the first migrates and seeds. */
export async function startInstances(databaseUrls: string[]): Promise<Instances> {
  const [first, ...rest] = databaseUrls;
  if (!first) throw new Error('no database to start an instance on');
  const redisKeyPrefix = `bianmin:cluster:${randomBytes(4).toString('hex')}:`;
  const env = apiEnv(redisKeyPrefix);
  const main = await startServer({ databaseUrl: first, env });
  const dir = mkdtempSync(join(tmpdir(), 'bianmin-cluster-'));
  const children: ChildProcess[] = [];
  const list: Instance[] = [{ index: 1, baseUrl: main.baseUrl, databaseUrl: first, logSummary: () => '(its log is above)' }];
  // The others at once, on the first one's fake WeChat.
  const wechat = { WECHAT_API_BASE_URL: main.wechat.url, WECHAT_APP_ID: main.wechat.appId, WECHAT_APP_SECRET: main.wechat.appSecret };
  const started = await Promise.allSettled(
    rest.map(async (url, i) => {
      // On Galera the first instance's migrations reach the other nodes a moment later; an instance
      // that found its schema behind would refuse to start.
      await caughtUp(url);
      const logFile = join(dir, `instance-${i + 2}.log`);
      const baseUrl = await serveOnly(url, { ...env, ...wechat }, logFile, children);
      return { index: i + 2, baseUrl, databaseUrl: url, logSummary: () => summarise(logFile) };
    }),
  );
  const stop = async () => {
    await stopAll(children);
    await main.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  for (const s of started) {
    if (s.status === 'fulfilled') list.push(s.value);
    else {
      await stop();
      throw s.reason;
    }
  }
  return { list, redisKeyPrefix, stop };
}
