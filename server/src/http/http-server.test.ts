// The HTTP server itself: what Node refuses before the app runs still gets an answer in the error
// shape (slow clients 408, a missing Host 400), and a body that breaks off keeps its request's id.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PassThrough } from 'node:stream';
import Koa from 'koa';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@bianmin/shared';
import { errorMiddleware } from './error-middleware';
import { createHttpServer, HTTP_LIMITS } from './http-server';
import { jsonBody } from './request-body';
import { requestLog } from './request-log';
import { sendRaw } from './raw-request';

let server: Server;
let baseUrl: string;
type LogLine = { msg: string; requestId?: string; parseError?: string };
const logLines: LogLine[] = [];
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (d: Buffer) => logLines.push(JSON.parse(String(d)) as LogLine));
  const logger = pino({ level: 'info' }, stream);
  const app = new Koa();
  app.use(requestLog(logger));
  app.use(errorMiddleware());
  app.use(jsonBody());
  app.use((ctx) => {
    ctx.body = { ok: true };
  });
  server = createHttpServer(app, logger, { ...HTTP_LIMITS, headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 100 });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe('the HTTP server', () => {
  it('answers a client too slow to send its headers with 408 REQUEST_TIMEOUT', async () => {
    const res = await sendRaw(baseUrl, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n', 3000);
    expect(res.status).toBe(408);
    expect((JSON.parse(res.body) as ErrorBody).code).toBe('REQUEST_TIMEOUT');
  });

  it('answers an HTTP/1.1 request without Host with 400 in the error shape, and HTTP/1.0 normally', async () => {
    const res = await sendRaw(baseUrl, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as ErrorBody).code).toBe('VALIDATION_FAILED');
    expect((await sendRaw(baseUrl, 'GET / HTTP/1.0\r\n\r\n')).status).toBe(200);
  });

  it('answers a body that breaks off mid-way under the id of the request it belongs to', async () => {
    const res = await sendRaw(
      baseUrl,
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\nzz\r\n',
    );
    expect(res.status).toBe(400);
    const { requestId } = JSON.parse(res.body) as ErrorBody;
    await new Promise((r) => setTimeout(r, 50));
    const refused = logLines.find((l) => l.parseError === 'HPE_INVALID_CHUNK_SIZE');
    expect(refused?.requestId).toBe(requestId);
    expect(logLines.find((l) => l.msg === 'request' && l.requestId === requestId)).toBeTruthy();
  });

  it('serves ordinary keep-alive requests unchanged', async () => {
    const first = await fetch(baseUrl);
    expect(await first.json()).toEqual({ ok: true });
    const second = await fetch(baseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(second.status).toBe(200);
  });
});
