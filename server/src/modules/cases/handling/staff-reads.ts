// Two reads for the window's case page: the applicant's identity in full (an ID number to check
// against the card at the counter; every read audited as a personal-data read) and the staff who
// may take the case over (承办人 of its department, with their open cases, for the reassignment picker).
import { In } from 'typeorm';
import type { CaseHandlerList, StaffApplicantIdentity } from '@bianmin/shared';
import { mayWorkOnCase, RoleGrantEntity, UserEntity, type Principal } from '../../identity/index';
import { caseNotFound } from '../access';
import { CaseEntity, type CaseRow } from '../entities';
import type { SealedApplicant } from '../mapper';
import type { HandlingDeps } from './handling-service';
import { targetOf } from './staff-view';

/** A handler's cases that still need them: accepted, not yet decided. */
const UNDECIDED = ['accepted', 'under_review', 'correction_requested'];

export function createStaffReads(d: HandlingDeps, load: (p: Principal, number: string) => Promise<CaseRow>) {
  const target = async (c: CaseRow) => targetOf(c, await d.catalogue.current());

  return {
    /** Staff who work on the case (the window, the department; not supervisors) and the agent who filed it. */
    async applicant(p: Principal, number: string, ip: string | null): Promise<StaffApplicantIdentity> {
      const c = await load(p, number);
      const t = await target(c);
      const entitled = c.filedByUserId === p.userId || mayWorkOnCase(p, 'receive', t) || mayWorkOnCase(p, 'review', t);
      if (!entitled) throw caseNotFound();
      const a = JSON.parse(d.protector.decrypt(c.applicantEnc)) as SealedApplicant;
      const fields =
        c.applicantKind === 'individual' ? ['name', 'idNumber', 'phone'] : ['name', 'creditCode', 'legalRepresentative', 'phone'];
      // Written before the data leaves: a read that cannot be recorded does not happen.
      await d.audit.recordAlone({
        actorId: p.userId,
        action: 'personal_data.read',
        targetType: 'case',
        targetId: c.number,
        ip,
        detail: { fields },
      });
      const contactPhone = d.protector.decrypt(c.contactPhoneEnc);
      return c.applicantKind === 'individual'
        ? { kind: 'individual', name: a.name, idNumber: a.idNumber ?? '', contactPhone }
        : {
            kind: 'legalPerson',
            name: a.name,
            creditCode: a.creditCode ?? '',
            legalRepresentative: a.legalRepresentative ?? '',
            contactPhone,
          };
    },

    /** Reviewers of the case's department (or district-wide), for whoever may assign it. */
    async handlers(p: Principal, number: string): Promise<CaseHandlerList> {
      const c = await load(p, number);
      if (!mayWorkOnCase(p, 'review', await target(c))) throw caseNotFound();
      const grants = await d.dataSource.getRepository(RoleGrantEntity).find({
        where: [
          { role: 'reviewer', scopeType: 'district' },
          { role: 'reviewer', scopeType: 'department', scopeCode: c.departmentCode },
        ],
      });
      const ids = [...new Set(grants.map((g) => g.userId))];
      if (!ids.length) return { items: [] };
      const [users, roles, open] = await Promise.all([
        d.dataSource.getRepository(UserEntity).find({ where: { id: In(ids), disabled: false }, select: { id: true, displayName: true } }),
        d.dataSource.getRepository(RoleGrantEntity).find({ where: { userId: In(ids) } }),
        d.dataSource
          .getRepository(CaseEntity)
          .createQueryBuilder('c')
          .select('c.handler_user_id', 'handler')
          .addSelect('COUNT(*)', 'n')
          .where('c.handler_user_id IN (:...ids) AND c.status IN (:...undecided)', { ids, undecided: UNDECIDED })
          .groupBy('c.handler_user_id')
          .getRawMany<{ handler: string; n: string | number }>(),
      ]);
      const openOf = new Map(open.map((r) => [r.handler, Number(r.n)]));
      return {
        items: users
          .map((u) => ({
            userId: u.id,
            displayName: u.displayName,
            roles: [...new Set(roles.filter((g) => g.userId === u.id).map((g) => g.role))],
            openCases: openOf.get(u.id) ?? 0,
          }))
          .sort((a, b) => a.openCases - b.openCases || a.displayName.localeCompare(b.displayName, 'zh')),
      };
    },
  };
}
