// One row per event × recipient × channel: the channel's attempt chain for one message. Its dedupe
// key is deterministic (event key, recipient, channel) and unique, so an event handled twice never
// makes a second row — and a row is the only thing a worker sends from.
import { EntitySchema } from 'typeorm';

export type DeliveryChannel = 'wechat' | 'sms' | 'inbox';
/** GOV.UK Notify's states: `sending` until the provider's answer (or receipt) says how it went. */
export type DeliveryStatus = 'created' | 'sending' | 'delivered' | 'permanent-failure' | 'temporary-failure' | 'technical-failure';

/** What every channel of the message says, rendered once when the event was handled. */
export interface DeliveryMessage {
  order: DeliveryChannel[];
  inbox: { title: string; body: string; link: { kind: 'case' | 'appointment'; id: string } | null };
  wechat: { templateId: string; page: string; data: Record<string, { value: string }> } | null;
  sms: { templateCode: string; params: Record<string, string> } | null;
  /** The query or pickup code the texts hold as `{queryCode}` / `{pickupCode}`, sealed (message-codes.ts). */
  secrets?: Record<string, string>;
}

export interface DeliveryRow {
  id: string;
  dedupeKey: string;
  eventId: number;
  eventType: string;
  /** What the message is about (a case number, an appointment id): status per case or appointment. */
  subjectKind: string | null;
  subjectId: string | null;
  userId: string;
  role: 'resident' | 'staff';
  channel: DeliveryChannel;
  /** Legal notices (补正, 不予受理, decisions): sent whatever the resident's SMS preference. */
  essential: boolean;
  message: DeliveryMessage;
  status: DeliveryStatus;
  /** The provider's code of the last outcome (43101, isv.BUSINESS_LIMIT_CONTROL, no-credit …). */
  code: string | null;
  providerId: string | null;
  attempts: number;
  /** A one-time WeChat subscription was used up for this row: a retry must not take another. */
  creditTaken: boolean;
  /** When it is due (again); null when nothing is left to do, or the provider's receipt is awaited. */
  nextAttemptAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  /** When the event happened: retries stop this long after it (NOTIFY_RETRY_FOR_MS). */
  eventAt: Date;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
}

const nullableDate = { type: 'datetime', nullable: true } as const;

export const DeliveryEntity = new EntitySchema<DeliveryRow>({
  name: 'NotificationDelivery',
  tableName: 'notification_delivery',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    dedupeKey: { name: 'dedupe_key', type: 'varchar', length: 200 },
    eventId: { name: 'event_id', type: 'integer' },
    eventType: { name: 'event_type', type: 'varchar', length: 40 },
    subjectKind: { name: 'subject_kind', type: 'varchar', length: 12, nullable: true },
    subjectId: { name: 'subject_id', type: 'varchar', length: 40, nullable: true },
    userId: { name: 'user_id', type: 'varchar', length: 36 },
    role: { type: 'varchar', length: 10 },
    channel: { type: 'varchar', length: 8 },
    essential: { type: 'boolean' },
    message: { type: 'simple-json' },
    status: { type: 'varchar', length: 20 },
    code: { type: 'varchar', length: 40, nullable: true },
    providerId: { name: 'provider_id', type: 'varchar', length: 64, nullable: true },
    attempts: { type: 'int' },
    creditTaken: { name: 'credit_taken', type: 'boolean' },
    nextAttemptAt: { ...nullableDate, name: 'next_attempt_at' },
    leaseOwner: { name: 'lease_owner', type: 'varchar', length: 60, nullable: true },
    leaseUntil: { ...nullableDate, name: 'lease_until' },
    eventAt: { name: 'event_at', type: 'datetime' },
    createdAt: { name: 'created_at', type: 'datetime' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
    deliveredAt: { ...nullableDate, name: 'delivered_at' },
  },
});
