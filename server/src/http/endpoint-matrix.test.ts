// The validation and access matrix of every endpoint in the shared table, in milliseconds: the
// router, the error middleware and the body parser run for real, the use cases are stubs that
// record whether they were reached. Whatever a caller sends, the answer is a 4xx in the error
// shape, decided before any use case runs: 401 without sign-in, 404 for a function the caller
// is not entitled to (even with bad input), 400 naming the field for bad input.
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ENDPOINTS, type Endpoint, type ErrorBody, fillPath, pathParamNames } from '@bianmin/shared';
import type { Principal } from '../modules/identity/index';
import { createApiRouter } from './api-router';
import { errorMiddleware } from './error-middleware';
import { jsonBody } from './request-body';

const PRINCIPALS: Record<string, Principal> = {
  resident: {
    userId: 'r',
    kind: 'resident',
    roles: [{ role: 'resident', scopeType: null, scopeCode: null }],
    sessionId: 's1',
  },
  staff: {
    userId: 'w',
    kind: 'staff',
    roles: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }],
    sessionId: 's2',
  },
  admin: {
    userId: 'a',
    kind: 'staff',
    roles: [{ role: 'admin', scopeType: 'district', scopeCode: null }],
    sessionId: 's3',
  },
};

let baseUrl = '';
let close: () => Promise<void>;
const reached: string[] = [];

beforeAll(async () => {
  const app = new Koa();
  app.use(errorMiddleware());
  app.use(jsonBody());
  // Stands in for authenticate(): `Bearer resident|staff|admin`, anything else is a rejected token.
  app.use(async (ctx, next) => {
    const token = /^Bearer (\w+)$/.exec(ctx.get('Authorization'))?.[1];
    if (token) {
      const p = PRINCIPALS[token];
      if (p) ctx.state.principal = p;
      else ctx.state.authRejected = true;
    }
    await next();
  });
  const api = createApiRouter({ validateResponses: false });
  for (const e of ALL_ENDPOINTS) {
    api.mount(e, () => {
      reached.push(`${e.route.method} ${e.route.path}`);
      return Promise.resolve({} as never);
    });
  }
  app.use(api.routes());
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r(undefined)));
});
afterAll(() => close());

const label = (e: Endpoint) => `${e.route.method} ${e.route.path}`;
const validPath = (e: Endpoint) => fillPath(e.route.path, Object.fromEntries(pathParamNames(e.route.path).map((n) => [n, 'x1'])));

async function send(
  e: Endpoint,
  opts: { token?: string; path?: string; body?: string; query?: string; headers?: Record<string, string> } = {},
) {
  reached.length = 0;
  const hasBody = e.route.method !== 'GET' && e.route.method !== 'DELETE';
  const res = await fetch(`${baseUrl}${opts.path ?? validPath(e)}${opts.query ?? ''}`, {
    method: e.route.method,
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: hasBody ? (opts.body ?? '{}') : undefined,
  });
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  return { status: res.status, body, reached: reached.length > 0 };
}

function expectErrorShape(body: ErrorBody | null, code: string) {
  expect(body?.code).toBe(code);
  expect(body?.message).toMatch(/[\u4e00-\u9fa5]/);
}

const needsSignIn = ALL_ENDPOINTS.filter((e) => e.route.access !== 'public');
const staffOnly = ALL_ENDPOINTS.filter((e) => e.route.access === 'staff' || e.route.access === 'admin');
const adminOnly = ALL_ENDPOINTS.filter((e) => e.route.access === 'admin');
const withBody = ALL_ENDPOINTS.filter((e) => e.schemas.body);
const withParams = ALL_ENDPOINTS.filter((e) => e.schemas.params);
const withQuery = ALL_ENDPOINTS.filter((e) => e.schemas.query);
const withHeaders = ALL_ENDPOINTS.filter((e) => e.schemas.headers);

describe('every endpoint of the shared table', () => {
  it.each(needsSignIn.map((e) => [label(e), e] as const))(
    '%s: 401 without sign-in, and with a rejected token, before input is read',
    async (_, e) => {
      for (const token of [undefined, 'expired']) {
        const r = await send(e, { token, body: '[]' });
        expect(r.status).toBe(401);
        expectErrorShape(r.body, token ? 'TOKEN_INVALID' : 'UNAUTHENTICATED');
        expect(r.reached).toBe(false);
      }
    },
  );

  it.each(staffOnly.map((e) => [label(e), e] as const))('%s: 404 for a resident, even with bad input', async (_, e) => {
    const r = await send(e, {
      token: 'resident',
      body: '[]',
      path: e.schemas.params
        ? fillPath(e.route.path, Object.fromEntries(pathParamNames(e.route.path).map((n) => [n, '%00']))).replaceAll('%2500', '%00')
        : undefined,
    });
    expect(r.status).toBe(404);
    expectErrorShape(r.body, 'NOT_FOUND');
    expect(r.reached).toBe(false);
  });

  it.each(adminOnly.map((e) => [label(e), e] as const))('%s: 404 for window staff', async (_, e) => {
    const r = await send(e, { token: 'staff', body: '[]' });
    expect(r.status).toBe(404);
    expect(r.reached).toBe(false);
  });

  it.each(withBody.map((e) => [label(e), e] as const))('%s: 400 for a body that is not the object it expects', async (_, e) => {
    const r = await send(e, { token: 'admin', body: '[1, 2]', headers: { 'idempotency-key': crypto.randomUUID() } });
    expect(r.status).toBe(400);
    expectErrorShape(r.body, 'VALIDATION_FAILED');
    expect(r.reached).toBe(false);
  });

  it.each(withParams.map((e) => [label(e), e] as const))('%s: 400 naming the path parameter that is not valid', async (_, e) => {
    const [name] = pathParamNames(e.route.path);
    const r = await send(e, {
      token: 'admin',
      path: e.route.path.replace(/:[A-Za-z]+/g, 'bad%00value'),
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body?.fieldErrors ?? {})).toContain(name);
    expect(r.reached).toBe(false);
  });

  it.each(withQuery.map((e) => [label(e), e] as const))('%s: 400 for a query value with a control character', async (_, e) => {
    const r = await send(e, { token: 'admin', query: '?zz=%00' });
    expect(r.status).toBe(400);
    expectErrorShape(r.body, 'VALIDATION_FAILED');
    expect(r.reached).toBe(false);
  });

  it.each(withHeaders.map((e) => [label(e), e] as const))('%s: 400 naming the missing request header', async (_, e) => {
    const r = await send(e, { token: e.route.access === 'staff' || e.route.access === 'admin' ? 'admin' : 'resident', body: '{}' });
    expect(r.status).toBe(400);
    expect(r.body?.fieldErrors).toHaveProperty('Idempotency-Key');
    expect(r.reached).toBe(false);
  });
});
