// Signing in and out: WeChat residents, password staff, rotating sessions. Every attempt is audited.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TokenPair } from '@bianmin/shared';
import { AppError } from '../../errors';
import { type JwtConfig, signAccessToken } from './access-token';
import type { AuditLog } from './audit';
import type { DataProtector } from './data-protector';
import { RoleGrantEntity, UserEntity, type UserRow } from './entities';
import { verifyPassword } from './passwords';
import type { RateLimiter } from './rate-limit';
import type { RefreshTokens } from './refresh-tokens';
import type { WechatClient } from './wechat/client';
import { wechatFailure } from './wechat-failure';

export interface AuthDeps {
  dataSource: DataSource; jwt: JwtConfig; refreshTokens: RefreshTokens; audit: AuditLog; protector: DataProtector;
  wechat: WechatClient; limiter: RateLimiter; lockout: { maxFailures: number; minutes: number };
}
export interface RequestMeta { ip: string | null }

const shanghaiTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

export async function enforceRateLimit(limiter: RateLimiter, key: string, limit: number, windowSeconds: number): Promise<void> {
  const r = await limiter.hit(key, limit, windowSeconds);
  if (!r.allowed) throw new AppError('RATE_LIMITED', 429, `操作太频繁，请 ${r.retryAfterSeconds} 秒后再试`);
}

export function createAuthService(d: AuthDeps) {
  async function issueSession(user: UserRow): Promise<TokenPair> {
    const { familyId, token } = await d.refreshTokens.start(d.dataSource.manager, user.id);
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
        await d.audit.record({ actorId: null, action: 'auth.wechat_login', outcome: 'failure', ip: meta.ip, detail: { reason: String((err as { errcode?: number }).errcode ?? 'error') } });
        throw wechatFailure(err);
      }
      const user = await d.dataSource.transaction(async (em) => {
        const users = em.getRepository(UserEntity);
        const now = new Date();
        const sessionKeyEnc = d.protector.encrypt(session.sessionKey);
        const existing = await users.findOne({ where: { wechatOpenid: session.openid } });
        if (existing) {
          await users.update({ id: existing.id }, { wechatSessionKeyEnc: sessionKeyEnc, wechatUnionid: session.unionid ?? existing.wechatUnionid, updatedAt: now });
          return existing;
        }
        const created: UserRow = {
          id: randomUUID(), kind: 'resident', displayName: '微信用户', username: null, passwordHash: null,
          wechatOpenid: session.openid, wechatUnionid: session.unionid, wechatSessionKeyEnc: sessionKeyEnc,
          phoneEnc: null, phoneHash: null, disabled: false, failedLogins: 0, lockedUntil: null, createdAt: now, updatedAt: now,
        };
        await users.insert(created);
        await em.getRepository(RoleGrantEntity).insert({ userId: created.id, role: 'resident', scopeType: '', scopeCode: '' });
        return created;
      });
      if (user.disabled) {
        await d.audit.record({ actorId: user.id, action: 'auth.wechat_login', outcome: 'failure', ip: meta.ip, detail: { reason: 'disabled' } });
        throw new AppError('ACCOUNT_DISABLED', 403, '该账号已停用，请联系管理员');
      }
      await d.audit.record({ actorId: user.id, action: 'auth.wechat_login', ip: meta.ip });
      return issueSession(user);
    },

    async staffLogin(username: string, password: string, meta: RequestMeta): Promise<TokenPair> {
      await enforceRateLimit(d.limiter, `staff-login:${meta.ip}:${username}`, 10, 60);
      const users = d.dataSource.getRepository(UserEntity);
      const user = await users.findOne({ where: { username, kind: 'staff' } });
      const fail = async (reason: string) =>
        d.audit.record({ actorId: user?.id ?? null, action: 'auth.staff_login', outcome: 'failure', ip: meta.ip, targetType: 'user', targetId: user?.id, detail: { username, reason } });
      if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
        await fail('locked');
        throw new AppError('ACCOUNT_LOCKED', 423, `密码错误次数过多，账号已锁定，请于 ${shanghaiTime.format(user.lockedUntil)} 后再试或联系管理员解锁`);
      }
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        if (user) {
          // Increment in the database so concurrent failures all count.
          await users.increment({ id: user.id }, 'failedLogins', 1);
          const failures = (await users.findOneOrFail({ where: { id: user.id }, select: { id: true, failedLogins: true } })).failedLogins;
          const lockedUntil = failures >= d.lockout.maxFailures ? new Date(Date.now() + d.lockout.minutes * 60_000) : null;
          if (lockedUntil) {
            await users.update({ id: user.id }, { failedLogins: 0, lockedUntil });
            await fail('locked_now');
            throw new AppError('ACCOUNT_LOCKED', 423, `密码错误次数过多，账号已锁定，请于 ${shanghaiTime.format(lockedUntil)} 后再试或联系管理员解锁`);
          }
        }
        await fail(user ? 'bad_password' : 'unknown_user');
        throw new AppError('BAD_CREDENTIALS', 401, '用户名或密码错误');
      }
      if (user.disabled) {
        await fail('disabled');
        throw new AppError('ACCOUNT_DISABLED', 403, '该账号已停用，请联系管理员');
      }
      await users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
      await d.audit.record({ actorId: user.id, action: 'auth.staff_login', ip: meta.ip, targetType: 'user', targetId: user.id });
      return issueSession(user);
    },

    async refresh(refreshToken: string, meta: RequestMeta): Promise<TokenPair> {
      const outcome = await d.refreshTokens.rotate(refreshToken);
      if (!outcome.ok) {
        if (outcome.reason === 'reused') {
          await d.audit.record({ actorId: null, action: 'auth.refresh_reused', outcome: 'failure', ip: meta.ip, detail: { revoked: 'session' } });
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
      if (ended) await d.audit.record({ actorId: ended.userId, action: 'auth.logout', ip: meta.ip });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
