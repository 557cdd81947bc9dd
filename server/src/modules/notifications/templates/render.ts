// One event → the messages it makes: per recipient (the resident, the case's handler, the
// department's supervisors) what the inbox, WeChat and SMS say, in the event's channel order.
// WeChat values follow the key types' rules (shared wechatValue); a value that cannot be made to
// fit leaves the message without its WeChat part, and the next channel carries it.
import {
  type NotificationChannel,
  type NotificationTemplates,
  SECRET_VARIABLES,
  type TemplateEntry,
  WHOLE_VARIABLES,
  wechatValue,
  WechatValueError,
} from '@bianmin/shared';
import { TEMPLATES } from './data';
import { districtTime, fill, type Names, sealedCodesOf, variablesOf } from './variables';

export interface StaffDirectory {
  handlerOf(caseNumber: string): Promise<string | null>;
  supervisorsOf(departmentCode: string): Promise<string[]>;
}
export interface RenderContext extends Names {
  timeZone: string;
  staff: StaffDirectory;
  templates?: NotificationTemplates;
}
export interface RenderedNotification {
  recipient: { userId: string; role: 'resident' | 'staff' };
  /** Legal notices: sent by SMS whatever the resident's preference. */
  essential: boolean;
  order: NotificationChannel[];
  inbox: { title: string; body: string; link: { kind: 'case' | 'appointment'; id: string } | null };
  wechat: { templateId: string; page: string; data: Record<string, { value: string }> } | null;
  sms: { templateCode: string; params: Record<string, string> } | null;
  /** The codes (`{queryCode}`, `{pickupCode}`) the texts above still hold, sealed, by name. */
  secrets: Record<string, string>;
}
type Payload = Record<string, unknown>;

/** SMS variables are at most 35 characters; one holding a number or code is never shortened. */
const SMS_MAX = 35;
function smsValue(template: string, value: string): string {
  const whole = WHOLE_VARIABLES.some((v) => template.includes(`{${v}}`));
  const c = Array.from(value);
  return whole || c.length <= SMS_MAX ? value : `${c.slice(0, SMS_MAX - 1).join('')}…`;
}

function wechatOf(e: TemplateEntry, t: NotificationTemplates, vars: Record<string, string>): RenderedNotification['wechat'] {
  const w = e.wechat ? t.wechat[e.wechat.template] : undefined;
  if (!e.wechat || !w) return null;
  try {
    const data = Object.fromEntries(
      Object.entries(e.wechat.data).map(([key, text]) => [key, { value: wechatValue(key, fill(text, vars)) }]),
    );
    return { templateId: w.id, page: fill(e.wechat.page, vars), data };
  } catch (err) {
    if (err instanceof WechatValueError) return null;
    throw err;
  }
}

function smsOf(e: TemplateEntry, t: NotificationTemplates, vars: Record<string, string>): RenderedNotification['sms'] {
  const s = e.sms ? t.sms[e.sms.template] : undefined;
  if (!e.sms || !s) return null;
  return {
    templateCode: s.code,
    params: Object.fromEntries(Object.entries(e.sms.params).map(([k, text]) => [k, smsValue(text, fill(text, vars))])),
  };
}

/** The sealed codes an entry's texts use: only those are stored with its message. */
function secretsOf(e: TemplateEntry, sealed: Record<string, string>): Record<string, string> {
  const texts = [e.inbox.body, ...Object.values(e.wechat?.data ?? {}), ...Object.values(e.sms?.params ?? {})].join('\n');
  return Object.fromEntries(SECRET_VARIABLES.flatMap((v) => (sealed[v] && texts.includes(`{${v}}`) ? [[v, sealed[v]]] : [])));
}

async function recipientsOf(e: TemplateEntry, p: Payload, userId: string | null, staff: StaffDirectory) {
  const number = typeof p.number === 'string' ? p.number : '';
  const department = typeof p.departmentCode === 'string' ? p.departmentCode : '';
  const out: RenderedNotification['recipient'][] = [];
  for (const audience of e.to) {
    if (audience === 'applicant' && userId) out.push({ userId, role: 'resident' });
    if (audience === 'handler') {
      const handler = typeof p.handlerId === 'string' ? p.handlerId : number ? await staff.handlerOf(number) : null;
      if (handler) out.push({ userId: handler, role: 'staff' });
    }
    if (audience === 'supervisor') {
      const ids = Array.isArray(p.supervisorIds)
        ? (p.supervisorIds as unknown[]).filter((id): id is string => typeof id === 'string')
        : department
          ? await staff.supervisorsOf(department)
          : [];
      for (const id of ids) out.push({ userId: id, role: 'staff' });
    }
  }
  return out;
}

/** Every message an event makes, one per recipient (a handler who also supervises hears it once). */
export async function renderNotification(
  event: { type: string; payload: Payload; userId: string | null; createdAt?: Date },
  ctx: RenderContext,
): Promise<RenderedNotification[]> {
  const t = ctx.templates ?? TEMPLATES;
  const entries = (t.events[event.type] ?? []).filter((e) => !e.when || (event.payload[e.when.field] ?? false) === e.when.equals);
  const vars = variablesOf(event.payload, ctx, districtTime(event.createdAt ?? new Date(), ctx.timeZone));
  const sealed = sealedCodesOf(event.payload);
  const seen = new Set<string>();
  const out: RenderedNotification[] = [];
  for (const e of entries) {
    const linkId = e.inbox.link === 'case' ? vars.number : vars.appointmentId;
    for (const recipient of await recipientsOf(e, event.payload, event.userId, ctx.staff)) {
      if (seen.has(recipient.userId)) continue;
      seen.add(recipient.userId);
      out.push({
        recipient,
        essential: e.essential,
        order: e.order,
        inbox: {
          title: fill(e.inbox.title, vars).slice(0, 40),
          body: fill(e.inbox.body, vars).slice(0, 500),
          link: linkId ? { kind: e.inbox.link, id: linkId } : null,
        },
        wechat: wechatOf(e, t, vars),
        sms: smsOf(e, t, vars),
        secrets: secretsOf(e, sealed),
      });
    }
  }
  return out;
}
