// The stand-in's WeChat APIs that answer as the person holding the phone does: wx.login for the
// WeChat account signed in on it, the subscription dialog (允许 or 取消 for every template, as the
// journey chooses), and navigation, recorded so that a journey can follow the app to the next page.
// WeChat opens its dialog only while a tap is being handled, so the stand-in refuses it otherwise.

type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void } & Record<string, unknown>;
export type Answer = (o: Callbacks | undefined, ok: boolean, result: Record<string, unknown>) => void;

export const NAVIGATIONS = ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'] as const;
export interface Navigation {
  how: (typeof NAVIGATIONS)[number];
  /** As the app gave it ('' for navigateBack). */
  url: string;
}

export interface User {
  /** Mints a wx.login code for the WeChat account on this phone (null: wx.login fails, as with no network). */
  loginCode: (() => string) | null;
  /** What the person taps in the subscription dialog, for every template it lists. */
  subscribeAnswer: 'accept' | 'reject';
  /** The template ids of each dialog shown. */
  dialogs: string[][];
  navigations: Navigation[];
  /** True while a tap is being handled (gestures.ts). */
  tapping: boolean;
}

export function createUser(): User {
  return { loginCode: null, subscribeAnswer: 'accept', dialogs: [], navigations: [], tapping: false };
}

/** WeChat's limit per dialog. */
const MAX_TEMPLATES = 3;

/** Why WeChat would not show the dialog, or null. */
function refusalOf(user: User, ids: string[]): { errMsg: string; errCode?: number } | null {
  if (!user.tapping) return { errMsg: 'can only be invoked by user TAP gesture.' };
  if (!ids.length) return { errMsg: "TmplIds can't be empty", errCode: 10001 };
  if (ids.length > MAX_TEMPLATES) return { errMsg: 'Templates count out of max bounds', errCode: 20003 };
  return null;
}

export function userApis(user: User, answer: Answer): Record<string, unknown> {
  const apis: Record<string, unknown> = {
    login: (o?: Callbacks) => {
      const code = user.loginCode?.();
      answer(o, Boolean(code), code ? { code, errMsg: 'login:ok' } : { errMsg: 'login:fail network error' });
    },
    requestSubscribeMessage: (o: Callbacks) => {
      const ids = Array.isArray(o.tmplIds) ? o.tmplIds.filter((id): id is string => typeof id === 'string') : [];
      const refusal = refusalOf(user, ids);
      if (refusal) answer(o, false, { ...refusal, errMsg: `requestSubscribeMessage:fail ${refusal.errMsg}` });
      else {
        user.dialogs.push(ids);
        answer(o, true, { ...Object.fromEntries(ids.map((id) => [id, user.subscribeAnswer])), errMsg: 'requestSubscribeMessage:ok' });
      }
    },
  };
  for (const how of NAVIGATIONS)
    apis[how] = (o?: Callbacks) => {
      user.navigations.push({ how, url: typeof o?.url === 'string' ? o.url : '' });
      answer(o, true, { errMsg: `${how}:ok` });
    };
  return apis;
}

/** A navigation URL as WeChat hands it to the next page's onLoad: the route, and the query undecoded. */
export function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [path = '', search = ''] = url.split('?');
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const at = pair.indexOf('=');
    query[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1);
  }
  return { route: path.replace(/^\//, ''), query };
}
