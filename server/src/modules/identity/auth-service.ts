// Signing in and out: WeChat residents, password staff, rotating sessions. Every attempt is audited.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { TokenPair } from '@bianmin/shared';
import { AppError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { DistrictClock } from '../../platform/clock';
import type { WechatClient } from '../../platform/clients/wechat/client';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { type JwtConfig, signAccessToken } from './access-token';
import { RoleGrantEntity, UserEntity, type UserRow } from './entities';
import type { LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import type { RefreshTokens } from './refresh-tokens';
import { wechatFailure } from './wechat-failure';

export interface AuthDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  clock: DistrictClock;
  jwt: JwtConfig;
  refreshTokens: RefreshTokens;
  audit: AuditLog;
  protector: DataProtector;
  wechat: WechatClient;
  limiter: RateLimiter;
  throttle: LoginThrottle;
}
export interface RequestMeta {
  ip: string | null;
}

export async function enforceRateLimit(limiter: RateLimiter, key: string, limit: number, windowSeconds: number): Promise<void> {
  const r = await limiter.hit(key, limit, windowSeconds);
  if (!r.allowed) throw new AppError('RATE_LIMITED', 429, `操作太频繁，请 ${r.retryAfterSeconds} 秒后再试`);
}

export function createAuthService(d: AuthDeps) {
  async function issueSession(em: EntityManager, user: UserRow): Promise<TokenPair> {
    const { familyId, token } = await d.refreshTokens.start(em, user.id);
    return {
      tokenType: 'Bearer',
      accessToken: signAccessToken(d.jwt, { sub: user.id, sid: familyId }),
      accessTokenExpiresIn: d.jwt.accessTtlSeconds,
      refreshToken: token,
      refreshTokenExpiresIn: d.refreshTokens.ttlSeconds,
    };
  }

  return {
    async wechatLogin(code: string, meta: RequestMeta): Promise<TokenPair> {
      await enforceRateLimit(d.limiter, `wechat-login:${meta.ip}`, 30, 60);
      let session;
      try {
        session = await d.wechat.code2Session(code);
      } catch (err) {
        await d.audit.recordAlone({
          actorId: null,
          action: 'auth.wechat_login',
          outcome: 'failure',
          ip: meta.ip,
          detail: { reason: String((err as { errcode?: number }).errcode ?? 'error') },
        });
        throw wechatFailure(err);
      }
      return d.tx
        .run(async (em) => {
          const users = em.getRepository(UserEntity);
          const now = new Date();
          const sessionKeyEnc = d.protector.encrypt(session.sessionKey);
          let user = await users.findOne({ where: { wechatOpenid: session.openid } });
          if (user?.disabled) {
            await d.audit.record(em, {
              actorId: user.id,
              action: 'auth.wechat_login',
              outcome: 'failure',
              ip: meta.ip,
              detail: { reason: 'disabled' },
            });
            return null;
          }
          if (user) {
            await users.update(
              { id: user.id },
              { wechatSessionKeyEnc: sessionKeyEnc, wechatUnionid: session.unionid ?? user.wechatUnionid, updatedAt: now },
            );
          } else {
            user = {
              id: randomUUID(),
              kind: 'resident',
              displayName: '微信用户',
              username: null,
              passwordHash: null,
              wechatOpenid: session.openid,
              wechatUnionid: session.unionid,
              wechatSessionKeyEnc: sessionKeyEnc,
              phoneEnc: null,
              phoneHash: null,
              disabled: false,
              failedLogins: 0,
              lockedUntil: null,
              createdAt: now,
              updatedAt: now,
            };
            await users.insert(user);
            await em.getRepository(RoleGrantEntity).insert({ userId: user.id, role: 'resident', scopeType: '', scopeCode: '' });
          }
          await d.audit.record(em, { actorId: user.id, action: 'auth.wechat_login', ip: meta.ip });
          return issueSession(em, user);
        })
        .then((tokens) => {
          if (!tokens) throw new AppError('ACCOUNT_DISABLED', 403, '该账号已停用，请联系管理员');
          return tokens;
        });
    },

    async staffLogin(username: string, password: string, meta: RequestMeta): Promise<TokenPair> {
      await d.throttle.admit(username, meta.ip);
      const user = await d.dataSource.getRepository(UserEntity).findOne({ where: { username, kind: 'staff' } });
      const fail = (em: EntityManager, reason: string) =>
        d.audit.record(em, {
          actorId: user?.id ?? null,
          action: 'auth.staff_login',
          outcome: 'failure',
          ip: meta.ip,
          targetType: 'user',
          targetId: user?.id,
          detail: { username, reason },
        });
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        await d.throttle.failed(meta.ip);
        await d.tx.run((em) => fail(em, user ? 'bad_password' : 'unknown_user'));
        throw new AppError('BAD_CREDENTIALS', 401, '用户名或密码错误');
      }
      if (user.disabled) {
        await d.tx.run((em) => fail(em, 'disabled'));
        throw new AppError('ACCOUNT_DISABLED', 403, '该账号已停用，请联系管理员');
      }
      return d.tx.run(async (em) => {
        await em.getRepository(UserEntity).update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
        await d.audit.record(em, { actorId: user.id, action: 'auth.staff_login', ip: meta.ip, targetType: 'user', targetId: user.id });
        return issueSession(em, user);
      });
    },

    async refresh(refreshToken: string, meta: RequestMeta): Promise<TokenPair> {
      const outcome = await d.refreshTokens.rotate(refreshToken);
      if (!outcome.ok) {
        if (outcome.reason === 'reused') {
          await d.audit.recordAlone({
            actorId: null,
            action: 'auth.refresh_reused',
            outcome: 'failure',
            ip: meta.ip,
            detail: { revoked: 'session' },
          });
        }
        throw new AppError('REFRESH_TOKEN_INVALID', 401, '登录已过期，请重新登录');
      }
      const user = await d.dataSource.getRepository(UserEntity).findOne({ where: { id: outcome.userId } });
      if (!user || user.disabled) throw new AppError('REFRESH_TOKEN_INVALID', 401, '登录已过期，请重新登录');
      return {
        tokenType: 'Bearer',
        accessToken: signAccessToken(d.jwt, { sub: user.id, sid: outcome.familyId }),
        accessTokenExpiresIn: d.jwt.accessTtlSeconds,
        refreshToken: outcome.token,
        refreshTokenExpiresIn: d.refreshTokens.ttlSeconds,
      };
    },

    async logout(refreshToken: string, meta: RequestMeta): Promise<void> {
      const ended = await d.refreshTokens.revoke(refreshToken);
      if (ended) await d.audit.recordAlone({ actorId: ended.userId, action: 'auth.logout', ip: meta.ip });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
