// 准予许可: an optional note for the 决定书, and optionally an electronic certificate (电子证照)
// with its type and validity.
import { useState } from 'react';
import { districtToday } from '@/lib/district-time';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { confirmStep } from './confirm';
import { Check, DateField, TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

export function ApproveForm({ host }: { host: StepHost }) {
  const [note, setNote] = useState('');
  const [issue, setIssue] = useState(false);
  const [type, setType] = useState('');
  const [validFrom, setValidFrom] = useState(districtToday());
  const [validTo, setValidTo] = useState('');
  const step = useStep(host);
  const e = step.fieldErrors;

  async function submit() {
    const ok = step.check({
      note: note.trim().length > 500 ? '决定说明不能超过500个字' : null,
      'certificate.type': issue ? required(type, '证照名称', 40) : null,
      'certificate.validFrom': issue && !validFrom ? '请选择有效期起始日' : null,
      'certificate.validTo': issue && validTo && validTo < validFrom ? '有效期截止日不能早于起始日' : null,
    });
    if (!ok || !(await confirmStep('准予许可', '决定作出后将通知申请人并生成决定书，不能撤销。确定准予许可吗？', '准予许可'))) return;
    const certificate = issue ? { type: type.trim(), validFrom, validTo: validTo || null } : undefined;
    void step.run(
      (n) => caseSteps.decide(n, { result: 'approve', note: note.trim() || undefined, certificate }),
      certificate ? '已准予许可，电子证照已颁发' : '已准予许可',
    );
  }

  return (
    <StepForm name="approve" title="准予许可" host={host} step={step} submitLabel="作出准予许可决定" onSubmit={() => void submit()}>
      <TextAreaField
        className="staff-field-note"
        label="决定说明（选填，写入决定书）"
        maxlength={500}
        value={note}
        error={e.note}
        onInput={setNote}
      />
      <Check className="staff-certificate-toggle" checked={issue} onChange={setIssue}>
        颁发电子证照
      </Check>
      {issue && (
        <>
          <TextField
            className="staff-field-certificate-type"
            label="证照名称"
            placeholder="如：食品经营许可证"
            maxlength={40}
            value={type}
            error={e['certificate.type']}
            onInput={setType}
          />
          <DateField
            className="staff-field-valid-from"
            label="有效期自"
            value={validFrom}
            error={e['certificate.validFrom']}
            onInput={setValidFrom}
          />
          <DateField
            className="staff-field-valid-to"
            label="有效期至（不选为长期有效）"
            placeholder="长期有效"
            value={validTo}
            error={e['certificate.validTo']}
            onInput={setValidTo}
          />
        </>
      )}
    </StepForm>
  );
}
