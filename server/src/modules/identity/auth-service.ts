// Signing in and out: WeChat residents, password staff, rotating sessions. Every attempt is audited.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffLoginRequest, TokenPair } from '@bianmin/shared';
import { AppError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { DistrictClock } from '../../platform/clock';
import type { WechatClient } from '../../platform/clients/wechat/client';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { type JwtConfig, signAccessToken } from './access-token';
import { RoleGrantEntity, UserEntity, type UserRow } from './entities';
import { newUserRow } from './users';
import type { LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import type { RefreshTokens } from './refresh-tokens';
import { consumeTotpStep, isTotpEnabled, matchTotp } from './totp-codes';
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
            user = newUserRow({
              id: randomUUID(),
              kind: 'resident',
              displayName: '微信用户',
              wechatOpenid: session.openid,
              wechatUnionid: session.unionid,
              wechatSessionKeyEnc: sessionKeyEnc,
            });
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

    async staffLogin({ username, password, totp }: StaffLoginRequest, meta: RequestMeta): Promise<TokenPair> {
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
      const badCredentials = () => new AppError('BAD_CREDENTIALS', 401, '用户名或密码错误');
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        await d.throttle.failed(meta.ip);
        await d.tx.run((em) => fail(em, user ? 'bad_password' : 'unknown_user'));
        throw badCredentials();
      }
      if (user.disabled) {
        await d.tx.run((em) => fail(em, 'disabled'));
        throw new AppError('ACCOUNT_DISABLED', 403, '该账号已停用，请联系管理员');
      }
      // The second factor, once its owner turned it on: a wrong (or replayed) code counts as a wrong password.
      const secretEnc = isTotpEnabled(user) ? user.totpSecretEnc : null;
      if (secretEnc && !totp) {
        await d.tx.run((em) => fail(em, 'totp_required'));
        throw new AppError('TOTP_REQUIRED', 401, '请输入身份验证器App中的6位动态验证码');
      }
      const step = secretEnc && totp ? await matchTotp(d.protector.decrypt(secretEnc), totp, user.totpLastStep) : null;
      if (secretEnc && step === null) {
        await d.throttle.failed(meta.ip);
        await d.tx.run((em) => fail(em, 'bad_totp'));
        throw badCredentials();
      }
      const tokens = await d.tx.run(async (em) => {
        // Two sign-ins racing with the same code: the conditional update lets one through.
        if (step !== null && !(await consumeTotpStep(em, user.id, step))) return null;
        await em.getRepository(UserEntity).update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
        await d.audit.record(em, {
          actorId: user.id,
          action: 'auth.staff_login',
          ip: meta.ip,
          targetType: 'user',
          targetId: user.id,
          detail: { secondFactor: step !== null },
        });
        return issueSession(em, user);
      });
      if (tokens) return tokens;
      await d.throttle.failed(meta.ip);
      await d.tx.run((em) => fail(em, 'totp_replayed'));
      throw badCredentials();
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
