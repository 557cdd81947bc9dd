// 特别程序 (第四十五条): 听证、检验、检测、鉴定、专家评审… do not count against the time limit;
// starting one stops the clock, ending it (with its result) starts it again.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { caseSteps } from '../../case-api';
import { PROCEDURE_LABEL, type ProcedureKind } from '../../case-display';
import { TextAreaField } from './Fields';
import { StepForm } from './StepForm';
import { required, useStep, type StepHost } from './use-step';

const KINDS = Object.keys(PROCEDURE_LABEL) as ProcedureKind[];

export function ProcedureStartForm({ host }: { host: StepHost }) {
  const [procedure, setProcedure] = useState<ProcedureKind | null>(null);
  const [note, setNote] = useState('');
  const step = useStep(host);
  const e = step.fieldErrors;
  function submit() {
    if (!step.check({ procedure: procedure ? null : '请选择特别程序', note: required(note, '说明', 300) }) || !procedure) return;
    void step.run(
      (n) => caseSteps.startProcedure(n, { procedure, note: note.trim() }),
      `已开始${PROCEDURE_LABEL[procedure]}，期间不计入办理期限`,
    );
  }
  return (
    <StepForm name="procedure_start" title="开始特别程序" host={host} step={step} submitLabel="开始" onSubmit={submit}>
      <View className={`field staff-field-procedure${e.procedure ? ' has-error' : ''}`}>
        <Text className="field-label">程序</Text>
        <View className="staff-choices">
          {KINDS.map((k) => (
            <Text
              key={k}
              className={`chip staff-procedure${k === procedure ? ' is-active' : ''}`}
              data-procedure={k}
              onClick={() => setProcedure(k)}
            >
              {PROCEDURE_LABEL[k]}
            </Text>
          ))}
        </View>
        {e.procedure && <Text className="field-error">{e.procedure}</Text>}
      </View>
      <TextAreaField
        className="staff-field-note"
        label="说明（申请人可见）"
        placeholder="如：委托区疾控中心对水质进行检测"
        maxlength={300}
        value={note}
        error={e.note}
        onInput={setNote}
      />
    </StepForm>
  );
}

export function ProcedureEndForm({ host }: { host: StepHost }) {
  const [result, setResult] = useState('');
  const step = useStep(host);
  function submit() {
    if (!step.check({ result: required(result, '特别程序结果', 300) })) return;
    void step.run((n) => caseSteps.endProcedure(n, result.trim()), '特别程序已结束，恢复计时');
  }
  return (
    <StepForm name="procedure_end" title="结束特别程序" host={host} step={step} submitLabel="结束并恢复计时" onSubmit={submit}>
      <TextAreaField
        className="staff-field-result"
        label="结果（申请人可见）"
        placeholder="如：检测合格"
        maxlength={300}
        value={result}
        error={step.fieldErrors.result}
        onInput={setResult}
      />
    </StepForm>
  );
}
