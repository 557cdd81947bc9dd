// Answers the app client's Taro.request calls by "METHOD /path", and lets tests sign in directly.
import { vi } from 'vitest';
import Taro from '@tarojs/taro';
import { storage } from './taro'; // the same module as the aliased @tarojs/taro
import type { Me, TokenPair } from '@bianmin/shared/identity/auth.schema';
import { SESSION_KEY, type StoredTokens } from '@/lib/session';

type Call = { url: string; method: string; data?: unknown; header: Record<string, string> };
/** `body`: the JSON the app sent (tests read its fields). */
export type Route = (
  body: Record<string, string | number | undefined>,
  call: Call,
) => [status: number, data?: unknown] | Promise<[number, unknown?]>;

export function serveApi(routes: Record<string, Route>) {
  vi.mocked(Taro.request).mockImplementation((async (call: Call) => {
    const route = routes[`${call.method} ${call.url}`];
    if (!route) return { statusCode: 404, data: { code: 'ROUTE_NOT_FOUND', message: `no route ${call.method} ${call.url}` } };
    const [statusCode, data] = await route((call.data ?? {}) as Record<string, string | number | undefined>, call);
    return { statusCode, data };
  }) as never);
}

/** Requests sent so far, as "METHOD /path". */
export const sent = () => vi.mocked(Taro.request).mock.calls.map(([c]) => `${(c as Call).method} ${(c as Call).url}`);
export const sentTo = (key: string) =>
  vi
    .mocked(Taro.request)
    .mock.calls.map(([c]) => c as Call)
    .filter((c) => `${c.method} ${c.url}` === key);

export const tokenPair = (n = 1): TokenPair => ({
  tokenType: 'Bearer',
  accessToken: `access-${n}`,
  accessTokenExpiresIn: 900,
  refreshToken: `refresh-${n}-0123456789abcdef`,
  refreshTokenExpiresIn: 2_592_000,
});

export function signInAs(n = 1) {
  const pair = tokenPair(n);
  storage.set(SESSION_KEY, {
    accessToken: pair.accessToken,
    accessExpiresAt: Date.now() + 900_000,
    refreshToken: pair.refreshToken,
    refreshExpiresAt: Date.now() + 86_400_000,
  } satisfies StoredTokens);
}

export function resetApi() {
  vi.mocked(Taro.request).mockReset();
  storage.clear();
}

export const me = (over: Partial<Me> = {}): Me => ({
  id: '0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a11',
  displayName: '微信用户',
  roles: [{ role: 'resident', scopeType: null, scopeCode: null }],
  isStaff: false,
  realName: null,
  phone: null,
  wechatBound: true,
  totpEnabled: false,
  ...over,
});
