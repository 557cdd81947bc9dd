// 审查意见: an internal note on the case, never shown to the applicant.
import { useState } from 'react';
import { Text } from '@tarojs/components';
import { caseSteps } from '../../case-api';
import { TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

export function NoteForm({ host }: { host: StepHost }) {
  const [text, setText] = useState('');
  const step = useStep(host);
  function submit() {
    if (!step.check({ text: required(text, '审查意见', 1000) })) return;
    void step.run((n) => caseSteps.note(n, text.trim()), '审查意见已保存');
  }
  return (
    <StepForm name="note" title="写审查意见" host={host} step={step} submitLabel="保存审查意见" onSubmit={submit}>
      <Text className="badge is-warn staff-internal">内部，申请人不可见</Text>
      <TextAreaField
        className="staff-field-text"
        label="审查意见"
        placeholder="如：经营场所面积与平面图一致，建议准予许可"
        maxlength={1000}
        value={text}
        error={step.fieldErrors.text}
        onInput={setText}
      />
    </StepForm>
  );
}
