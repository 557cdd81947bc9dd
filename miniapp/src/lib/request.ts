// The one API client: base URL, JSON, the `{ code, message }` error shape → ApiError, an error toast
// unless the caller opts out, timeouts, and the seam where sign-in (JWT + refresh on 401) plugs in.
// Calls name a shared route (`api.call(guideRoutes.detail, { params: { code } })`), which types the
// input and the answer; the routes carry no zod, so none is bundled here.
import Taro from '@tarojs/taro';
import type { ErrorCode } from '@bianmin/shared/common/error.schema';
import {
  fillPath,
  headerName,
  type ClientInput,
  type Method,
  type NoKeys,
  type PathValue,
  type ResponseOf,
  type Route,
} from '@bianmin/shared/http/route';
import { tell } from './elder-mode-notices';
import { buildQuery, type Query } from './query';

/** Failures the client detects itself, before or without an error body from the server. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'HTTP_ERROR';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  network: '网络连接失败，请检查网络后重试',
  timeout: '服务器响应超时，请稍后重试',
  unauthenticated: '请先登录后再操作',
  notFound: '没有找到您要的内容，可能已下线或地址有误',
  rateLimited: '访问人数较多，请稍后再试',
  unavailable: '服务暂时不可用，请稍后重试',
} as const;

function isErrorBody(data: unknown): data is { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> } {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return typeof d.code === 'string' && typeof d.message === 'string' && d.message.length > 0;
}

/** A response outside 2xx → ApiError, keeping the server's code and Chinese message when it sent them. */
export function errorFromResponse(status: number, data: unknown): ApiError {
  if (isErrorBody(data)) return new ApiError(data.code, data.message, status, data.fieldErrors);
  if (status === 401) return new ApiError('UNAUTHENTICATED', MESSAGES.unauthenticated, status);
  if (status === 404) return new ApiError('NOT_FOUND', MESSAGES.notFound, status);
  if (status === 429) return new ApiError('RATE_LIMITED', MESSAGES.rateLimited, status);
  if (status >= 500) return new ApiError('SERVICE_UNAVAILABLE', MESSAGES.unavailable, status);
  return new ApiError('HTTP_ERROR', `请求未能完成（${status}），请稍后重试`, status);
}

/** A request that got no response (offline, DNS, timeout, aborted) → ApiError. */
export function errorFromFailure(failure: unknown): ApiError {
  const f = (failure ?? {}) as { errMsg?: unknown; message?: unknown; name?: unknown };
  // Only text can say "timeout"; anything else in these fields (absent, or not a string) counts as empty.
  const text = [f.errMsg, f.message, f.name].map((v) => (typeof v === 'string' ? v : '')).join(' ');
  if (/timeout|timed out|abort/i.test(text)) return new ApiError('TIMEOUT', MESSAGES.timeout, 0);
  return new ApiError('NETWORK_ERROR', MESSAGES.network, 0);
}

export interface CallOptions {
  /** The caller shows the error itself (inline error state), so no toast. */
  silent?: boolean;
  timeoutMs?: number;
  /** No bearer token and no refresh on 401: sign-in, refresh and sign-out calls themselves. */
  anonymous?: boolean;
}

/** The input may be left out when the route needs none (or only optional filters). */
export type CallArgs<R extends Route> =
  NoKeys extends ClientInput<R> ? [input?: ClientInput<R>, options?: CallOptions] : [input: ClientInput<R>, options?: CallOptions];

interface Request extends CallOptions {
  method: Method;
  path: string;
  query?: Query;
  body?: unknown;
  header?: Record<string, string>;
}

/** The slice of `Taro.request` the client uses; tests pass a stand-in. */
export type Transport = (options: {
  url: string;
  method: Method;
  data?: unknown;
  header: Record<string, string>;
  timeout: number;
}) => Promise<{ statusCode: number; data: unknown }>;

/** Sign-in plugs in here (lib/session.ts): a bearer token, and one refresh + retry on 401. */
export interface AuthProvider {
  accessToken(): string | null | Promise<string | null>;
  /**
   * Called with the token the server rejected. Resolves true when a newer token is available; the
   * failed request is then retried once. A rejection (e.g. network failure) fails the request.
   */
  refresh(rejectedToken: string | null): Promise<boolean>;
}

export interface ClientDeps {
  baseUrl: string;
  transport: Transport;
  notify: (message: string) => void;
  timeoutMs?: number;
}

export function createApiClient({ baseUrl, transport, notify, timeoutMs = 15_000 }: ClientDeps) {
  let auth: AuthProvider | null = null;

  async function send(req: Request, mayRefresh: boolean): Promise<unknown> {
    const header: Record<string, string> = { Accept: 'application/json', ...req.header };
    if (req.body !== undefined) header['Content-Type'] = 'application/json';
    const token = auth && !req.anonymous ? await auth.accessToken() : null;
    if (token) header.Authorization = `Bearer ${token}`;

    let res: { statusCode: number; data: unknown };
    try {
      res = await transport({
        url: `${baseUrl}${req.path}${buildQuery(req.query)}`,
        method: req.method,
        data: req.body,
        header,
        timeout: req.timeoutMs ?? timeoutMs,
      });
    } catch (failure) {
      throw errorFromFailure(failure);
    }
    if (res.statusCode >= 200 && res.statusCode < 300) return res.data;
    if (res.statusCode === 401 && mayRefresh && auth && !req.anonymous && (await auth.refresh(token))) {
      return send(req, false);
    }
    throw errorFromResponse(res.statusCode, res.data);
  }

  return {
    /** Calls a route: fills its `:params`, adds the query, JSON body and headers; resolves to its typed answer. */
    async call<R extends Route>(route: R, ...[input, options = {}]: CallArgs<R>): Promise<ResponseOf<R>> {
      const { params, query, body, headers } = (input ?? {}) as {
        params?: Record<string, PathValue>;
        query?: Query;
        body?: unknown;
        headers?: Record<string, string>;
      };
      const path = fillPath(route.path, params); // a missing parameter is a bug: it throws here, not as a network error
      const header = headers && Object.fromEntries(Object.entries(headers).map(([k, v]) => [headerName(k), v]));
      try {
        return (await send({ ...options, method: route.method, path, query, body, header }, true)) as ResponseOf<R>;
      } catch (err) {
        const error = err instanceof ApiError ? err : errorFromFailure(err);
        if (!options.silent) notify(error.message);
        throw error;
      }
    },
    /** Absolute URL of an API resource (form downloads, links). */
    url(path: string): string {
      return /^https?:\/\//.test(path) ? path : `${baseUrl}${path}`;
    },
    setAuth(provider: AuthProvider | null) {
      auth = provider;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api: ApiClient = createApiClient({
  baseUrl: API_BASE_URL,
  transport: (o) => Taro.request({ ...o, dataType: 'json' }),
  notify: (message) => tell(message, 'none', 2500),
});

/** Error text to show inline, for any thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : MESSAGES.network;
}
