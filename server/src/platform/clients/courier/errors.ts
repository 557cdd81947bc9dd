// The courier answers failures as { code, message } with a code other than "0000". Every failure
// of the courier client — including network errors, timeouts and garbled answers — surfaces as
// one CourierError, so callers decide on the code (or `retryable`) alone.
//
// The courier's own message is deliberately not kept: it may echo what was sent (an address it
// could not read), and errors end up in logs. The code says what happened.

export type CourierApi = 'create_waybill' | 'track';

/** Codes the courier answers with, and the two our transport uses. */
export const COURIER_CODES = {
  /** The API key is missing or wrong: ours to fix (configuration). */
  invalidApiKey: 'B0001',
  /** The courier refused the request's fields (a phone number it does not take, a missing field). */
  invalidRequest: 'B0002',
  /** The courier cannot route the address: staff must correct it before posting. */
  addressUnrecognised: 'B0101',
  /** No such waybill. */
  unknownWaybill: 'B0404',
  /** The courier is busy: try again later. */
  busy: '9999',
  /** Ours: network failure or timeout; the request may or may not have reached the courier. */
  unreachable: 'UNREACHABLE',
  /** Ours: an answer that is not the courier's JSON envelope (a proxy's error page, a malformed body). */
  badAnswer: 'BAD_ANSWER',
} as const;

const DESCRIPTIONS: Record<string, string> = {
  B0001: 'API key missing or invalid',
  B0002: 'request refused as invalid',
  B0101: 'address not recognised',
  B0404: 'unknown waybill',
  '9999': 'courier busy',
};

// Failures the same request may get past later, with nothing changed on our side.
const RETRYABLE = new Set<string>([COURIER_CODES.busy, COURIER_CODES.unreachable, COURIER_CODES.badAnswer]);

export class CourierError extends Error {
  override readonly name = 'CourierError';
  /** Worth sending the same request again later (busy, unreachable, a garbled answer). */
  readonly retryable: boolean;
  constructor(
    /** The courier's code (B0001, B0002, B0101, B0404, 9999 …), or UNREACHABLE / BAD_ANSWER. */
    readonly code: string,
    readonly api: CourierApi,
    /** What went wrong in our words (never the courier's message, never what was sent). */
    detail?: string,
  ) {
    super(`Courier ${api} failed: ${code} ${detail ?? DESCRIPTIONS[code] ?? 'unknown failure'}`);
    this.retryable = RETRYABLE.has(code);
  }
}
