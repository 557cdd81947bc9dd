// Aliyun's SMS service answers failures as { Code, Message } with a Code other than "OK". Every
// failure of the SMS client — network errors, timeouts and garbled answers included — surfaces as
// one SmsError whose `kind` tells the notification engine what to do:
//   temporary  — the same message may get through later: retry with backoff;
//   permanent  — it never will (a bad number, a template refused): fall back to the next channel;
//   technical  — ours or the transport's (credentials, a timeout, an unreadable answer): retried,
//                and reported as a technical failure if it never clears.
// The provider's Message is not kept: it may echo what was sent. Phone numbers never appear here.

export type SmsErrorKind = 'temporary' | 'permanent' | 'technical';

/** Codes our own transport uses. */
export const SMS_UNREACHABLE = 'UNREACHABLE';
export const SMS_BAD_ANSWER = 'BAD_ANSWER';

const KINDS: Record<string, SmsErrorKind> = {
  'isp.SYSTEM_ERROR': 'temporary',
  'isv.BUSINESS_LIMIT_CONTROL': 'temporary', // per-number flow control: minutes, hours or a day
  'isv.DAY_LIMIT_CONTROL': 'temporary',
  'isp.RAM_PERMISSION_DENY': 'technical',
  'isv.MOBILE_NUMBER_ILLEGAL': 'permanent',
  'isv.MOBILE_COUNT_OVER_LIMIT': 'permanent',
  'isv.BLACK_KEY_CONTROL_LIMIT': 'permanent',
  'isv.PARAM_LENGTH_LIMIT': 'permanent',
  'isv.TEMPLATE_MISSING_PARAMETERS': 'permanent',
  'isv.INVALID_JSON_PARAM': 'permanent',
  'isv.INVALID_PARAMETERS': 'permanent',
  'isv.SMS_TEMPLATE_ILLEGAL': 'permanent',
  'isv.SMS_SIGNATURE_ILLEGAL': 'permanent',
  'isv.OUT_OF_SERVICE': 'technical', // the account is suspended: ours to fix
  'isv.AMOUNT_NOT_ENOUGH': 'technical',
  'InvalidAccessKeyId.NotFound': 'technical',
  SignatureDoesNotMatch: 'technical',
  SignatureNonceUsed: 'technical',
  'InvalidTimeStamp.Expired': 'technical',
  MissingParameter: 'technical',
  [SMS_UNREACHABLE]: 'technical',
  [SMS_BAD_ANSWER]: 'technical',
};

/** What a provider code means for the message; an unknown code is a technical failure (retried, then reported). */
export function classifySmsCode(code: string): SmsErrorKind {
  return KINDS[code] ?? 'technical';
}

export class SmsError extends Error {
  override readonly name = 'SmsError';
  readonly kind: SmsErrorKind;
  constructor(
    /** The provider's Code (isv.MOBILE_NUMBER_ILLEGAL, isp.SYSTEM_ERROR …), or UNREACHABLE / BAD_ANSWER. */
    readonly code: string,
    /** What went wrong in our words (never the provider's message, never the number). */
    detail?: string,
  ) {
    super(`SMS send failed: ${code}${detail ? ` (${detail})` : ''}`);
    this.kind = classifySmsCode(code);
  }
}
