// The decision document of a case, for whoever may see the case (the applicant, or staff handling it).
import { AppError } from '../../../errors';
import type { Principal } from '../../identity/index';
import type { CaseService } from '../case-service';
import type { SealedApplicant } from '../mapper';
import type { DataProtector } from '../../../platform/sealing';
import type { CatalogueReader } from '../../catalogue/index';
import type { Certificates } from './certificates';
import { renderDecisionDocument } from './decision-document';

const TITLE = { approve: '准予行政许可决定书', deny: '不予行政许可决定书', not_accept: '不予受理通知书' } as const;
const REMEDY = '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。';

export function createDocuments(d: {
  cases: CaseService;
  certificates: Certificates;
  protector: DataProtector;
  catalogue: CatalogueReader;
  publicBaseUrl: string;
}) {
  return {
    async decision(p: Principal, number: string): Promise<{ bytes: Buffer; fileName: string }> {
      const c = await d.cases.visibleRow(p, number);
      if (!c.decision) throw new AppError('NOT_FOUND', 404, '该办件尚未作出决定，没有决定书');
      const snapshot = await d.catalogue.current();
      const applicant = JSON.parse(d.protector.decrypt(c.applicantEnc)) as SealedApplicant;
      const certificate = await d.certificates.ofCase(c.id);
      const { result, reason, basis, note, at } = c.decision;
      const paragraphs =
        result === 'approve'
          ? [
              '准予许可。',
              ...(note ? [note] : []),
              ...(certificate ? [`颁发电子证照，证照编号 ${certificate.number}，核验码 ${certificate.code}。`] : []),
            ]
          : [result === 'deny' ? '不予许可。' : '不予受理。', `理由：${reason ?? ''}`, `依据：${basis ?? ''}`, REMEDY];
      const verifyUrl = certificate
        ? `${d.publicBaseUrl}/api/v1/certificates/verify?number=${certificate.number}&code=${certificate.code}`
        : `${d.publicBaseUrl}/#/features/cases/pages/lookup/index?number=${c.number}`;
      const bytes = await renderDecisionDocument({
        title: TITLE[result],
        caseNumber: c.number,
        applicant: applicant.name,
        itemName: snapshot.itemByCode.get(c.itemCode)?.name ?? c.itemCode,
        paragraphs,
        issuer: snapshot.departmentByCode.get(c.departmentCode)?.name ?? c.departmentCode,
        date: at.slice(0, 10),
        verifyUrl,
        verifyLabel: certificate ? '扫码核验电子证照' : '扫码查询办理进度（需查询码）',
      });
      return { bytes, fileName: `${TITLE[result]}-${c.number}.pdf` };
    },
  };
}
