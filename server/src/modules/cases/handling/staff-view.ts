// What staff see of a case: the resident's view (pickup code hidden), plus the handler, internal
// review notes, the card colour and the steps open to this member of staff. Also the inbox.
import type { DataSource } from 'typeorm';
import {
  allowedCaseActions,
  type Case,
  type CaseAction,
  type CaseStatus,
  CASE_STATUS_LABEL,
  caseProgress,
  type StaffCase,
  type StaffCaseList,
  type StaffCaseSummary,
  type StaffCasesQuery,
  maskName,
} from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import type { DataProtector } from '../../../platform/sealing';
import type { CatalogueSnapshot } from '../../catalogue/index';
import { type CaseWork, mayWorkOnCase, type Principal, type ResidentDirectory } from '../../identity/index';
import { CaseEntity, CaseNoteEntity, type CaseRow } from '../entities';
import { itemRef, type SealedApplicant } from '../mapper';
import { cardOf, nextDue } from './cards';

/** Which actions need which work: the window receives and dispatches, the department reviews and decides. */
const WORK_OF: Record<CaseAction, CaseWork | null> = {
  submit: null,
  withdraw: null,
  resubmit: null,
  deem_accepted: null,
  accept: 'receive',
  not_accept: 'receive',
  request_correction: 'receive',
  start_review: 'review',
  approve: 'review',
  deny: 'review',
  conclude: 'receive',
  deliver: 'receive',
};

export const targetOf = (c: Pick<CaseRow, 'itemCode' | 'departmentCode'>, snapshot: CatalogueSnapshot) => ({
  departmentCode: c.departmentCode,
  servedByHall: (hall: string) => snapshot.hallServes(hall, { code: c.itemCode, departmentCode: c.departmentCode }),
});

export function staffActions(p: Principal, c: CaseRow, snapshot: CatalogueSnapshot): CaseAction[] {
  const target = targetOf(c, snapshot);
  // A returned parcel is dispatched again (the same step as concluding, status unchanged).
  const returned: CaseAction[] = c.parcelReturnedAt && !c.deliveredAt ? ['conclude'] : [];
  return [...allowedCaseActions(c.status as CaseStatus, { accepted: c.accepted }), ...returned].filter((a) => {
    // 补正 during review is the reviewer's call; before acceptance the window's.
    const work = a === 'request_correction' && c.accepted ? 'review' : WORK_OF[a];
    return work !== null && mayWorkOnCase(p, work, target);
  });
}

export interface ViewDeps {
  dataSource: DataSource;
  protector: DataProtector;
  residents: ResidentDirectory;
  snapshot: CatalogueSnapshot;
  calendar: WorkingCalendar;
  today: string;
  /** 橙牌: this many working days or fewer left (configuration). */
  orangeDays: number;
  /** The community agents of the caller's station(s), the caller included (代办站的办件). */
  stationColleagues: (p: Principal) => Promise<string[]>;
}

export async function staffView(base: Case, c: CaseRow, p: Principal, d: ViewDeps): Promise<StaffCase> {
  const notes = await d.dataSource.getRepository(CaseNoteEntity).find({ where: { caseId: c.id }, order: { id: 'ASC' } });
  const names = await d.residents.displayNames([...notes.map((n) => n.authorId), ...(c.handlerUserId ? [c.handlerUserId] : [])]);
  return {
    ...base,
    handler: c.handlerUserId ? { id: c.handlerUserId, name: names.get(c.handlerUserId) ?? '—' } : null,
    notes: notes.map((n) => ({ at: n.at.toISOString(), author: names.get(n.authorId) ?? '—', text: d.protector.decrypt(n.textEnc) })),
    actions: staffActions(p, c, d.snapshot),
    card: cardOf(c, d.calendar, d.today, d.orangeDays),
    extension: c.extension,
    parcelReturned: !!c.parcelReturnedAt && !c.deliveredAt,
  };
}

const OPEN_OF: Record<StaffCasesQuery['view'], CaseStatus[] | null> = {
  todo: ['submitted', 'resubmitted', 'correction_requested', 'accepted', 'under_review', 'approved', 'denied', 'concluded'],
  acceptance: ['submitted', 'resubmitted'],
  review: ['accepted', 'under_review', 'correction_requested'],
  dispatch: ['approved', 'denied', 'concluded'],
  all: null,
};
/** Open cases read to sort by urgency in memory: a department's open cases, not its history. */
const SCAN_LIMIT = 2000;

export async function inbox(p: Principal, q: StaffCasesQuery, d: ViewDeps): Promise<StaffCaseList> {
  // What the caller may read: departments, halls (the items they serve), or everything.
  const grants = p.roles.filter((g) => ['window_staff', 'reviewer', 'supervisor', 'admin'].includes(g.role));
  const district = grants.some((g) => g.scopeType === 'district');
  const departments = grants.filter((g) => g.scopeType === 'department' && g.scopeCode).map((g) => g.scopeCode ?? '');
  const halls = grants.filter((g) => g.scopeType === 'hall' && g.scopeCode).map((g) => g.scopeCode ?? '');
  const items = d.snapshot.items.filter((i) => halls.some((h) => d.snapshot.hallServes(h, i))).map((i) => i.code);
  // A community agent's workload: the cases filed by the agents of their station (代办).
  const filers = p.roles.some((g) => g.role === 'community_agent') ? await d.stationColleagues(p) : [];
  const query = d.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
  if (!district) {
    const scopes = [
      departments.length ? 'c.department_code IN (:...departments)' : null,
      items.length ? 'c.item_code IN (:...items)' : null,
      filers.length ? 'c.filed_by_user_id IN (:...filers)' : null,
    ].filter(Boolean);
    if (!scopes.length) return { items: [], total: 0, page: q.page, pageSize: q.pageSize, counts: {} };
    query.where(`(${scopes.join(' OR ')})`, { departments, items, filers });
  }
  if (q.attention === 'returned') query.andWhere('c.parcel_returned_at IS NOT NULL AND c.delivered_at IS NULL');
  if (q.department) query.andWhere('c.department_code = :department', { department: q.department });
  if (q.hall) {
    const served = d.snapshot.items.filter((i) => d.snapshot.hallServes(q.hall ?? '', i)).map((i) => i.code);
    query.andWhere(served.length ? 'c.item_code IN (:...served)' : '1 = 0', { served });
  }
  const counted = await query
    .clone()
    .select('c.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .groupBy('c.status')
    .getRawMany<{ status: string; n: string | number }>();
  const statuses = q.status ? [q.status] : OPEN_OF[q.view];
  if (statuses) query.andWhere('c.status IN (:...statuses)', { statuses });
  const rows = await query.orderBy('c.submitted_at', 'ASC').take(SCAN_LIMIT).getMany();
  const ranked = rows
    .map((c) => ({ c, due: nextDue(c, d.calendar), card: cardOf(c, d.calendar, d.today, d.orangeDays) }))
    .sort((a, b) => (a.due?.on ?? '9999').localeCompare(b.due?.on ?? '9999') || a.c.submittedAt.getTime() - b.c.submittedAt.getTime());
  const pageRows = ranked.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const names = await d.residents.displayNames(pageRows.flatMap((r) => (r.c.handlerUserId ? [r.c.handlerUserId] : [])));
  const summaries: StaffCaseSummary[] = pageRows.map(({ c, due, card }) => {
    const status = c.status as CaseStatus;
    const applicant = JSON.parse(d.protector.decrypt(c.applicantEnc)) as SealedApplicant;
    return {
      number: c.number,
      item: itemRef(c, d.snapshot),
      status,
      statusLabel: CASE_STATUS_LABEL[status],
      channel: c.channel as StaffCaseSummary['channel'],
      applicantName: c.applicantKind === 'legalPerson' ? applicant.name : maskName(applicant.name),
      handler: c.handlerUserId ? { id: c.handlerUserId, name: names.get(c.handlerUserId) ?? '—' } : null,
      submittedAt: c.submittedAt.toISOString(),
      dueOn: due?.on ?? null,
      dueKind: due?.kind ?? null,
      card,
      progress: caseProgress(status),
      parcelReturned: c.parcelReturnedAt !== null && !c.deliveredAt,
    };
  });
  return {
    items: summaries,
    total: ranked.length,
    page: q.page,
    pageSize: q.pageSize,
    counts: Object.fromEntries(counted.map((r) => [r.status, Number(r.n)])),
  };
}
