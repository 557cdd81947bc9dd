// 实名认证: name and ID number, checked as the resident types, and the separate consent to handling
// them; then a review step (name, masked number) before anything is sent. The police database
// check happens on the server. Problems show under the field they concern.
import { useState } from 'react';
import { View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { idNumberProblem, personNameProblem } from '@bianmin/shared/identity/form-rules';
import { REAL_NAME_CONSENT_MISSING, REAL_NAME_POLICY_VERSION } from '@bianmin/shared/identity/real-name-consent';
import { ApiError, messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { usePageClass } from '@/lib/elder-mode';
import { FormError, TextField } from '@/components/TextField';
import { submitRealName } from '../../api';
import { RealNameConsent } from '../../components/RealNameConsent';
import { RealNameReview } from '../../components/RealNameReview';
import { backToMine } from '../../back-to-mine';
import { identityPages } from '../../pages';
import './index.scss';

type Field = 'name' | 'idNumber';

export default function RealNamePage() {
  return useSignInRequirement(identityPages.realName) ?? <RealNameForm />;
}

function RealNameForm() {
  const pageClass = usePageClass('page realname');
  const [values, setValues] = useState<Record<Field, string>>({ name: '', idNumber: '' });
  const [touched, setTouched] = useState<Record<Field, boolean>>({ name: false, idNumber: false });
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [askedConsent, setAskedConsent] = useState(false);
  const [reviewing, setReviewing] = useState(false);

  const problems = { name: personNameProblem(values.name), idNumber: idNumberProblem(values.idNumber) };
  // Checked once the field is left, or as soon as all 18 characters of the number are in.
  const show = (field: Field) =>
    (touched[field] || (field === 'idNumber' && values.idNumber.length >= 18) ? problems[field] : null) ?? serverErrors[field];

  const change = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: field === 'idNumber' ? value.replace(/\s/g, '').toUpperCase() : value }));
    setServerErrors((e) => ({ ...e, [field]: undefined }));
  };
  const leave = (field: Field) => () => setTouched((t) => ({ ...t, [field]: true }));

  function review() {
    setTouched({ name: true, idNumber: true });
    setAskedConsent(true);
    if (problems.name || problems.idNumber || !agreed) return;
    setFormError(null);
    setReviewing(true);
  }

  async function submit() {
    if (busy) return;
    setBusy(true);
    setFormError(null);
    try {
      await submitRealName({ name: values.name.trim(), idNumber: values.idNumber, consent: true, policyVersion: REAL_NAME_POLICY_VERSION });
      await backToMine('实名认证成功');
    } catch (err) {
      setBusy(false);
      setReviewing(false); // back to the form, where the problem is shown and can be fixed
      showServerError(err);
    }
  }

  function showServerError(err: unknown) {
    if (!(err instanceof ApiError)) {
      setFormError(messageOf(err));
      return;
    }
    const fields = { name: err.fieldErrors?.name?.[0], idNumber: err.fieldErrors?.idNumber?.[0] };
    if (err.code === 'ALREADY_VERIFIED') void backToMine('您已完成实名认证');
    else if (err.code === 'ID_NUMBER_TAKEN') setServerErrors({ idNumber: err.message });
    else if (fields.name || fields.idNumber) setServerErrors(fields);
    else setFormError(err.message); // IDENTITY_MISMATCH, RATE_LIMITED, network…
  }

  if (reviewing) {
    return (
      <View className={pageClass}>
        <RealNameReview
          name={values.name.trim()}
          idNumber={values.idNumber}
          busy={busy}
          onConfirm={() => void submit()}
          onEdit={() => setReviewing(false)}
        />
      </View>
    );
  }

  return (
    <View className={pageClass}>
      <View className="card">
        <TextField
          className="realname-name"
          label="姓名"
          placeholder="与身份证上的姓名一致"
          maxlength={40}
          value={values.name}
          error={show('name')}
          onInput={change('name')}
          onBlur={leave('name')}
        />
        <TextField
          className="realname-id"
          label="身份证号码"
          placeholder="18位，最后一位可能是X"
          type="idcard"
          maxlength={18}
          value={values.idNumber}
          error={show('idNumber')}
          onInput={change('idNumber')}
          onBlur={leave('idNumber')}
        />
        <FormError message={formError} />
      </View>
      <RealNameConsent agreed={agreed} error={askedConsent && !agreed ? REAL_NAME_CONSENT_MISSING : null} onChange={setAgreed} />
      <View className="realname-actions">
        <Button className="realname-next" type="primary" block onClick={review}>
          下一步：核对信息
        </Button>
      </View>
    </View>
  );
}
