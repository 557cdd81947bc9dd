// 指定承办人: "由我承办" with one tap, or another reviewer of the department by their staff id.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { StepForm } from './StepForm';
import { useStep, type StepHost } from './use-step';

const STAFF_ID = /^[0-9a-f-]{36}$/;

export function AssignForm({ host }: { host: StepHost }) {
  const [other, setOther] = useState('');
  const step = useStep(host);
  const starts = host.c.status === 'accepted';
  const message = (who: string) => (starts ? `已指定${who}承办，开始审查` : `已改由${who}承办`);
  const assign = (id: string, who: string) => void step.run((n) => caseSteps.assign(n, id), message(who));
  function submitOther() {
    const id = other.trim().toLowerCase();
    if (!step.check({ handlerId: STAFF_ID.test(id) ? null : '承办人编号格式不正确，应为36位字母、数字和连字符' })) return;
    assign(id, '该工作人员');
  }
  const mine = host.c.handler?.id === host.me.id;
  return (
    <StepForm
      name="assign"
      title={starts ? '指定承办人，开始审查' : '改派承办人'}
      host={host}
      step={step}
      submitLabel="指定该工作人员"
      onSubmit={submitOther}
    >
      {host.c.handler && <Text className="muted">当前承办人：{host.c.handler.name}</Text>}
      {!mine && (
        <View className="staff-assign-self-line">
          <Button
            className="staff-assign-self"
            type="primary"
            fill="outline"
            block
            disabled={step.busy}
            onClick={() => assign(host.me.id, '您')}
          >
            由我承办（{host.me.displayName}）
          </Button>
        </View>
      )}
      <TextField
        className="staff-field-handler-id"
        label="或指定本部门其他审查人员"
        placeholder="工作人员编号，如 0b6d0c1e-8d52-…"
        maxlength={36}
        value={other}
        error={step.fieldErrors.handlerId}
        onInput={setOther}
      />
    </StepForm>
  );
}
