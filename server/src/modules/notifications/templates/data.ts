// Notification templates as data (providers.ts, appointment-events.ts, case-events.ts), checked by
// the shared schema when this module loads — a template WeChat or the SMS provider would refuse
// stops the process at start, not a message at send time — and rendered per event and recipient.
import { NotificationTemplates, type SubscribeTemplates } from '@bianmin/shared';
import { APPOINTMENT_EVENTS } from './appointment-events';
import { CASE_EVENTS } from './case-events';
import { SMS_TEMPLATES, SUBSCRIBE_AT, WECHAT_TEMPLATES } from './providers';

function load(): NotificationTemplates {
  const parsed = NotificationTemplates.safeParse({
    wechat: WECHAT_TEMPLATES,
    sms: SMS_TEMPLATES,
    moments: SUBSCRIBE_AT,
    events: { ...APPOINTMENT_EVENTS, ...CASE_EVENTS },
  });
  if (!parsed.success) throw new Error(`notification templates invalid: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}

export const TEMPLATES: NotificationTemplates = load();

/** WeChat template id → whether it is a long-term (长期订阅) template; unknown ids are absent. */
export const WECHAT_TEMPLATE_IDS: ReadonlyMap<string, { longTerm: boolean }> = new Map(
  Object.values(TEMPLATES.wechat).map((w) => [w.id, { longTerm: w.longTerm }]),
);

/** The WeChat template ids the mini-app asks for at each moment. */
export function subscribeTemplates(t: NotificationTemplates = TEMPLATES): SubscribeTemplates {
  const ids = (names: string[]) => names.map((n) => t.wechat[n]?.id ?? '').filter(Boolean);
  return { booked: ids(t.moments.booked), submitted: ids(t.moments.submitted), case: ids(t.moments.case) };
}
