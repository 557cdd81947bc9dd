// JSON bodies: a Content-Encoding the body does not match, or one we do not decode, is the
// client's mistake (400 / 415 in the error shape), never a 500 with a stack in the log.
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, TokenPair } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';

let app: TestApp;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (d: Buffer) => logLines.push(...String(d).split('\n').filter(Boolean)));
  app = await startTestApp({ logStream });
});
afterAll(async () => {
  await closeIfStarted(app);
});

const post = (encoding: string, body: string | Buffer) =>
  app.raw('/api/v1/auth/wechat', { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });

describe('POST a JSON body with a Content-Encoding', () => {
  it.each(['gzip', 'br', 'deflate'])('answers 400 when the body is not really %s-compressed', async (encoding) => {
    const res = await post(encoding, '{"code":"x"}');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it.each(['foo', 'gzip, br', 'compress'])('answers 415 for an encoding we do not decode (%s)', async (encoding) => {
    const res = await post(encoding, '{"code":"x"}');
    expect(res.status).toBe(415);
    const body = (await res.json()) as ErrorBody;
    expect(body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.message).toMatch(/压缩/);
    expect(body.requestId).toBeTruthy();
  });

  it('still accepts a body that really is gzip-compressed', async () => {
    const res = await post('gzip', gzipSync(JSON.stringify({ code: app.wechat.loginCode('gzip-resident') })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as TokenPair).accessToken).toBeTruthy();
  });

  it('refuses a JSON body over 64 KiB with 413 before reading it as a request, and takes one just under', async () => {
    const padded = (bytes: number) => JSON.stringify({ code: 'x', note: 'a'.repeat(bytes - 22) }); // 22: the rest of the JSON
    expect(Buffer.byteLength(padded(64 * 1024 + 1))).toBe(64 * 1024 + 1);
    const over = await post('identity', padded(64 * 1024 + 1));
    expect(over.status).toBe(413);
    expect(((await over.json()) as ErrorBody).code).toBe('PAYLOAD_TOO_LARGE');
    const under = await post('identity', padded(64 * 1024));
    expect(under.status).not.toBe(413);
  });

  it('logs none of this as an error, and never with a stack', () => {
    const lines = logLines.map((l) => JSON.parse(l) as { level: number });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(logLines.filter((l) => l.includes('"stack"'))).toEqual([]);
  });
});
