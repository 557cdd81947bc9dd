// 不予受理: the reason and its legal basis, both written on the notice the applicant receives.
import { caseSteps } from '../../case-api';
import { legalBasis, ReasonStepForm } from './ReasonStepForm';
import type { StepHost } from './use-step';

export function NotAcceptForm({ host }: { host: StepHost }) {
  return (
    <ReasonStepForm
      host={host}
      name="not_accept"
      title="不予受理"
      submitLabel="确定不予受理"
      danger
      reason={{
        what: '不予受理的理由',
        label: '不予受理的理由（申请人可见）',
        placeholder: '如：申请事项不属于本机关职权范围',
        max: 500,
      }}
      line={legalBasis('如：《中华人民共和国行政许可法》第三十二条')}
      send={(n, reason, basis) => caseSteps.notAccept(n, { reason, basis })}
      done="已决定不予受理，已出具不予受理通知书"
    />
  );
}
