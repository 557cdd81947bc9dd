// Who is asking: a Bearer access token is checked, then the account and session are read back so
// a disabled account or an ended session stops working at once, not when the token expires. The
// read happens when the route asks for the caller (api-router): most routes load the principal
// (account, roles, session: one statement); a route mounted for a caller carries the session check
// along its own first read instead (session-probe.ts).
import type { Context, Next } from 'koa';
import { AppError } from '../../errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { type AccessClaims, type JwtConfig, verifyAccessToken } from './access-token';
import type { Principal } from './policy';
import type { RefreshTokens } from './refresh-tokens';
import { type Caller, sessionEnded, sessionProbe, settledProbe } from './session-probe';
import { toGrant } from './users';

/** A good access token's claims, and the principal read once, when a route first asks. */
interface SignIn {
  claims: AccessClaims;
  tx: UnitOfWork;
  principal?: Promise<Principal | null>;
}

export function authenticate(deps: { tx: UnitOfWork; jwt: JwtConfig; refreshTokens: RefreshTokens }) {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get('Authorization');
    if (header) {
      const token = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header)?.[1];
      const claims = token ? verifyAccessToken(deps.jwt, token) : null;
      if (claims) ctx.state.signIn = { claims, tx: deps.tx } satisfies SignIn;
      else ctx.state.authRejected = true;
    }
    await next();
  };
}

/** The signed-in principal, or null: no token, a bad one, or one whose account or session is no longer good. */
export async function signedInOrNull(ctx: Context): Promise<Principal | null> {
  const known = ctx.state.principal as Principal | undefined;
  if (known) return known;
  const signIn = ctx.state.signIn as SignIn | undefined;
  if (!signIn) return null;
  signIn.principal ??= loadPrincipal(signIn.tx, signIn.claims.sub, signIn.claims.sid);
  const p = await signIn.principal;
  if (p) ctx.state.principal = p;
  else ctx.state.authRejected = true;
  return p;
}

/** The caller, or 401 in the error shape: no token at all, or one that is no longer good. */
export async function principalOf(ctx: Context): Promise<Principal> {
  return (await signedInOrNull(ctx)) ?? refusedCaller(ctx);
}

/** The 401 for a caller with no good token (a route may only ask after signedInOrNull or callerOf). */
export function refusedCaller(ctx: Context): never {
  if (ctx.state.authRejected) throw sessionEnded();
  throw new AppError('UNAUTHENTICATED', 401, '请先登录');
}

/** The caller by the token alone, its session to be checked along the route's first read; 401 without a good token. */
export function callerOf(ctx: Context): Caller {
  const known = ctx.state.principal as Principal | undefined;
  if (known) return { userId: known.userId, sessionId: known.sessionId, session: settledProbe() };
  const signIn = ctx.state.signIn as SignIn | undefined;
  if (!signIn) refusedCaller(ctx);
  const { sub, sid } = signIn.claims;
  return { userId: sub, sessionId: sid, session: sessionProbe(signIn.tx, sub, sid) };
}

interface PrincipalRow {
  id: string;
  kind: string;
  disabled: number | boolean;
  grant_id: number | null;
  role: string | null;
  scope_type: string | null;
  scope_code: string | null;
  active: number | string;
}

/**
 * Account, roles and session state in one round trip: this runs on every authenticated request of a
 * route that needs the principal.
 * Whether the real name is verified is read only where it matters (booking reads it with its rules).
 * The grants come in any order and are sorted here, and the session is an EXISTS, not a COUNT: an
 * ORDER BY made MariaDB sort (a temporary table per request) and the count read the whole family,
 * together about a third of the statement's cost.
 */
async function loadPrincipal(tx: UnitOfWork, userId: string, sessionId: string): Promise<Principal | null> {
  const rows = await tx.select<PrincipalRow>(SESSION_SQL, [sessionId, userId]);
  const first = rows[0];
  if (!first || Number(first.disabled) || !Number(first.active)) return null;
  // A user without grants comes back as one row of nulls (the LEFT JOIN).
  const granted = rows.filter((r) => r.role !== null).sort((a, b) => Number(a.grant_id) - Number(b.grant_id));
  return {
    userId: first.id,
    kind: first.kind as Principal['kind'],
    roles: granted.map((r) => toGrant({ role: r.role ?? '', scopeType: r.scope_type ?? '', scopeCode: r.scope_code ?? '' })),
    sessionId,
  };
}

/** Exported for the booking bench's same-work baseline, which checks the session the same way. */
export const SESSION_SQL = `SELECT u.id, u.kind, u.disabled, g.id AS grant_id, g.role, g.scope_type, g.scope_code,
    EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = ? AND t.user_id = u.id AND t.revoked_at IS NULL) AS active
  FROM user_account u LEFT JOIN role_grant g ON g.user_id = u.id WHERE u.id = ?`;

export const requestMeta = (ctx: Context) => ({ ip: ctx.ip || null });
