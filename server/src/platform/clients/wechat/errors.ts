// WeChat answers failures as { errcode, errmsg } (usually with HTTP 200). Every failure of the
// WeChat client — including network errors, timeouts and garbled answers — surfaces as one
// WechatError, so callers decide on the errcode alone.

export class WechatError extends Error {
  override readonly name = 'WechatError';
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly api: string,
  ) {
    super(`WeChat ${api} failed: ${errcode} ${errmsg}`);
  }
}

/** errcode our own transport uses for network failures, timeouts and non-JSON answers. */
export const WECHAT_UNREACHABLE = -1; // the same code WeChat uses for "system error, try later"

export type WechatErrorKind =
  | 'invalid_code'
  | 'rate_limited'
  | 'blocked'
  | 'busy'
  | 'refused'
  | 'invalid_recipient'
  | 'invalid_template'
  | 'invalid_argument'
  | 'config'
  | 'unknown';

const KINDS: Record<number, WechatErrorKind> = {
  40029: 'invalid_code', // unknown or expired (5 min) code
  40163: 'invalid_code', // code already redeemed: a replayed login
  45011: 'rate_limited',
  40226: 'blocked', // WeChat's risk control flagged the user
  [-1]: 'busy',
  43101: 'refused', // resident has no subscription left for this template
  40003: 'invalid_recipient',
  40037: 'invalid_template',
  47003: 'invalid_argument',
  // Ours to fix, not the resident's: wrong app id/secret or a token the retry could not mend.
  40013: 'config',
  40125: 'config',
  40001: 'config',
  42001: 'config',
  41002: 'config',
  41004: 'config',
};

export function classifyWechatError(errcode: number): WechatErrorKind {
  return KINDS[errcode] ?? 'unknown';
}

/**
 * Sending again cannot succeed: the notification outbox stops retrying and falls back to SMS.
 * Anything else (busy, rate limited, config) is worth retrying with backoff.
 */
export function isPermanentSendFailure(errcode: number): boolean {
  return errcode === 43101 || errcode === 40003 || errcode === 40037 || errcode === 47003;
}
