// The steps staff take by writing a reason and one line beside it — 不予受理 and 不予许可 (the legal
// basis), 延期 (who approved it): both required, checked before sending, sent trimmed.
import { useState } from 'react';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { TextField } from '@/components/TextField';
import { TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

/** A text the step asks for; `what` names it in the problem messages (请填写…). */
export interface AskedText {
  what: string;
  label: string;
  placeholder?: string;
  max: number;
}

/** The line beside the reason, under its name in the request (so the server's field errors land on it). */
export interface AskedLine extends AskedText {
  key: string;
  className: string;
}

/** The legal basis a refusal rests on, with an example of how to cite it. */
export const legalBasis = (example: string): AskedLine => ({
  key: 'basis',
  className: 'staff-field-basis',
  what: '法律依据',
  label: '法律依据',
  placeholder: example,
  max: 200,
});

interface Props {
  host: StepHost;
  name: string;
  title: string;
  submitLabel: string;
  danger?: boolean;
  reason: AskedText;
  line: AskedLine;
  /** Asked once the texts pass their checks: for a step that cannot be undone. */
  confirm?: () => Promise<boolean>;
  send: (number: string, reason: string, line: string) => Promise<StaffCase>;
  /** The words that tell the step went through. */
  done: string;
}

export function ReasonStepForm({ host, name, title, submitLabel, danger, reason, line, confirm, send, done }: Props) {
  const [reasonText, setReasonText] = useState('');
  const [lineText, setLineText] = useState('');
  const step = useStep(host);
  const e = step.fieldErrors;
  async function submit() {
    const problems = { reason: required(reasonText, reason.what, reason.max), [line.key]: required(lineText, line.what, line.max) };
    if (!step.check(problems)) return;
    if (confirm && !(await confirm())) return;
    void step.run((n) => send(n, reasonText.trim(), lineText.trim()), done);
  }
  return (
    <StepForm name={name} title={title} host={host} step={step} submitLabel={submitLabel} danger={danger} onSubmit={() => void submit()}>
      <TextAreaField
        className="staff-field-reason"
        label={reason.label}
        placeholder={reason.placeholder}
        maxlength={reason.max}
        value={reasonText}
        error={e.reason}
        onInput={setReasonText}
      />
      <TextField
        className={line.className}
        label={line.label}
        placeholder={line.placeholder}
        maxlength={line.max}
        value={lineText}
        error={e[line.key]}
        onInput={setLineText}
      />
    </StepForm>
  );
}
