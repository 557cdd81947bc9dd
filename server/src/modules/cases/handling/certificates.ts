// Issued certificates (电子证照): issued with an approval in its transaction, listed in 我的证照, and
// checked publicly by number + verification code (stored hashed, compared in constant time; the
// answer carries no personal data; failures are throttled like 办件查询).
import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { maskName, type CertificateVerification, type Certificate } from '@bianmin/shared';
import { AppError } from '../../../errors';
import type { RateLimiter } from '../../../platform/rate-limit';
import type { DataProtector } from '../../../platform/sealing';
import type { Principal } from '../../identity/index';
import { CaseEntity, CertificateEntity, type CertificateRow, type CaseRow } from '../entities';
import { sameHash } from '../numbering';

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY3456789';
const FAILURES = 10;

const hashOf = (protector: DataProtector, number: string, code: string) =>
  protector.keyedHash('certificate-verification', `${number}\n${code}`);

function statusOf(row: CertificateRow, today: string): Certificate['status'] {
  if (row.status === 'revoked') return 'revoked';
  return row.validTo && row.validTo < today ? 'expired' : 'valid';
}

export function createCertificates(d: { dataSource: DataSource; protector: DataProtector; limiter: RateLimiter; today: () => string }) {
  return {
    /** In the approval's transaction: the certificate exists exactly when the approval committed. */
    async issue(
      em: EntityManager,
      c: CaseRow,
      input: { type: string; validFrom: string; validTo: string | null },
      holder: string,
      issuer: string,
      today: string,
    ): Promise<string> {
      const number = `ZZ${c.number}`;
      let code = '';
      for (let i = 0; i < 8; i++) code += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
      await em.getRepository(CertificateEntity).insert({
        id: randomUUID(),
        number,
        verificationHash: hashOf(d.protector, number, code),
        verificationEnc: d.protector.encrypt(code),
        type: input.type,
        holderEnc: d.protector.encrypt(holder),
        holderUserId: c.applicantUserId,
        caseId: c.id,
        issuer,
        issuedOn: today,
        validFrom: input.validFrom,
        validTo: input.validTo,
        status: 'issued',
        createdAt: new Date(),
      });
      return number;
    },

    async mine(p: Principal): Promise<{ items: Certificate[] }> {
      const rows = await d.dataSource
        .getRepository(CertificateEntity)
        .find({ where: { holderUserId: p.userId }, order: { createdAt: 'DESC' } });
      const cases = new Map(
        (rows.length ? await d.dataSource.getRepository(CaseEntity).findBy(rows.map((r) => ({ id: r.caseId }))) : []).map((c) => [
          c.id,
          c.number,
        ]),
      );
      const today = d.today();
      return {
        items: rows.map((r) => ({
          number: r.number,
          type: r.type,
          holder: maskName(d.protector.decrypt(r.holderEnc)),
          issuer: r.issuer,
          issuedOn: r.issuedOn,
          validFrom: r.validFrom,
          validTo: r.validTo,
          caseNumber: cases.get(r.caseId) ?? '',
          verificationCode: d.protector.decrypt(r.verificationEnc),
          status: statusOf(r, today),
        })),
      };
    },

    async verify(number: string, code: string, ip: string | null): Promise<CertificateVerification> {
      const key = `certificate-verify:ip:${ip ?? 'unknown'}`;
      if ((await d.limiter.peek(key)) >= FAILURES) throw new AppError('RATE_LIMITED', 429, '核验失败次数过多，请10分钟后再试');
      const row = await d.dataSource.getRepository(CertificateEntity).findOne({ where: { number } });
      const ok = sameHash(row?.verificationHash ?? '0'.repeat(64), hashOf(d.protector, number, code)) && !!row;
      if (!row || !ok) {
        await d.limiter.hit(key, FAILURES, 600);
        throw new AppError('NOT_FOUND', 404, '证照编号或核验码不正确，请核对后重新输入');
      }
      return {
        number: row.number,
        type: row.type,
        issuer: row.issuer,
        issuedOn: row.issuedOn,
        validTo: row.validTo,
        status: statusOf(row, d.today()),
      };
    },

    /** Valid certificates an account holds, by number. */
    async held(userId: string): Promise<Map<string, { type: string }>> {
      const rows = await d.dataSource.getRepository(CertificateEntity).find({ where: { holderUserId: userId } });
      const today = d.today();
      return new Map(rows.filter((r) => statusOf(r, today) === 'valid').map((r) => [r.number, { type: r.type }]));
    },

    async ofCase(caseId: string): Promise<{ number: string; code: string } | null> {
      const row = await d.dataSource.getRepository(CertificateEntity).findOne({ where: { caseId } });
      return row ? { number: row.number, code: d.protector.decrypt(row.verificationEnc) } : null;
    },
  };
}
export type Certificates = ReturnType<typeof createCertificates>;
