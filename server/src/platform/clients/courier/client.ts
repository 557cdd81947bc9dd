// The API's only way to the postal courier (邮政快递送证到家): create a waybill for a certificate
// posted home, and read where the parcel is. The base URL is configuration, so dev and tests point
// it at the fake in scripts/fakes (`@bianmin/fakes/courier`). It logs nothing — names, phones and
// addresses pass through here — and its errors carry only a code (see errors.ts).
//
// It does not retry: the caller decides (a job polls again next round). Creating a waybill again
// with the same `orderNo` is safe: the courier answers the waybill it already made.
import { COURIER_CODES, CourierError, type CourierApi } from './errors';

export interface CourierParty {
  name: string;
  /** A mainland mobile (11 digits) or a landline with its area code. */
  phone: string;
  /** The full postal address, province to door. */
  address: string;
}
export interface NewWaybill {
  /** Our reference for the parcel (e.g. the case number): the courier answers the same waybill for the same one. */
  orderNo: string;
  sender: CourierParty;
  recipient: CourierParty;
  /** What is in the parcel, e.g. 居住证. */
  itemDescription: string;
}
export interface Waybill {
  /** The tracking number, e.g. EMS1234567890CN. */
  waybillNo: string;
  createdAt: Date;
}
export type CourierStatus = 'collected' | 'in_transit' | 'delivering' | 'delivered' | 'returned';
export interface CourierTrace {
  time: Date;
  /** The courier's operation code (203 收寄, 306 运输, 702 派送, 704 签收, 708 退回 …). */
  opCode: string;
  /** The operation in Chinese: 已收寄, 运输中, 派送中, 已签收, 退回. */
  opName: string;
  location: string;
  /** The courier's free text: it may name the postman or the person who signed. */
  desc: string;
}
export interface Tracking {
  waybillNo: string;
  status: CourierStatus;
  /** Oldest first, as the courier lists them. */
  traces: CourierTrace[];
}
export interface CourierClient {
  createWaybill(input: NewWaybill): Promise<Waybill>;
  track(waybillNo: string): Promise<Tracking>;
}
export interface CourierClientConfig {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
}

const STATUSES: Record<string, CourierStatus> = {
  COLLECTED: 'collected',
  IN_TRANSIT: 'in_transit',
  DELIVERING: 'delivering',
  DELIVERED: 'delivered',
  RETURNED: 'returned',
};

/** The parcel has arrived or come back: its status will not change again. */
export function isFinalCourierStatus(status: CourierStatus): status is 'delivered' | 'returned' {
  return status === 'delivered' || status === 'returned';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
// The courier writes `yyyy-MM-dd HH:mm:ss` in China Standard Time (UTC+8, no daylight saving).
const CHINA_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;

function chinaTime(value: unknown): Date | null {
  const m = typeof value === 'string' ? CHINA_TIME.exec(value) : null;
  if (!m) return null;
  const date = new Date(`${m[1] ?? ''}T${m[2] ?? ''}+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function createCourierClient(cfg: CourierClientConfig): CourierClient {
  const base = cfg.baseUrl.replace(/\/+$/, '');
  const timeoutMs = cfg.timeoutMs ?? 5_000;

  /** The `data` of a successful answer; anything else is a CourierError. */
  async function call(api: CourierApi, path: string, body?: Json): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(base + path, {
        method: body ? 'POST' : 'GET',
        headers: { accept: 'application/json', 'x-api-key': cfg.apiKey, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      // Not the error itself: its cause could carry the request.
      const what = (e as Error).name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : 'network error';
      throw new CourierError(COURIER_CODES.unreachable, api, what);
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') throw new CourierError(COURIER_CODES.unreachable, api, `timed out after ${timeoutMs} ms`);
      json = undefined;
    }
    if (!isObject(json) || typeof json.code !== 'string')
      throw new CourierError(COURIER_CODES.badAnswer, api, `non-JSON answer (HTTP ${res.status})`);
    if (json.code !== '0000') throw new CourierError(json.code, api);
    if (!res.ok) throw new CourierError(COURIER_CODES.badAnswer, api, `HTTP ${res.status}`);
    return json.data;
  }

  const malformed = (api: CourierApi) => new CourierError(COURIER_CODES.badAnswer, api, `malformed ${api} answer`);

  return {
    async createWaybill(input) {
      const data = await call('create_waybill', '/api/v1/waybills', {
        orderNo: input.orderNo,
        sender: { name: input.sender.name, phone: input.sender.phone, address: input.sender.address },
        recipient: { name: input.recipient.name, phone: input.recipient.phone, address: input.recipient.address },
        itemDescription: input.itemDescription,
      });
      const createdAt = isObject(data) ? chinaTime(data.createdAt) : null;
      if (!isObject(data) || typeof data.waybillNo !== 'string' || !data.waybillNo || !createdAt) throw malformed('create_waybill');
      return { waybillNo: data.waybillNo, createdAt };
    },

    async track(waybillNo) {
      const data = await call('track', `/api/v1/waybills/${encodeURIComponent(waybillNo)}/traces`);
      if (!isObject(data) || typeof data.status !== 'string' || !Array.isArray(data.traces)) throw malformed('track');
      // A status the courier added after this was written: not guessed at, but reported.
      const status = STATUSES[data.status];
      if (!status) throw malformed('track');
      const traces = data.traces.map((t: unknown): CourierTrace => {
        const time = isObject(t) ? chinaTime(t.time) : null;
        if (!isObject(t) || !time) throw malformed('track');
        const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
        return { time, opCode: str(t.opCode), opName: str(t.opName), location: str(t.location), desc: str(t.desc) };
      });
      return { waybillNo: typeof data.waybillNo === 'string' ? data.waybillNo : waybillNo, status, traces };
    },
  };
}
