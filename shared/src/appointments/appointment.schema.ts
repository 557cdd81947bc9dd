// Appointments (预约服务): schedules and slots, booking, tickets, window check-in.
import { rule, z } from '../zod';
import { CatalogueCode, OpeningPeriod } from '../catalogue/catalogue.schema';
import { HALL_LEVELS } from '../catalogue/vocabulary';
import { isIsoDate } from '../calendar/iso-date';
import { LatLng } from '../halls/hall.schema';
import { CONTACT_PHONE_PURPOSE, PHONE_PATTERN, phoneProblem } from '../identity/form-rules';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'));
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'));

export const APPOINTMENT_STATUSES = ['pending', 'booked', 'checked_in', 'served', 'no_show', 'cancelled', 'declined'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const APPOINTMENT_STATUS_LABEL: Record<AppointmentStatus, string> = {
  pending: '待确认',
  booked: '已预约',
  checked_in: '已签到',
  served: '已办理',
  no_show: '未到',
  cancelled: '已取消',
  declined: '未通过',
};
/** Statuses that hold a place in a slot. */
export const ACTIVE_STATUSES: AppointmentStatus[] = ['pending', 'booked', 'checked_in'];

// ---- schedules (admin) ----

export const ScheduleInput = z.object({
  hallCode: CatalogueCode,
  /** null: every appointable item the hall handles shares these slots. */
  itemCode: z.nullable(CatalogueCode),
  openingPeriods: z.array(OpeningPeriod).check(z.minLength(1)),
  slotMinutes: z.int().check(z.minimum(5), z.maximum(240)),
  capacityPerSlot: z.int().check(z.minimum(1), z.maximum(500)),
  /** Bookable days ahead, in working days. */
  horizonWorkingDays: z.int().check(z.minimum(1), z.maximum(60)),
  /** A day's slots open at this time, `releaseWorkingDaysBefore` working days ahead (the morning rush). */
  releaseTime: hhmm,
  releaseWorkingDaysBefore: z.int().check(z.minimum(0), z.maximum(60)),
  minNoticeMinutes: z.int().check(z.minimum(0), z.maximum(10_080)),
  cancelCutoffMinutes: z.int().check(z.minimum(0), z.maximum(10_080)),
  /** Window staff confirm each booking before it holds. */
  requiresConfirmation: z.boolean(),
});
export type ScheduleInput = z.infer<typeof ScheduleInput>;
export const Schedule = z.object({ id: z.int(), ...ScheduleInput.shape });
export type Schedule = z.infer<typeof Schedule>;
export const ScheduleList = z.object({ items: z.array(Schedule) });

export const ClosureInput = z.object({
  /** null: the whole district (e.g. a typhoon day). */
  hallCode: z.nullable(CatalogueCode),
  date: isoDate,
  reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)),
});
export type ClosureInput = z.infer<typeof ClosureInput>;
/** Appointments already made for a closed day are cancelled by the office, with the reason. */
export const ClosureResult = z.object({ cancelledAppointments: z.int() });

export const CalendarOverrideInput = z.object({
  date: isoDate,
  kind: z.enum(['workday', 'holiday']),
  note: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)),
});
export type CalendarOverrideInput = z.infer<typeof CalendarOverrideInput>;
export const CalendarStatus = z.object({
  today: isoDate,
  coveredThrough: isoDate,
  /** False when the next 60 days are not all covered by published data or overrides. */
  coversNext60Days: z.boolean(),
  overrides: z.array(CalendarOverrideInput),
  warning: z.nullable(z.string()),
});
export type CalendarStatus = z.infer<typeof CalendarStatus>;
/** DELETE /admin/calendar/overrides/:date */
export const CalendarDateParam = z.object({
  date: z.string().check(z.refine(isIsoDate, '日期格式应为 YYYY-MM-DD'), z.meta({ description: '日期（YYYY-MM-DD）', format: 'date' })),
});

// ---- residents ----

export const BookingOptionsQuery = z.object({ item: CatalogueCode, near: z.optional(LatLng) });
export const BookingHall = z.object({
  hall: z.object({ code: z.string(), name: z.string(), level: z.enum(HALL_LEVELS), address: z.string(), phone: z.string() }),
  distanceMeters: z.nullable(z.int()),
  /** First day with a free place, if any within the horizon. */
  nextFreeDate: z.nullable(isoDate),
  requiresConfirmation: z.boolean(),
});
export const BookingOptions = z.object({ itemCode: z.string(), itemName: z.string(), halls: z.array(BookingHall) });
export type BookingOptions = z.infer<typeof BookingOptions>;

export const AvailabilityQuery = z.object({ item: CatalogueCode, hall: CatalogueCode });
export const AvailabilityDay = z.object({
  date: isoDate,
  /** Released and bookable now. */
  open: z.boolean(),
  /** When a not-yet-released day opens (ISO instant). */
  opensAt: z.nullable(z.string()),
  free: z.int(),
  capacity: z.int(),
  closedReason: z.nullable(z.string()),
});
export const Availability = z.object({ days: z.array(AvailabilityDay) });
export type Availability = z.infer<typeof Availability>;

export const SlotsQuery = z.object({ item: CatalogueCode, hall: CatalogueCode, date: isoDate });
export const SlotView = z.object({ id: z.int(), start: hhmm, end: hhmm, capacity: z.int(), free: z.int(), bookable: z.boolean() });
export const SlotList = z.object({ date: isoDate, slots: z.array(SlotView) });
export type SlotList = z.infer<typeof SlotList>;

export const BookRequest = z.object({
  slotId: z.int().check(z.minimum(1)),
  itemCode: CatalogueCode,
  contactPhone: z.string().check(
    z.trim(),
    rule((v) => phoneProblem(v, CONTACT_PHONE_PURPOSE)),
    z.meta({ pattern: PHONE_PATTERN.source }),
  ),
});
export type BookRequest = z.infer<typeof BookRequest>;
export const RescheduleRequest = z.object({ slotId: z.int().check(z.minimum(1)) });
/** Booking and rescheduling: the first answer for a key is stored and replayed to a retry (a lost answer, a double tap). */
export const IdempotencyKey = z
  .string({ error: (issue) => (issue.input === undefined ? '缺少 Idempotency-Key 请求头（每次提交生成一个UUID，重试时沿用）' : undefined) })
  .check(
    z.regex(/^[A-Za-z0-9-]{8,64}$/, 'Idempotency-Key 应为8–64位字母、数字或连字符（建议使用UUID）'),
    z.describe('每次提交生成一个UUID，重试时沿用'),
  );
/** Header names are lower-case, as Node gives them. */
export const IdempotencyHeaders = z.object({ 'idempotency-key': IdempotencyKey });

export const Appointment = z.object({
  id: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  statusLabel: z.string(),
  item: z.object({ code: z.string(), name: z.string() }),
  hall: z.object({ code: z.string(), name: z.string(), address: z.string(), phone: z.string() }),
  date: isoDate,
  start: hhmm,
  end: hhmm,
  /** Short code to give at the window. */
  ticketCode: z.string(),
  /** Signed token in the QR code; only the owner sees it. */
  qrToken: z.nullable(z.string()),
  /** PNG data URL of the QR code, for the owner. */
  qrDataUrl: z.nullable(z.string()),
  contactPhone: z.string(),
  canCancel: z.boolean(),
  cancelDeadline: z.string(),
  declineReason: z.nullable(z.string()),
  createdAt: z.string(),
});
export type Appointment = z.infer<typeof Appointment>;
export const AppointmentList = z.object({ items: z.array(Appointment) });
export type AppointmentList = z.infer<typeof AppointmentList>;
export const MyAppointmentsQuery = z.object({ when: z._default(z.enum(['upcoming', 'past']), 'upcoming') });
export const AppointmentIdParam = z.object({
  id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '预约编号格式不正确'), z.describe('预约编号')),
});

// ---- window staff ----

export const StaffAppointmentsQuery = z.object({
  hall: CatalogueCode,
  date: z.optional(isoDate),
  status: z.optional(z.enum(APPOINTMENT_STATUSES)),
});
export const StaffAppointment = z.object({
  id: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  statusLabel: z.string(),
  ticketCode: z.string(),
  item: z.object({ code: z.string(), name: z.string() }),
  date: isoDate,
  start: hhmm,
  end: hhmm,
  /** Masked: 张*, 138****5678. */
  residentName: z.string(),
  contactPhone: z.string(),
  requiresConfirmation: z.boolean(),
});
export type StaffAppointment = z.infer<typeof StaffAppointment>;
export const StaffAppointmentList = z.object({
  date: isoDate,
  hall: z.object({ code: z.string(), name: z.string() }),
  items: z.array(StaffAppointment),
});
export type StaffAppointmentList = z.infer<typeof StaffAppointmentList>;
export const CheckInRequest = z.object({
  hall: CatalogueCode,
  /** The typed ticket code, or the scanned QR token. */
  ticket: z.string().check(z.trim(), z.minLength(4, '请输入预约码'), z.maxLength(200)),
});
export const DeclineRequest = z.object({ reason: z.string().check(z.trim(), z.minLength(2, '请填写不通过的原因'), z.maxLength(200)) });
