// 补正 on the case page: for each field the notice lists, an input of its type (from the item's form,
// checked by applicationProblems over the answers as they will stand); for each listed material, the
// apply page's uploader; then 提交补正 — only what the notice lists, with one Idempotency-Key per
// attempt (kept for a retry after a lost answer).
import { useMemo, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { ApplicationForm, FormField } from '@bianmin/shared/catalogue/application-form.schema';
import type { Case, ResubmitRequest } from '@bianmin/shared/cases/case.schema';
import type { GuideDetail, GuideMaterial } from '@bianmin/shared/guides/guide.schema';
import type { ReusableUpload } from '@bianmin/shared/uploads/upload.schema';
import { applicationProblems } from '@bianmin/shared/cases/application-schema';
import { PERSONAL_FIELD_TYPES } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { ApiError, messageOf } from '@/lib/request';
import { useAsync } from '@/lib/use-async';
import { ErrorState, LoadingState } from '@/components/PageState';
import { getGuide, listReusableUploads, resubmitCase } from '../api';
import type { AnswerValue, Answers, MaterialFiles } from '../application-state';
import { createSubmissionKey } from '@/lib/idempotency';
import { doneUploadIds, useMaterialUploads } from '../use-material-uploads';
import { FormFieldInput } from './FormFieldInput';
import { MaterialUploader, scrollToProblem } from './MaterialUploader';
import './apply.scss';
import './case.scss';
import { tell } from '@/lib/elder-mode-notices';

type Notice = NonNullable<Case['correction']>;

export function ResubmitForm({ c, onResubmitted }: { c: Case; onResubmitted: (c: Case) => void }) {
  const loaded = useAsync(() => Promise.all([getGuide(c.item.code), listReusableUploads()]), [c.item.code]);
  if (loaded.status === 'loading') return <LoadingState text="正在准备补正…" />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  const [guide, uploaded] = loaded.data;
  if (!c.correction) return null;
  // The files already in the case are what the notice sends back: not offered again.
  const inCase = new Set(c.materials.flatMap((m) => m.files.map((f) => f.uploadId)));
  const reusable = uploaded.filter((u) => !inCase.has(u.id));
  return <Resubmit c={c} notice={c.correction} guide={guide} reusable={reusable} onResubmitted={onResubmitted} />;
}

/** The answers as they stand, read back from how the case shows them (personal data is masked: left out). */
export function answersShown(c: Case, form: ApplicationForm | null): Answers {
  const out: Answers = {};
  for (const a of c.answers) {
    const f = form?.fields.find((x) => x.key === a.key);
    if (!f || PERSONAL_FIELD_TYPES.includes(f.type)) continue;
    if (f.type === 'checkbox') out[a.key] = a.value === '是';
    else if (f.type === 'multiselect') out[a.key] = a.value.split('、');
    else if (f.type === 'region') out[a.key] = a.value.split(' ');
    else if (f.type === 'number') {
      const n = Number.parseFloat(a.value);
      if (Number.isFinite(n)) out[a.key] = n;
    } else out[a.key] = a.value;
  }
  return out;
}

/** A listed field the current form no longer has: asked as plain text (the server checks it). */
const plainField = (ref: string, label: string): FormField => ({ key: ref, label, type: 'text', required: true });

function Resubmit(props: { c: Case; notice: Notice; guide: GuideDetail; reusable: ReusableUpload[]; onResubmitted: (c: Case) => void }) {
  const { c, notice, guide, reusable, onResubmitted } = props;
  const form = guide.applicationForm ?? null;
  const before = useMemo(() => answersShown(c, form), [c, form]);
  const fields = notice.items
    .filter((i) => i.kind === 'field')
    .map((i) => ({ item: i, field: form?.fields.find((f) => f.key === i.ref) ?? plainField(i.ref, i.label) }));
  const materials = notice.items
    .filter((i) => i.kind === 'material')
    .map((i) => ({ item: i, material: guide.materials.find((m) => m.id === Number(i.ref)) ?? null }));

  const [answers, setAnswers] = useState<Answers>(() => {
    const start: Answers = {};
    for (const { field } of fields) {
      const v = before[field.key];
      if (v !== undefined) start[field.key] = v;
    }
    return start;
  });
  const [files, setFiles] = useState<MaterialFiles>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const keys = useRef(createSubmissionKey()).current;
  const sending = useRef(false);
  const uploads = useMaterialUploads((materialId, change) => setFiles((all) => ({ ...all, [materialId]: change(all[materialId] ?? []) })));

  const merged = { ...before, ...answers };
  const all = form ? applicationProblems(form, merged) : {};
  const problems: Record<string, string> = {};
  for (const { field } of fields) {
    const p = all[field.key] ?? (!form && !String(answers[field.key] ?? '').trim() ? `请填写${field.label}` : undefined);
    if (p) problems[field.key] = p;
  }
  const missing: Record<number, string> = {};
  for (const { item, material } of materials) {
    const id = Number(item.ref);
    if (doneUploadIds(files[id]).length === 0) missing[id] = `请上传新的“${material?.name ?? item.label}”`;
  }
  const uploading = Object.values(files).some((list) => list.some((f) => f.status === 'uploading'));
  const shownField = (key: string) => (checked || touched.has(key) ? problems[key] : undefined) ?? serverProblems[key] ?? null;

  function body(): ResubmitRequest {
    return {
      answers: Object.fromEntries(fields.map(({ field }) => [field.key, answers[field.key] ?? ''])),
      materials: materials.map(({ item }) => ({
        materialId: Number(item.ref),
        uploadIds: doneUploadIds(files[Number(item.ref)]),
        certificateNumbers: [],
      })),
    };
  }

  async function submit() {
    setChecked(true);
    if (Object.keys(problems).length > 0 || Object.keys(missing).length > 0 || uploading) {
      scrollToProblem();
      return;
    }
    if (sending.current) return;
    const request = body();
    const key = keys.for(request);
    sending.current = true;
    setBusy(true);
    setError(null);
    try {
      const next = await resubmitCase(c.number, key, request);
      keys.succeeded();
      tell('补正已提交', 'success');
      onResubmitted(next);
    } catch (err) {
      keys.failed(err);
      setError(err);
      if (err instanceof ApiError && err.fieldErrors) {
        setServerProblems(
          Object.fromEntries(Object.entries(err.fieldErrors).map(([path, list]) => [path.replace(/^answers\./, ''), list[0] ?? ''])),
        );
      }
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  const forget = (key: string) => setServerProblems((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== key)));
  return (
    <View className="card case-resubmit">
      <View className="card-title">补正</View>
      <Text className="muted">请按补正告知修改以下内容，其他内容无需重新提交。</Text>
      {fields.map(({ item, field }) => (
        <View key={`field-${item.ref}`} className="case-resubmit-field">
          <Text className="case-correction-problem">
            {item.label}：{item.problem}
          </Text>
          <FormFieldInput
            field={field}
            value={answers[field.key]}
            problem={shownField(field.key)}
            onChange={(v: AnswerValue | undefined) => {
              forget(field.key);
              setAnswers((a) => ({ ...a, [field.key]: v ?? '' }));
            }}
            onTouch={() => setTouched((t) => new Set(t).add(field.key))}
          />
        </View>
      ))}
      {materials.map(({ item, material }) => {
        const id = Number(item.ref);
        const m: GuideMaterial | null = material;
        return (
          <View key={`material-${item.ref}`} className="case-resubmit-material">
            <Text className="case-correction-problem">
              {item.label}：{item.problem}
            </Text>
            {m ? (
              <MaterialUploader
                material={m}
                files={files[id] ?? []}
                reusable={reusable}
                problem={(checked ? missing[id] : undefined) ?? serverProblems[`materials.${id}`] ?? null}
                onPick={(picked) => uploads.pick(id, picked)}
                onRetry={(key) =>
                  uploads.retry(
                    id,
                    files[id]?.find((f) => f.key === key),
                  )
                }
                onRemove={(key) => uploads.remove(id, key)}
                onReuse={(u) => uploads.reuse(id, u)}
              />
            ) : (
              <Text className="field-error">该材料已不在办事指南中，请到窗口办理补正</Text>
            )}
          </View>
        );
      })}
      {checked && uploading && <Text className="field-error">请等待文件上传完成后再提交</Text>}
      {error !== null && <Text className="form-error case-resubmit-error">{messageOf(error)}</Text>}
      <Button className="case-resubmit-submit" type="primary" block loading={busy} onClick={() => void submit()}>
        提交补正
      </Button>
    </View>
  );
}
