// 延期 (第四十二条): once, by 10 working days, approved by the head of the department; the reason
// is told to the applicant.
import { caseSteps } from '../../case-api';
import { ReasonStepForm } from './ReasonStepForm';
import type { StepHost } from './use-step';

export function ExtendForm({ host }: { host: StepHost }) {
  return (
    <ReasonStepForm
      host={host}
      name="extend"
      title="延长审查期限（10个工作日，仅一次）"
      submitLabel="确定延期"
      reason={{ what: '延期理由', label: '延期理由（申请人可见）', placeholder: '如：需现场核查经营场所', max: 300 }}
      line={{
        key: 'approvedBy',
        className: 'staff-field-approved-by',
        what: '批准人',
        label: '批准人（姓名和职务，与审批表一致）',
        placeholder: '如：王强 副局长',
        max: 40,
      }}
      send={(n, reason, approvedBy) => caseSteps.extend(n, { reason, approvedBy })}
      done="已延期10个工作日，理由已告知申请人"
    />
  );
}
