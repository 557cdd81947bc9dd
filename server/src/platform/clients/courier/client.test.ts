// The courier client against the fake courier: the real wire shapes and codes, no mocks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeCourier, type FakeCourier } from '@bianmin/fakes/courier';
import { loadConfig } from '../../../config';
import { closeIfStarted } from '../../../testing/harness';
import { createCourierClient, isFinalCourierStatus, type CourierClient, type NewWaybill } from './client';
import { CourierError } from './errors';

let fake: FakeCourier;
let courier: CourierClient;
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const connect = (over: { baseUrl?: string; apiKey?: string; timeoutMs?: number } = {}) =>
  createCourierClient({ baseUrl: fake.url, apiKey: fake.apiKey, ...over });
const parcel: NewWaybill = {
  orderNo: '37021420250102000001',
  sender: { name: '城阳区政务服务中心', phone: '0532-87861234', address: '山东省青岛市城阳区正阳路 100 号' },
  recipient: { name: '王小明', phone: '13912345678', address: '山东省青岛市崂山区海尔路 1 号 2 单元 301' },
  itemDescription: '居住证',
};

async function failure(promise: Promise<unknown>): Promise<CourierError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CourierError);
  return error as CourierError;
}
/** Nothing the resident gave us may surface in an error (errors are logged). */
function expectNoPersonalData(error: CourierError, ...values: string[]) {
  const text = `${error.message} ${JSON.stringify(error)} ${String(error.stack)}`;
  for (const v of values) expect(text).not.toContain(v);
}

beforeAll(async () => {
  fake = await startFakeCourier({ apiKey: 'k-test' });
});
afterAll(async () => {
  await closeIfStarted(fake);
});
beforeEach(() => {
  fake.reset();
  courier = connect();
  for (const m of consoleMethods) vi.spyOn(console, m);
});
afterEach(() => {
  // Names, phones and addresses pass through the client: it must never log.
  for (const m of consoleMethods) expect(console[m]).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('posting a certificate', () => {
  it('creates a waybill and hands back its tracking number', async () => {
    const waybill = await courier.createWaybill(parcel);
    expect(waybill).toEqual({ waybillNo: expect.stringMatching(/^EMS\d{10}CN$/), createdAt: expect.any(Date) });
    expect(Math.abs(waybill.createdAt.getTime() - Date.now())).toBeLessThan(5_000);
    expect(fake.waybills.get(waybill.waybillNo)).toMatchObject({
      orderNo: parcel.orderNo,
      sender: parcel.sender,
      recipient: parcel.recipient,
      itemDescription: '居住证',
    });
  });

  it('answers the same waybill when the same order is created again (a retry after a timeout)', async () => {
    const first = await courier.createWaybill(parcel);
    expect((await courier.createWaybill(parcel)).waybillNo).toBe(first.waybillNo);
    expect(fake.waybills.size).toBe(1);
  });

  it('works with a base URL that ends in a slash', async () => {
    expect((await connect({ baseUrl: `${fake.url}/` }).createWaybill(parcel)).waybillNo).toMatch(/^EMS/);
  });
});

describe('tracking', () => {
  it('follows the parcel from collected to delivered, with the traces as instants', async () => {
    const { waybillNo } = await courier.createWaybill(parcel);
    const collected = await courier.track(waybillNo);
    expect(collected).toEqual({
      waybillNo,
      status: 'collected',
      traces: [{ time: expect.any(Date), opCode: '203', opName: '已收寄', location: '青岛市城阳区', desc: expect.any(String) }],
    });
    expect(Math.abs((collected.traces[0]?.time.getTime() ?? 0) - Date.now())).toBeLessThan(5_000);

    const seen = [];
    for (const next of ['IN_TRANSIT', 'DELIVERING', 'DELIVERED'] as const) {
      fake.advance(waybillNo, next);
      seen.push((await courier.track(waybillNo)).status);
    }
    expect(seen).toEqual(['in_transit', 'delivering', 'delivered']);
    const delivered = await courier.track(waybillNo);
    expect(delivered.traces.map((t) => t.opName)).toEqual(['已收寄', '运输中', '派送中', '已签收']);
    expect(isFinalCourierStatus(delivered.status)).toBe(true);
    expect(fake.calls.track).toBe(5);
  });

  it('reports a returned parcel as final', async () => {
    const { waybillNo } = await courier.createWaybill(parcel);
    expect(isFinalCourierStatus((await courier.track(waybillNo)).status)).toBe(false);
    fake.advance(waybillNo, 'RETURNED');
    const returned = await courier.track(waybillNo);
    expect([returned.status, returned.traces.at(-1)?.opName, isFinalCourierStatus(returned.status)]).toEqual(['returned', '退回', true]);
  });
});

describe('the courier refusing', () => {
  it.each<[string, string, boolean, () => Promise<unknown>]>([
    ['a wrong API key', 'B0001', false, () => connect({ apiKey: 'wrong' }).createWaybill(parcel)],
    ['a wrong API key on tracking', 'B0001', false, () => connect({ apiKey: 'wrong' }).track('EMS0000000000CN')],
    ['a bad phone number', 'B0002', false, () => courier.createWaybill({ ...parcel, recipient: { ...parcel.recipient, phone: '12345' } })],
    ['an unknown waybill', 'B0404', false, () => courier.track('EMS0000000000CN')],
    [
      'a busy moment on create',
      '9999',
      true,
      () => {
        fake.failNext('create_waybill', '9999');
        return courier.createWaybill(parcel);
      },
    ],
    [
      'a busy moment on track',
      '9999',
      true,
      async () => {
        const { waybillNo } = await courier.createWaybill(parcel);
        fake.failNext('track', '9999');
        return courier.track(waybillNo);
      },
    ],
  ])('turns %s into %s (retryable: %s)', async (_, code, retryable, attempt) => {
    const error = await failure(attempt());
    expect([error.code, error.retryable]).toEqual([code, retryable]);
    expectNoPersonalData(error, parcel.recipient.phone, parcel.recipient.name, 'wrong');
  });

  it('refuses an address it cannot route (B0101) without repeating the address in the error', async () => {
    const address = '火星基地一号 13800001111';
    const error = await failure(courier.createWaybill({ ...parcel, recipient: { ...parcel.recipient, address } }));
    expect([error.code, error.api, error.retryable, error.message]).toEqual([
      'B0101',
      'create_waybill',
      false,
      'Courier create_waybill failed: B0101 address not recognised',
    ]);
    expectNoPersonalData(error, address, '火星', '13800001111', parcel.recipient.name);
    expect(fake.waybills.size).toBe(0);
  });

  it('passes a code it does not know through, as not retryable', async () => {
    fake.failNext('track', 'B0777');
    const error = await failure(courier.track('EMS0000000000CN'));
    expect([error.code, error.retryable, error.message]).toEqual(['B0777', false, 'Courier track failed: B0777 unknown failure']);
  });
});

describe('when the courier cannot be reached', () => {
  let stub: Server;
  let stubUrl: string;
  let behaviour: 'hang' | 'html' | 'ok-with-500' | 'odd-status' | 'odd-time' = 'hang';
  beforeAll(async () => {
    stub = createServer((_req, res) => {
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (behaviour === 'html') res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
      if (behaviour === 'ok-with-500') json(500, { code: '0000', message: '成功' });
      if (behaviour === 'odd-status') json(200, { code: '0000', message: '成功', data: { waybillNo: 'X', status: 'LOST', traces: [] } });
      const trace = { time: '2025-01-02T08:00:00Z', opCode: '203', opName: '已收寄', location: '', desc: '' };
      if (behaviour === 'odd-time')
        json(200, { code: '0000', message: '成功', data: { waybillNo: 'X', status: 'COLLECTED', traces: [trace] } });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    stub.closeAllConnections();
    await new Promise((resolve) => stub.close(resolve));
  });

  it('turns a timeout into a retryable UNREACHABLE', async () => {
    behaviour = 'hang';
    const error = await failure(connect({ baseUrl: stubUrl, timeoutMs: 100 }).createWaybill(parcel));
    expect([error.code, error.retryable, error.message]).toEqual([
      'UNREACHABLE',
      true,
      'Courier create_waybill failed: UNREACHABLE timed out after 100 ms',
    ]);
    expectNoPersonalData(error, parcel.recipient.phone, parcel.recipient.address, 'k-test');
  });

  it('turns a refused connection into a retryable UNREACHABLE', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(connect({ baseUrl: `http://127.0.0.1:${port}` }).track('EMS0000000000CN'));
    expect([error.code, error.retryable, error.message]).toEqual(['UNREACHABLE', true, 'Courier track failed: UNREACHABLE network error']);
  });

  it.each([
    ['a proxy error page', 'html', 'non-JSON answer (HTTP 502)'],
    ['success with a server error status', 'ok-with-500', 'HTTP 500'],
    ['a status this client does not know', 'odd-status', 'malformed track answer'],
    ['a trace time in another format', 'odd-time', 'malformed track answer'],
  ] as const)('turns %s into a retryable BAD_ANSWER', async (_, how, detail) => {
    behaviour = how;
    const error = await failure(connect({ baseUrl: stubUrl }).track('X'));
    expect([error.code, error.retryable, error.message]).toEqual(['BAD_ANSWER', true, `Courier track failed: BAD_ANSWER ${detail}`]);
  });
});

it('talks to the fake out of the box with the development settings', async () => {
  const dev = await startFakeCourier();
  try {
    const { courier: settings } = loadConfig({});
    expect(settings).toEqual({ baseUrl: 'http://127.0.0.1:3002', apiKey: dev.apiKey, isFake: true });
    const { waybillNo } = await createCourierClient({ ...settings, baseUrl: dev.url }).createWaybill(parcel);
    expect(dev.waybills.has(waybillNo)).toBe(true);
  } finally {
    await dev.close();
  }
});
