// The signed-in user's tokens: kept in storage so a session survives restarts, handed to the API
// client as its AuthProvider, and refreshed here and only here. Refresh tokens rotate and the
// server revokes the whole session when one is presented twice, so every refresh — before expiry
// or after a 401, from any number of concurrent requests — shares one in-flight call, and the new
// pair is stored the moment it arrives.
import type { TokenPair } from '@bianmin/shared/identity/auth.schema';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import { ApiError, type ApiClient, type AuthProvider } from './request';

export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export interface StoredTokens {
  accessToken: string;
  /** Epoch milliseconds, by this device's clock at the time the pair arrived. */
  accessExpiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
}

/** `expired`: the server no longer accepts the session and the user must sign in again. */
export type SessionChange = 'signed-in' | 'signed-out' | 'expired';

export const SESSION_KEY = 'bm.session';
/** Refresh this long before the access token expires, so no request leaves with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

function isTokens(v: unknown): v is StoredTokens {
  const t = v as Partial<StoredTokens> | null;
  return (
    !!t &&
    typeof t.accessToken === 'string' &&
    typeof t.refreshToken === 'string' &&
    typeof t.accessExpiresAt === 'number' &&
    typeof t.refreshExpiresAt === 'number'
  );
}

/** The server turned the refresh token down (reused, revoked, expired): only signing in again helps. */
function isRejection(err: unknown): boolean {
  return err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429;
}

export function createSession({ api, store, now = Date.now }: { api: ApiClient; store: KeyValueStore; now?: () => number }) {
  const listeners = new Set<(change: SessionChange) => void>();
  let inflight: Promise<boolean> | null = null;

  const read = (): StoredTokens | null => {
    const value = store.get(SESSION_KEY);
    return isTokens(value) ? value : null;
  };
  const emit = (change: SessionChange) => listeners.forEach((listener) => listener(change));

  function save(pair: TokenPair) {
    const at = now();
    store.set(SESSION_KEY, {
      accessToken: pair.accessToken,
      accessExpiresAt: at + pair.accessTokenExpiresIn * 1000,
      refreshToken: pair.refreshToken,
      refreshExpiresAt: at + pair.refreshTokenExpiresIn * 1000,
    } satisfies StoredTokens);
  }

  function end(change: 'signed-out' | 'expired') {
    store.remove(SESSION_KEY);
    emit(change);
  }

  async function rotate(): Promise<boolean> {
    const used = read();
    if (!used) return false;
    if (used.refreshExpiresAt <= now()) {
      end('expired');
      return false;
    }
    let pair: TokenPair;
    try {
      pair = await api.call(identityRoutes.refresh, { body: { refreshToken: used.refreshToken } }, { anonymous: true, silent: true });
    } catch (err) {
      if (!isRejection(err)) throw err; // offline or server trouble: the session may still be good
      if (read()?.refreshToken === used.refreshToken) end('expired');
      return false;
    }
    // Signed out, or in as someone else, while the refresh was on its way: not ours to keep.
    if (read()?.refreshToken !== used.refreshToken) return false;
    save(pair);
    return true;
  }

  function refreshOnce(): Promise<boolean> {
    inflight ??= rotate().finally(() => {
      inflight = null;
    });
    return inflight;
  }

  const provider: AuthProvider = {
    async accessToken() {
      if (inflight) await inflight.catch(() => false);
      const tokens = read();
      if (!tokens) return null;
      if (tokens.accessExpiresAt - REFRESH_MARGIN_MS > now()) return tokens.accessToken;
      // A failed early refresh still leaves the old token, which may have seconds left.
      await refreshOnce().catch(() => false);
      return read()?.accessToken ?? null;
    },
    async refresh(rejectedToken) {
      const tokens = read();
      if (!tokens) return false;
      // Another request refreshed while this one was on its way: retry with the newer token.
      if (tokens.accessToken !== rejectedToken) return true;
      return refreshOnce();
    },
  };

  return {
    provider,
    isSignedIn: () => read() !== null,
    tokens: read,
    /** Starts a session from a sign-in answer; a session already here is revoked on the server. */
    start(pair: TokenPair) {
      const previous = read();
      save(pair);
      emit('signed-in');
      if (previous && previous.refreshToken !== pair.refreshToken) void revoke(previous.refreshToken);
    },
    /** Forgets the tokens at once (the screen changes immediately), then revokes them on the server. */
    async signOut() {
      const tokens = read();
      if (!tokens) return;
      end('signed-out');
      await revoke(tokens.refreshToken);
    },
    // An arrow, not a method: useSyncExternalStore (lib/auth.ts) is handed it unbound.
    subscribe: (listener: (change: SessionChange) => void): (() => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };

  async function revoke(refreshToken: string) {
    await api.call(identityRoutes.logout, { body: { refreshToken } }, { anonymous: true, silent: true }).catch(() => undefined); // the token expires on its own; nothing for the user to do
  }
}

export type Session = ReturnType<typeof createSession>;
