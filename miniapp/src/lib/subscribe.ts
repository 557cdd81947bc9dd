// WeChat subscription messages (订阅消息): the server may send one message per template the resident
// accepts, so the mini-app offers the templates of the moment — after booking, after submitting,
// on the case page — and reports the answer. WeChat shows its dialog only from a tap, so the ids
// are loaded beforehand and the tap asks at once. On H5 there is no WeChat: nothing is offered.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { subscriptionRoutes } from '@bianmin/shared/notifications/subscription.routes';
import type { SubscribeTemplates } from '@bianmin/shared/notifications/subscription.schema';
import { api } from './request';

export type SubscribeMoment = keyof SubscribeTemplates;
/** WeChat's answer per template id: accept, reject, ban (templates switched off), filter (hidden by WeChat). */
export type SubscribeAnswer = Record<string, string>;

let loading: Promise<SubscribeTemplates> | null = null;
/** The templates of every moment, loaded once per launch (a failed load is tried again next time). */
export function subscribeTemplates(): Promise<SubscribeTemplates> {
  loading ??= api.call(subscriptionRoutes.templates, {}, { silent: true }).catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
/** Tests: forget the loaded templates. */
export function forgetSubscribeTemplates(): void {
  loading = null;
}

// The answer also carries errMsg, which is no template id.
const wechatDialog = async (tmplIds: string[]): Promise<SubscribeAnswer> =>
  (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as SubscribeAnswer;

/**
 * Shows WeChat's dialog for these templates and tells the server what was accepted (one message
 * each) and refused (what was left of them goes). Resolves with the accepted ids; a dialog closed
 * or failing accepts nothing.
 */
export async function askToSubscribe(ids: string[], dialog = wechatDialog): Promise<string[]> {
  let answer: SubscribeAnswer;
  try {
    answer = await dialog(ids);
  } catch {
    return [];
  }
  const accepted = ids.filter((id) => answer[id] === 'accept');
  const rejected = ids.filter((id) => answer[id] === 'reject' || answer[id] === 'ban');
  if (accepted.length || rejected.length) await api.call(subscriptionRoutes.report, { body: { accepted, rejected } }, { silent: true });
  return accepted;
}

/** The template ids to offer at this moment: null while loading, on H5, or when there are none. */
export function useSubscribeIds(moment: SubscribeMoment, wechat = process.env.TARO_ENV !== 'h5'): string[] | null {
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    if (!wechat) return;
    let live = true;
    subscribeTemplates().then(
      (t) => {
        if (live) setIds(t[moment].length ? t[moment] : null);
      },
      () => {
        // Without the ids there is nothing to offer; messages still reach the inbox and SMS.
      },
    );
    return () => {
      live = false;
    };
  }, [moment, wechat]);
  return ids;
}
