// The session check carried by a route's first read. A refusal in a booking rush reads one slot
// row; checking the session before it was a second round trip of about the same cost. A route
// mounted for a caller (api-router's mountForCaller) gets a Caller instead of a checked Principal:
// its first read carries the probe's column, and the router settles the probe before any answer
// leaves — reading the session itself when no read carried it — so an ended session gets 401,
// never the route's answer, whatever the route did. A write needs a settled probe first.
import { AppError } from '../../errors';
import type { ReadProbe } from '../../platform/read-probe';
import type { UnitOfWork } from '../../platform/unit-of-work';

export interface SessionProbe extends ReadProbe {
  /** Resolves when the session is good; throws 401 when it is not (reading it now if no read carried the probe). */
  settle(): Promise<void>;
}

/** A signed-in caller whose session its route checks along its first read; roles and kind are not read. */
export interface Caller {
  userId: string;
  sessionId: string;
  session: SessionProbe;
}

/**
 * identity's rule (http-auth's SESSION_SQL) as one value: the account exists, is not disabled, and
 * the session has not ended. Exported for the booking bench's same-work baseline, which checks it the same way.
 */
export const SESSION_GOOD = `EXISTS (SELECT 1 FROM user_account u WHERE u.id = ? AND u.disabled = 0
  AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = ? AND t.user_id = u.id AND t.revoked_at IS NULL))`;

export const sessionEnded = () => new AppError('TOKEN_INVALID', 401, '登录已失效，请重新登录');

export function sessionProbe(tx: UnitOfWork, userId: string, sessionId: string): SessionProbe {
  let good: boolean | undefined;
  const params = [userId, sessionId];
  const judge = (value: unknown) => {
    good = Number(value) === 1;
    if (!good) throw sessionEnded();
  };
  return {
    column: SESSION_GOOD,
    params,
    saw: judge,
    async settle() {
      if (good === undefined) {
        const [row] = await tx.select<{ good: unknown }>(`SELECT ${SESSION_GOOD} AS good`, params);
        judge(row?.good);
        return;
      }
      if (!good) throw sessionEnded();
    },
  };
}

/** The probe of a session already read (the caller's principal was loaded): nothing to carry. */
export function settledProbe(): SessionProbe {
  return { column: '1', params: [], saw: () => undefined, settle: () => Promise.resolve() };
}
