// The three steps of an application, the state they share, uploads, the draft kept on the server,
// and the submission (one Idempotency-Key per attempt, reused on a retry after a lost answer).
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import type { ReusableUpload } from '@bianmin/shared/uploads/upload.schema';
import { applicationProblems } from '@bianmin/shared/cases/application-schema';
import { usePageClass } from '@/lib/elder-mode';
import { submitCase } from '../api';
import {
  applicantProblems,
  contactPhoneProblem,
  deliveryProblems,
  draftOf,
  materialProblems,
  PICKUP,
  type DeliveryDraft,
  type DeliveryField,
  submission,
  uploadable,
  type ApplicationState,
} from '../application-state';
import { casePages } from '../pages';
import { useMaterialUploads } from '../use-material-uploads';
import { useDraftAutosave } from '../use-draft-autosave';
import { useKeyedSubmit } from '../use-keyed-submit';
import { ApplySteps, ProblemSummary } from './ApplySteps';
import { DeliveryChoiceCard } from './DeliveryChoice';
import { FormStep, problemKey } from './FormStep';
import { MaterialList } from './MaterialList';
import { scrollToProblem } from './MaterialUploader';
import { ReviewStep } from './ReviewStep';
import './apply.scss';

interface Props {
  guide: GuideDetail;
  form: ApplicationForm;
  me: Me;
  initial: ApplicationState;
  reusable: ReusableUpload[];
  /** When the draft this resumes was saved (shown once). */
  resumedAt: string | null;
}

/** Server field paths → the keys problems are shown under (answers.x → x). */
const fieldKey = (path: string) => (path === 'contactPhone' ? 'contact.phone' : path.replace(/^answers\./, ''));

export function ApplyForm({ guide, form, me, initial, reusable, resumedAt }: Props) {
  const pageClass = usePageClass('page apply');
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [state, setState] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState({ form: false, materials: false });
  // 领取方式: chosen on the review step, kept here only (drafts do not carry it).
  const [delivery, setDelivery] = useState<DeliveryDraft>(PICKUP);
  const [deliveryTouched, setDeliveryTouched] = useState<ReadonlySet<DeliveryField>>(new Set());
  const [deliveryChecked, setDeliveryChecked] = useState(false);
  const submitting = useKeyedSubmit(fieldKey);
  const { serverProblems, forget } = submitting;
  const draft = useDraftAutosave(
    guide.code,
    useMemo(() => draftOf(state), [state]),
  );

  const answerProblems = useMemo(() => applicationProblems(form, state.answers), [form, state.answers]);
  const problems: Record<string, string> = { ...answerProblems };
  for (const [k, v] of Object.entries(applicantProblems(state.applicant))) problems[problemKey(k as 'name')] = v;
  const phone = state.useBoundPhone ? null : contactPhoneProblem(state.contactPhone);
  if (phone) problems[problemKey('contactPhone')] = phone;
  const shown = (key: string) => (checked.form || touched.has(key) ? problems[key] : undefined) ?? serverProblems[key] ?? null;
  const missing = materialProblems(guide.materials, state.files);
  const uploading = Object.values(state.files).some((list) => list.some((f) => f.status === 'uploading'));

  const touch = (key: string) => setTouched((t) => new Set(t).add(key));

  function go(next: 1 | 2 | 3) {
    draft.flush();
    setStep(next);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {});
  }

  function next() {
    if (step === 1) {
      setChecked((c) => ({ ...c, form: true }));
      if (Object.keys(problems).length > 0) scrollToProblem();
      else go(2);
    } else if (step === 2) {
      setChecked((c) => ({ ...c, materials: true }));
      if (Object.keys(missing).length > 0 || uploading) scrollToProblem();
      else go(3);
    }
  }

  // ---- files ----
  const uploads = useMaterialUploads((materialId, change) =>
    setState((s) => ({ ...s, files: { ...s.files, [materialId]: change(s.files[materialId] ?? []) } })),
  );

  // ---- submission ----
  const postProblems = deliveryProblems(delivery);
  const shownDelivery = Object.fromEntries(
    Object.entries(postProblems).filter(([k]) => deliveryChecked || deliveryTouched.has(k as DeliveryField)),
  ) as typeof postProblems;

  async function submit() {
    setDeliveryChecked(true);
    if (Object.keys(postProblems).length > 0) {
      scrollToProblem();
      return;
    }
    await submitting.send(submission(guide.code, form, state, delivery), submitCase, async (submitted) => {
      draft.stop(); // the server deleted the draft with the submission
      await Taro.redirectTo({ url: casePages.submitted.url({ number: submitted.case.number, code: submitted.queryCode }) });
    });
  }

  const problemCount =
    step === 1 && checked.form ? Object.keys(problems).length : step === 2 && checked.materials ? Object.keys(missing).length : 0;
  return (
    <View className={pageClass}>
      <ApplySteps step={step} />
      <View className="apply-item">
        <Text className="apply-item-name">{guide.name}</Text>
        <Text className="muted">{guide.department.name}</Text>
        {resumedAt && step === 1 && <Text className="apply-resumed">已为您恢复上次未提交的填写内容</Text>}
      </View>
      <ProblemSummary count={problemCount} />
      {step === 1 && (
        <FormStep
          form={form}
          me={me}
          state={state}
          shown={shown}
          onTouch={touch}
          onAnswer={(k, v) => {
            forget(k);
            setState((s) => ({ ...s, answers: { ...s.answers, [k]: v ?? '' } }));
          }}
          onApplicant={(applicant) => {
            ['name', 'creditCode', 'legalRepresentative'].forEach((k) => forget(`applicant.${k}`));
            setState((s) => ({ ...s, applicant }));
          }}
          onContactPhone={(contactPhone, useBoundPhone) => {
            forget('contact.phone');
            setState((s) => ({ ...s, contactPhone, useBoundPhone }));
          }}
        />
      )}
      {step === 2 && (
        <View className="card apply-materials">
          <View className="card-title">上传材料</View>
          <MaterialList
            materials={guide.materials}
            files={state.files}
            uploads={uploads}
            reusable={reusable}
            problemOf={(id) => (checked.materials ? (missing[id] ?? null) : null)}
          />
          {uploadable(guide.materials).length === 0 && <Text className="muted">本事项无需上传材料。</Text>}
          {checked.materials && uploading && <Text className="field-error">请等待文件上传完成后再继续</Text>}
        </View>
      )}
      {step === 3 && (
        <ReviewStep
          guide={guide}
          form={form}
          me={me}
          state={state}
          error={submitting.error}
          busy={submitting.busy}
          onSubmit={() => void submit()}
          onEdit={go}
          delivery={
            <DeliveryChoiceCard
              delivery={delivery}
              problems={shownDelivery}
              onChange={setDelivery}
              onTouch={(k) => setDeliveryTouched((t) => new Set(t).add(k))}
            />
          }
        />
      )}
      {step < 3 && (
        <View className="apply-nav">
          {step > 1 && (
            <Button className="apply-back" fill="outline" onClick={() => go(step === 2 ? 1 : 2)}>
              上一步
            </Button>
          )}
          <Button className="apply-next" type="primary" onClick={next}>
            下一步
          </Button>
        </View>
      )}
      <Text className="muted apply-draft-status">{DRAFT_STATUS[draft.status]}</Text>
    </View>
  );
}

const DRAFT_STATUS = {
  idle: '填写内容会自动保存为草稿',
  saving: '正在保存草稿…',
  saved: '草稿已保存，可在其他设备继续填写',
  failed: '草稿保存失败，将在下次修改时重试',
};
