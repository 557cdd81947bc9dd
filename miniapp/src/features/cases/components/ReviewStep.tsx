// Step 3 (核对提交): everything that will be sent, as the resident gave it, and what happens next.
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import { visibleFields } from '@bianmin/shared/cases/application-schema';
import { APPLICANT_KIND_LABEL } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { ApiError, messageOf } from '@/lib/request';
import { shownIdNumber, shownName, shownPhone } from '@/lib/masked';
import { identityPages } from '@/features/identity/pages';
import { answerText, notUploaded, type ApplicationState } from '../application-state';
import './apply.scss';

interface Props {
  guide: GuideDetail;
  form: ApplicationForm;
  me: Me;
  state: ApplicationState;
  error: unknown;
  busy: boolean;
  onSubmit: () => void;
  onEdit: (step: 1 | 2) => void;
  /** 领取方式 (the page holds the choice). */
  delivery: ReactNode;
}

export function ReviewStep({ guide, form, me, state, error, busy, onSubmit, onEdit, delivery }: Props) {
  const a = state.applicant;
  return (
    <>
      <View className="card apply-review">
        <View className="card-title">
          申请人
          <Text className="link apply-edit" onClick={() => onEdit(1)}>
            修改
          </Text>
        </View>
        <Row label="办理事项" value={guide.name} />
        <Row label="申请人类型" value={APPLICANT_KIND_LABEL[a.kind]} />
        {a.kind === 'legalPerson' && <Row label="单位名称" value={a.name} />}
        {a.kind === 'legalPerson' && <Row label="统一社会信用代码" value={a.creditCode} />}
        {a.kind === 'legalPerson' && <Row label="法定代表人" value={a.legalRepresentative} />}
        {me.realName && <Row label={a.kind === 'legalPerson' ? '经办人' : '姓名'} value={shownName(me.realName.name)} />}
        {me.realName && <Row label="身份证号" value={shownIdNumber(me.realName.idNumber)} />}
        <Row label="联系电话" value={state.useBoundPhone && me.phone ? `${shownPhone(me.phone)}（绑定的手机号）` : state.contactPhone} />
      </View>
      <View className="card apply-review apply-review-answers">
        <View className="card-title">
          申请信息
          <Text className="link apply-edit" onClick={() => onEdit(1)}>
            修改
          </Text>
        </View>
        {visibleFields(form, state.answers).map((f) => (
          <Row key={f.key} label={f.label} value={answerText(f, state.answers[f.key])} />
        ))}
      </View>
      <View className="card apply-review apply-review-materials">
        <View className="card-title">
          申请材料
          <Text className="link apply-edit" onClick={() => onEdit(2)}>
            修改
          </Text>
        </View>
        {guide.materials.map((m) => {
          const done = (state.files[m.id] ?? []).filter((f) => f.status === 'done').length;
          const none = m.requirement === 'required' ? '未上传' : '未上传（视情形提交，不涉及的无需上传）';
          return <Row key={m.id} label={m.name} value={notUploaded(m) ?? (done ? `已上传${done}个文件` : none)} />;
        })}
      </View>
      {delivery}
      <View className="card">
        <Text className="muted apply-review-note">
          提交后，窗口工作人员将在5个工作日内审核材料并决定是否受理，结果会通过微信通知您。请确认以上信息真实、准确。
        </Text>
        {error !== null && <SubmitError error={error} />}
        <Button className="apply-submit" type="primary" block loading={busy} onClick={onSubmit}>
          提交申请
        </Button>
      </View>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="apply-review-row">
      <Text className="muted apply-review-label">{label}</Text>
      <Text className="apply-review-value">{value}</Text>
    </View>
  );
}

/** A refused submission, in the server's words, with each field's problem and the way out. */
function SubmitError({ error }: { error: unknown }) {
  const fields = error instanceof ApiError ? Object.values(error.fieldErrors ?? {}).flat() : [];
  return (
    <View className="form-error apply-submit-error">
      <Text className="apply-submit-error-text">{messageOf(error)}</Text>
      {fields.map((f, i) => (
        <Text key={i} className="apply-submit-error-field">
          · {f}
        </Text>
      ))}
      {error instanceof ApiError && error.code === 'REAL_NAME_REQUIRED' && (
        <Text className="link" onClick={() => void Taro.navigateTo({ url: identityPages.realName.url })}>
          去实名认证 ›
        </Text>
      )}
    </View>
  );
}
