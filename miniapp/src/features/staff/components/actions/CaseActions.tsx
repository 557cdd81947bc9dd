// The steps open to this member of staff on this case, as buttons (.staff-case-action-<step>); a
// step with something to fill in opens its form below, 受理 asks for confirmation only.
import { useState, type ComponentType } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { actionLabel, actionsFor, type ActionKey } from '../../case-actions';
import { caseSteps } from '../../case-api';
import { ApproveForm } from './ApproveForm';
import { AssignForm } from './AssignForm';
import { confirmStep } from './confirm';
import { CorrectionForm } from './CorrectionForm';
import { DeliverForm } from './DeliverForm';
import { DenyForm } from './DenyForm';
import { DispatchForm } from './DispatchForm';
import { ExtendForm } from './ExtendForm';
import { NotAcceptForm } from './NotAcceptForm';
import { NoteForm } from './NoteForm';
import { ProcedureEndForm, ProcedureStartForm } from './ProcedureForms';
import { StepError } from './StepForm';
import { useStep, type StepHost } from './use-step';
import './actions.scss';

const FORMS: Record<Exclude<ActionKey, 'accept'>, ComponentType<{ host: StepHost }>> = {
  not_accept: NotAcceptForm,
  request_correction: CorrectionForm,
  assign: AssignForm,
  note: NoteForm,
  extend: ExtendForm,
  procedure_start: ProcedureStartForm,
  procedure_end: ProcedureEndForm,
  approve: ApproveForm,
  deny: DenyForm,
  conclude: DispatchForm,
  deliver: DeliverForm,
};
const DANGER: ActionKey[] = ['not_accept', 'deny'];

/** `host.done` already closes the form; `message` is the last step's success, shown on top. */
export function CaseActions({ host, message }: { host: Omit<StepHost, 'cancel'>; message: string | null }) {
  const [open, setOpen] = useState<ActionKey | null>(null);
  const full: StepHost = {
    ...host,
    done: (next, text) => {
      setOpen(null);
      host.done(next, text);
    },
    cancel: () => setOpen(null),
  };
  const accept = useStep(full);
  const keys = actionsFor(host.c, host.me);
  const Form = open && open !== 'accept' ? FORMS[open] : null;

  async function onAction(key: ActionKey) {
    if (key !== 'accept') {
      setOpen(key);
      return;
    }
    setOpen(null);
    if (await confirmStep('受理', '确认材料齐全、符合法定形式，受理本申请？受理后办理期限开始计算。', '受理'))
      void accept.run(caseSteps.accept, '已受理，受理通知书已发送给申请人');
  }

  return (
    <View className="card staff-actions-card">
      <View className="card-title">办理</View>
      {message && <Text className="staff-case-success">{message}</Text>}
      {keys.length === 0 ? (
        <Text className="muted staff-no-actions">当前没有需要您办理的操作。</Text>
      ) : (
        <View className="staff-action-buttons">
          {keys.map((k) => (
            <Button
              key={k}
              className={`staff-case-action-${k}`}
              size="small"
              type={DANGER.includes(k) ? 'danger' : 'primary'}
              fill={k === open || k === 'accept' ? 'solid' : 'outline'}
              loading={k === 'accept' && accept.busy}
              onClick={() => void onAction(k)}
            >
              {actionLabel(k, host.c)}
            </Button>
          ))}
        </View>
      )}
      {!open && <StepError failure={accept.failure} onReload={host.reload} />}
      {Form && <Form key={open} host={full} />}
    </View>
  );
}
