// Cases filed for someone else: registered at the window for an applicant at the counter (窗口收件)
// or filed by a community agent for a resident who cannot use the internet (社区代办), with the
// resident's consent: their signed authorisation photographed, or a one-time code sent to their
// phone (consent-codes.ts). Same form, same checks, same unified number and one transaction as an
// online submission; the resident's account (if any) follows the case too.
import { In } from 'typeorm';
import type { RegisterCaseRequest } from '@bianmin/shared';
import { NotFoundError, ValidationError } from '../../errors';
import { filingChannel, type Principal } from '../identity/index';
import { UploadEntity } from '../uploads/index';
import type { CaseDeps } from './case-service';
import { checkSubmission } from './check-submission';
import type { ConsentCodes } from './consent-codes';
import type { SealedApplicant } from './mapper';
import { type Filing, recordCase, type SubmissionAnswer } from './submit';

export function createRegistration(d: CaseDeps, consentCodes: ConsentCodes) {
  async function prepare(p: Principal, body: RegisterCaseRequest) {
    const snapshot = await d.catalogue.current();
    const app = await d.itemForms.of(snapshot, body.itemCode);
    if (!app) throw new NotFoundError('没有找到这个事项');
    const channel = filingChannel(p, { servedByHall: (hall) => snapshot.hallServes(hall, app.item) });
    if (!channel) throw new NotFoundError('请求的内容不存在');
    if (channel === 'agent' && !body.consentUploadId && !body.consent)
      throw new ValidationError({
        consentUploadId: ['社区代办须经申请人授权：上传申请人签字的代办授权书照片，或发送短信验证码由申请人告知'],
      });
    const ids = [...new Set([...body.materials.flatMap((m) => m.uploadIds), ...(body.consentUploadId ? [body.consentUploadId] : [])])];
    const owned = ids.length
      ? await d.dataSource.getRepository(UploadEntity).find({ where: { id: In(ids), ownerId: p.userId }, select: { id: true, kind: true } })
      : [];
    if (body.consentUploadId && !owned.some((u) => u.id === body.consentUploadId))
      throw new ValidationError({ consentUploadId: ['代办授权书照片已失效，请重新拍照上传'] });
    const checked = checkSubmission(app, body, new Map(owned.map((u) => [u.id, u])), true);
    // Last, once everything else passed: every try of the code counts against its five.
    const sms = channel === 'agent' && body.consent ? await consentCodes.check(p, body.consent, body.contactPhone) : null;
    const a = body.applicant;
    const applicant: SealedApplicant =
      a.kind === 'individual'
        ? { name: a.name, idNumber: a.idNumber }
        : { name: a.name, creditCode: a.creditCode, legalRepresentative: a.legalRepresentative };
    const applicantHash = a.kind === 'individual' ? d.protector.lookupHash(a.idNumber) : d.protector.keyedHash('credit-code', a.creditCode);
    const applicantUserId = a.kind === 'individual' ? await d.residents.accountOfIdNumber(a.idNumber) : null;
    const filing: Filing = {
      applicantUserId,
      filedBy: p.userId,
      channel,
      actor: channel === 'agent' ? 'agent' : 'staff',
      note:
        channel === 'window'
          ? '窗口收件登记'
          : `社区代办员代为提交申请（申请人授权：${sms ? `短信验证码授权，手机尾号${sms.phoneTail}` : '代办授权书照片'}）`,
      extra: body.consentUploadId ? [{ uploadId: body.consentUploadId, materialName: '代办授权书' }] : [],
    };
    return {
      snapshot,
      app,
      checked,
      applicant,
      applicantHash,
      phone: body.contactPhone,
      kind: a.kind,
      delivery: body.delivery,
      filing,
      consentCodeId: sms?.id ?? null,
    };
  }
  type Prepared = Awaited<ReturnType<typeof prepare>>;

  return {
    async register(p: Principal, key: string, body: RegisterCaseRequest): Promise<{ status: number; answer: SubmissionAnswer }> {
      const stored = await d.idempotency.run(
        { ownerId: p.userId, key, operation: 'case.register', request: body },
        async (em, x: Prepared) => {
          if (x.consentCodeId) await consentCodes.consume(em, x.consentCodeId);
          return { status: 201, body: await recordCase(em, d, x, x.filing) };
        },
        () => prepare(p, body),
      );
      return { status: stored.status, answer: stored.body as SubmissionAnswer };
    },
  };
}
