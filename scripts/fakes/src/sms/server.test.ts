// The fake must answer like Aliyun's SendSms does, and push reports like it, or tests of the API's
// SMS client and receipt endpoint prove nothing.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aliyunSignature, startFakeSms, type FakeSms, type FakeSmsReport } from './server';

let fake: FakeSms;
let receiver: Server;
let receiverUrl = '';
const received: FakeSmsReport[][] = [];
/** What the receiver answers, in turn; after the list runs out, the provider's expected acknowledgement. */
const answers: string[] = [];

beforeAll(async () => {
  fake = await startFakeSms({ accessKeyId: 'AK-test', accessKeySecret: 'sk-test', signName: '城阳便民', retryDelaysMs: [30, 30] });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeSmsReport[]);
      res.writeHead(200, { 'content-type': 'application/json' }).end(answers.shift() ?? JSON.stringify({ code: 0, msg: '成功' }));
    });
  }).listen(0, '127.0.0.1');
  await new Promise((r) => receiver.once('listening', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/receipts`;
});
afterAll(async () => {
  await fake.close();
  await new Promise((r) => receiver.close(r));
});
afterEach(() => {
  fake.reset();
  fake.setReceiptUrl(null);
  received.length = 0;
  answers.length = 0;
});

interface Reply {
  Code: string;
  Message: string;
  RequestId: string;
  BizId?: string;
}
function signed(params: Record<string, string>, over: Record<string, string> = {}, secret = 'sk-test'): URLSearchParams {
  const p: Record<string, string> = {
    AccessKeyId: 'AK-test',
    Action: 'SendSms',
    Format: 'JSON',
    RegionId: 'cn-hangzhou',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: randomUUID(),
    SignatureVersion: '1.0',
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
    ...params,
    ...over,
  };
  return new URLSearchParams({
    ...p,
    Signature: aliyunSignature('POST', p, secret),
    ...(over.Signature ? { Signature: over.Signature } : {}),
  });
}
async function post(body: URLSearchParams): Promise<{ status: number; body: Reply }> {
  const res = await fetch(`${fake.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  return { status: res.status, body: (await res.json()) as Reply };
}
const sms = {
  PhoneNumbers: '13912345678',
  SignName: '城阳便民',
  TemplateCode: 'SMS_100001',
  TemplateParam: '{"number":"37021420250102000001"}',
  OutId: 'sms:case.accepted:1',
};

describe('signing', () => {
  it('is Aliyun RPC signature 1.0: sorted, RFC 3986-encoded, HMAC-SHA1 with the secret and "&"', () => {
    const params = { B: "it's (a*b)!", A: '城 ~x' };
    const toSign = 'POST&%2F&' + encodeURIComponent('A=%E5%9F%8E%20~x&B=it%27s%20%28a%2Ab%29%21');
    expect(aliyunSignature('POST', params, 's')).toBe(createHmac('sha1', 's&').update(toSign).digest('base64'));
  });
});

describe('SendSms', () => {
  it('accepts a signed request, answers OK with a BizId, and records the message', async () => {
    const { status, body } = await post(signed(sms));
    expect(status).toBe(200);
    expect(body).toEqual({ Code: 'OK', Message: 'OK', BizId: expect.stringMatching(/^\d{18}\^0$/), RequestId: expect.any(String) });
    expect(fake.messages).toEqual([
      {
        phoneNumber: '13912345678',
        signName: '城阳便民',
        templateCode: 'SMS_100001',
        params: { number: '37021420250102000001' },
        outId: 'sms:case.accepted:1',
        bizId: body.BizId,
        receivedAt: expect.any(Date),
      },
    ]);
  });

  it('refuses an unknown AccessKeyId, a wrong signature, a replayed nonce and an old timestamp', async () => {
    expect(await post(signed(sms, { AccessKeyId: 'AK-other' }))).toMatchObject({
      status: 404,
      body: { Code: 'InvalidAccessKeyId.NotFound' },
    });
    expect(await post(signed(sms, {}, 'wrong-secret'))).toMatchObject({ status: 400, body: { Code: 'SignatureDoesNotMatch' } });
    const once = signed(sms);
    expect((await post(once)).body.Code).toBe('OK');
    expect((await post(once)).body.Code).toBe('SignatureNonceUsed');
    const old = new Date(Date.now() - 20 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect((await post(signed(sms, { Timestamp: old }))).body.Code).toBe('InvalidTimeStamp.Expired');
    expect(fake.messages).toHaveLength(1);
  });

  it('answers business errors with HTTP 200 and a code: bad number, unknown template or sign name, bad parameters', async () => {
    expect(await post(signed({ ...sms, PhoneNumbers: '1391234' }))).toMatchObject({
      status: 200,
      body: { Code: 'isv.MOBILE_NUMBER_ILLEGAL' },
    });
    expect((await post(signed({ ...sms, TemplateCode: 'nonsense' }))).body.Code).toBe('isv.SMS_TEMPLATE_ILLEGAL');
    expect((await post(signed({ ...sms, SignName: '别人的签名' }))).body.Code).toBe('isv.SMS_SIGNATURE_ILLEGAL');
    expect((await post(signed({ ...sms, TemplateParam: '{"n":1}' }))).body.Code).toBe('isv.INVALID_JSON_PARAM');
    expect(fake.messages).toEqual([]);
  });

  it('fails the next sends with an injected code, then goes back to normal', async () => {
    fake.failNext('isv.BUSINESS_LIMIT_CONTROL', 2);
    expect((await post(signed(sms))).body).toMatchObject({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: expect.any(String) });
    expect((await post(signed(sms))).body.Code).toBe('isv.BUSINESS_LIMIT_CONTROL');
    expect((await post(signed(sms))).body.Code).toBe('OK');
    expect(fake.calls).toBe(3);
  });

  it('fails a set share of sends, the same ones for the same seed', async () => {
    const run = async () => {
      fake.failRatio(0.3, { seed: 7, codes: ['isp.SYSTEM_ERROR', 'isv.BUSINESS_LIMIT_CONTROL'] });
      const codes: string[] = [];
      for (let i = 0; i < 40; i++) codes.push((await post(signed(sms))).body.Code);
      return codes;
    };
    const first = await run();
    const failed = first.filter((c) => c !== 'OK').length;
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(20);
    expect(new Set(first)).toEqual(new Set(['OK', 'isp.SYSTEM_ERROR', 'isv.BUSINESS_LIMIT_CONTROL']));
    expect(await run()).toEqual(first);
  });
});

describe('delivery reports', () => {
  it('pushes a JSON array of reports with the BizId and OutId to the callback', async () => {
    fake.setReceiptUrl(receiverUrl);
    fake.failDelivery('13700000000', 'MN:0001');
    const ok = (await post(signed(sms))).body;
    await post(signed({ ...sms, PhoneNumbers: '13700000000', OutId: 'sms:x:2' }));
    await fake.flushReceipts();
    expect(received.flat()).toEqual([
      expect.objectContaining({
        phone_number: '13912345678',
        success: true,
        err_code: 'DELIVERED',
        biz_id: ok.BizId,
        out_id: sms.OutId,
        sms_size: '1',
      }),
      expect.objectContaining({ phone_number: '13700000000', success: false, err_code: 'MN:0001', out_id: 'sms:x:2' }),
    ]);
    expect(received[0]?.[0]?.report_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(fake.pendingReports()).toEqual([]);
  });

  it('pushes again until the receiver answers {"code":0,"msg":"成功"}', async () => {
    answers.push('{"code":1,"msg":"稍后再试"}', 'OK');
    fake.setReceiptUrl(receiverUrl);
    await post(signed(sms));
    await fake.flushReceipts();
    expect(fake.pendingReports()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 150)); // two retries 30 ms apart
    expect(received).toHaveLength(3);
    expect(fake.receiptPushes.map((p) => p.acknowledged)).toEqual([false, false, true]);
    expect(fake.pendingReports()).toEqual([]);
  });

  it('pushes at most 100 reports at a time', async () => {
    fake.setReceiptUrl(null);
    for (let i = 0; i < 250; i++) await post(signed({ ...sms, OutId: `sms:bulk:${i}` }));
    fake.setReceiptUrl(receiverUrl);
    await fake.flushReceipts();
    expect(received.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(new Set(received.flat().map((r) => r.out_id)).size).toBe(250);
  });

  it('holds reports while no callback is configured', async () => {
    await post(signed(sms));
    await fake.flushReceipts();
    expect(received).toEqual([]);
    expect(fake.pendingReports()).toHaveLength(1);
  });
});
