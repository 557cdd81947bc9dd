// The `{variables}` a template may use, read from the event's payload (appointments/events.ts,
// cases/events.ts) and the catalogue's names, and how a text is filled with them.
import { SECRET_VARIABLES, type SecretVariable } from '@bianmin/shared';

type Payload = Record<string, unknown>;

const str = (p: Payload, k: string) => (typeof p[k] === 'string' ? p[k] : typeof p[k] === 'number' ? String(p[k]) : '');
const DUE_KIND: Record<string, string> = { acceptance: '受理', decision: '审批决定', delivery: '送达' };

export interface Names {
  itemName(code: string): string;
  hallName(code: string): string;
}

// Building a DateTimeFormat costs far more than using one: one per zone, kept.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The event's time in the district's zone, `YYYY-MM-DD HH:mm`. */
export function districtTime(at: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    // sv-SE writes ISO-like dates: 2025-01-02 09:30:00.
    format = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

/** Where each code travels, sealed, in the payload (cases/events.ts). */
const SEALED_IN: Record<SecretVariable, string> = { queryCode: 'queryCodeSealed', pickupCode: 'pickupCodeSealed' };

/** The event's codes, still sealed, by variable name. */
export function sealedCodesOf(p: Payload): Partial<Record<SecretVariable, string>> {
  return Object.fromEntries(SECRET_VARIABLES.flatMap((v) => (str(p, SEALED_IN[v]) ? [[v, str(p, SEALED_IN[v])]] : [])));
}

export function variablesOf(p: Payload, names: Names, at: string): Record<string, string> {
  const reason = str(p, 'reason');
  const from = typeof p.from === 'object' && p.from !== null ? (p.from as Payload) : null;
  const corrections = Array.isArray(p.items) ? (p.items as Payload[]).map((i) => str(i, 'label')).filter(Boolean) : [];
  return {
    number: str(p, 'number'),
    item: str(p, 'itemName') || names.itemName(str(p, 'itemCode')),
    hall: names.hallName(str(p, 'hallCode')),
    appointmentId: str(p, 'appointmentId'),
    date: str(p, 'date'),
    start: str(p, 'start'),
    when: `${str(p, 'date')} ${str(p, 'start')}`.trim(),
    fromWhen: from ? `${str(from, 'date')} ${str(from, 'start')}` : '',
    ticketCode: str(p, 'ticketCode'),
    reason,
    reasonSuffix: reason ? `：${reason}` : '',
    reasonOrNone: reason || '如需办理请重新预约',
    days: str(p, 'days') || '10',
    procedure: str(p, 'procedure'),
    procedureResult: str(p, 'result'),
    items: corrections.join('、'),
    trackingNumber: str(p, 'trackingNumber'),
    dueOn: str(p, 'dueOn'),
    dueKind: DUE_KIND[str(p, 'dueKind')] ?? '办理',
    at,
    // A code the event carries stays `{queryCode}` in the text: it is filled in when sent (sealedCodesOf).
    ...Object.fromEntries(Object.keys(sealedCodesOf(p)).map((v) => [v, `{${v}}`])),
  };
}

/** `{name}` replaced by its value; an unknown name by nothing (the data tests catch those). */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (_m, name: string) => vars[name] ?? '');
}
