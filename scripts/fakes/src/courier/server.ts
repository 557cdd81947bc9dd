// A stand-in for the postal courier's (EMS-style) open API: create a waybill, read its tracking
// traces. The same paths, headers, answer envelope and codes the API's courier client expects, so
// the client is tested against the wire format, not against mocks. Node built-ins only: the
// server's tests and local runs both use it (`@bianmin/fakes/courier`).
//
// Every answer is HTTP 200 with `{ code, message, data? }` — "0000" is success — except unknown
// paths (404) and wrong methods (405). Like the real service, some messages echo what was sent
// (the address it could not read), so clients must decide on `code` and never log `message`.
import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeCourierApi = 'create_waybill' | 'track';
export type FakeCourierStatus = 'COLLECTED' | 'IN_TRANSIT' | 'DELIVERING' | 'DELIVERED' | 'RETURNED';
export interface FakeParty {
  name: string;
  phone: string;
  address: string;
}
export interface FakeTrace {
  /** `yyyy-MM-dd HH:mm:ss`, China Standard Time (UTC+8), as the courier writes it. */
  time: string;
  opCode: string;
  opName: string;
  location: string;
  desc: string;
}
export interface FakeWaybill {
  waybillNo: string;
  /** The sender's own reference (logistics order number): the same one answers the same waybill. */
  orderNo: string;
  sender: FakeParty;
  recipient: FakeParty;
  itemDescription: string;
  createdAt: string;
  status: FakeCourierStatus;
  traces: FakeTrace[];
}
export interface FakeCourier {
  url: string;
  apiKey: string;
  /**
   * Move a parcel along: collected → in transit → delivering → delivered, or returned from any
   * unfinished state. Skipped steps get their traces too; going back or past the end throws.
   */
  advance(waybillNo: string, status: FakeCourierStatus): void;
  /** The next `times` calls to `api` answer with this code (e.g. "9999", "B0001", "B0101", "B0404"). */
  failNext(api: FakeCourierApi, code: string, times?: number): void;
  /** Every waybill created, by number (what was posted, and where it is now). */
  waybills: Map<string, FakeWaybill>;
  calls: Record<FakeCourierApi, number>;
  reset(): void;
  close(): Promise<void>;
}
export interface FakeCourierOptions {
  port?: number;
  host?: string;
  apiKey?: string;
}

/** The key the fake accepts unless told otherwise; the API's development default is the same. */
export const FAKE_COURIER_API_KEY = 'dev-only-courier-api-key';

const MESSAGES: Record<string, string> = {
  '0000': '成功',
  B0001: 'API Key 无效或缺失',
  B0002: '请求参数错误',
  B0101: '地址无法识别',
  B0404: '运单号不存在',
  B0405: '请求方法不支持',
  B0406: '接口不存在',
  '9999': '系统繁忙，请稍后再试',
};
const LINE: FakeCourierStatus[] = ['COLLECTED', 'IN_TRANSIT', 'DELIVERING', 'DELIVERED'];
const FINAL = new Set<FakeCourierStatus>(['DELIVERED', 'RETURNED']);
const OPS: Record<FakeCourierStatus, { opCode: string; opName: string }> = {
  COLLECTED: { opCode: '203', opName: '已收寄' },
  IN_TRANSIT: { opCode: '306', opName: '运输中' },
  DELIVERING: { opCode: '702', opName: '派送中' },
  DELIVERED: { opCode: '704', opName: '已签收' },
  RETURNED: { opCode: '708', opName: '退回' },
};
const MOBILE_OR_LANDLINE = /^(?:1\d{10}|0\d{2,3}-?\d{7,8})$/;
// Province (optional), then a prefecture-level place, then a county-level one: enough to route a parcel.
const PLACE = /^(?:.+?(?:省|自治区))?(.+?(?:市|州|盟|地区))(.+?(?:区|县|旗|市))?/;

type Json = Record<string, unknown>;
interface Answer {
  status: number;
  code: string;
  message?: string;
  data?: Json;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
/** The courier's clock: `yyyy-MM-dd HH:mm:ss` in UTC+8, whatever the machine's zone. */
const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
const placeOf = (address: string) => {
  const m = PLACE.exec(address.replace(/\s+/g, ''));
  return m ? `${m[1] ?? ''}${m[2] ?? ''}` : '';
};

function party(v: unknown): FakeParty | null {
  if (!isObject(v) || !text(v.name, 50) || !text(v.address, 200) || typeof v.phone !== 'string') return null;
  if (!MOBILE_OR_LANDLINE.test(v.phone)) return null;
  return { name: v.name, phone: v.phone, address: v.address };
}

async function readJson(req: IncomingMessage): Promise<Json | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function startFakeCourier(opts: FakeCourierOptions = {}): Promise<FakeCourier> {
  const apiKey = opts.apiKey ?? FAKE_COURIER_API_KEY;
  const waybills = new Map<string, FakeWaybill>();
  const byOrderNo = new Map<string, string>();
  const failures: Record<FakeCourierApi, string[]> = { create_waybill: [], track: [] };
  const calls: Record<FakeCourierApi, number> = { create_waybill: 0, track: 0 };
  // A parcel's traces are a second apart at least, in order, even when a test advances it at once.
  const lastTraceMs = new WeakMap<FakeWaybill, number>();
  const tick = (w: FakeWaybill) => {
    const ms = Math.max(Date.now(), (lastTraceMs.get(w) ?? 0) + 1000);
    lastTraceMs.set(w, ms);
    return ms;
  };

  function trace(w: FakeWaybill, status: FakeCourierStatus): FakeTrace {
    const from = placeOf(w.sender.address);
    const to = placeOf(w.recipient.address);
    const where: Record<FakeCourierStatus, [string, string]> = {
      COLLECTED: [from, `【${from}】邮政营业部已收寄，揽投员：赵师傅`],
      IN_TRANSIT: [`${from}邮区中心局`, `离开【${from}邮区中心局】，发往【${to}】`],
      DELIVERING: [to, `【${to}】投递员正在派送，投递员：刘师傅，电话：18900000000`],
      DELIVERED: [to, `已签收，签收人：本人。感谢使用中国邮政`],
      RETURNED: [to, `收件人拒收或无法投递，邮件退回寄件人`],
    };
    const [location, desc] = where[status];
    return { time: chinaTime(tick(w)), ...OPS[status], location, desc };
  }

  function createWaybill(body: Json): Answer {
    const { orderNo, itemDescription } = body;
    const sender = party(body.sender);
    const recipient = party(body.recipient);
    if (!text(orderNo, 64) || !text(itemDescription, 100) || !sender || !recipient) return { status: 200, code: 'B0002' };
    const existing = byOrderNo.get(orderNo);
    const known = existing === undefined ? undefined : waybills.get(existing);
    if (known) return { status: 200, code: '0000', data: { waybillNo: known.waybillNo, createdAt: known.createdAt } };
    if (!placeOf(sender.address)) return { status: 200, code: 'B0101', message: `寄件地址无法识别：${sender.address}` };
    if (!placeOf(recipient.address)) return { status: 200, code: 'B0101', message: `收件地址无法识别：${recipient.address}` };
    let waybillNo: string;
    do waybillNo = `EMS${String(randomInt(0, 10_000_000_000)).padStart(10, '0')}CN`;
    while (waybills.has(waybillNo));
    const w: FakeWaybill = {
      waybillNo,
      orderNo,
      sender,
      recipient,
      itemDescription,
      createdAt: chinaTime(Date.now()),
      status: 'COLLECTED',
      traces: [],
    };
    w.traces.push(trace(w, 'COLLECTED'));
    waybills.set(waybillNo, w);
    byOrderNo.set(orderNo, waybillNo);
    return { status: 200, code: '0000', data: { waybillNo, createdAt: w.createdAt } };
  }

  function track(waybillNo: string): Answer {
    const w = waybills.get(waybillNo);
    if (!w) return { status: 200, code: 'B0404' };
    return { status: 200, code: '0000', data: { waybillNo, status: w.status, traces: w.traces.map((t) => ({ ...t })) } };
  }

  const fake: FakeCourier = {
    url: '',
    apiKey,
    waybills,
    calls,
    advance(waybillNo, status) {
      const w = waybills.get(waybillNo);
      if (!w) throw new Error(`fake courier: no waybill ${waybillNo}`);
      if (!(status in OPS)) throw new Error(`fake courier: ${JSON.stringify(status)} is not a status`);
      if (FINAL.has(w.status)) throw new Error(`fake courier: ${waybillNo} is already ${w.status}`);
      const here = LINE.indexOf(w.status);
      const steps = status === 'RETURNED' ? ['RETURNED' as const] : LINE.slice(here + 1, LINE.indexOf(status) + 1);
      if (!steps.length) throw new Error(`fake courier: ${waybillNo} cannot go from ${w.status} to ${status}`);
      for (const step of steps) {
        w.traces.push(trace(w, step));
        w.status = step;
      }
    },
    failNext(api, code, times = 1) {
      failures[api].push(...Array<string>(times).fill(code));
    },
    reset() {
      waybills.clear(); // same map, so references held by tests stay live
      byOrderNo.clear();
      for (const api of Object.keys(calls) as FakeCourierApi[]) {
        calls[api] = 0;
        failures[api].length = 0;
      }
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const TRACES = /^\/api\/v1\/waybills\/([^/]+)\/traces$/;
  const ADVANCE = /^\/__fake\/waybills\/([^/]+)\/advance$/;
  const param = (encoded: string | undefined) => {
    try {
      return decodeURIComponent(encoded ?? '');
    } catch {
      return '';
    }
  };
  async function answer(req: IncomingMessage): Promise<Answer> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = req.method === 'POST' ? await readJson(req) : {};
    // Control endpoint for local runs (no test to call `advance`): move a parcel along by hand.
    const control = ADVANCE.exec(url.pathname);
    if (req.method === 'POST' && control) {
      try {
        fake.advance(param(control[1]), body?.status as FakeCourierStatus);
        return { status: 200, code: '0000' };
      } catch (e) {
        return { status: 400, code: 'B0002', message: (e as Error).message };
      }
    }
    const traces = TRACES.exec(url.pathname);
    const api: FakeCourierApi | null = url.pathname === '/api/v1/waybills' ? 'create_waybill' : traces ? 'track' : null;
    if (!api) return { status: 404, code: 'B0406' };
    calls[api] += 1;
    if (req.method !== (api === 'create_waybill' ? 'POST' : 'GET')) return { status: 405, code: 'B0405' };
    const injected = failures[api].shift();
    if (injected !== undefined) return { status: 200, code: injected };
    if (req.headers['x-api-key'] !== apiKey) return { status: 200, code: 'B0001' };
    if (api === 'track') return track(param(traces?.[1]));
    return body ? createWaybill(body) : { status: 200, code: 'B0002' };
  }

  const server = createServer((req, res) => {
    const send = ({ status, code, message, data }: Answer) => {
      const json = { code, message: message ?? MESSAGES[code] ?? '未知错误', ...(data ? { data } : {}) };
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(json));
    };
    void answer(req).then(send, () => {
      send({ status: 500, code: '9999' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  fake.url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return fake;
}
