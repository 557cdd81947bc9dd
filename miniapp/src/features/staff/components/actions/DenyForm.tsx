// 不予许可: the reason and the legal basis, written on the 决定书 with the applicant's remedies.
import { caseSteps } from '../../case-api';
import { confirmStep } from './confirm';
import { legalBasis, ReasonStepForm } from './ReasonStepForm';
import type { StepHost } from './use-step';

export function DenyForm({ host }: { host: StepHost }) {
  return (
    <ReasonStepForm
      host={host}
      name="deny"
      title="不予许可"
      submitLabel="作出不予许可决定"
      danger
      reason={{ what: '不予许可的理由', label: '不予许可的理由（写入决定书）', max: 500 }}
      line={legalBasis('如：《食品经营许可管理办法》第十二条')}
      confirm={() => confirmStep('不予许可', '决定作出后将通知申请人并生成决定书，不能撤销。确定不予许可吗？', '不予许可', true)}
      send={(n, reason, basis) => caseSteps.decide(n, { result: 'deny', reason, basis })}
      done="已作出不予许可决定"
    />
  );
}
