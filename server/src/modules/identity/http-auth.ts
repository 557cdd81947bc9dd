// Who is asking: a Bearer access token is checked, then the account and session are read back so
// a disabled account or an ended session stops working at once, not when the token expires.
import type { Context, Next } from 'koa';
import type { DataSource } from 'typeorm';
import { AppError } from '../../errors';
import { type JwtConfig, verifyAccessToken } from './access-token';
import { UserEntity } from './entities';
import type { Principal } from './policy';
import type { RefreshTokens } from './refresh-tokens';
import { rolesOf } from './users';

export function authenticate(deps: { dataSource: DataSource; jwt: JwtConfig; refreshTokens: RefreshTokens }) {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get('Authorization');
    if (header) {
      const token = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header)?.[1];
      const claims = token ? verifyAccessToken(deps.jwt, token) : null;
      const user = claims ? await deps.dataSource.getRepository(UserEntity).findOne({ where: { id: claims.sub }, select: { id: true, kind: true, disabled: true } }) : null;
      if (claims && user && !user.disabled && (await deps.refreshTokens.isFamilyActive(claims.sid))) {
        ctx.state.principal = { userId: user.id, kind: user.kind, roles: await rolesOf(deps.dataSource.manager, user.id), sessionId: claims.sid } satisfies Principal;
      } else {
        ctx.state.authRejected = true;
      }
    }
    await next();
  };
}

/** The caller, or 401 in the error shape: no token at all, or one that is no longer good. */
export function principalOf(ctx: Context): Principal {
  const p = ctx.state.principal as Principal | undefined;
  if (p) return p;
  if (ctx.state.authRejected) throw new AppError('TOKEN_INVALID', 401, '登录已失效，请重新登录');
  throw new AppError('UNAUTHENTICATED', 401, '请先登录');
}

export const requestMeta = (ctx: Context) => ({ ip: ctx.ip || null });
