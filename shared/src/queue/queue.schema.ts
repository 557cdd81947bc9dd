// The hall queue (排队叫号): numbers issued at check-in or at the kiosk, called by windows, and
// followed by the resident on their ticket.
import { z } from '../zod';
import { rule } from '../zod';
import { CatalogueCode } from '../catalogue/catalogue.schema';
import { idNumberProblem } from '../identity/form-rules';
import { QUEUE_KINDS, QUEUE_STATUSES } from './queue-rules';

const windowNumber = z.string().check(z.trim(), z.minLength(1, '请选择窗口'), z.maxLength(10));
const QueueWindow = z.object({ number: z.string(), name: z.string() });

/** One group of windows at a hall, as anyone may see it (the hall page, the ticket). */
export const QueueGroup = z.object({
  code: z.string(),
  windows: z.array(QueueWindow),
  waiting: z.int(),
  /** Numbers being served now. */
  serving: z.array(z.string()),
  /** Minutes for a number issued now: an estimate from recent service times, null without data. */
  estimatedWaitMinutes: z.nullable(z.int()),
});
export type QueueGroup = z.infer<typeof QueueGroup>;

export const HallQueue = z.object({
  hall: z.object({ code: z.string(), name: z.string() }),
  date: z.string(),
  groups: z.array(QueueGroup),
});
export type HallQueue = z.infer<typeof HallQueue>;
export const HallQueueParam = z.object({ id: CatalogueCode });

/** The resident's own number. */
export const QueueTicket = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(QUEUE_STATUSES),
  statusLabel: z.string(),
  item: z.object({ code: z.string(), name: z.string() }),
  hall: z.object({ code: z.string(), name: z.string() }),
  group: z.object({ code: z.string(), windows: z.array(QueueWindow) }),
  /** The window it was called to (while called, and after). */
  window: z.nullable(QueueWindow),
  /** Waiting numbers to be called before this one (0 once called). */
  ahead: z.int(),
  estimatedWaitMinutes: z.nullable(z.int()),
  issuedAt: z.string(),
  calledAt: z.nullable(z.string()),
  /** How many times it was called (recalls included). */
  callCount: z.int(),
});
export type QueueTicket = z.infer<typeof QueueTicket>;
/** The queue number of an appointment: null until the resident checks in at the hall. */
export const AppointmentQueue = z.object({ ticket: z.nullable(QueueTicket) });
export type AppointmentQueue = z.infer<typeof AppointmentQueue>;
export const QueueAppointmentParam = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '预约编号格式不正确')) });

/** A number as the window sees it; names masked. */
export const StaffQueueTicket = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(QUEUE_KINDS),
  status: z.enum(QUEUE_STATUSES),
  statusLabel: z.string(),
  item: z.object({ code: z.string(), name: z.string() }),
  /** 张* for a booked resident; null for a walk-in. */
  residentName: z.nullable(z.string()),
  /** The booked slot's start (HH:mm), appointments only. */
  slotStart: z.nullable(z.string()),
  window: z.nullable(z.string()),
  issuedAt: z.string(),
  calledAt: z.nullable(z.string()),
  callCount: z.int(),
});
export type StaffQueueTicket = z.infer<typeof StaffQueueTicket>;

export const StaffQueueQuery = z.object({ hall: CatalogueCode, window: windowNumber });
export const StaffQueueBoard = z.object({
  date: z.string(),
  hall: z.object({ code: z.string(), name: z.string() }),
  window: z.object({ number: z.string(), name: z.string(), group: z.string() }),
  /** The number this window is serving, if any. */
  current: z.nullable(StaffQueueTicket),
  /** The group's waiting numbers, in the order they will be called. */
  waiting: z.array(StaffQueueTicket),
  /** Every group of the hall with its waiting count. */
  groups: z.array(QueueGroup),
});
export type StaffQueueBoard = z.infer<typeof StaffQueueBoard>;

export const CallNextRequest = z.object({ hall: CatalogueCode, window: windowNumber });
export type CallNextRequest = z.infer<typeof CallNextRequest>;
export const QueueTicketParam = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '号码编号格式不正确')) });

/** 现场取号 at the kiosk: the ID number of the walk-in and what they came for. */
export const WalkInRequest = z.object({
  hall: CatalogueCode,
  item: CatalogueCode,
  idNumber: z.string().check(z.trim(), z.toUpperCase(), rule(idNumberProblem)),
});
export type WalkInRequest = z.infer<typeof WalkInRequest>;
export const WalkInTicket = z.object({
  ticket: StaffQueueTicket,
  group: z.object({ code: z.string(), windows: z.array(QueueWindow) }),
  ahead: z.int(),
  estimatedWaitMinutes: z.nullable(z.int()),
});
export type WalkInTicket = z.infer<typeof WalkInTicket>;
