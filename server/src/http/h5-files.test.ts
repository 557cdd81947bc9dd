// The H5 build is served from the API's origin: its pages carry a CSP and refuse framing, and no
// path, however encoded, reaches a file outside the build (404 in the error shape, never a 500).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';
import { getRaw } from './raw-request';

const INLINE = 'document.documentElement.style.fontSize="20px"';
let app: TestApp;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bianmin-h5-'));
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET outside the build');
  mkdirSync(join(root, 'h5', 'js'), { recursive: true });
  writeFileSync(
    join(root, 'h5', 'index.html'),
    `<!doctype html><html><head><script>${INLINE}</script><script src="/js/app.js"></script></head><body>H5 首页</body></html>`,
  );
  writeFileSync(join(root, 'h5', 'js', 'app.js'), 'console.log(1)');
  app = await startTestApp({ h5Dir: join(root, 'h5') });
});
afterAll(async () => {
  await closeIfStarted(app);
  rmSync(root, { recursive: true, force: true });
});

describe('GET the H5 pages', () => {
  it('serves the page with a content security policy and no framing', async () => {
    const res = await app.raw('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('H5 首页');
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data: blob:",
      "style-src 'self' 'unsafe-inline'",
      "font-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ])
      expect(csp).toContain(directive);
    // Scripts: our own files, plus exactly the inline bootstrap the build put in index.html.
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const js = await app.raw('/js/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('x-frame-options')).toBe('DENY');
  });

  it('works the script hash out again when a rebuild replaces index.html', async () => {
    const before = (await app.raw('/')).headers.get('content-security-policy');
    const index = join(root, 'h5', 'index.html');
    writeFileSync(index, `<!doctype html><html><head><script>${INLINE};void 0</script></head><body>H5 首页</body></html>`);
    utimesSync(index, new Date(), new Date(Date.now() + 5000));
    const after = (await app.raw('/')).headers.get('content-security-policy');
    expect(after).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(after).not.toBe(before);
  });

  it.each([
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%5c..%5cetc%5cpasswd',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/js/..%2f..%2fsecret.txt',
    '/js/%2e%2e/%2e%2e/secret.txt',
    '/..%255c..%255csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/.%2e/secret.txt',
    '/nothing-here.js',
  ])('answers %s with 404 in the error shape, no file content', async (path) => {
    const res = await getRaw(app.baseUrl, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/TOP-SECRET|root:/);
    const body = JSON.parse(res.body) as ErrorBody;
    expect(body.code).toBe('NOT_FOUND');
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });
});
