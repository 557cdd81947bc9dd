// The window's and the department's steps on a case (受理、不予受理、补正、指派、审查意见、延期、
// 特别程序、决定; 发件、送达 in dispatch.ts), each authorised by role + scope through the policy module, each one
// transaction through `transition` (state machine, conditional update, timeline, event, audit).
import { type CorrectionRequest, type DecisionRequest, SPECIAL_PROCEDURE_LABEL, type StaffCase } from '@bianmin/shared';
import { AppError, ValidationError } from '../../../errors';
import { type CaseWork, mayWorkOnCase, type Principal } from '../../identity/index';
import { CaseNoteEntity, type CaseRow } from '../entities';
import type { SealedApplicant } from '../mapper';
import type { HandlingDeps } from './handling-service';
import { stateConflict, type Transition } from './transition';
import { targetOf } from './staff-view';
import { createDispatchSteps } from './dispatch';

/** 第四十二条: one extension of 10 working days. */
const EXTENSION_DAYS = 10;

export function createActions(
  d: HandlingDeps,
  transition: Transition,
  load: (p: Principal, number: string) => Promise<CaseRow>,
  view: (p: Principal, c: CaseRow) => Promise<StaffCase>,
) {
  /** The case, if the caller may do this kind of work on it (else 404: not theirs to know). */
  async function working(p: Principal, number: string, work: CaseWork): Promise<CaseRow> {
    const c = await load(p, number);
    if (!mayWorkOnCase(p, work, targetOf(c, await d.catalogue.current())))
      throw new AppError('NOT_FOUND', 404, '没有找到该办件，请核对办件编号');
    return c;
  }
  const who = (p: Principal, ip: string | null) => ({ userId: p.userId, ip });
  const now = () => d.clock.now();
  const done = async (p: Principal, c: CaseRow) => view(p, c);

  async function correctionItems(c: CaseRow, items: CorrectionRequest['items']) {
    const app = await d.itemForms.of(await d.catalogue.current(), c.itemCode);
    const problems: Record<string, string[]> = {};
    const labelled = items.map((i, n) => {
      const label =
        i.kind === 'field'
          ? app?.form?.fields.find((f) => f.key === i.ref)?.label
          : app?.materials.find((m) => String(m.id) === i.ref && !m.sharedProof)?.name;
      if (!label)
        problems[`items.${n}.ref`] = [i.kind === 'field' ? '申请表中没有这个字段' : '该事项没有这项材料（部门共享的材料无需申请人提交）'];
      return { ...i, label: label ?? i.ref };
    });
    if (Object.keys(problems).length) throw new ValidationError(problems);
    return labelled;
  }

  /** A waybill for the applicant's address (订单号 = case number: a retry never posts twice). */
  return {
    ...createDispatchSteps(d, transition, working, done),

    async accept(p: Principal, number: string, ip: string | null) {
      const c = await working(p, number, 'receive');
      const at = now();
      const acceptedOn = d.clock.today(at);
      const next = await transition(
        c,
        {
          action: 'accept',
          patch: { acceptedOn },
          note: '已受理，出具受理通知书；办理期限自受理次日起按工作日计算',
          event: { type: 'case.accepted', payload: { acceptedOn, deemed: false } },
          audit: { action: 'case.accept' },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async notAccept(p: Principal, number: string, body: { reason: string; basis: string }, ip: string | null) {
      const c = await working(p, number, 'receive');
      const at = now();
      const decision = { result: 'not_accept' as const, ...body, note: null, at: at.toISOString(), byUserId: p.userId };
      const next = await transition(
        c,
        {
          action: 'not_accept',
          patch: { decision, decidedAt: at },
          note: `不予受理：${body.reason}（依据：${body.basis}）`,
          event: { type: 'case.not_accepted', payload: body },
          audit: { action: 'case.not_accept' },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async requestCorrection(p: Principal, number: string, body: CorrectionRequest, ip: string | null) {
      const loaded = await load(p, number);
      const c = await working(p, number, loaded.accepted ? 'review' : 'receive');
      const items = await correctionItems(c, body.items);
      const at = now();
      const today = d.clock.today(at);
      // During review the decision clock stops while the applicant corrects (local practice: configuration).
      const pauses =
        c.accepted && d.pauseOnReviewCorrection ? [...c.pauses, { from: today, to: null, reason: 'correction' as const }] : c.pauses;
      const next = await transition(
        c,
        {
          action: 'request_correction',
          patch: { correction: { requestedAt: at.toISOString(), note: body.note ?? null, items }, pauses },
          note: `一次性告知补正：${items.map((i) => `${i.label}（${i.problem}）`).join('；')}`,
          event: { type: 'case.correction_requested', payload: { items: items.map(({ label, problem }) => ({ label, problem })) } },
          audit: { action: 'case.request_correction', detail: { items: items.length } },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    /** Assigning a handler starts the review of an accepted case; reassignment is audited with who had it. */
    async assign(p: Principal, number: string, handlerId: string, ip: string | null) {
      const c = await working(p, number, 'review');
      if (!(await d.residents.reviewsDepartment(handlerId, c.departmentCode)))
        throw new ValidationError({ handlerId: ['承办人须为本部门的审查人员'] });
      const at = now();
      const next = await transition(
        c,
        {
          action: c.status === 'accepted' ? 'start_review' : null,
          patch: { handlerUserId: handlerId },
          note: c.status === 'accepted' ? '已指定承办人，开始审查' : null,
          event: { type: 'case.assigned', payload: { handlerId, departmentCode: c.departmentCode } },
          audit: { action: c.handlerUserId ? 'case.reassign' : 'case.assign', detail: { from: c.handlerUserId, handler: handlerId } },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async note(p: Principal, number: string, text: string, ip: string | null) {
      const c = await working(p, number, 'review');
      const at = now();
      const next = await transition(
        c,
        {
          action: null,
          note: null,
          also: async (em) => {
            await em.getRepository(CaseNoteEntity).insert({ caseId: c.id, authorId: p.userId, textEnc: d.protector.encrypt(text), at });
          },
          audit: { action: 'case.note' },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async extend(p: Principal, number: string, body: { reason: string; approvedBy: string }, ip: string | null) {
      const c = await working(p, number, 'review');
      if (c.extension || !c.accepted || c.decision) throw new AppError('CASE_STATE', 409, '只能在审查期间延期一次');
      const at = now();
      const extension = { days: EXTENSION_DAYS, ...body, at: at.toISOString() };
      const next = await transition(
        c,
        {
          action: null,
          timeline: 'extend',
          patch: { extension, legalLimitDays: c.legalLimitDays + EXTENSION_DAYS },
          note: `经本机关负责人批准，审查期限延长${EXTENSION_DAYS}个工作日。理由：${body.reason}`,
          event: { type: 'case.extended', payload: { days: EXTENSION_DAYS, reason: body.reason } },
          audit: { action: 'case.extend', detail: { approvedBy: body.approvedBy } },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async startProcedure(
      p: Principal,
      number: string,
      body: { procedure: keyof typeof SPECIAL_PROCEDURE_LABEL; note: string },
      ip: string | null,
    ) {
      const c = await working(p, number, 'review');
      if (c.status !== 'under_review' || c.pauses.some((x) => x.to === null)) throw stateConflict();
      const at = now();
      const label = SPECIAL_PROCEDURE_LABEL[body.procedure];
      const next = await transition(
        c,
        {
          action: null,
          timeline: 'start_procedure',
          patch: { pauses: [...c.pauses, { from: d.clock.today(at), to: null, reason: 'procedure', procedure: body.procedure }] },
          note: `开始${label}：${body.note}。${label}所需时间不计入办理期限（行政许可法第四十五条）`,
          event: { type: 'case.procedure_started', payload: { procedure: label, note: body.note } },
          audit: { action: 'case.procedure.start', detail: { procedure: body.procedure } },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async endProcedure(p: Principal, number: string, result: string, ip: string | null) {
      const c = await working(p, number, 'review');
      const open = c.pauses.find((x) => x.to === null && x.reason === 'procedure');
      if (!open) throw new AppError('CASE_STATE', 409, '该办件没有正在进行的特别程序');
      const at = now();
      const today = d.clock.today(at);
      const label = SPECIAL_PROCEDURE_LABEL[(open.procedure ?? 'hearing') as keyof typeof SPECIAL_PROCEDURE_LABEL];
      const next = await transition(
        c,
        {
          action: null,
          timeline: 'end_procedure',
          patch: { pauses: c.pauses.map((x) => (x === open ? { ...x, to: today } : x)) },
          note: `${label}结束：${result}。恢复计时`,
          event: { type: 'case.procedure_ended', payload: { procedure: label, result } },
          audit: { action: 'case.procedure.end' },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    async decide(p: Principal, number: string, body: DecisionRequest, ip: string | null) {
      const c = await working(p, number, 'review');
      if (c.pauses.some((x) => x.to === null)) throw new AppError('CASE_STATE', 409, '特别程序或补正尚未结束，不能作出决定');
      const at = now();
      const today = d.clock.today(at);
      const snapshot = await d.catalogue.current();
      const issuer = snapshot.departmentByCode.get(c.departmentCode)?.name ?? c.departmentCode;
      const approve = body.result === 'approve';
      const decision = {
        result: body.result,
        reason: approve ? null : body.reason,
        basis: approve ? null : body.basis,
        note: approve ? (body.note ?? null) : null,
        at: at.toISOString(),
        byUserId: p.userId,
      };
      const certificate = approve ? body.certificate : undefined;
      const next = await transition(
        c,
        {
          action: approve ? 'approve' : 'deny',
          patch: { decision, decidedAt: at },
          note: approve ? `准予许可${body.note ? `：${body.note}` : ''}` : `不予许可：${body.reason}（依据：${body.basis}）`,
          also: async (em) => {
            if (!certificate) return;
            const holder = (JSON.parse(d.protector.decrypt(c.applicantEnc)) as SealedApplicant).name;
            await d.certificates.issue(em, c, certificate, holder, issuer, today);
          },
          event: {
            type: 'case.decided',
            payload: { result: body.result, reason: approve ? null : body.reason, certificateNumber: certificate ? `ZZ${c.number}` : null },
          },
          audit: { action: approve ? 'case.approve' : 'case.deny', detail: { certificate: !!certificate } },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },
  };
}
