// The API client with a signed-in session, over a stand-in transport: the token rides on every
// request, rotating refresh tokens are refreshed once however many requests fail, and a refused
// refresh signs the user out.
import { describe, expect, it, vi } from 'vitest';
import type { TokenPair } from '@bianmin/shared/identity/auth.schema';
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import { createApiClient, type Transport } from './request';
import { createSession, REFRESH_MARGIN_MS, SESSION_KEY, type SessionChange, type StoredTokens } from './session';

type Reply = { statusCode: number; data: unknown };

const pair = (n: number): TokenPair => ({
  tokenType: 'Bearer',
  accessToken: `access-${n}`,
  accessTokenExpiresIn: 900,
  refreshToken: `refresh-${n}-0123456789abcdef`,
  refreshTokenExpiresIn: 30 * 86_400,
});
const REFRESH_REFUSED: Reply = { statusCode: 401, data: { code: 'REFRESH_TOKEN_INVALID', message: '登录已失效，请重新登录' } };

/** Accepts only the access token it issued last; rotates refresh tokens and refuses a used one. */
function fakeServer() {
  const state = { issued: 1, access: 'access-1', refresh: pair(1).refreshToken, refreshReply: null as (() => Promise<Reply>) | null };
  const transport = vi.fn<Transport>(async (call) => {
    const path = call.url.replace('https://api.example.cn', '');
    if (path === '/api/v1/auth/logout') return { statusCode: 204, data: '' };
    if (path === '/api/v1/auth/refresh') {
      if (state.refreshReply) return state.refreshReply();
      if ((call.data as { refreshToken: string }).refreshToken !== state.refresh) return REFRESH_REFUSED;
      const next = pair(++state.issued);
      Object.assign(state, { access: next.accessToken, refresh: next.refreshToken });
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { statusCode: 200, data: next };
    }
    if (call.header.Authorization !== `Bearer ${state.access}`) {
      return { statusCode: 401, data: { code: 'TOKEN_INVALID', message: '登录已过期，请重新登录' } };
    }
    return { statusCode: 200, data: path };
  });
  const calls = () => transport.mock.calls.map(([c]) => c);
  return {
    state,
    transport,
    refreshCalls: () => calls().filter((c) => c.url.endsWith('/auth/refresh')),
    meCalls: () => calls().filter((c) => c.url.endsWith('/me')),
  };
}

function setup() {
  const server = fakeServer();
  const clock = { now: 1_700_000_000_000 };
  const store = new Map<string, unknown>();
  const api = createApiClient({ baseUrl: 'https://api.example.cn', transport: server.transport, notify: vi.fn(), timeoutMs: 5000 });
  const session = createSession({
    api,
    now: () => clock.now,
    store: { get: (k) => store.get(k), set: (k, v) => void store.set(k, v), remove: (k) => void store.delete(k) },
  });
  api.setAuth(session.provider);
  const changes: SessionChange[] = [];
  session.subscribe((c) => changes.push(c));
  const stored = () => store.get(SESSION_KEY) as StoredTokens | undefined;
  return { server, clock, api, session, changes, stored };
}

describe('the API client with a session', () => {
  it('sends the access token on every request, and none when signed out', async () => {
    const { server, api, session } = setup();
    await api.call(guideRoutes.departments, {}, { silent: true }).catch(() => undefined);
    session.start(pair(1));
    await expect(api.call(identityRoutes.me)).resolves.toBe('/api/v1/me');
    expect(server.transport.mock.calls.map(([c]) => c.header.Authorization)).toEqual([undefined, 'Bearer access-1']);
  });

  it('when several requests get 401 at once, refreshes once, retries each with the new token and stores the rotated pair', async () => {
    const { server, api, session, stored, changes } = setup();
    session.start(pair(1));
    server.state.access = 'revoked-by-server'; // e.g. the signing key rotated: our clock still thinks the token is good

    const results = await Promise.all([api.call(identityRoutes.me), api.call(identityRoutes.staffHome), api.call(guideRoutes.departments)]);

    expect(results).toEqual(['/api/v1/me', '/api/v1/staff/home', '/api/v1/departments']);
    expect(server.refreshCalls()).toHaveLength(1);
    expect(server.refreshCalls()[0]).toMatchObject({ data: { refreshToken: pair(1).refreshToken } });
    expect(server.refreshCalls()[0]!.header.Authorization).toBeUndefined();
    expect(stored()).toMatchObject({ accessToken: 'access-2', refreshToken: pair(2).refreshToken });
    expect(changes).toEqual(['signed-in']);
  });

  it('refreshes shortly before the access token expires, without waiting for a 401', async () => {
    const { server, clock, api, session, stored } = setup();
    session.start(pair(1));
    clock.now += 900_000 - REFRESH_MARGIN_MS + 1;

    await Promise.all([api.call(identityRoutes.me), api.call(identityRoutes.me)]);

    expect(server.refreshCalls()).toHaveLength(1);
    expect(server.meCalls().map((c) => c.header.Authorization)).toEqual(['Bearer access-2', 'Bearer access-2']);
    expect(stored()?.accessExpiresAt).toBe(clock.now + 900_000);
  });

  it('signs the user out when the server refuses the refresh token (reused or revoked)', async () => {
    const { server, api, session, stored, changes } = setup();
    session.start(pair(1));
    server.state.refresh = 'rotated-on-another-device';
    server.state.access = 'revoked-by-server';

    await expect(api.call(identityRoutes.me, {}, { silent: true })).rejects.toMatchObject({ code: 'TOKEN_INVALID', status: 401 });

    expect(stored()).toBeUndefined();
    expect(session.isSignedIn()).toBe(false);
    expect(changes).toEqual(['signed-in', 'expired']);
  });

  it('signs out without asking the server once the refresh token itself has expired', async () => {
    const { server, clock, api, session, changes } = setup();
    session.start(pair(1));
    clock.now += 31 * 86_400_000;
    await api.call(identityRoutes.me, {}, { silent: true }).catch(() => undefined);
    expect(server.refreshCalls()).toHaveLength(0);
    expect(server.meCalls()[0]!.header.Authorization).toBeUndefined();
    expect(changes).toContain('expired');
  });

  it('keeps the session when the refresh fails for lack of network, and says so', async () => {
    const { server, api, session, stored, changes } = setup();
    session.start(pair(1));
    server.state.access = 'revoked-by-server';
    const offline = 'request:fail net::ERR_INTERNET_DISCONNECTED';
    server.state.refreshReply = () => Promise.reject(Object.assign(new Error(offline), { errMsg: offline }));

    await expect(api.call(identityRoutes.me, {}, { silent: true })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(stored()?.refreshToken).toBe(pair(1).refreshToken);
    expect(changes).toEqual(['signed-in']);
  });

  it('drops a refreshed pair that arrives after the user signed out', async () => {
    const { server, api, session, stored } = setup();
    session.start(pair(1));
    server.state.access = 'revoked-by-server';
    let answer!: (reply: Reply) => void;
    server.state.refreshReply = () => new Promise<Reply>((resolve) => (answer = resolve));
    const pending = api.call(identityRoutes.me, {}, { silent: true });
    await vi.waitFor(() => expect(server.refreshCalls()).toHaveLength(1));
    await session.signOut();
    answer({ statusCode: 200, data: pair(2) });
    await expect(pending).rejects.toMatchObject({ status: 401 });
    expect(stored()).toBeUndefined();
  });
});

describe('signing in and out', () => {
  it('signs out at once and revokes the refresh token on the server', async () => {
    const { server, session, stored, changes } = setup();
    session.start(pair(1));
    await session.signOut();
    expect(stored()).toBeUndefined();
    expect(changes).toEqual(['signed-in', 'signed-out']);
    const logout = server.transport.mock.calls.at(-1)![0];
    expect(logout).toMatchObject({
      url: 'https://api.example.cn/api/v1/auth/logout',
      method: 'POST',
      data: { refreshToken: pair(1).refreshToken },
    });
    expect(logout.header.Authorization).toBeUndefined();
  });

  it('revokes the previous session when someone signs in over it (a resident handing the phone to staff)', () => {
    const { server, session, stored } = setup();
    session.start(pair(1));
    session.start(pair(7));
    expect(stored()?.accessToken).toBe('access-7');
    expect(server.transport).toHaveBeenCalledWith(expect.objectContaining({ data: { refreshToken: pair(1).refreshToken } }));
  });
});
