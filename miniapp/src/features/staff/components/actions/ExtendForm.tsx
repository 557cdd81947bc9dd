// 延期 (第四十二条): once, by 10 working days, approved by the head of the department; the reason
// is told to the applicant.
import { useState } from 'react';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

export function ExtendForm({ host }: { host: StepHost }) {
  const [reason, setReason] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const step = useStep(host);
  const e = step.fieldErrors;
  function submit() {
    if (!step.check({ reason: required(reason, '延期理由', 300), approvedBy: required(approvedBy, '批准人', 40) })) return;
    void step.run(
      (n) => caseSteps.extend(n, { reason: reason.trim(), approvedBy: approvedBy.trim() }),
      '已延期10个工作日，理由已告知申请人',
    );
  }
  return (
    <StepForm name="extend" title="延长审查期限（10个工作日，仅一次）" host={host} step={step} submitLabel="确定延期" onSubmit={submit}>
      <TextAreaField
        className="staff-field-reason"
        label="延期理由（申请人可见）"
        placeholder="如：需现场核查经营场所"
        maxlength={300}
        value={reason}
        error={e.reason}
        onInput={setReason}
      />
      <TextField
        className="staff-field-approved-by"
        label="批准人（姓名和职务，与审批表一致）"
        placeholder="如：王强 副局长"
        maxlength={40}
        value={approvedBy}
        error={e.approvedBy}
        onInput={setApprovedBy}
      />
    </StepForm>
  );
}
