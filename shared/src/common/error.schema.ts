import { z } from '../zod';

/** Stable, English machine codes. Clients branch on these, never on messages. */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'FORBIDDEN',
  'BAD_REQUEST',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // identity
  'TOKEN_INVALID',
  'REFRESH_TOKEN_INVALID',
  'WECHAT_CODE_INVALID',
  'WECHAT_USER_BLOCKED',
  'WECHAT_UNAVAILABLE',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'ID_NUMBER_TAKEN',
  'IDENTITY_MISMATCH',
  'ALREADY_VERIFIED',
  'PHONE_CODE_INVALID',
  'WECHAT_ALREADY_BOUND',
  'USERNAME_TAKEN',
  'TOTP_REQUIRED',
  'TOTP_INVALID',
  // appointments
  'SLOT_FULL',
  'SLOT_NOT_OPEN',
  'ALREADY_BOOKED',
  'BOOKING_SUSPENDED',
  'REAL_NAME_REQUIRED',
  'CANCEL_TOO_LATE',
  'APPOINTMENT_STATE',
  'ALREADY_CHECKED_IN',
  'IDEMPOTENCY_KEY_REUSED',
  // uploads
  'FILE_MISSING',
  'FILE_TYPE_NOT_ACCEPTED',
  'FILE_TOO_LARGE',
  'IMAGE_UNREADABLE',
  'IMAGE_TOO_LARGE',
  'PDF_ENCRYPTED',
  'PDF_BROKEN',
  'UPLOAD_QUOTA_EXCEEDED',
  // cases
  'ITEM_NOT_ONLINE',
  'MATERIALS_INCOMPLETE',
  'UPLOAD_NOT_USABLE',
  'CASE_STATE',
  'CONSENT_CODE_INVALID',
  // The hall queue
  'QUEUE_STATE',
  'QUEUE_EMPTY',
  'QUEUE_WINDOW_BUSY',
  'QUEUE_ALREADY_WAITING',
  // notifications
  'DELIVERY_NOT_FAILED',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one shape of every failure: `message` is a Chinese sentence a resident understands. */
export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Field path (dot-joined) → what is wrong with it, in Chinese. */
  fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
  requestId: z.optional(z.string()),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
