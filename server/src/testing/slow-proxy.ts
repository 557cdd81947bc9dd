// A slow provider for crash tests: forwards every request to a fake (WeChat, SMS) after a delay,
// so a worker can be killed while its sends are in flight. Counts what it forwarded.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowProxy {
  url: string;
  /** Requests that reached the proxy so far. */
  received: number;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startSlowProxy(target: string, delayMs: number): Promise<SlowProxy> {
  const proxy: SlowProxy = { url: '', received: 0, close: () => Promise.resolve() };
  const server = createServer((req, res) => {
    proxy.received++;
    void (async () => {
      const body = await bodyOf(req);
      await new Promise((r) => setTimeout(r, delayMs));
      const answer = await fetch(target + (req.url ?? '/'), {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'application/octet-stream' },
        body: req.method === 'GET' ? undefined : body,
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return proxy;
}
