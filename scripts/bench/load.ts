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
type CannonInstance = EventEmitter & PromiseLike<CannonResult>;

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
  /** Request i (0 … amount − 1), built when it is sent. */
  build(i: number): { path: string; headers?: Record<string, string>; body?: string };
  /** Each answer as it arrives (after it is tallied). */
  onAnswer?(status: number, body: string): void;
}

export interface LoadResult {
  seconds: number;
  latencies: number[];
  /** Answers by `status` for 2xx, `status CODE` for the others (CODE from the error body). */
  answers: Map<string, number>;
  transportErrors: number;
}

/** `amount` requests over `connections` keep-alive connections. */
export async function fire(spec: LoadSpec): Promise<LoadResult> {
  const autocannon = await loadAutocannon();
  let next = 0;
  const out: LoadResult = { seconds: 0, latencies: [], answers: new Map(), transportErrors: 0 };
  const started = performance.now();
  const instance = autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    amount: spec.amount,
    timeout: 30,
    requests: [
      {
        method: spec.method,
        path: '/',
        setupRequest: (req) => {
          const i = next++;
          if (i >= spec.amount) throw new Error(`autocannon asked for request #${i + 1} of ${spec.amount}`);
          return { ...req, method: spec.method, ...spec.build(i) };
        },
        onResponse: (status, body) => {
          const key = status >= 200 && status < 300 ? String(status) : `${status} ${errorCodeOf(body)}`;
          out.answers.set(key, (out.answers.get(key) ?? 0) + 1);
          spec.onAnswer?.(status, body);
        },
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
  const result = await instance;
  out.seconds = (last - started) / 1000;
  out.transportErrors = result.errors + result.timeouts;
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

/** Answers other than the `expected` keys, plus connection errors and timeouts. */
export function unexpected(l: LoadResult, expected: readonly string[]): { count: number; what: string[] } {
  const what = [...l.answers].filter(([key]) => !expected.includes(key)).map(([key, n]) => `${n} × ${key}`);
  if (l.transportErrors) what.push(`${l.transportErrors} × connection error or timeout`);
  const count = [...l.answers].reduce((n, [key, m]) => (expected.includes(key) ? n : n + m), 0) + l.transportErrors;
  return { count, what };
}

export const rate = (l: LoadResult) => l.latencies.length / l.seconds;

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
