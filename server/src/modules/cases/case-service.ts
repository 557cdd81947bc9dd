// Case use cases for residents (and anyone a case is visible to): read, list, withdraw, and the
// account-free status query. Submission is in submit.ts, drafts in drafts.ts.
import { Brackets, In, type DataSource } from 'typeorm';
import { type CaseList, type CasePublicView, type CaseStatus, type Case, nextCaseStatus } from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { AppError } from '../../errors';
import type { Idempotency } from '../../platform/idempotency';
import type { DistrictClock } from '../../platform/clock';
import type { RateLimiter } from '../../platform/rate-limit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CatalogueReader } from '../catalogue/index';
import type { Principal, ResidentDirectory } from '../identity/index';
import { UploadEntity } from '../uploads/index';
import { assertCanSee, canSeeCase, caseNotFound } from './access';
import { CaseEntity, CaseMaterialEntity, type CaseRow, CaseTimelineEntity } from './entities';
import { caseOutbox } from './events';
import type { ItemForms } from './item-form';
import { toCase, toCaseSummary, toPublicView, type UploadInfo } from './mapper';
import { queryCodeHash, sameHash } from './numbering';

export interface CaseDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  idempotency: Idempotency;
  clock: DistrictClock;
  protector: DataProtector;
  limiter: RateLimiter;
  catalogue: CatalogueReader;
  itemForms: ItemForms;
  residents: ResidentDirectory;
  workingCalendar: () => Promise<WorkingCalendar>;
  districtCode: string;
  /** The applicant's valid certificates by number (reused instead of uploads). */
  heldCertificates: (userId: string) => Promise<Map<string, { type: string }>>;
}

const CLOSED: CaseStatus[] = ['not_accepted', 'concluded', 'delivered', 'withdrawn'];
/** 办件查询: failures allowed per client address and per case number in ten minutes. */
const LOOKUP_FAILURES = 10;
const LOOKUP_WINDOW_SECONDS = 600;
const DUMMY_HASH = '0'.repeat(64);

export function createCaseService(d: CaseDeps) {
  const cases = () => d.dataSource.getRepository(CaseEntity);

  /** The case as `viewer` sees it: the applicant (or agent) sees the pickup code, staff do not. */
  async function present(c: CaseRow, viewer: 'applicant' | 'staff' = 'applicant'): Promise<Case> {
    const [snapshot, calendar] = await Promise.all([d.catalogue.current(), d.workingCalendar()]);
    const [timeline, materials, app] = await Promise.all([
      d.dataSource.getRepository(CaseTimelineEntity).find({ where: { caseId: c.id }, order: { id: 'ASC' } }),
      d.dataSource.getRepository(CaseMaterialEntity).find({ where: { caseId: c.id } }),
      d.itemForms.of(snapshot, c.itemCode),
    ]);
    const rows = materials.length
      ? await d.dataSource.getRepository(UploadEntity).find({ where: { id: In(materials.map((m) => m.uploadId)) } })
      : [];
    const uploads = new Map<string, UploadInfo>(
      rows.map((u) => [u.id, { kind: u.kind, fileName: d.protector.decrypt(u.fileNameEnc), size: u.size, hasThumbnail: !!u.thumbnailKey }]),
    );
    return toCase(
      c,
      { timeline, materials, uploads, form: app?.form, materialNames: new Map(app?.materials.map((m) => [m.id, m.name])) },
      { protector: d.protector, snapshot, calendar, today: d.clock.today(), viewer },
    );
  }

  /** A case filed for this resident at the window or by an agent, found by their verified ID number. */
  async function filedFor(p: Principal, c: CaseRow): Promise<boolean> {
    if (p.kind !== 'resident' || c.applicantKind !== 'individual' || !c.applicantHash) return false;
    return c.applicantHash === (await d.residents.idNumberHashOf(p.userId));
  }

  async function visible(p: Principal, number: string): Promise<CaseRow> {
    const snapshot = await d.catalogue.current();
    const c = await cases().findOne({ where: { number } });
    if (c && !canSeeCase(p, c, snapshot) && (await filedFor(p, c))) return c;
    return assertCanSee(p, c, snapshot);
  }

  /** A case the caller applied for (or filed for a resident): staff who may read it do not act for the applicant. */
  async function applicantsCase(p: Principal, number: string): Promise<CaseRow> {
    const c = await visible(p, number);
    if (c.applicantUserId !== p.userId && c.filedByUserId !== p.userId && !(await filedFor(p, c))) throw caseNotFound();
    return c;
  }

  return {
    present,
    applicantsCase,
    /** The row of a case the caller may see (applicant, filer, staff handling it); else 404. */
    visibleRow: visible,

    async get(p: Principal, number: string): Promise<Case> {
      const c = await visible(p, number);
      return present(c, c.applicantUserId === p.userId || c.filedByUserId === p.userId ? 'applicant' : 'staff');
    },

    async byNumber(number: string): Promise<Case> {
      const c = await cases().findOne({ where: { number } });
      if (!c) throw caseNotFound();
      return present(c);
    },

    async mine(p: Principal, q: { page: number; pageSize: number; state: 'open' | 'closed' | 'all' }): Promise<CaseList> {
      const idHash = p.kind === 'resident' ? await d.residents.idNumberHashOf(p.userId) : null;
      const query = cases()
        .createQueryBuilder('c')
        .where(
          new Brackets((w) => {
            w.where('c.applicant_user_id = :me', { me: p.userId }).orWhere('c.filed_by_user_id = :me', { me: p.userId });
            // Filed for them at the window or by an agent, before or after they had an account.
            if (idHash) w.orWhere("(c.applicant_hash = :idHash AND c.applicant_kind = 'individual')", { idHash });
          }),
        );
      if (q.state === 'open') query.andWhere('c.status NOT IN (:...closed)', { closed: CLOSED });
      if (q.state === 'closed') query.andWhere('c.status IN (:...closed)', { closed: CLOSED });
      const [rows, total] = await query
        .orderBy('c.submitted_at', 'DESC')
        .addOrderBy('c.number', 'DESC')
        .skip((q.page - 1) * q.pageSize)
        .take(q.pageSize)
        .getManyAndCount();
      const [snapshot, calendar] = await Promise.all([d.catalogue.current(), d.workingCalendar()]);
      const today = d.clock.today();
      return { items: rows.map((c) => toCaseSummary(c, { snapshot, calendar, today })), total, page: q.page, pageSize: q.pageSize };
    },

    /** Before a decision, the applicant (or the agent who filed for them) may withdraw. */
    async withdraw(p: Principal, number: string, reason: string | undefined): Promise<Case> {
      const c = await applicantsCase(p, number);
      const next = nextCaseStatus(c.status as CaseStatus, 'withdraw', { accepted: c.accepted });
      if (!next || next !== 'withdrawn') throw new AppError('CASE_STATE', 409, '该办件已作出决定或已结束，不能撤回');
      const snapshot = await d.catalogue.current();
      const now = d.clock.now();
      const note = reason ? `申请人撤回申请：${reason}` : '申请人撤回申请';
      await d.tx.run(async (em) => {
        const moved = await em
          .getRepository(CaseEntity)
          .createQueryBuilder()
          .update()
          .set({ status: next, updatedAt: now, version: c.version + 1 })
          .where('id = :id AND version = :version', { id: c.id, version: c.version })
          .execute();
        if (!moved.affected) throw new AppError('CASE_STATE', 409, '办件状态刚刚发生了变化，请刷新后再试');
        await em.getRepository(CaseTimelineEntity).insert({
          caseId: c.id,
          action: 'withdraw',
          status: next,
          actor: c.applicantUserId === p.userId ? 'applicant' : 'agent',
          actorId: p.userId,
          note,
          at: now,
        });
        await caseOutbox.record(em, {
          type: 'case.withdrawn',
          aggregateId: c.id,
          userId: c.applicantUserId,
          dedupeKey: `case.withdrawn:${c.id}:v${c.version + 1}`,
          payload: {
            number: c.number,
            itemCode: c.itemCode,
            itemName: snapshot.itemByCode.get(c.itemCode)?.name ?? c.itemCode,
            status: next,
            reason: reason ?? null,
          },
        });
      });
      return present({ ...c, status: next, version: c.version + 1, updatedAt: now });
    },

    /**
     * 办件查询 by number + query code, without an account. A wrong code and an unknown number get the
     * same answer in the same time; failures are counted per client and per number.
     */
    async lookup(number: string, code: string, ip: string | null): Promise<CasePublicView> {
      const keys = [`case-lookup:ip:${ip ?? 'unknown'}`, `case-lookup:number:${number}`];
      const counts = await Promise.all(keys.map((k) => d.limiter.peek(k)));
      if (counts.some((n) => n >= LOOKUP_FAILURES))
        throw new AppError('RATE_LIMITED', 429, '查询失败次数过多，请10分钟后再试，或核对短信中的办件编号和查询码');
      const c = await cases().findOne({ where: { number } });
      const matches = sameHash(c?.queryCodeHash ?? DUMMY_HASH, queryCodeHash(d.protector, number, code)) && !!c;
      if (!c || !matches) {
        await Promise.all(keys.map((k) => d.limiter.hit(k, LOOKUP_FAILURES, LOOKUP_WINDOW_SECONDS)));
        throw new AppError('NOT_FOUND', 404, '办件编号或查询码不正确，请核对后重新输入');
      }
      const [snapshot, calendar, timeline] = await Promise.all([
        d.catalogue.current(),
        d.workingCalendar(),
        d.dataSource.getRepository(CaseTimelineEntity).find({ where: { caseId: c.id }, order: { id: 'ASC' } }),
      ]);
      return toPublicView(c, timeline, { snapshot, calendar, today: d.clock.today() });
    },

    /** For the uploads capability: whether a case holding this upload is visible to the caller. */
    async holdsVisibleUpload(p: Principal, uploadId: string): Promise<boolean> {
      const links = await d.dataSource
        .getRepository(CaseMaterialEntity)
        .find({ where: { uploadId }, select: { caseId: true, uploadId: true } });
      if (!links.length) return false;
      const holders = await cases().find({ where: { id: In(links.map((l) => l.caseId)) } });
      const snapshot = await d.catalogue.current();
      for (const c of holders) if (canSeeCase(p, c, snapshot) || (await filedFor(p, c))) return true;
      return false;
    },

    /** For reuse suggestions: the material names each upload was attached as. */
    async attachedAs(uploadIds: string[]): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (!uploadIds.length) return out;
      const links = await d.dataSource.getRepository(CaseMaterialEntity).find({ where: { uploadId: In(uploadIds) } });
      for (const l of links) {
        const names = out.get(l.uploadId) ?? [];
        if (!names.includes(l.materialName)) names.push(l.materialName);
        out.set(l.uploadId, names);
      }
      return out;
    },
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
