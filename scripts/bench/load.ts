// Load generation shared by the HTTP benches: autocannon's programmatic API with one request built
// per send, every answer tallied by status (and error code), and the latency figures of a run.
import type { EventEmitter } from 'node:events';

// ---- autocannon (no bundled types; scripts/ has no @types/autocannon): the part used here ----
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface CannonOptions {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  requests: {
    method: string;
    path: string;
    setupRequest(req: CannonRequest): CannonRequest;
    onResponse(status: number, body: string): void;
  }[];
}
interface CannonResult {
  errors: number;
  timeouts: number;
}
type CannonInstance = EventEmitter & PromiseLike<CannonResult> & { stop(): void };

async function loadAutocannon(): Promise<(opts: CannonOptions) => CannonInstance> {
  const name = 'autocannon'; // a non-literal specifier: typed by the interfaces above
  return ((await import(name)) as { default: (opts: CannonOptions) => CannonInstance }).default;
}

export interface LoadSpec {
  baseUrl: string;
  connections: number;
  /** Requests in all (at least `connections`: autocannon shares them out per connection). */
  amount: number;
  method: 'GET' | 'POST';
  /** Stop after this long even if not all `amount` requests are done (at autocannon's next 1-second tick). */
  maxSeconds?: number;
  /** Request i (0 … amount − 1), built when it is sent. */
  build(i: number): { path: string; headers?: Record<string, string>; body?: string };
}

export interface LoadResult {
  seconds: number;
  latencies: number[];
  /** Answers by `status` for 2xx, `status CODE` for the others (CODE from the error body). */
  answers: Map<string, number>;
  /** Connection errors, and requests without an answer in TIMEOUT_SECONDS. */
  errors: number;
  timeouts: number;
  /** Requests sent; when the run was stopped at `maxSeconds`, some of them were never answered. */
  sent: number;
  stopped: boolean;
}

/** Requests without an answer in this long count as timeouts. */
export const TIMEOUT_SECONDS = 30;
export const emptyResult = (): LoadResult => ({
  seconds: 0,
  latencies: [],
  answers: new Map(),
  errors: 0,
  timeouts: 0,
  sent: 0,
  stopped: false,
});
const tally = (out: LoadResult, status: number, body: string) => {
  const key = status >= 200 && status < 300 ? String(status) : `${status} ${errorCodeOf(body)}`;
  out.answers.set(key, (out.answers.get(key) ?? 0) + 1);
};

/** `amount` requests over `connections` keep-alive connections. */
export async function fire(spec: LoadSpec): Promise<LoadResult> {
  const autocannon = await loadAutocannon();
  let next = 0;
  const out = emptyResult();
  const started = performance.now();
  const instance = autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    amount: spec.amount,
    timeout: TIMEOUT_SECONDS,
    requests: [
      {
        method: spec.method,
        path: '/',
        setupRequest: (req) => {
          const i = next++;
          if (i >= spec.amount) throw new Error(`autocannon asked for request #${i + 1} of ${spec.amount}`);
          return { ...req, method: spec.method, ...spec.build(i) };
        },
        onResponse: (status, body) => tally(out, status, body),
      },
    ],
  });
  // autocannon notices the end only on its 1-second sampling tick, so its duration (and the wall
  // time around it) rounds up to whole seconds: time from the start to the last response instead.
  let last = started;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    out.latencies.push(ms);
    last = performance.now();
  });
  const stop = () => {
    out.stopped = true;
    instance.stop();
  };
  const timer = spec.maxSeconds ? setTimeout(stop, spec.maxSeconds * 1000) : undefined;
  const result = await instance;
  clearTimeout(timer);
  // autocannon counts a timeout as an error too.
  Object.assign(out, { seconds: (last - started) / 1000, errors: result.errors - result.timeouts, timeouts: result.timeouts, sent: next });
  return out;
}

/**
 * Open loop: request i is sent at start + i / `perSecond` s whatever the answers before it (fetch,
 * keep-alive), so latency is measured below capacity instead of as the queue of a saturated server.
 */
export async function paced(spec: Omit<LoadSpec, 'connections' | 'maxSeconds'> & { perSecond: number }): Promise<LoadResult> {
  const out = emptyResult();
  const started = performance.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < spec.amount; i++) {
    const wait = started + (i * 1000) / spec.perSecond - performance.now();
    if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
    const { path, headers, body } = spec.build(i);
    const at = performance.now();
    const signal = AbortSignal.timeout(TIMEOUT_SECONDS * 1000);
    const answer = async (res: Response) => {
      const text = await res.text();
      out.latencies.push(performance.now() - at);
      tally(out, res.status, text);
    };
    const failed = (err: unknown) => {
      if ((err as Error).name === 'TimeoutError') out.timeouts++;
      else out.errors++;
    };
    sent.push(fetch(`${spec.baseUrl}${path}`, { method: spec.method, headers, body, signal }).then(answer).catch(failed));
  }
  await Promise.all(sent);
  Object.assign(out, { seconds: (performance.now() - started) / 1000, sent: spec.amount });
  return out;
}

/** The `code` of an error body (`{ code, message }`), '' for other bodies. */
export function errorCodeOf(body: string): string {
  try {
    const { code } = JSON.parse(body) as { code?: unknown };
    return typeof code === 'string' ? code : '';
  } catch {
    return 'unparsable body';
  }
}

export const countOf = (l: LoadResult, key: string) => l.answers.get(key) ?? 0;

/** Answers other than the `expected` keys, and connection errors (not timeouts: those are timing). */
export function unexpected(l: LoadResult, expected: readonly string[]): { count: number; what: string[] } {
  const what = [...l.answers].filter(([key]) => !expected.includes(key)).map(([key, n]) => `${n} × ${key}`);
  if (l.errors) what.push(`${l.errors} × connection error`);
  const count = [...l.answers].reduce((n, [key, m]) => (expected.includes(key) ? n : n + m), 0) + l.errors;
  return { count, what };
}

/** Requests sent whose answer was never seen: cut off by a stop (the server may still have done them). */
export const unanswered = (l: LoadResult) => Math.max(0, l.sent - l.latencies.length - l.errors - l.timeouts);

export const rate = (l: LoadResult) => (l.latencies.length && l.seconds > 0 ? l.latencies.length / l.seconds : 0);

export const percentile = (sorted: number[], p: number) => {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return value === undefined ? NaN : Number(value.toFixed(1));
};

/** The timing columns of a table row: responses, req/s, p50/p95/p99 in ms. */
export function timing(l: LoadResult) {
  const sorted = l.latencies.slice().sort((a, b) => a - b);
  return {
    requests: l.latencies.length,
    'req/s': Math.round(rate(l)),
    'p50 ms': percentile(sorted, 0.5),
    'p95 ms': percentile(sorted, 0.95),
    'p99 ms': percentile(sorted, 0.99),
  };
}
