// `npm run test:prod`: the production shape, checked end to end. Two `node server/dist/main.js`
// instances on one database behind Debian's nginx with deploy/nginx/bianmin.conf: the H5 build
// cached as designed and compressed, the API reachable through nginx, and no request lost while
// one instance is stopped with SIGTERM and after it is gone. Builds nothing: `build:server` and
// `build:h5` come first. With DATABASE_URL=mysql://… the instances share that MariaDB database
// (migrated and seeded here); without it, a SQLite file in a temp dir.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { freePort, REPO_ROOT } from '../lib/server-process';
import { render, runLoad, waitUntil } from './ops-lib';

const DIST_MAIN = join(REPO_ROOT, 'server/dist/main.js');
const H5_DIR = join(REPO_ROOT, 'miniapp/dist/h5');
const NGINX = '/usr/sbin/nginx';

function need(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(what);
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`FAILED: ${what}`);
  console.log(`  ✓ ${what}`);
}

interface Instance {
  name: string;
  child: ChildProcess;
  url: string;
  requests: number;
  exited: Promise<number | null>;
}

function startInstance(name: string, port: number, env: NodeJS.ProcessEnv): Instance {
  const child = spawn(process.execPath, [DIST_MAIN], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const instance: Instance = {
    name,
    child,
    url: `http://127.0.0.1:${port}`,
    requests: 0,
    exited: new Promise((r) => child.once('exit', r)),
  };
  let rest = '';
  child.stdout.on('data', (d: Buffer) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if ((JSON.parse(line) as { msg?: string }).msg === 'request') instance.requests++;
  });
  return instance;
}

async function main(): Promise<void> {
  need(existsSync(DIST_MAIN), 'server/dist/main.js is missing: run `npm run build:server` first');
  need(existsSync(join(H5_DIR, 'index.html')), 'miniapp/dist/h5 is missing: run `npm run build:h5` first');
  need(existsSync(NGINX), 'nginx is missing: apt-get install -y nginx (.ci/run does)');
  const dir = mkdtempSync(join(tmpdir(), 'bianmin-prod-'));
  const children: ChildProcess[] = [];
  try {
    const databaseUrl = process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bianmin.sqlite')}`;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      H5_DIR,
      TRUST_PROXY: 'true',
      FILE_STORE: databaseUrl.startsWith('mysql:') ? 'db' : 'fs',
      FILE_STORE_DIR: join(dir, 'uploads'),
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '10000',
    };
    console.log(`Database: ${databaseUrl.startsWith('mysql:') ? 'MariaDB/MySQL (DATABASE_URL)' : 'SQLite in a temp dir'}`);
    const migrate = spawnSync(process.execPath, [join(REPO_ROOT, 'server/dist/migrate.js')], { env, encoding: 'utf8' });
    need(migrate.status === 0, `migration failed: ${migrate.stdout}${migrate.stderr}`);
    const seed = spawnSync(join(REPO_ROOT, 'server/node_modules/.bin/tsx'), [join(REPO_ROOT, 'scripts/seed/main.ts')], {
      cwd: join(REPO_ROOT, 'server'),
      env,
      encoding: 'utf8',
    });
    need(seed.status === 0, `seed failed: ${seed.stdout}${seed.stderr}`);

    const [portA, portB, portNginx] = [await freePort(), await freePort(), await freePort()];
    const a = startInstance('A', portA, env);
    const b = startInstance('B', portB, env);
    children.push(a.child, b.child);
    for (const i of [a, b])
      await waitUntil(async () => (await fetch(`${i.url}/api/v1/health/ready`)).ok, `instance ${i.name} ready`, 90_000);

    const prefix = join(dir, 'nginx');
    mkdirSync(join(prefix, 'logs'), { recursive: true });
    const site = render(readFileSync(join(REPO_ROOT, 'deploy/nginx/bianmin.conf'), 'utf8'), {
      BIANMIN_LISTEN: `127.0.0.1:${portNginx}`,
      BIANMIN_H5_ROOT: H5_DIR,
      BIANMIN_API_1: `127.0.0.1:${portA}`,
      BIANMIN_API_2: `127.0.0.1:${portB}`,
    });
    writeFileSync(join(prefix, 'bianmin.conf'), site);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      [
        `pid ${prefix}/nginx.pid;`,
        'error_log stderr warn;',
        'worker_processes 1;',
        'events { worker_connections 256; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t}_temp;`),
        `  include ${prefix}/bianmin.conf;`,
        '}',
      ].join('\n'),
    );
    const nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(nginx);
    const front = `http://127.0.0.1:${portNginx}`;
    await waitUntil(async () => (await fetch(`${front}/api/v1/health/live`)).ok, 'nginx answering', 20_000);

    console.log('H5 build through nginx:');
    const index = await fetch(`${front}/`);
    const html = await index.text();
    check(index.status === 200 && html.includes('<html'), `index.html is served (HTTP ${index.status})`);
    check(index.headers.get('cache-control') === 'no-cache', 'index.html: Cache-Control no-cache');
    check(
      (index.headers.get('content-security-policy') ?? '').includes("script-src 'self' 'sha256-"),
      'index.html: CSP with the inline script hash',
    );
    const asset = /src="\/?(js\/app\.[0-9a-f]{8,}\.js)"/.exec(html)?.[1];
    need(asset !== undefined, 'index.html names no hashed js/app.<hash>.js');
    const gz = await rawGet(`${front}/${asset}`, { 'Accept-Encoding': 'gzip' });
    check(gz.status === 200, `${asset} is served`);
    check(gz.headers['cache-control'] === 'public, max-age=31536000, immutable', `${asset}: immutable for a year`);
    check(gz.headers['content-encoding'] === 'gzip', `${asset}: gzip-encoded`);
    check(gunzipSync(gz.body).equals(readFileSync(join(H5_DIR, asset))), `${asset}: unzips to the file of the build`);
    check((await fetch(`${front}/metrics`)).status === 403, '/metrics is denied from outside');

    console.log('API through nginx:');
    const guides = await fetch(`${front}/api/v1/guides?q=`, { headers: { 'X-Request-Id': 'nginx-check-0001' } });
    const body = (await guides.json()) as { items?: unknown[] };
    check(guides.status === 200 && (body.items?.length ?? 0) > 0, 'GET /api/v1/guides answers with the catalogue');
    check(guides.headers.get('x-request-id') === 'nginx-check-0001', 'X-Request-Id passes through');

    console.log('Stopping instance A with SIGTERM under load:');
    const load = runLoad(`${front}/api/v1/guides?q=%E8%BA%AB%E4%BB%BD%E8%AF%81`, 4);
    await new Promise((r) => setTimeout(r, 1500));
    const servedBefore = { a: a.requests, b: b.requests };
    a.child.kill('SIGTERM');
    const code = await a.exited;
    const duringStop = load.snapshot();
    await new Promise((r) => setTimeout(r, 2000));
    const result = await load.stop();
    check(servedBefore.a > 0 && servedBefore.b > 0, `both instances served before the stop (A ${servedBefore.a}, B ${servedBefore.b})`);
    check(code === 0, 'instance A exited 0 after SIGTERM');
    check(
      result.failures.length === 0,
      `no request failed: ${result.ok} answered 200 (${duringStop.ok} until A was gone), failures: ${result.failures.slice(0, 3).join('; ') || 'none'}`,
    );
    check(result.ok - duringStop.ok > 0, `requests kept succeeding after A was gone (${result.ok - duringStop.ok})`);
    console.log('test:prod passed');
  } finally {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** fetch() would undo the Content-Encoding; the check wants the bytes as sent. */
async function rawGet(url: string, headers: Record<string, string>) {
  const { get } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
