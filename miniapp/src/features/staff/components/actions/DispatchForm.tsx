// 统一发件 (办结): the result waits at the window (the applicant gets a pickup code) or goes by post
// with its tracking number — or, left empty, a waybill booked with the courier for the applicant's
// address. The applicant's own choice comes first.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { StepForm } from './StepForm';
import { useStep, type StepHost } from './use-step';

const TRACKING = /^[A-Z0-9]{8,30}$/;

export function DispatchForm({ host }: { host: StepHost }) {
  const d = host.c.delivery;
  const [method, setMethod] = useState<'pickup' | 'post'>(d.method);
  const [tracking, setTracking] = useState('');
  const step = useStep(host);
  function submit() {
    if (method === 'pickup') {
      void step.run((n) => caseSteps.dispatch(n, { method: 'pickup' }), '已办结，取件码已发送给申请人，请其凭取件码到窗口领取');
      return;
    }
    const trackingNumber = tracking.trim();
    // Left empty: the server books a waybill with the courier for the applicant's address.
    if (!trackingNumber) {
      void step.run((n) => caseSteps.dispatch(n, { method: 'post' }), '已办结，已向邮政下单寄送，快递单号已发送给申请人');
      return;
    }
    if (!step.check({ trackingNumber: TRACKING.test(trackingNumber) ? null : '快递单号为8–30位字母或数字' })) return;
    void step.run((n) => caseSteps.dispatch(n, { method: 'post', trackingNumber }), `已办结，结果已交寄（快递单号 ${trackingNumber}）`);
  }
  return (
    <StepForm name="conclude" title="发件（办结）" host={host} step={step} submitLabel="确认发件" onSubmit={submit}>
      <Text className="muted">申请人选择：{d.method === 'post' ? `邮寄送达（${d.recipient ?? ''} ${d.address ?? ''}）` : '窗口领取'}</Text>
      <View className="staff-choices">
        <Text className={`chip staff-dispatch-pickup${method === 'pickup' ? ' is-active' : ''}`} onClick={() => setMethod('pickup')}>
          窗口领取（生成取件码）
        </Text>
        <Text className={`chip staff-dispatch-post${method === 'post' ? ' is-active' : ''}`} onClick={() => setMethod('post')}>
          邮寄
        </Text>
      </View>
      {step.fieldErrors.method && <Text className="form-error staff-dispatch-error">{step.fieldErrors.method}</Text>}
      {method === 'post' && (
        <TextField
          className="staff-field-tracking-number"
          label="快递单号（选填）"
          placeholder="留空则自动向邮政下单"
          maxlength={30}
          value={tracking}
          error={step.fieldErrors.trackingNumber}
          onInput={(v) => setTracking(v.toUpperCase())}
        />
      )}
    </StepForm>
  );
}
