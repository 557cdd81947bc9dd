// The API as a script calls it: a route of the shared contract with its typed input and answer, as
// one caller (a bearer token, or nobody). A refusal throws with the status and the error body.
import { type ClientInput, fillPath, headerName, type PathValue, type ResponseOf, type Route } from '@bianmin/shared/http/route';

type Parts = { params?: Record<string, PathValue>; query?: Record<string, PathValue>; body?: unknown; headers?: Record<string, string> };

export function apiClient(baseUrl: string, token?: string) {
  return async function call<R extends Route>(route: R, input: ClientInput<R>): Promise<ResponseOf<R>> {
    const { params, query, body, headers = {} } = input as Parts;
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) search.set(k, String(v));
    const url = `${baseUrl}${fillPath(route.path, params)}${search.size ? `?${search}` : ''}`;
    const res = await fetch(url, {
      method: route.method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [headerName(k), v])),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (!res.ok) throw new Error(`${route.method} ${route.path} → ${res.status} ${JSON.stringify(answer)}`);
    return answer as ResponseOf<R>;
  };
}
