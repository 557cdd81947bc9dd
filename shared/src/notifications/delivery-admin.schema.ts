// Delivery status for administrators and supervisors: how each notification of a case or an
// appointment went out (GOV.UK Notify's states, with the provider's code), failures grouped by
// code, and sending a failed one again.
import { z } from '../zod';
import { CaseNumber } from '../cases/case.schema';

export const DELIVERY_CHANNELS = ['wechat', 'sms', 'inbox'] as const;
export const DELIVERY_STATUSES = [
  'created',
  'sending',
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
] as const;

export const Delivery = z.object({
  id: z.string(),
  eventType: z.string(),
  subject: z.nullable(z.object({ kind: z.enum(['case', 'appointment']), id: z.string() })),
  recipientRole: z.enum(['resident', 'staff']),
  channel: z.enum(DELIVERY_CHANNELS),
  status: z.enum(DELIVERY_STATUSES),
  /** The provider's code of the last outcome (43101, isv.BUSINESS_LIMIT_CONTROL, no-credit …). */
  code: z.nullable(z.string()),
  attempts: z.int(),
  nextAttemptAt: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  deliveredAt: z.nullable(z.string()),
});
export type Delivery = z.infer<typeof Delivery>;
export const DeliveryList = z.object({ items: z.array(Delivery) });
export type DeliveryList = z.infer<typeof DeliveryList>;

export const DeliveriesQuery = z
  .object({
    caseNumber: z.optional(CaseNumber),
    appointmentId: z.optional(z.string().check(z.regex(/^[0-9a-f-]{36}$/, '预约编号格式不正确'))),
  })
  .check(
    z.refine((q) => Boolean(q.caseNumber) !== Boolean(q.appointmentId), {
      message: '请指定一个办件编号或一个预约编号',
      path: ['caseNumber'],
    }),
  );
export type DeliveriesQuery = z.infer<typeof DeliveriesQuery>;

export const DeliveryFailuresQuery = z.object({
  /** Failures recorded in the last this many days. */
  days: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(90)), 7),
});
export type DeliveryFailuresQuery = z.infer<typeof DeliveryFailuresQuery>;

export const DeliveryFailureGroup = z.object({
  channel: z.enum(DELIVERY_CHANNELS),
  status: z.enum(DELIVERY_STATUSES),
  code: z.nullable(z.string()),
  count: z.int(),
  lastAt: z.string(),
});
export const DeliveryFailures = z.object({ groups: z.array(DeliveryFailureGroup) });
export type DeliveryFailures = z.infer<typeof DeliveryFailures>;

export const DeliveryIdParam = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '投递记录编号格式不正确')) });
