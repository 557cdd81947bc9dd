// A small HTTP client for the providers' JSON APIs on node:http(s) with kept-alive connections.
// `fetch` (WHATWG streams, a Response per call) cost the notification worker about a fifth of its
// CPU per message in the bench; this does the same call for much less. Errors carry no URL (it may
// hold a secret): a timeout or a network failure, nothing else.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface HttpAnswer {
  status: number;
  text: string;
}
export class HttpFailure extends Error {
  constructor(readonly timedOut: boolean) {
    super(timedOut ? 'timed out' : 'network error');
  }
}

const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 128 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 128 }),
};

export function httpCall(
  url: string,
  o: { method: 'GET' | 'POST'; body?: string; contentType?: string; timeoutMs: number },
): Promise<HttpAnswer> {
  const secure = url.startsWith('https:');
  const request = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (o.body !== undefined) {
      headers['content-type'] = o.contentType ?? 'application/json';
      headers['content-length'] = Buffer.byteLength(o.body);
    }
    const req = request(url, { method: o.method, headers, agent: secure ? agents.https : agents.http }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', () => fail(false));
    });
    const timer = setTimeout(() => fail(true), o.timeoutMs);
    function fail(timedOut: boolean) {
      clearTimeout(timer);
      req.destroy();
      reject(new HttpFailure(timedOut));
    }
    req.on('error', () => fail(false));
    req.end(o.body);
  });
}
