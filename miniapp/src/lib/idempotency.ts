// One Idempotency-Key per submission. The server stores the first answer for a key and replays it,
// so a double tap or a retry after a lost answer (network failure, timeout, 5xx) must send the same
// key: then a booking or an application that did go through comes back instead of a second one. A definite answer
// (booked, or refused: slot full, real-name missing …) is replayed too, so once one arrives the key
// is spent, and changing what is sent (another slot, another phone) needs a new key, or the server
// would refuse it as a reused key.
import { ApiError } from '@/lib/request';

/** A random UUID v4 (WeChat has no crypto.randomUUID; the key only has to be unique per resident). */
export function newIdempotencyKey(random: () => number = Math.random): string {
  const s = Array.from({ length: 32 }, (_, i) => {
    const nibble = Math.floor(random() * 16);
    if (i === 12) return '4'; // the version
    if (i === 16) return ((nibble & 0x3) | 0x8).toString(16); // the RFC 4122 variant, 10xx
    return nibble.toString(16);
  }).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** No answer came back, so the server may or may not have acted on the request. */
export function isUnanswered(err: unknown): boolean {
  return !(err instanceof ApiError) || err.status === 0 || err.status >= 500;
}

/** The key for a confirm screen: kept across retries of the same request until it is answered. */
export function createSubmissionKey(generate: () => string = newIdempotencyKey) {
  let current: { key: string; request: string } | null = null;
  return {
    /** The key to send `request` with. */
    for(request: unknown): string {
      const fingerprint = JSON.stringify(request);
      if (current?.request !== fingerprint) current = { key: generate(), request: fingerprint };
      return current.key;
    },
    /** It went through: the next submission (if any) gets a fresh key. */
    succeeded(): void {
      current = null;
    },
    /** The key is kept only when the answer was lost; a refusal spends it like a success. */
    failed(err: unknown): void {
      if (!isUnanswered(err)) current = null;
    },
  };
}
export type SubmissionKey = ReturnType<typeof createSubmissionKey>;
