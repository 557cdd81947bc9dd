// Step 1 (填写申请表): the notes, who applies, every field the answers so far make visible, and the
// contact phone. Problems come from applicationProblems (the server's own validator) and show once
// a field was touched, or all at once after 下一步.
import { Text, View } from '@tarojs/components';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import { visibleFields } from '@bianmin/shared/cases/application-schema';
import type { AnswerValue, ApplicantDraft, ApplicantField, ApplicationState } from '../application-state';
import { ApplicantSection } from './ApplicantSection';
import { FormFieldInput } from './FormFieldInput';
import './apply.scss';

const APPLICANT_KEYS: (ApplicantField | 'contactPhone')[] = ['name', 'creditCode', 'legalRepresentative', 'contactPhone'];

/** Keys of the problems beside the answers' (answer keys are ASCII without dots, so these never clash). */
export const problemKey = (k: ApplicantField | 'contactPhone') => (k === 'contactPhone' ? 'contact.phone' : `applicant.${k}`);

interface Props {
  form: ApplicationForm;
  me: Me;
  state: ApplicationState;
  /** The problem to show for a key (field key, applicant field or contactPhone), or null. */
  shown: (key: string) => string | null;
  onAnswer: (key: string, value: AnswerValue | undefined) => void;
  onApplicant: (next: ApplicantDraft) => void;
  onContactPhone: (phone: string, useBoundPhone: boolean) => void;
  onTouch: (key: string) => void;
}

export function FormStep({ form, me, state, shown, onAnswer, onApplicant, onContactPhone, onTouch }: Props) {
  return (
    <>
      {form.notes.length > 0 && (
        <View className="card apply-notes">
          <View className="card-title">申请须知</View>
          {form.notes.map((n, i) => (
            <Text key={i} className="apply-note">
              {i + 1}. {n}
            </Text>
          ))}
        </View>
      )}
      <ApplicantSection
        me={me}
        kinds={form.applicantKinds}
        applicant={state.applicant}
        contactPhone={state.contactPhone}
        useBoundPhone={state.useBoundPhone}
        problems={Object.fromEntries(APPLICANT_KEYS.map((k) => [k, shown(problemKey(k))]))}
        onApplicant={onApplicant}
        onContactPhone={onContactPhone}
        onTouch={(k) => onTouch(problemKey(k))}
      />
      <View className="card apply-form">
        <View className="card-title">申请信息</View>
        {shown('') && <Text className="form-error">{shown('')}</Text>}
        {visibleFields(form, state.answers).map((f) => (
          <FormFieldInput
            key={f.key}
            field={f}
            value={state.answers[f.key]}
            problem={shown(f.key)}
            onChange={(v) => onAnswer(f.key, v)}
            onTouch={() => onTouch(f.key)}
          />
        ))}
      </View>
    </>
  );
}
