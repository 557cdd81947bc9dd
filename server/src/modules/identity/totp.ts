// The optional second factor for staff (ASVS V6): a TOTP authenticator app (RFC 6238: SHA-1, 6
// digits, 30 s). Setting it up, confirming it, turning it off; the codes themselves are checked in totp-codes.ts.
import type { DataSource, EntityManager } from 'typeorm';
import { generateSecret, generateURI } from 'otplib';
import type { Me, TotpSetup } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { enforceRateLimit, type RequestMeta } from './auth-service';
import { UserEntity, type UserRow } from './entities';
import { consumeTotpStep, matchTotp, TOTP_ISSUER, TOTP_PERIOD_SECONDS } from './totp-codes';
import type { Principal } from './policy';
import { toMe } from './users';

export interface TotpDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  protector: DataProtector;
  audit: AuditLog;
  limiter: RateLimiter;
}

const invalid = () => new AppError('TOTP_INVALID', 401, '动态验证码不正确或已使用，请查看身份验证器App中的最新验证码');

export function createTotpService(d: TotpDeps) {
  async function staffUser(p: Principal): Promise<UserRow> {
    const user = await d.dataSource.getRepository(UserEntity).findOne({ where: { id: p.userId } });
    if (!user) throw new AppError('UNAUTHENTICATED', 401, '请先登录');
    if (user.kind !== 'staff') throw new NotFoundError('请求的内容不存在');
    return user;
  }

  /** Checks `code` against the stored secret and, in one transaction, consumes its step and does `work`. */
  async function withCode(
    p: Principal,
    code: string,
    action: string,
    meta: RequestMeta,
    work: (em: EntityManager, user: UserRow) => Promise<void>,
    needEnabled: boolean,
  ): Promise<Me> {
    // Six digits are a small space: few guesses per account.
    await enforceRateLimit(d.limiter, `totp:${p.userId}`, 10, 300);
    const user = await staffUser(p);
    if (!user.totpSecretEnc) throw new AppError('TOTP_INVALID', 409, '请先生成身份验证器密钥');
    if (needEnabled !== !!user.totpEnabledAt) {
      throw needEnabled
        ? new AppError('TOTP_INVALID', 409, '两步验证尚未启用')
        : new AppError('TOTP_INVALID', 409, '两步验证已启用；如需更换手机，请先关闭后重新设置');
    }
    const step = await matchTotp(d.protector.decrypt(user.totpSecretEnc), code, user.totpLastStep);
    const done =
      step !== null &&
      (await d.tx.run(async (em) => {
        if (!(await consumeTotpStep(em, user.id, step))) return false;
        await work(em, user);
        await d.audit.record(em, { actorId: user.id, action, ip: meta.ip, targetType: 'user', targetId: user.id });
        return true;
      }));
    if (!done) {
      await d.audit.recordAlone({ actorId: user.id, action, outcome: 'failure', ip: meta.ip, targetType: 'user', targetId: user.id });
      throw invalid();
    }
    const fresh = await staffUser(p);
    return toMe(d.dataSource.manager, d.protector, fresh);
  }

  return {
    /** A new secret, sealed and not yet in force (it replaces an unconfirmed one); refused once enabled. */
    async setup(p: Principal, meta: RequestMeta): Promise<TotpSetup> {
      const user = await staffUser(p);
      if (user.totpEnabledAt) throw new AppError('TOTP_INVALID', 409, '两步验证已启用；如需更换手机，请先关闭后重新设置');
      const secret = generateSecret();
      const replaced = await d.tx.run(async (em) => {
        // Conditional on still not enabled: a confirm that raced this one keeps its secret.
        const r = await em
          .createQueryBuilder()
          .update(UserEntity)
          .set({ totpSecretEnc: d.protector.encrypt(secret), totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
          .where('id = :id AND totp_enabled_at IS NULL', { id: user.id })
          .execute();
        if (r.affected !== 1) return false;
        await d.audit.record(em, { actorId: user.id, action: 'identity.totp_setup', ip: meta.ip, targetType: 'user', targetId: user.id });
        return true;
      });
      if (!replaced) throw new AppError('TOTP_INVALID', 409, '两步验证已启用；如需更换手机，请先关闭后重新设置');
      return {
        secret,
        otpauthUri: generateURI({ issuer: TOTP_ISSUER, label: user.username ?? user.id, secret, period: TOTP_PERIOD_SECONDS }),
        issuer: TOTP_ISSUER,
      };
    },

    /** The first code from the app proves it holds the secret: from now on sign-in requires a code. */
    confirm(p: Principal, code: string, meta: RequestMeta): Promise<Me> {
      return withCode(
        p,
        code,
        'identity.totp_confirm',
        meta,
        async (em, user) => {
          await em.getRepository(UserEntity).update({ id: user.id }, { totpEnabledAt: new Date(), updatedAt: new Date() });
        },
        false,
      );
    },

    /** Turning it off takes a valid current code (a stolen session alone cannot). */
    disable(p: Principal, code: string, meta: RequestMeta): Promise<Me> {
      return withCode(
        p,
        code,
        'identity.totp_disable',
        meta,
        async (em, user) => {
          await em
            .getRepository(UserEntity)
            .update({ id: user.id }, { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() });
        },
        true,
      );
    },
  };
}
export type TotpService = ReturnType<typeof createTotpService>;
