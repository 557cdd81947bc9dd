// (c) One refresh token presented to every instance at once. refresh-tokens.ts promises: one use
// wins and issues the successor; a concurrent use within 30 s gets that same successor while it is
// unused; never two different live successors (a stolen token must not fork the session).
import { createHash } from 'node:crypto';
import { type Context, send } from './context';
import { burst, ofStatus, tally } from './http';
import type { Rows } from './nodes';
import { expect } from './report';

const SESSIONS = 5;
const PER_INSTANCE = 3;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

type Pair = { refreshToken: string; accessToken: string };

export async function refreshRace(ctx: Context): Promise<void> {
  const residents = await ctx.residents(SESSIONS);
  const sends = PER_INSTANCE * ctx.instances.length;
  const answered = [];
  let forked = 0;
  let notAllOk = 0;
  for (const r of residents) {
    const { answers } = await burst(
      Array.from({ length: sends }, (_, i) => () => send<Pair>(ctx, i, '/api/v1/auth/refresh', { body: { refreshToken: r.refreshToken } })),
    );
    answered.push(...answers);
    const successors = new Set(ofStatus(answers, 200).map((a) => a.body.refreshToken));
    if (successors.size > 1) forked++;
    if (ofStatus(answers, 200).length !== sends) notAllOk++;
  }
  ctx.report.fact(`${SESSIONS} sessions × ${sends} refreshes at once (${PER_INSTANCE} per instance): ${tally(answered)}`);
  ctx.report.check(
    'no session forks: every successful refresh of a token hands out the same successor',
    expect(forked === 0, `${forked} session(s) got two different successors`),
  );
  ctx.report.check(
    'within the grace period every concurrent refresh succeeds (no one is signed out)',
    expect(notAllOk === 0, `${notAllOk} session(s) had refreshes refused: ${tally(answered)}`),
  );

  // In the database, on every node: the family holds the used token and exactly one live successor — the one handed out.
  const problems: string[] = [];
  for (const [k, r] of residents.entries()) {
    const handed = answered.slice(k * sends, (k + 1) * sends).find((a) => a.status === 200)?.body.refreshToken;
    for (const [n, db] of ctx.nodes.entries()) {
      const [rows] = await db.query<Rows>('SELECT token_hash, used_at, revoked_at FROM refresh_token WHERE family_id = ?', [r.familyId]);
      const live = rows.filter((t) => t.used_at === null && t.revoked_at === null);
      if (rows.length !== 2 || live.length !== 1 || (handed && live[0]?.token_hash !== hashOf(handed)))
        problems.push(`session ${k + 1}, node ${n + 1}: ${rows.length} tokens, ${live.length} live${handed ? '' : ', none handed out'}`);
    }
  }
  ctx.report.check('every node holds one used token and exactly one live successor per session, the one handed out', problems);

  // The successor works on any instance, once; its own successor is a new token.
  const first = answered.find((a) => a.status === 200);
  if (first) {
    const next = await send<Pair>(ctx, first.instance, '/api/v1/auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    ctx.report.check(
      'the successor refreshes again on another instance, to a new token',
      expect(next.status === 200 && next.body.refreshToken !== first.body.refreshToken, `${next.status} ${next.code}`),
    );
  }
}
