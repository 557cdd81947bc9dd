// Requests as a client sends them, and bursts of them: every answer kept with its status, error
// code and which instance gave it, so a check can say exactly what went wrong.

export interface Answer<T = Record<string, unknown>> {
  /** 0 when the connection failed. */
  status: number;
  /** `code` of an error body, '' otherwise. */
  code: string;
  body: T;
  /** Index of the instance that answered (1-based). */
  instance: number;
  ms: number;
}

export interface Call {
  method?: 'GET' | 'POST';
  token?: string;
  body?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

export async function request<T = Record<string, unknown>>(
  baseUrl: string,
  instance: number,
  path: string,
  c: Call = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...c.headers };
  if (c.token) headers.Authorization = `Bearer ${c.token}`;
  if (c.body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  try {
    const res = await fetch(baseUrl + path, {
      method: c.method ?? (c.body !== undefined || c.form ? 'POST' : 'GET'),
      headers,
      body: c.form ?? (c.body !== undefined ? JSON.stringify(c.body) : undefined),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = { raw: text.slice(0, 200) };
    }
    const errorCode = (body as { code?: unknown } | null)?.code;
    const code = !res.ok && typeof errorCode === 'string' ? errorCode : '';
    return { status: res.status, code, body: body as T, instance, ms: performance.now() - started };
  } catch (err) {
    return {
      status: 0,
      code: (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name,
      body: {} as T,
      instance,
      ms: performance.now() - started,
    };
  }
}

/** Runs `tasks` with at most `concurrency` in flight (all at once by default); answers in task order. */
export async function burst<T>(tasks: (() => Promise<T>)[], concurrency = tasks.length): Promise<{ answers: T[]; seconds: number }> {
  const answers: T[] = new Array<T>(tasks.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, tasks.length) }, async () => {
      for (let i = next++; i < tasks.length; i = next++) answers[i] = await (tasks[i] as () => Promise<T>)();
    }),
  );
  return { answers, seconds: (performance.now() - started) / 1000 };
}

/** "201 ×5, 409 SLOT_FULL ×195" */
export function tally(answers: Answer<unknown>[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.status === 0 ? `no answer (${a.code})` : `${a.status}${a.code ? ` ${a.code}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}

export const ofStatus = <T>(answers: Answer<T>[], status: number, code?: string) =>
  answers.filter((a) => a.status === status && (code === undefined || a.code === code));

/** Server errors and failed connections. */
export const failures = (answers: Answer<unknown>[]) => answers.filter((a) => a.status === 0 || a.status >= 500);
