// Delivery to a resident's phone on a slow network: the H5 build's hashed files are cached for a
// year and never asked for again, index.html is revalidated so a new build shows on the next
// visit, and anything compressible above 1 KiB travels as brotli or gzip.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuideSearchResult } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';
import { cachePolicy } from './h5-pages';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const BIG_SCRIPT = `console.log(${JSON.stringify('便民'.repeat(2000))});`;
let app: TestApp;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bianmin-h5-cache-'));
  for (const dir of ['js', 'css', 'static/images']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><script src="/js/app.3f2a9c1d.js"></script></head><body>H5 首页</body></html>',
  );
  writeFileSync(join(root, 'js', 'app.3f2a9c1d.js'), BIG_SCRIPT);
  writeFileSync(join(root, 'css', 'app.0b1c2d3e.css'), 'body{margin:0}');
  writeFileSync(join(root, 'static', 'images', 'logo.9abcdef0.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'favicon.ico'), 'icon');
  writeFileSync(join(root, 'js', 'app.3f2a9c1d.js.LICENSE.txt'), 'MIT');
  app = await startTestApp({ h5Dir: root });
});
afterAll(async () => {
  await closeIfStarted(app);
  rmSync(root, { recursive: true, force: true });
});

/** GET with an explicit Accept-Encoding, the body as sent (fetch would decode it silently). */
function fetchEncoded(path: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get(app.baseUrl + path, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('caching the H5 build', () => {
  it('keeps hashed scripts, styles and images for a year', async () => {
    for (const path of ['/js/app.3f2a9c1d.js', '/css/app.0b1c2d3e.css', '/static/images/logo.9abcdef0.png']) {
      const res = await app.raw(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe(IMMUTABLE);
    }
  });

  it('revalidates index.html and every file without a content hash', async () => {
    for (const path of ['/', '/index.html', '/favicon.ico', '/js/app.3f2a9c1d.js.LICENSE.txt']) {
      const res = await app.raw(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('tells hashed names from look-alikes', () => {
    expect(cachePolicy('js/978.a1b2c3d4.js')).toBe(IMMUTABLE);
    expect(cachePolicy('css/pages/index.a1b2c3d4.css')).toBe(IMMUTABLE);
    expect(cachePolicy('js/app.js')).toBe('no-cache');
    expect(cachePolicy('index.a1b2c3d4.html')).toBe('no-cache');
    expect(cachePolicy('js/app.notahash.js')).toBe('no-cache');
  });
});

describe('compressing answers', () => {
  it('sends a large script as brotli when the browser accepts it, gzip otherwise', async () => {
    const br = await fetchEncoded('/js/app.3f2a9c1d.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(BIG_SCRIPT);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(BIG_SCRIPT) / 5);

    const gz = await fetchEncoded('/js/app.3f2a9c1d.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(BIG_SCRIPT);
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('compresses a large API answer and leaves small ones and non-accepting clients alone', async () => {
    const search = await fetchEncoded('/api/v1/guides?q=', 'br');
    expect(search.status).toBe(200);
    expect(search.headers['content-encoding']).toBe('br');
    const result = JSON.parse(brotliDecompressSync(search.body).toString('utf8')) as GuideSearchResult;
    expect(result.items.length).toBeGreaterThan(0);

    const small = await fetchEncoded('/api/v1/health/live', 'gzip, br');
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();

    const plain = await fetchEncoded('/api/v1/guides?q=', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(plain.body.toString('utf8')) as GuideSearchResult).total).toBe(result.total);
  });
});
