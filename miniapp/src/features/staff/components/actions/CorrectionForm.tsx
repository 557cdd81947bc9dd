// 一次性告知补正: every material and form field of the item, each with a tick box and, once ticked,
// what is wrong with it — all at once, so the applicant corrects in one round.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import { useAsync } from '@/lib/use-async';
import { TextField } from '@/components/TextField';
import { ErrorState, LoadingState } from '@/components/PageState';
import { caseSteps, getGuide } from '../../case-api';
import { Check, TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { useStep, type StepHost } from './use-step';

type Entry = { kind: 'material' | 'field'; ref: string; label: string };
const keyOf = (e: Pick<Entry, 'kind' | 'ref'>) => `${e.kind}:${e.ref}`;

/** What may be sent back: the materials the applicant supplies (not those departments share) and the form's fields. */
function entriesOf(guide: GuideDetail): Entry[] {
  return [
    ...guide.materials
      .filter((m) => !m.sharedProof)
      .map((m) => ({ kind: 'material' as const, ref: String(m.id), label: `${m.id}. ${m.name}` })),
    ...(guide.applicationForm?.fields ?? []).map((f) => ({ kind: 'field' as const, ref: f.key, label: f.label })),
  ];
}

export function CorrectionForm({ host }: { host: StepHost }) {
  const guide = useAsync(() => getGuide(host.c.item.code), [host.c.item.code]);
  if (guide.status === 'loading') return <LoadingState text="正在加载材料和表单…" />;
  if (guide.status === 'error') return <ErrorState error={guide.error} onRetry={guide.reload} />;
  return <Correction host={host} entries={entriesOf(guide.data)} />;
}

function Correction({ host, entries }: { host: StepHost; entries: Entry[] }) {
  const [problems, setProblems] = useState<Record<string, string>>({}); // ticked entries → what is wrong
  const [note, setNote] = useState('');
  const step = useStep(host);
  const ticked = entries.filter((e) => keyOf(e) in problems);
  const serverError = (e: Entry) =>
    step.fieldErrors[`items.${ticked.indexOf(e)}.problem`] ?? step.fieldErrors[`items.${ticked.indexOf(e)}.ref`];

  function toggle(e: Entry, on: boolean) {
    const k = keyOf(e);
    setProblems((p) => (on ? { ...p, [k]: p[k] ?? '' } : Object.fromEntries(Object.entries(p).filter(([x]) => x !== k))));
  }
  function submit() {
    const checks: Record<string, string | null> = { items: ticked.length ? null : '请至少勾选一项需要补正的材料或内容' };
    for (const e of ticked) checks[keyOf(e)] = problems[keyOf(e)]?.trim() ? null : '请写明需要补正的内容';
    if (!step.check(checks)) return;
    const items = ticked.map((e) => ({ kind: e.kind, ref: e.ref, problem: (problems[keyOf(e)] ?? '').trim() }));
    void step.run((n) => caseSteps.requestCorrection(n, { note: note.trim() || undefined, items }), `已一次性告知补正${items.length}项`);
  }

  return (
    <StepForm name="request_correction" title="一次性告知补正" host={host} step={step} submitLabel="发送补正告知" onSubmit={submit}>
      <Text className="muted">勾选每一项需要补正的材料或申请内容，并写明问题；申请人只需补正所列内容。</Text>
      {step.fieldErrors.items && <Text className="form-error staff-correction-none">{step.fieldErrors.items}</Text>}
      {entries.map((e) => {
        const k = keyOf(e);
        const on = k in problems;
        return (
          <View key={k} className="staff-correction-entry" data-entry={k}>
            <Check className="staff-correction-check" checked={on} onChange={(v) => toggle(e, v)}>
              <Text>{e.label}</Text>
              <Text className="muted">{e.kind === 'material' ? ' 材料' : ' 申请表'}</Text>
            </Check>
            {on && (
              <TextField
                className="staff-correction-problem"
                label="问题"
                placeholder="如：缺少出租方签字页"
                maxlength={200}
                value={problems[k] ?? ''}
                error={step.fieldErrors[k] ?? serverError(e)}
                onInput={(v) => setProblems((p) => ({ ...p, [k]: v }))}
              />
            )}
          </View>
        );
      })}
      <TextAreaField
        className="staff-field-note"
        label="补充说明（选填）"
        maxlength={300}
        value={note}
        error={step.fieldErrors.note}
        onInput={setNote}
      />
    </StepForm>
  );
}
