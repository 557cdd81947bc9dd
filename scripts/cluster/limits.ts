// (d) Rate limits shared through Redis: a burst of wrong staff passwords for one username, spread
// over every instance, gets no more password checks than it would against one instance (5 per
// minute per username and address — login-throttle.ts), because every instance counts in Redis.
import { type Context, send } from './context';
import { burst, ofStatus, tally } from './http';
import { count } from './nodes';
import { expect } from './report';

const USERNAME = 'window.district';
const GUESSES = 20;
const CHECKS_ALLOWED = 5;

export async function sharedLoginLimit(ctx: Context): Promise<void> {
  const { answers } = await burst(
    Array.from(
      { length: GUESSES },
      (_, i) => () => send(ctx, i, '/api/v1/auth/staff', { body: { username: USERNAME, password: `Wrong-guess-${i}-cluster` } }),
    ),
  );
  ctx.report.fact(`${GUESSES} wrong passwords for ${USERNAME} at once over ${ctx.instances.length} instances: ${tally(answers)}`);
  ctx.report.check(
    `${CHECKS_ALLOWED} answered 401 BAD_CREDENTIALS, the other ${GUESSES - CHECKS_ALLOWED} 429 RATE_LIMITED before any check`,
    expect(
      ofStatus(answers, 401, 'BAD_CREDENTIALS').length === CHECKS_ALLOWED &&
        ofStatus(answers, 429, 'RATE_LIMITED').length === GUESSES - CHECKS_ALLOWED,
      tally(answers),
    ),
  );
  const problems: string[] = [];
  for (const [n, db] of ctx.nodes.entries()) {
    const checked = await count(
      db,
      "SELECT COUNT(*) FROM audit_log WHERE action = 'auth.staff_login' AND outcome = 'failure' AND detail LIKE ?",
      [`%"username":"${USERNAME}"%`],
    );
    if (checked !== CHECKS_ALLOWED) problems.push(`node ${n + 1}: ${checked} failed password checks audited`);
  }
  ctx.report.check(`exactly ${CHECKS_ALLOWED} password checks happened (audit log, every node)`, problems);
}
