// The signed-in user's own account: profile, real-name verification, phone and WeChat binding, display preferences.
import type { DataSource } from 'typeorm';
import {
  type DisplayPreferences,
  type DisplayPreferencesRequest,
  type Me,
  maskChineseId,
  maskPhone,
  normalizeChineseId,
  type OwnPhone,
  type RealNameRequest,
  ROLE_LABEL,
  type StaffHome,
} from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { WechatClient } from '../../platform/clients/wechat/client';
import { isDuplicateKey } from '../../platform/db-errors';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CatalogueReader } from '../catalogue/index';
import { enforceRateLimit, type RequestMeta } from './auth-service';
import { RealNameEntity, UserEntity } from './entities';
import { assertCan, type Principal } from './policy';
import { toMe } from './users';
import type { IdentityVerifier } from './verifier';
import { wechatFailure } from './wechat-failure';

export interface MeDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  protector: DataProtector;
  audit: AuditLog;
  verifier: IdentityVerifier;
  wechat: WechatClient;
  limiter: RateLimiter;
  catalogue: CatalogueReader;
}

export function createMeService(d: MeDeps) {
  async function load(p: Principal) {
    const user = await d.dataSource.getRepository(UserEntity).findOne({ where: { id: p.userId } });
    if (!user) throw new AppError('UNAUTHENTICATED', 401, '请先登录');
    return user;
  }

  return {
    async me(p: Principal): Promise<Me> {
      return toMe(d.dataSource.manager, d.protector, await load(p));
    },

    async verifyRealName(p: Principal, req: RealNameRequest, meta: RequestMeta): Promise<Me> {
      // Each attempt can probe the police database: few per hour, and fewer per day.
      await enforceRateLimit(d.limiter, `real-name:h:${p.userId}`, 5, 3600);
      await enforceRateLimit(d.limiter, `real-name:d:${p.userId}`, 10, 86_400);
      const user = await load(p);
      const idNumber = normalizeChineseId(req.idNumber);
      const masked = maskChineseId(idNumber);
      const repo = d.dataSource.getRepository(RealNameEntity);
      if (await repo.findOne({ where: { userId: user.id } })) {
        throw new AppError('ALREADY_VERIFIED', 409, '您已完成实名认证；如需更正，请携带身份证到服务窗口办理');
      }
      const idNumberHash = d.protector.lookupHash(idNumber);
      const holder = await repo.findOne({ where: { idNumberHash } });
      // Verify first: answering "taken" before the name matched would tell anyone whether an ID number is bound.
      const result = await d.verifier.verify(req.name, idNumber);
      if (result !== 'match') {
        await d.audit.recordAlone({
          actorId: user.id,
          action: 'identity.real_name',
          outcome: 'failure',
          ip: meta.ip,
          detail: { idNumber: masked, reason: result },
        });
        if (result === 'mismatch') throw new AppError('IDENTITY_MISMATCH', 422, '姓名与身份证号码不一致，请核对后重新填写');
        throw new AppError('SERVICE_UNAVAILABLE', 503, '身份核验服务暂时不可用，请稍后再试');
      }
      const taken = () => new AppError('ID_NUMBER_TAKEN', 409, '该身份证号已绑定其他账号。如非本人操作，请携带身份证到服务窗口处理');
      if (holder) {
        await d.audit.recordAlone({
          actorId: user.id,
          action: 'identity.real_name',
          outcome: 'failure',
          ip: meta.ip,
          detail: { idNumber: masked, reason: 'taken' },
        });
        throw taken();
      }
      const now = new Date();
      try {
        await d.tx.run(async (em) => {
          await em.getRepository(RealNameEntity).insert({
            userId: user.id,
            nameEnc: d.protector.encrypt(req.name),
            idNumberEnc: d.protector.encrypt(idNumber),
            idNumberHash,
            verifiedAt: now,
            // The schema admits only a ticked consent to the current text; what was agreed and when is kept.
            consentAt: now,
            consentPolicyVersion: req.policyVersion,
          });
          await d.audit.record(em, {
            actorId: user.id,
            action: 'identity.real_name',
            ip: meta.ip,
            detail: { idNumber: masked, consentPolicyVersion: req.policyVersion },
          });
        });
      } catch (err) {
        // Two accounts racing for the same number: the unique key decides.
        if (isDuplicateKey(err)) throw taken();
        throw err;
      }
      return toMe(d.dataSource.manager, d.protector, user);
    },

    async bindPhone(p: Principal, code: string, meta: RequestMeta): Promise<Me> {
      await enforceRateLimit(d.limiter, `phone:${p.userId}`, 10, 3600);
      const user = await load(p);
      let phone: string;
      try {
        phone = (await d.wechat.getPhoneNumber(code)).purePhoneNumber;
      } catch (err) {
        throw wechatFailure(err, 'phone');
      }
      await d.tx.run(async (em) => {
        await em.getRepository(UserEntity).update(
          { id: user.id },
          {
            phoneEnc: d.protector.encrypt(phone),
            phoneHash: d.protector.lookupHash(phone),
            updatedAt: new Date(),
          },
        );
        await d.audit.record(em, { actorId: user.id, action: 'identity.bind_phone', ip: meta.ip, detail: { phone: maskPhone(phone) } });
      });
      return this.me(p);
    },

    /** The caller's own number in full (they are entitled to it), to prefill their forms. */
    async ownPhone(p: Principal): Promise<OwnPhone> {
      const user = await load(p);
      return { phone: user.phoneEnc ? d.protector.decrypt(user.phoneEnc) : null };
    },

    /** 长辈版 follows the account to every device it signs in on. */
    async preferences(p: Principal): Promise<DisplayPreferences> {
      return { elderMode: (await load(p)).elderMode };
    },

    async setPreferences(p: Principal, req: DisplayPreferencesRequest): Promise<DisplayPreferences> {
      const user = await load(p);
      await d.dataSource.getRepository(UserEntity).update({ id: user.id }, { elderMode: req.elderMode, updatedAt: new Date() });
      return { elderMode: req.elderMode };
    },

    /** Staff bind their WeChat once, then sign in with it. */
    async bindWechat(p: Principal, code: string, meta: RequestMeta): Promise<Me> {
      const user = await load(p);
      if (user.kind !== 'staff') throw new NotFoundError('请求的内容不存在');
      let session;
      try {
        session = await d.wechat.code2Session(code);
      } catch (err) {
        throw wechatFailure(err);
      }
      const users = d.dataSource.getRepository(UserEntity);
      const other = await users.findOne({ where: { wechatOpenid: session.openid } });
      if (other && other.id !== user.id)
        throw new AppError('WECHAT_ALREADY_BOUND', 409, '该微信已绑定其他账号，请先在原账号解绑或联系管理员');
      await d.tx.run(async (em) => {
        await em
          .getRepository(UserEntity)
          .update(
            { id: user.id },
            { wechatOpenid: session.openid, wechatSessionKeyEnc: d.protector.encrypt(session.sessionKey), updatedAt: new Date() },
          );
        await d.audit.record(em, { actorId: user.id, action: 'identity.bind_wechat', ip: meta.ip });
      });
      return this.me(p);
    },

    async staffHome(p: Principal): Promise<StaffHome> {
      assertCan(p, 'staff.home');
      const user = await load(p);
      const snapshot = await d.catalogue.current();
      return {
        displayName: user.displayName,
        roles: p.roles
          .filter((g) => g.role !== 'resident')
          .map((g) => {
            // Hall and department grants always carry a code (the RoleGrant schema refuses one without).
            const code = g.scopeCode ?? '';
            return {
              ...g,
              roleLabel: ROLE_LABEL[g.role],
              scopeName:
                g.scopeType === 'hall'
                  ? (snapshot.hallByCode.get(code)?.name ?? code)
                  : g.scopeType === 'department'
                    ? (snapshot.departmentByCode.get(code)?.name ?? code)
                    : '全区',
            };
          }),
      };
    },
  };
}
export type MeService = ReturnType<typeof createMeService>;
