// The compression layer on its own: a JSON answer is serialised once (not once for its length and
// again to send it), keeps its JSON type, and is compressed above the threshold as before.
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compression } from './compression';

let baseUrl = '';
let close: () => Promise<void>;
let serialised = 0;
/** An answer that counts how often it is turned into JSON. */
const counted = (items: number) => ({
  items: Array.from({ length: items }, (_, i) => `第${i}项`),
  toJSON() {
    serialised++;
    return { items: this.items };
  },
});

beforeAll(async () => {
  const app = new Koa();
  app.use(compression());
  app.use((ctx) => {
    ctx.body = ctx.path === '/big' ? counted(400) : ctx.path === '/small' ? counted(2) : 'plain text';
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r(undefined)));
});
afterAll(() => close());

async function get(path: string, encoding: string) {
  const res = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Encoding': encoding } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('JSON answers through the compression layer', () => {
  it('a small answer is serialised once and sent as JSON, uncompressed', async () => {
    serialised = 0;
    const { res, bytes } = await get('/small', 'gzip');
    expect(serialised).toBe(1);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({ items: ['第0项', '第1项'] });
  });

  it('a large answer is serialised once and gzipped for a client that takes gzip', async () => {
    serialised = 0;
    const { res, bytes } = await get('/big', 'gzip');
    expect(serialised).toBe(1);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // fetch has already gunzipped it
    expect((JSON.parse(bytes.toString('utf8')) as { items: string[] }).items).toHaveLength(400);
  });

  it('text is left as it is', async () => {
    const { res, bytes } = await get('/text', 'identity');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(bytes.toString('utf8')).toBe('plain text');
  });
});
