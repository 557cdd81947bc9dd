// Secrets never reach the log. Malformed requests (the kind a scanner sends) carry a bearer token,
// a cookie, a password, a refresh token and an ID number; whatever fails, no log line may hold them,
// and Node's own refusals still answer in the error shape.
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigitOf, type ErrorBody } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';
import { logAppError } from './error-log';
import { safeLogging } from './log-safety';
import { sendRaw } from './raw-request';

const PASSWORD = 'Secret123456';
const BEARER = 'abc.def.ghi';
const ID_NUMBER = `37021419900101123${checkDigitOf('37021419900101123')}`;
const PHONE = '13912345678';

let app: TestApp;
let refreshToken: string;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (d: Buffer) => logLines.push(...String(d).split('\n').filter(Boolean)));
  app = await startTestApp({ logStream });
  refreshToken = (await app.signInResident('log-safety')).refreshToken;
});
afterAll(async () => {
  await closeIfStarted(app);
});

/** A log line as text, with any serialised Buffer (`"data":[80,79,…]`) decoded too. */
const readable = (line: string) =>
  line + [...line.matchAll(/"data":\[([\d,]+)\]/g)].map((m) => Buffer.from(m[1]!.split(',').map(Number)).toString('latin1')).join('\n');
const secrets = () => [PASSWORD, BEARER, refreshToken, ID_NUMBER, PHONE];
const json = () =>
  JSON.stringify({ username: 'window.probe', password: PASSWORD, refreshToken, idNumber: ID_NUMBER, phone: PHONE, code: 'wx-code' });
const head = (lines: string[]) =>
  [
    ...lines,
    `Authorization: Bearer ${BEARER}`,
    `Cookie: session=${BEARER}; refresh=${refreshToken}`,
    'Content-Type: application/json',
    'Connection: close',
  ].join('\r\n');
const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;

/** Each: a request a scanner might send, the status we answer with, and the code in the body. */
const battery = (): [string, string, number, string][] => [
  [
    'an invalid chunk size',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', 'Transfer-Encoding: chunked'])}\r\n\r\nzz\r\n${json()}\r\n0\r\n\r\n`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'a bad chunk after a good one',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', 'Transfer-Encoding: chunked'])}\r\n\r\n${chunk(json().slice(0, 30))}zz\r\n${json()}\r\n`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'a header name with a space',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x'])}\r\nBad Header: ${PASSWORD}\r\nContent-Length: ${json().length}\r\n\r\n${json()}`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'headers too large',
    `${head(['POST /api/v1/auth/refresh HTTP/1.1', 'Host: x', `X-Pad: ${'a'.repeat(20_000)}`])}\r\nContent-Length: ${json().length}\r\n\r\n${json()}`,
    431,
    'HEADERS_TOO_LARGE',
  ],
  [
    'a bad Content-Length',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', 'Content-Length: 12x'])}\r\n\r\n${json()}`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'Content-Length with chunked',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', 'Content-Length: 5', 'Transfer-Encoding: chunked'])}\r\n\r\n${chunk(json())}0\r\n\r\n`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'a bad request line',
    `POST /api/v1/auth/staff?password=${PASSWORD}\u0001 HTTP/1.1\r\n${head(['Host: x'])}\r\n\r\n`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'no Host header',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', `Content-Length: ${json().length}`])}\r\n\r\n${json()}`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'broken JSON',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', `Content-Length: ${json().length - 1}`])}\r\n\r\n${json().slice(0, -1)}`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'a body that is not gzip',
    `${head(['POST /api/v1/auth/refresh HTTP/1.1', 'Host: x', 'Content-Encoding: gzip', `Content-Length: ${json().length}`])}\r\n\r\n${json()}`,
    400,
    'VALIDATION_FAILED',
  ],
  [
    'an unknown encoding',
    `${head(['POST /api/v1/me/real-name HTTP/1.1', 'Host: x', 'Content-Encoding: foo', `Content-Length: ${json().length}`])}\r\n\r\n${json()}`,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a body over the limit',
    `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', `Content-Length: ${70_000 + json().length}`])}\r\n\r\n${json()}${' '.repeat(70_000)}`,
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'a token in the query',
    `${head([`POST /api/v1/auth/refresh?token=${BEARER}&refreshToken=${refreshToken} HTTP/1.1`, 'Host: x', 'Content-Length: 2'])}\r\n\r\n{}`,
    400,
    'VALIDATION_FAILED',
  ],
];

describe('malformed requests carrying secrets', () => {
  it('answer each with its status and a JSON error body', async () => {
    for (const [what, request, status, code] of battery()) {
      const res = await sendRaw(app.baseUrl, request);
      expect(res.status, what).toBe(status);
      expect(res.headers['content-type'], what).toContain('application/json');
      const body = JSON.parse(res.body) as ErrorBody;
      expect(body.code, what).toBe(code);
      expect(body.message, what).toMatch(/[\u4e00-\u9fa5]/);
      expect(body.requestId, what).toBeTruthy();
    }
  });

  it('leave no secret, raw request or stack in any log line, and no error-level line', async () => {
    // Also one that hangs up half-way through its body.
    await sendRaw(
      app.baseUrl,
      `${head(['POST /api/v1/auth/staff HTTP/1.1', 'Host: x', 'Content-Length: 500'])}\r\n\r\n${json()}`,
      300,
    ).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    for (const line of logLines) {
      for (const secret of secrets()) expect(readable(line), line).not.toContain(secret);
      expect(line).not.toMatch(/rawPacket|"stack"/);
      expect((JSON.parse(line) as { level: number }).level, line).toBeLessThan(50);
    }
    expect(logLines.length).toBeGreaterThan(battery().length);
    // Each refusal is still visible, as a warning with Node's parser code.
    expect(logLines.some((l) => l.includes('"level":40') && l.includes('HPE_HEADER_OVERFLOW'))).toBe(true);
  });
});

describe('the logger configuration', () => {
  it('redacts credentials and personal data wherever a log call puts them, and strips errors of raw bytes', () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (d: Buffer) => lines.push(String(d)));
    const logger = pino({ level: 'info', ...safeLogging }, stream);
    const err = Object.assign(new Error(`Unexpected token in "{"password":"${PASSWORD}"`), {
      code: 'HPE_INVALID_CHUNK_SIZE',
      rawPacket: Buffer.from(`Authorization: Bearer ${BEARER}`),
      body: `{"idNumber":"${ID_NUMBER}"}`,
    });
    logger.error(
      {
        err,
        password: PASSWORD,
        accessToken: BEARER,
        token: BEARER,
        refreshToken,
        code: 'wx-code-1',
        idNumber: ID_NUMBER,
        phone: PHONE,
        headers: { authorization: `Bearer ${BEARER}`, cookie: `s=${BEARER}` },
        req: { headers: { authorization: `Bearer ${BEARER}` } },
        body: { password: PASSWORD, code: 'wx-code-2' },
        input: { user: { idNumber: ID_NUMBER } },
        tokens: { refreshToken },
      },
      'failed',
    );
    const text = lines.join('');
    for (const secret of [...secrets(), 'wx-code-1', 'wx-code-2']) expect(text).not.toContain(secret);
    expect(text).not.toContain('rawPacket');
    const logged = JSON.parse(text) as { err: { code: string; message: string } };
    // What helps diagnose stays: the error's code and the gist of its message.
    expect(logged.err.code).toBe('HPE_INVALID_CHUNK_SIZE');
    expect(logged.err.message).toContain('Unexpected token');
  });
});

describe('errors the app emits', () => {
  const capture = () => {
    type Line = { level: number; err?: { message: string; stack?: string }; clientError?: string };
    const lines: Line[] = [];
    const stream = new PassThrough();
    stream.on('data', (d: Buffer) => lines.push(JSON.parse(String(d)) as Line));
    return { lines, log: logAppError(pino({ level: 'info', ...safeLogging }, stream)) };
  };

  it('logs a client that hangs up or sends unparseable bytes as a warning, without the error', () => {
    const { lines, log } = capture();
    log(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_CHUNK_SIZE', rawPacket: Buffer.from(PASSWORD) }));
    log(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    log(Object.assign(new Error('request aborted'), { status: 400, expose: true }));
    expect(lines.map((l) => [l.level, l.clientError])).toEqual([
      [40, 'HPE_INVALID_CHUNK_SIZE'],
      [40, 'ECONNRESET'],
      [40, undefined],
    ]);
    expect(lines.some((l) => l.err)).toBe(false);
  });

  it('logs our own faults as errors, with the (scrubbed) error', () => {
    const { lines, log } = capture();
    log(new TypeError(`cannot read "password": "${PASSWORD}"`));
    expect(lines[0]!.level).toBe(50);
    expect(lines[0]!.err!.stack).toContain('TypeError');
    expect(JSON.stringify(lines)).not.toContain(PASSWORD);
  });
});
