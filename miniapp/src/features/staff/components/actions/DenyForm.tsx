// 不予许可: the reason and the legal basis, written on the 决定书 with the applicant's remedies.
import { useState } from 'react';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { confirmStep } from './confirm';
import { TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

export function DenyForm({ host }: { host: StepHost }) {
  const [reason, setReason] = useState('');
  const [basis, setBasis] = useState('');
  const step = useStep(host);
  const e = step.fieldErrors;
  async function submit() {
    if (!step.check({ reason: required(reason, '不予许可的理由', 500), basis: required(basis, '法律依据', 200) })) return;
    if (!(await confirmStep('不予许可', '决定作出后将通知申请人并生成决定书，不能撤销。确定不予许可吗？', '不予许可', true))) return;
    void step.run((n) => caseSteps.decide(n, { result: 'deny', reason: reason.trim(), basis: basis.trim() }), '已作出不予许可决定');
  }
  return (
    <StepForm name="deny" title="不予许可" host={host} step={step} submitLabel="作出不予许可决定" danger onSubmit={() => void submit()}>
      <TextAreaField
        className="staff-field-reason"
        label="不予许可的理由（写入决定书）"
        maxlength={500}
        value={reason}
        error={e.reason}
        onInput={setReason}
      />
      <TextField
        className="staff-field-basis"
        label="法律依据"
        placeholder="如：《食品经营许可管理办法》第十二条"
        maxlength={200}
        value={basis}
        error={e.basis}
        onInput={setBasis}
      />
    </StepForm>
  );
}
