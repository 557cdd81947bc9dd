// 不予受理: the reason and its legal basis, both written on the notice the applicant receives.
import { useState } from 'react';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

export function NotAcceptForm({ host }: { host: StepHost }) {
  const [reason, setReason] = useState('');
  const [basis, setBasis] = useState('');
  const step = useStep(host);
  const e = step.fieldErrors;
  function submit() {
    if (!step.check({ reason: required(reason, '不予受理的理由', 500), basis: required(basis, '法律依据', 200) })) return;
    void step.run((n) => caseSteps.notAccept(n, { reason: reason.trim(), basis: basis.trim() }), '已决定不予受理，已出具不予受理通知书');
  }
  return (
    <StepForm name="not_accept" title="不予受理" host={host} step={step} submitLabel="确定不予受理" danger onSubmit={submit}>
      <TextAreaField
        className="staff-field-reason"
        label="不予受理的理由（申请人可见）"
        placeholder="如：申请事项不属于本机关职权范围"
        maxlength={500}
        value={reason}
        error={e.reason}
        onInput={setReason}
      />
      <TextField
        className="staff-field-basis"
        label="法律依据"
        placeholder="如：《中华人民共和国行政许可法》第三十二条"
        maxlength={200}
        value={basis}
        error={e.basis}
        onInput={setBasis}
      />
    </StepForm>
  );
}
