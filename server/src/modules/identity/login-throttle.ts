// How fast anyone may guess staff passwords. Every attempt on a username is counted BEFORE its
// password is checked (atomically, in the shared limiter), so a parallel burst gets no more
// guesses than a slow one. The delay it triggers grows — 5 attempts a minute, 10 a quarter of an
// hour, 20 an hour, per username and address — and ends by itself: there is no lock an attacker
// can keep shut, and none an administrator has to lift. A cap per username across addresses
// stops a distributed guess; failures per address across usernames stop one address spraying a
// common password over many accounts. Unknown usernames are counted exactly like real ones, so
// the answers never tell which exist.
import { AppError } from '../../errors';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';

const PER_USER_AND_ADDRESS = [
  { limit: 5, windowSeconds: 60 },
  { limit: 10, windowSeconds: 15 * 60 },
  { limit: 20, windowSeconds: 60 * 60 },
];
const PER_USER = { limit: 60, windowSeconds: 60 * 60 };
const FAILURES_PER_ADDRESS = { limit: 30, windowSeconds: 15 * 60 };

const tooMany = (seconds: number) => new AppError('RATE_LIMITED', 429, `尝试次数过多，请 ${seconds} 秒后再试；忘记密码请联系管理员重置`);

export function createLoginThrottle(limiter: RateLimiter, protector: DataProtector) {
  // Usernames are hashed with the data key: limiter keys (in Redis) name no account.
  const userKey = (username: string) => protector.keyedHash('staff-login', username).slice(0, 32);
  const addressKey = (ip: string | null) => ip ?? 'unknown';

  return {
    /** Counts this attempt; refuses it (429) before any password check when a window is full. */
    async admit(username: string, ip: string | null): Promise<void> {
      const address = addressKey(ip);
      if ((await limiter.peek(`staff-fail:${address}`)) >= FAILURES_PER_ADDRESS.limit) throw tooMany(FAILURES_PER_ADDRESS.windowSeconds);
      const user = userKey(username);
      const cap = await limiter.hit(`staff-try:${user}`, PER_USER.limit, PER_USER.windowSeconds);
      if (!cap.allowed) throw tooMany(cap.retryAfterSeconds);
      for (const w of PER_USER_AND_ADDRESS) {
        const r = await limiter.hit(`staff-try:${user}:${address}:${w.windowSeconds}`, w.limit, w.windowSeconds);
        if (!r.allowed) throw tooMany(r.retryAfterSeconds);
      }
    },
    /** A wrong password (or unknown username) from this address. */
    async failed(ip: string | null): Promise<void> {
      await limiter.hit(`staff-fail:${addressKey(ip)}`, FAILURES_PER_ADDRESS.limit, FAILURES_PER_ADDRESS.windowSeconds);
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
