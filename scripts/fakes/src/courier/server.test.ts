// The fake must answer like the courier's open API does, or tests of the API's client prove nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_COURIER_API_KEY, startFakeCourier, type FakeCourier, type FakeTrace } from './server';

let fake: FakeCourier;
beforeAll(async () => {
  fake = await startFakeCourier({ apiKey: 'k-test' });
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  fake.reset();
});

interface Reply {
  code: string;
  message: string;
  data?: { waybillNo: string; createdAt?: string; status?: string; traces?: FakeTrace[] };
}
async function call(
  path: string,
  init: { method?: string; body?: string } = {},
  apiKey = 'k-test',
): Promise<{ status: number; body: Reply }> {
  const res = await fetch(fake.url + path, { ...init, headers: { 'x-api-key': apiKey, 'content-type': 'application/json' } });
  return { status: res.status, body: (await res.json()) as Reply };
}
const hall = { name: '城阳区政务服务中心', phone: '0532-87861234', address: '山东省青岛市城阳区正阳路 100 号' };
const resident = { name: '王小明', phone: '13912345678', address: '山东省青岛市崂山区海尔路 1 号 2 单元 301' };
const order = { orderNo: '370214-20250102-0001', sender: hall, recipient: resident, itemDescription: '居住证' };
const create = (body: unknown = order, apiKey?: string) => call('/api/v1/waybills', { method: 'POST', body: JSON.stringify(body) }, apiKey);
const track = (waybillNo: string, apiKey?: string) => call(`/api/v1/waybills/${encodeURIComponent(waybillNo)}/traces`, {}, apiKey);
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

describe('POST /api/v1/waybills', () => {
  it('creates a waybill with an EMS-style number, and records what was posted', async () => {
    const { status, body } = await create();
    expect(status).toBe(200);
    expect(body).toEqual({
      code: '0000',
      message: '成功',
      data: { waybillNo: expect.stringMatching(/^EMS\d{10}CN$/), createdAt: expect.stringMatching(TIME) },
    });
    const waybill = fake.waybills.get(body.data?.waybillNo ?? '');
    expect(waybill).toMatchObject({
      orderNo: order.orderNo,
      sender: hall,
      recipient: resident,
      itemDescription: '居住证',
      status: 'COLLECTED',
    });
    expect(fake.calls.create_waybill).toBe(1);
    // The courier's clock is China Standard Time, whatever the machine's zone.
    const createdAt = Date.parse(`${(body.data?.createdAt ?? '').replace(' ', 'T')}+08:00`);
    expect(Math.abs(createdAt - Date.now())).toBeLessThan(5_000);
  });

  it('answers the same waybill for the same order number (a retry posts no second parcel)', async () => {
    const first = (await create()).body.data?.waybillNo;
    expect((await create()).body.data?.waybillNo).toBe(first);
    expect((await create({ ...order, orderNo: 'other' })).body.data?.waybillNo).not.toBe(first);
    expect(fake.waybills.size).toBe(2);
  });

  it('refuses a missing or wrong API key with B0001', async () => {
    expect((await create(order, 'wrong')).body).toEqual({ code: 'B0001', message: 'API Key 无效或缺失' });
    const res = await fetch(`${fake.url}/api/v1/waybills`, { method: 'POST', body: JSON.stringify(order) });
    expect(((await res.json()) as Reply).code).toBe('B0001');
    expect(fake.waybills.size).toBe(0);
  });

  it('refuses an address it cannot route with B0101, echoing it as the real one does', async () => {
    const { body } = await create({ ...order, recipient: { ...resident, address: '火星基地一号' } });
    expect(body).toEqual({ code: 'B0101', message: '收件地址无法识别：火星基地一号' });
    expect((await create({ ...order, sender: { ...hall, address: '某处' } })).body.code).toBe('B0101');
  });

  it.each([
    ['no order number', { ...order, orderNo: undefined }],
    ['no item', { ...order, itemDescription: ' ' }],
    ['no recipient', { ...order, recipient: undefined }],
    ['a bad phone', { ...order, recipient: { ...resident, phone: '12345' } }],
    ['a nameless recipient', { ...order, recipient: { ...resident, name: '' } }],
    ['a body that is not an object', [order]],
  ])('refuses %s with B0002', async (_, body) => {
    expect((await create(body)).body).toEqual({ code: 'B0002', message: '请求参数错误' });
  });

  it('takes landlines with or without the dash', async () => {
    expect((await create({ ...order, recipient: { ...resident, phone: '053287861234' } })).body.code).toBe('0000');
  });
});

describe('GET /api/v1/waybills/:waybillNo/traces', () => {
  it('answers the status and the traces, oldest first', async () => {
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    const { status, body } = await track(waybillNo);
    expect(status).toBe(200);
    expect(body).toEqual({
      code: '0000',
      message: '成功',
      data: {
        waybillNo,
        status: 'COLLECTED',
        traces: [
          {
            time: expect.stringMatching(TIME),
            opCode: '203',
            opName: '已收寄',
            location: '青岛市城阳区',
            desc: expect.stringContaining('已收寄'),
          },
        ],
      },
    });
  });

  it('follows the parcel as it is advanced, with one trace per step (skipped steps too)', async () => {
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    fake.advance(waybillNo, 'IN_TRANSIT');
    expect((await track(waybillNo)).body.data?.status).toBe('IN_TRANSIT');
    fake.advance(waybillNo, 'DELIVERED');
    const { data } = (await track(waybillNo)).body;
    expect(data?.status).toBe('DELIVERED');
    expect(data?.traces?.map((t) => [t.opName, t.location])).toEqual([
      ['已收寄', '青岛市城阳区'],
      ['运输中', '青岛市城阳区邮区中心局'],
      ['派送中', '青岛市崂山区'],
      ['已签收', '青岛市崂山区'],
    ]);
    const times = data?.traces?.map((t) => t.time) ?? [];
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('returns a parcel from any unfinished state, and allows nothing after the end', async () => {
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    fake.advance(waybillNo, 'DELIVERING');
    fake.advance(waybillNo, 'RETURNED');
    expect((await track(waybillNo)).body.data?.traces?.map((t) => t.opCode)).toEqual(['203', '306', '702', '708']);
    expect(() => fake.advance(waybillNo, 'DELIVERED')).toThrow(/already RETURNED/);
    const other = (await create({ ...order, orderNo: 'o2' })).body.data?.waybillNo ?? '';
    fake.advance(other, 'DELIVERING');
    expect(() => fake.advance(other, 'IN_TRANSIT')).toThrow(/cannot go from DELIVERING to IN_TRANSIT/);
    expect(() => fake.advance('EMS0000000000CN', 'DELIVERED')).toThrow(/no waybill/);
  });

  it('answers B0404 for an unknown waybill and B0001 for a wrong key', async () => {
    expect((await track('EMS0000000000CN')).body).toEqual({ code: 'B0404', message: '运单号不存在' });
    expect((await track('%E0%A4%A')).body.code).toBe('B0404');
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    expect((await track(waybillNo, 'wrong')).body.code).toBe('B0001');
  });
});

describe('test controls', () => {
  it('inject failures per API, counting every call', async () => {
    fake.failNext('create_waybill', '9999', 2);
    fake.failNext('track', 'B0404');
    expect((await create()).body).toEqual({ code: '9999', message: '系统繁忙，请稍后再试' });
    expect((await create()).body.code).toBe('9999');
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    expect((await track(waybillNo)).body.code).toBe('B0404');
    expect((await track(waybillNo)).body.code).toBe('0000');
    expect(fake.calls).toEqual({ create_waybill: 3, track: 2 });
  });

  it('reset forgets waybills, failures and counts, keeping the same map', async () => {
    const waybills = fake.waybills;
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    fake.failNext('track', '9999');
    fake.reset();
    expect(waybills.size).toBe(0);
    expect((await track(waybillNo)).body.code).toBe('B0404');
    expect(fake.calls).toEqual({ create_waybill: 0, track: 1 });
  });

  it('a control endpoint advances a parcel for local runs', async () => {
    const waybillNo = (await create()).body.data?.waybillNo ?? '';
    const advance = (status: string) => call(`/__fake/waybills/${waybillNo}/advance`, { method: 'POST', body: JSON.stringify({ status }) });
    expect((await advance('DELIVERED')).status).toBe(200);
    expect(fake.waybills.get(waybillNo)?.status).toBe('DELIVERED');
    expect(await advance('LOST')).toMatchObject({ status: 400, body: { code: 'B0002' } });
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await call('/api/v1/nothing')).status).toBe(404);
    expect((await call('/api/v1/waybills')).status).toBe(405);
  });

  it('uses the development key by default', async () => {
    const plain = await startFakeCourier();
    try {
      expect(plain.apiKey).toBe(FAKE_COURIER_API_KEY);
      const res = await fetch(`${plain.url}/api/v1/waybills/EMS0000000000CN/traces`, { headers: { 'x-api-key': FAKE_COURIER_API_KEY } });
      expect(((await res.json()) as Reply).code).toBe('B0404');
    } finally {
      await plain.close();
    }
  });
});
