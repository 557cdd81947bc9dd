// 社区代办 consent by SMS: the agent asks for a one-time code to be sent to the resident's phone, the
// resident reads it out, and the agent files the case with it — the alternative to a photographed,
// signed authorisation. The code exists only in the text message: the row keeps a keyed hash of it
// (and of the phone, to bind it to the case's contact phone), expires in 10 minutes, allows 5
// tries (each claimed atomically before the comparison, so parallel guesses cannot exceed them) and
// is used once (a conditional update in the filing's own transaction).
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsentCodeIssued } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { DistrictClock } from '../../platform/clock';
import type { SmsClient } from '../../platform/clients/sms/client';
import { SmsError } from '../../platform/clients/sms/errors';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { hasRole, type Principal } from '../identity/index';
import { AgentConsentCodeEntity } from './consent-entity';

const TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;
/** Codes an agent may request an hour (a busy station morning), and codes one phone may receive. */
const PER_AGENT = { limit: 30, windowSeconds: 3600 };
const PER_PHONE = { limit: 5, windowSeconds: 3600 };

const invalid = (message: string) => new AppError('CONSENT_CODE_INVALID', 422, message, { 'consent.code': [message] });

export interface ConsentCodeDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  protector: DataProtector;
  limiter: RateLimiter;
  clock: DistrictClock;
  audit: AuditLog;
  sms: SmsClient;
  /** The SMS template of the consent message (configuration): one parameter, `code`. */
  templateCode: string;
}

export function createConsentCodes(d: ConsentCodeDeps) {
  const codeHash = (id: string, code: string) => d.protector.keyedHash('agent-consent-code', `${id}\n${code}`);
  const phoneHash = (phone: string) => d.protector.keyedHash('agent-consent-phone', phone);
  const rows = (em: EntityManager) => em.getRepository(AgentConsentCodeEntity);

  async function limit(key: string, rule: { limit: number; windowSeconds: number }, message: string) {
    const r = await d.limiter.hit(key, rule.limit, rule.windowSeconds);
    if (!r.allowed) throw new AppError('RATE_LIMITED', 429, `${message}，请${Math.ceil(r.retryAfterSeconds / 60)}分钟后再试`);
  }

  return {
    /** Sends a code to the resident's phone; only community agents may (anyone else: 404). */
    async issue(p: Principal, phone: string, ip: string | null): Promise<ConsentCodeIssued> {
      if (!hasRole(p, 'community_agent')) throw new NotFoundError('请求的内容不存在');
      const phoneKey = phoneHash(phone);
      await limit(`consent-code:agent:${p.userId}`, PER_AGENT, '发送验证码过于频繁');
      await limit(`consent-code:phone:${phoneKey.slice(0, 32)}`, PER_PHONE, '该手机号收到的验证码过多');
      const id = randomUUID();
      const code = String(randomInt(1_000_000)).padStart(6, '0');
      const now = d.clock.now();
      const expiresAt = new Date(now.getTime() + TTL_MS);
      const phoneTail = phone.slice(-4);
      await d.tx.run(async (em) => {
        await rows(em).insert({
          id,
          agentUserId: p.userId,
          phoneHash: phoneKey,
          phoneTail,
          codeHash: codeHash(id, code),
          expiresAt,
          attempts: 0,
          usedAt: null,
          createdAt: now,
        });
        await d.audit.record(em, {
          actorId: p.userId,
          action: 'case.consent_code.send',
          targetType: 'consent',
          targetId: id,
          ip,
          detail: { phoneTail },
        });
      });
      try {
        await d.sms.send({ phone, templateCode: d.templateCode, params: { code }, outId: `consent:${id}` });
      } catch (err) {
        if (!(err instanceof SmsError)) throw err;
        if (err.kind === 'permanent')
          throw new AppError('VALIDATION_FAILED', 400, '无法向该手机号发送短信', {
            phone: ['无法向该手机号发送短信，请核对号码，或改为拍照上传代办授权书'],
          });
        throw new AppError('SERVICE_UNAVAILABLE', 503, '短信暂时发送失败，请稍后重试，或改为拍照上传代办授权书');
      }
      return { requestId: id, phoneTail, expiresAt: expiresAt.toISOString() };
    },

    /**
     * Before the filing's transaction: the code the resident read out, for the case's contact phone.
     * Every try is counted first; a wrong, expired, used or exhausted code is a 422 and nothing is stored.
     */
    async check(
      p: Principal,
      consent: { requestId: string; code: string },
      contactPhone: string,
    ): Promise<{ id: string; phoneTail: string }> {
      const row = await d.dataSource.getRepository(AgentConsentCodeEntity).findOne({ where: { id: consent.requestId } });
      if (row?.agentUserId !== p.userId) throw invalid('验证码已失效，请重新发送验证码');
      if (row.phoneHash !== phoneHash(contactPhone)) throw invalid('验证码不是发给申请人联系电话的，请核对联系电话或重新发送验证码');
      if (row.usedAt) throw invalid('该验证码已使用过，请重新发送验证码');
      if (row.expiresAt.getTime() <= d.clock.now().getTime()) throw invalid('验证码已过期（10分钟内有效），请重新发送验证码');
      const claimed = await d.tx.run((em) =>
        rows(em)
          .createQueryBuilder()
          .update()
          .set({ attempts: () => 'attempts + 1' })
          .where('id = :id AND attempts < :max AND used_at IS NULL', { id: row.id, max: MAX_ATTEMPTS })
          .execute(),
      );
      if (!claimed.affected) throw invalid('验证码错误次数过多，请重新发送验证码');
      const expected = Buffer.from(row.codeHash);
      const given = Buffer.from(codeHash(row.id, consent.code));
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        const left = MAX_ATTEMPTS - row.attempts - 1;
        throw invalid(left > 0 ? `验证码不正确，还可以再试${left}次` : '验证码错误次数过多，请重新发送验证码');
      }
      return { id: row.id, phoneTail: row.phoneTail };
    },

    /** In the filing's transaction: the code is used once (a second filing with it rolls back). */
    async consume(em: EntityManager, id: string): Promise<void> {
      const used = await rows(em)
        .createQueryBuilder()
        .update()
        .set({ usedAt: d.clock.now() })
        .where('id = :id AND used_at IS NULL', { id })
        .execute();
      if (!used.affected) throw invalid('该验证码已使用过，请重新发送验证码');
    },
  };
}
export type ConsentCodes = ReturnType<typeof createConsentCodes>;
