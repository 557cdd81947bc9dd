// Written notices of 行政许可法 第三十二条, printed at the window or downloaded by the applicant, in
// the decision document's look: 受理通知书 once accepted (deemed acceptance says so), 不予受理通知书
// with reason, basis and remedy, and 补正材料通知书 naming every material and field to fix, each
// with what is wrong (一次性告知). A notice the case has not reached is a 404.
import type { DataSource } from 'typeorm';
import type { CaseNoticeKind } from '@bianmin/shared';
import { CASE_NOTICE_TITLE, caseDeadline } from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { NotFoundError } from '../../../errors';
import type { DistrictClock } from '../../../platform/clock';
import type { DataProtector } from '../../../platform/sealing';
import type { CatalogueReader } from '../../catalogue/index';
import type { Principal } from '../../identity/index';
import type { CaseService } from '../case-service';
import { type CaseRow, CaseTimelineEntity } from '../entities';
import type { SealedApplicant } from '../mapper';
import { renderDecisionDocument } from './decision-document';

const LAW = '《中华人民共和国行政许可法》';
const REMEDY = '如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。';
const NOT_REACHED: Record<CaseNoticeKind, string> = {
  acceptance: '该办件尚未受理，没有受理通知书',
  'not-accepted': '该办件未作出不予受理决定，没有不予受理通知书',
  correction: '该办件当前没有待补正的内容，没有补正材料通知书',
};

interface Notice {
  opening: string;
  paragraphs: string[];
  date: string;
}

export function createNotices(d: {
  dataSource: DataSource;
  cases: CaseService;
  protector: DataProtector;
  catalogue: CatalogueReader;
  clock: DistrictClock;
  workingCalendar: () => Promise<WorkingCalendar>;
  publicBaseUrl: string;
}) {
  const dayOf = (iso: string) => d.clock.today(new Date(iso));

  async function acceptance(c: CaseRow, item: string): Promise<Notice | null> {
    if (!c.acceptedOn) return null;
    const deemed = await d.dataSource.getRepository(CaseTimelineEntity).count({ where: { caseId: c.id, action: 'deem_accepted' } });
    const due = caseDeadline({ acceptedOn: c.acceptedOn, limitDays: c.legalLimitDays, calendar: await d.workingCalendar() });
    return {
      opening: `你（单位）于${c.receivedOn}提出的“${item}”申请，`,
      paragraphs: [
        deemed
          ? `本机关未在收到申请材料之日起五个工作日内告知需要补正的内容，根据${LAW}第三十二条第一款第（四）项的规定，自收到申请材料之日起即为受理。`
          : `申请材料齐全、符合法定形式，根据${LAW}第三十二条第一款第（五）项的规定，本机关决定予以受理。`,
        `受理日期：${c.acceptedOn}。本机关将自受理之日起${c.legalLimitDays}个工作日内作出行政许可决定${due ? `（${due}前）` : ''}；依法需要听证、检验、检测、鉴定、专家评审等的，所需时间不计算在期限内，届时另行书面告知。`,
        `请凭办件编号和查询码查询办理进度。`,
      ],
      date: c.acceptedOn,
    };
  }

  function notAccepted(c: CaseRow, item: string): Notice | null {
    if (c.decision?.result !== 'not_accept') return null;
    return {
      opening: `你（单位）于${c.receivedOn}提出的“${item}”申请，经审查，本机关决定不予受理。`,
      paragraphs: [`理由：${c.decision.reason ?? ''}`, `依据：${c.decision.basis ?? ''}`, REMEDY],
      date: dayOf(c.decision.at),
    };
  }

  function correction(c: CaseRow, item: string): Notice | null {
    if (!c.correction) return null;
    const { items, note, requestedAt } = c.correction;
    return {
      opening: `你（单位）于${c.receivedOn}提出的“${item}”申请，申请材料不齐全或者不符合法定形式。根据${LAW}第三十二条第一款第（四）项的规定，现一次性告知需要补正的全部内容：`,
      paragraphs: [
        ...items.map((i, n) => `${n + 1}. ${i.kind === 'field' ? '申请表' : '材料'}“${i.label}”：${i.problem}`),
        ...(note ? [`说明：${note}`] : []),
        '请按上述内容一次补正后重新提交（可在小程序“我的办件”中补正，或到窗口提交）。补正材料提交后，本机关将重新审查。',
      ],
      date: dayOf(requestedAt),
    };
  }

  return {
    async notice(p: Principal, number: string, kind: CaseNoticeKind): Promise<{ bytes: Buffer; fileName: string }> {
      const c = await d.cases.visibleRow(p, number);
      const snapshot = await d.catalogue.current();
      const item = snapshot.itemByCode.get(c.itemCode)?.name ?? c.itemCode;
      const notice =
        kind === 'acceptance' ? await acceptance(c, item) : kind === 'not-accepted' ? notAccepted(c, item) : correction(c, item);
      if (!notice) throw new NotFoundError(NOT_REACHED[kind]);
      const applicant = JSON.parse(d.protector.decrypt(c.applicantEnc)) as SealedApplicant;
      const itemRow = snapshot.itemByCode.get(c.itemCode);
      const hall = itemRow ? snapshot.servicePoints(itemRow)[0]?.hall : undefined;
      const title = CASE_NOTICE_TITLE[kind];
      const bytes = await renderDecisionDocument({
        title,
        caseNumber: c.number,
        applicant: applicant.name,
        itemName: item,
        opening: notice.opening,
        paragraphs: notice.paragraphs,
        issuer: snapshot.departmentByCode.get(c.departmentCode)?.name ?? c.departmentCode,
        issuerDetail: hall ? `${hall.name}（${hall.address}，电话 ${hall.phone}）` : undefined,
        date: notice.date,
        verifyUrl: `${d.publicBaseUrl}/#/features/cases/pages/lookup/index?number=${c.number}`,
        verifyLabel: '扫码查询办理进度（需查询码）',
      });
      return { bytes, fileName: `${title}-${c.number}.pdf` };
    },
  };
}
