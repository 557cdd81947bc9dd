// Personal responses are never stored by a browser or proxy cache: everything answered to a
// request that carried credentials, and everything under the personal API paths.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';
import { securityHeaders } from './security-headers';

let app: TestApp;
let resident: TokenPair;
let admin: TokenPair;
beforeAll(async () => {
  app = await startTestApp();
  resident = await app.signInResident('cache-resident');
  admin = await app.signInStaff('cache-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }]);
});
afterAll(async () => {
  await closeIfStarted(app);
});

describe('Cache-Control on personal responses', () => {
  it.each([
    ['/api/v1/me', 'resident'],
    ['/api/v1/appointments/mine', 'resident'],
    ['/api/v1/staff/home', 'admin'],
    ['/api/v1/admin/staff', 'admin'],
    ['/api/v1/admin/audit', 'admin'],
    ['/api/v1/guides?q=居住证', 'resident'],
  ] as const)('GET %s as a signed-in %s is no-store', async (path, who) => {
    const res = await app.get(path, (who === 'admin' ? admin : resident).accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves an anonymous guide search to its route (no personal data in it)', async () => {
    const res = await app.get('/api/v1/guides?q=居住证');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control') ?? '').not.toContain('no-store');
  });

  it('keeps security headers on every response', async () => {
    const res = await app.get('/api/v1/departments');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('the no-store rule on its own', () => {
  let server: Server;
  let baseUrl: string;
  beforeAll(async () => {
    const koa = new Koa();
    koa.use(securityHeaders());
    koa.use((ctx) => {
      if (ctx.query.strict) ctx.set('Cache-Control', 'private, no-store, max-age=0');
      else ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = { ok: true };
    });
    server = koa.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  const cacheOf = async (path: string, headers: Record<string, string> = {}) =>
    (await fetch(baseUrl + path, { headers })).headers.get('cache-control');

  it.each([
    '/api/v1/me',
    '/api/v1/me/real-name',
    '/api/v1/appointments/options',
    '/api/v1/appointments',
    '/api/v1/staff/appointments',
    '/api/v1/admin/calendar',
  ])('overrides a cacheable header on %s, even anonymously', async (path) => {
    expect(await cacheOf(path)).toBe('no-store');
  });

  it('overrides it on any path when the request carries an Authorization header', async () => {
    expect(await cacheOf('/api/v1/guides', { Authorization: 'Bearer x' })).toBe('no-store');
    expect(await cacheOf('/api/v1/guides')).toBe('public, max-age=300');
    expect(await cacheOf('/api/v1/members')).toBe('public, max-age=300');
  });

  it('keeps what a handler set when it is already no-store', async () => {
    expect(await cacheOf('/api/v1/appointments/mine?strict=1')).toBe('private, no-store, max-age=0');
  });
});
