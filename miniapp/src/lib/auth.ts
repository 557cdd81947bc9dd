// The app's session, wired into the API client when the app starts (app.ts imports this), and the
// sign-in calls shared by the 我的 tab and the identity and staff features.
import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import type { AuthOptions, Me } from '@bianmin/shared/identity/auth.schema';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import { api, ApiError } from './request';
import { createSession } from './session';
import { taroStorage } from './taro-storage';
import { appPages } from './app-pages';
import { tell } from './elder-mode-notices';

export const session = createSession({ api, store: taroStorage });
api.setAuth(session.provider);

/** Pages that mean nothing signed out: when the session expires there, the user goes to sign in. */
const NEEDS_SIGN_IN =
  /features\/(identity|staff\/pages\/(home|appointments|cases|case)|appointments\/pages\/(mine|ticket)|cases\/pages\/(apply|submitted|mine|detail))\//;

session.subscribe((change) => {
  if (change !== 'expired') return;
  tell('登录已过期，请重新登录', 'none', 2500);
  const route = Taro.getCurrentPages().at(-1)?.route ?? '';
  if (NEEDS_SIGN_IN.test(route)) void Taro.switchTab({ url: appPages.mine.url });
});

/** Re-renders on sign-in and sign-out. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.isSignedIn);
}

let options: Promise<AuthOptions> | null = null;
/** Whether this deployment offers the H5 test sign-in; asked once per app session. */
export function getAuthOptions(): Promise<AuthOptions> {
  options ??= api.call(identityRoutes.authOptions, {}, { anonymous: true, silent: true }).catch((err: unknown) => {
    options = null;
    throw err;
  });
  return options;
}

/** A one-time login code from WeChat (mini-program only). */
export async function weappLoginCode(): Promise<string> {
  const { code } = await Taro.login().catch(() => ({ code: '' }));
  if (!code) throw new ApiError('WECHAT_UNAVAILABLE', '未能连接微信登录，请稍后重试', 0);
  return code;
}

/** H5 development: the fake WeChat server mints the code wx.login would give this openid. */
export async function devWechatCode(openid: string): Promise<string> {
  const { code } = await api.call(identityRoutes.devWechatCode, { body: { openid } }, { anonymous: true, silent: true });
  return code;
}

export async function signInWithWechat(code: string): Promise<void> {
  const pair = await api.call(identityRoutes.wechatLogin, { body: { code } }, { anonymous: true, silent: true });
  session.start(pair);
}

export function getMe(): Promise<Me> {
  return api.call(identityRoutes.me, {}, { silent: true });
}

export function signOut(): Promise<void> {
  return session.signOut();
}
