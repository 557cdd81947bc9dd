// The SMS client against the fake Aliyun SMS service: the real wire shapes and codes, no mocks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeSms, type FakeSms } from '@bianmin/fakes/sms';
import { closeIfStarted } from '../../../testing/harness';
import { createSmsClient, type SmsClient, type SmsMessage } from './client';
import { SmsError } from './errors';

let fake: FakeSms;
let sms: SmsClient;
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const connect = (over: { baseUrl?: string; accessKeySecret?: string; accessKeyId?: string; timeoutMs?: number } = {}) =>
  createSmsClient({
    baseUrl: fake.url,
    accessKeyId: fake.accessKeyId,
    accessKeySecret: fake.accessKeySecret,
    signName: fake.signName,
    ...over,
  });
const phone = '13912345678';
const accepted: SmsMessage = {
  phone,
  templateCode: 'SMS_200002',
  params: { number: '37021420250102000001', item: '个体工商户设立登记' },
  outId: 'sms:case.accepted:37021420250102000001:v3:u1',
};

async function failure(promise: Promise<unknown>): Promise<SmsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsError);
  const e = error as SmsError;
  // Errors are logged by the engine: the number must not be in them.
  expect(`${e.message} ${JSON.stringify(e)} ${String(e.stack)}`).not.toContain(phone);
  return e;
}

beforeAll(async () => {
  fake = await startFakeSms();
});
afterAll(async () => {
  await closeIfStarted(fake);
});
beforeEach(() => {
  fake.reset();
  sms = connect();
  for (const m of consoleMethods) vi.spyOn(console, m);
});
afterEach(() => {
  for (const m of consoleMethods) expect(console[m]).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('sending a text message', () => {
  it('signs the request, sends the template with its parameters and the out id, and returns the BizId', async () => {
    const { bizId } = await sms.send(accepted);
    expect(bizId).toMatch(/\^0$/);
    expect(fake.messages).toEqual([
      expect.objectContaining({
        phoneNumber: phone,
        signName: fake.signName,
        templateCode: 'SMS_200002',
        params: accepted.params,
        outId: accepted.outId,
        bizId,
      }),
    ]);
  });

  it('calls flow control and system errors temporary: the engine retries them later', async () => {
    fake.failNext('isv.BUSINESS_LIMIT_CONTROL');
    fake.failNext('isp.SYSTEM_ERROR');
    expect(await failure(sms.send(accepted))).toMatchObject({ code: 'isv.BUSINESS_LIMIT_CONTROL', kind: 'temporary' });
    expect(await failure(sms.send(accepted))).toMatchObject({ code: 'isp.SYSTEM_ERROR', kind: 'temporary' });
    await sms.send(accepted);
    expect(fake.messages).toHaveLength(1);
  });

  it('calls a bad number or a refused template permanent: no retry, the next channel takes over', async () => {
    expect(await failure(sms.send({ ...accepted, phone: '1391234' }))).toMatchObject({
      code: 'isv.MOBILE_NUMBER_ILLEGAL',
      kind: 'permanent',
    });
    expect(await failure(sms.send({ ...accepted, templateCode: 'TPL-x' }))).toMatchObject({
      code: 'isv.SMS_TEMPLATE_ILLEGAL',
      kind: 'permanent',
    });
    expect(fake.messages).toEqual([]);
  });

  it('calls wrong credentials technical (ours to fix)', async () => {
    expect(await failure(connect({ accessKeySecret: 'wrong' }).send(accepted))).toMatchObject({
      code: 'SignatureDoesNotMatch',
      kind: 'technical',
    });
    expect(await failure(connect({ accessKeyId: 'LTAIother' }).send(accepted))).toMatchObject({
      code: 'InvalidAccessKeyId.NotFound',
      kind: 'technical',
    });
  });
});

describe('when the service does not answer properly', () => {
  let silent: Server;
  let garbled: Server;
  const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  beforeAll(async () => {
    silent = createServer(() => {
      /* never answers */
    }).listen(0, '127.0.0.1');
    garbled = createServer((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>')).listen(
      0,
      '127.0.0.1',
    );
    await Promise.all([silent, garbled].map((s) => new Promise((r) => s.once('listening', r))));
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await Promise.all([silent, garbled].map((s) => new Promise((r) => s.close(r))));
  });

  it('turns a timeout into a technical failure, with nothing of the message in it', async () => {
    const e = await failure(connect({ baseUrl: urlOf(silent), timeoutMs: 200 }).send(accepted));
    expect(e).toMatchObject({ code: 'UNREACHABLE', kind: 'technical' });
    expect(e.message).toContain('timed out after 200 ms');
    expect(e.message).not.toContain(accepted.params.item);
  });

  it('turns a proxy error page or a refused connection into a technical failure', async () => {
    expect(await failure(connect({ baseUrl: urlOf(garbled) }).send(accepted))).toMatchObject({ code: 'BAD_ANSWER', kind: 'technical' });
    expect(await failure(connect({ baseUrl: 'http://127.0.0.1:9' }).send(accepted))).toMatchObject({
      code: 'UNREACHABLE',
      kind: 'technical',
    });
  });
});
