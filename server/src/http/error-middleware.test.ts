// The error middleware on its own: every client error that carries a status (http-errors with
// `expose`) keeps that status, with a stable code and a Chinese message; anything else is a 500.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@bianmin/shared';
import { errorMiddleware } from './error-middleware';

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  const app = new Koa();
  app.on('error', () => {});
  app.use(errorMiddleware());
  app.use((ctx) => {
    const status = Number(ctx.path.slice(1));
    if (ctx.query.plain) throw Object.assign(new Error('plain error with a status'), { status });
    ctx.throw(status, 'an internal English message');
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

async function errorAt(path: string) {
  const res = await fetch(baseUrl + path);
  return { status: res.status, body: (await res.json()) as ErrorBody, cache: res.headers.get('cache-control') };
}

describe('errors thrown with an HTTP status', () => {
  it.each([
    [400, 'VALIDATION_FAILED'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [405, 'METHOD_NOT_ALLOWED'],
    [408, 'REQUEST_TIMEOUT'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
    [429, 'RATE_LIMITED'],
    [431, 'HEADERS_TOO_LARGE'],
    [409, 'BAD_REQUEST'],
    [416, 'BAD_REQUEST'],
    [422, 'BAD_REQUEST'],
  ])('a %i keeps its status, with code %s and a Chinese message', async (status, code) => {
    const res = await errorAt(`/${status}`);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(res.body.message).not.toContain('English');
    expect(res.cache).toBe('no-store');
  });

  it('treats a 4xx without `expose` and every 5xx as an internal error', async () => {
    expect((await errorAt('/503')).status).toBe(500);
    expect((await errorAt('/500')).body.code).toBe('INTERNAL_ERROR');
    // A bare Error that happens to carry a status is not an http-error: only statuses we know.
    expect((await errorAt('/409?plain=1')).status).toBe(500);
    expect((await errorAt('/413?plain=1')).body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
