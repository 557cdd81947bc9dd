// 送达: at the window, the 6-digit pickup code the applicant shows on their case page; by post,
// the courier's confirmation that it was signed for.
import { useState } from 'react';
import { Text } from '@tarojs/components';
import { TextField } from '@/components/TextField';
import { caseSteps } from '../../case-api';
import { StepForm } from './StepForm';
import { useStep, type StepHost } from './use-step';

export function DeliverForm({ host }: { host: StepHost }) {
  const posted = host.c.delivery.trackingNumber !== null;
  const [code, setCode] = useState('');
  const step = useStep(host);
  function submit() {
    if (posted) {
      void step.run((n) => caseSteps.deliver(n), '已确认快递签收，办理完成');
      return;
    }
    const pickupCode = code.trim();
    if (!step.check({ pickupCode: /^\d{6}$/.test(pickupCode) ? null : '取件码为6位数字' })) return;
    void step.run((n) => caseSteps.deliver(n, pickupCode), '申请人已领取结果，办理完成');
  }
  return (
    <StepForm
      name="deliver"
      title="送达"
      host={host}
      step={step}
      submitLabel={posted ? '快递已签收' : '核对取件码并交付'}
      onSubmit={submit}
    >
      {posted ? (
        <Text className="muted">快递单号 {host.c.delivery.trackingNumber}。确认快递已签收后，本办件办理完成。</Text>
      ) : (
        <TextField
          className="staff-field-pickup-code"
          label="取件码"
          hint="请申请人出示办件页面上的6位取件码"
          placeholder="6位数字"
          type="number"
          maxlength={6}
          value={code}
          error={step.fieldErrors.pickupCode}
          onInput={setCode}
        />
      )}
    </StepForm>
  );
}
