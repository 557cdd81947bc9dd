// 窗口收件登记 / 社区代办: one page at the counter — the applicant, the item's own form (the same
// validator as online), the materials scanned or photographed there, how the result is delivered,
// and for an agent the applicant's consent. One Idempotency-Key per attempt; a lost answer is
// retried with the same key, so a registration is never recorded twice.
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import { applicationProblems, visibleFields } from '@bianmin/shared/cases/application-schema';
import { staffPages } from '@/features/staff/pages';
import { messageOf } from '@/lib/request';
import { usePageClass } from '@/lib/elder-mode';
import { registerCase } from '../../api';
import { deliveryProblems, materialProblems, uploadable, type DeliveryField } from '../../application-state';
import {
  consentProblem,
  emptyRegistration,
  registration,
  registrationProblemKey,
  walkInProblems,
  type RegistrationState,
  type WalkInField,
} from '../../register-state';
import { useKeyedSubmit } from '../../use-keyed-submit';
import { useMaterialUploads } from '../../use-material-uploads';
import { ProblemSummary } from '../ApplySteps';
import { DeliveryChoiceCard } from '../DeliveryChoice';
import { FormFieldInput } from '../FormFieldInput';
import { MaterialList } from '../MaterialList';
import { scrollToProblem } from '../MaterialUploader';
import { ConsentCard } from './ConsentCard';
import { RegisterApplicant } from './RegisterApplicant';
import './register.scss';

interface Props {
  guide: GuideDetail;
  form: ApplicationForm;
  /** A community agent files for a resident (代办) and needs their consent; a window registers. */
  agent: boolean;
}

export function RegisterForm({ guide, form, agent }: Props) {
  const pageClass = usePageClass('page apply register');
  const [state, setState] = useState<RegistrationState>(() => emptyRegistration(form.applicantKinds));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState(false);
  const submitting = useKeyedSubmit(registrationProblemKey);
  const { serverProblems, forget, busy } = submitting;

  const problems: Record<string, string> = {
    ...applicationProblems(form, state.answers),
    ...walkInProblems(state),
    ...Object.fromEntries(Object.entries(materialProblems(guide.materials, state.files)).map(([id, p]) => [`materials.${id}`, p])),
    ...Object.fromEntries(Object.entries(deliveryProblems(state.delivery)).map(([k, p]) => [`delivery.${k}`, p])),
  };
  const consent = agent ? consentProblem(state.consent) : null;
  if (consent) problems.consent = consent;
  const uploading = Object.values(state.files).some((list) => list.some((f) => f.status === 'uploading'));
  const shown = (key: string) => (checked || touched.has(key) ? problems[key] : undefined) ?? serverProblems[key] ?? null;
  const touch = (key: string) => setTouched((t) => new Set(t).add(key));
  const fields = useMemo(() => visibleFields(form, state.answers), [form, state.answers]);

  const uploads = useMaterialUploads((materialId, change) =>
    setState((s) => ({ ...s, files: { ...s.files, [materialId]: change(s.files[materialId] ?? []) } })),
  );

  async function submit() {
    setChecked(true);
    if (Object.keys(problems).length > 0 || uploading) {
      scrollToProblem();
      return;
    }
    await submitting.send(registration(guide.code, form, state, agent), registerCase, async (done) => {
      await Taro.redirectTo({ url: staffPages.case.url(done.case.number) });
    });
  }

  return (
    <View className={pageClass}>
      <View className="apply-item">
        <Text className="apply-item-name">{guide.name}</Text>
        <Text className="muted">
          {guide.department.name} · {agent ? '社区代办' : '窗口收件登记'}
        </Text>
      </View>
      <ProblemSummary count={checked ? Object.keys(problems).length : 0} />
      <RegisterApplicant
        kinds={form.applicantKinds}
        applicant={state.applicant}
        contactPhone={state.contactPhone}
        problem={(f: WalkInField) => shown(f)}
        onApplicant={(applicant) => {
          ['name', 'idNumber', 'creditCode', 'legalRepresentative'].forEach(forget);
          setState((s) => ({ ...s, applicant }));
        }}
        onContactPhone={(contactPhone) => {
          forget('contactPhone');
          setState((s) => ({ ...s, contactPhone }));
        }}
        onTouch={touch}
      />
      <View className="card apply-form">
        <View className="card-title">申请信息</View>
        {fields.map((f) => (
          <FormFieldInput
            key={f.key}
            field={f}
            value={state.answers[f.key]}
            problem={shown(f.key)}
            onChange={(v) => {
              forget(f.key);
              setState((s) => ({ ...s, answers: { ...s.answers, [f.key]: v ?? '' } }));
            }}
            onTouch={() => touch(f.key)}
          />
        ))}
      </View>
      <View className="card apply-materials">
        <View className="card-title">收取材料（扫描或拍照）</View>
        <MaterialList
          materials={guide.materials}
          files={state.files}
          uploads={uploads}
          reusable={[]}
          problemOf={(id) => shown(`materials.${id}`)}
        />
        {uploadable(guide.materials).length === 0 && <Text className="muted">本事项无需收取材料。</Text>}
        {checked && uploading && <Text className="field-error">请等待文件上传完成后再提交</Text>}
      </View>
      <DeliveryChoiceCard
        delivery={state.delivery}
        problems={Object.fromEntries(
          (['recipient', 'phone', 'address'] as DeliveryField[]).flatMap((k) => {
            const p = shown(`delivery.${k}`);
            return p ? [[k, p]] : [];
          }),
        )}
        onChange={(delivery) => setState((s) => ({ ...s, delivery }))}
        onTouch={(k) => touch(`delivery.${k}`)}
      />
      {agent && (
        <ConsentCard
          consent={state.consent}
          phone={state.contactPhone}
          phoneProblem={walkInProblems(state).contactPhone ?? null}
          problem={shown('consent')}
          onChange={(change) => {
            forget('consent');
            setState((s) => ({ ...s, consent: change(s.consent) }));
          }}
        />
      )}
      {submitting.error !== null && <Text className="form-error register-error">{messageOf(submitting.error)}</Text>}
      <View className="apply-nav">
        <Button className="register-submit" type="primary" block loading={busy} disabled={busy} onClick={() => void submit()}>
          {agent ? '代为提交申请' : '登记并生成办件编号'}
        </Button>
      </View>
    </View>
  );
}
