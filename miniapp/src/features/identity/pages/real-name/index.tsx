// 实名认证: name and ID number, checked as the resident types; the police database check happens
// on the server. Problems show under the field they concern.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { idNumberProblem, personNameProblem } from '@bianmin/shared/identity/form-rules';
import { ApiError, messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { FormError, TextField } from '@/components/TextField';
import { submitRealName } from '../../api';
import { backToMine } from '../../back-to-mine';
import { identityPages } from '../../pages';
import './index.scss';

type Field = 'name' | 'idNumber';

export default function RealNamePage() {
  return useSignInRequirement(identityPages.realName) ?? <RealNameForm />;
}

function RealNameForm() {
  const [values, setValues] = useState<Record<Field, string>>({ name: '', idNumber: '' });
  const [touched, setTouched] = useState<Record<Field, boolean>>({ name: false, idNumber: false });
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const problems = { name: personNameProblem(values.name), idNumber: idNumberProblem(values.idNumber) };
  // Checked once the field is left, or as soon as all 18 characters of the number are in.
  const show = (field: Field) =>
    (touched[field] || (field === 'idNumber' && values.idNumber.length >= 18) ? problems[field] : null) ?? serverErrors[field];

  const change = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: field === 'idNumber' ? value.replace(/\s/g, '').toUpperCase() : value }));
    setServerErrors((e) => ({ ...e, [field]: undefined }));
  };
  const leave = (field: Field) => () => setTouched((t) => ({ ...t, [field]: true }));

  async function submit() {
    setTouched({ name: true, idNumber: true });
    if (problems.name || problems.idNumber || busy) return;
    setBusy(true);
    setFormError(null);
    try {
      await submitRealName({ name: values.name.trim(), idNumber: values.idNumber });
      await backToMine('实名认证成功');
    } catch (err) {
      setBusy(false);
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

  return (
    <View className="page realname">
      <View className="card">
        <TextField
          className="realname-name"
          label="姓名"
          placeholder="与身份证上的姓名一致"
          maxlength={20}
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
        <Button className="realname-submit" type="primary" block loading={busy} onClick={() => void submit()}>
          提交认证
        </Button>
      </View>
      <View className="card realname-privacy">
        <Text className="realname-privacy-title">为什么需要实名</Text>
        <Text className="muted">办理政务服务事项需要核实办事人身份。完成实名认证后，您可以在线预约、查看本人的办件进度。</Text>
        <Text className="realname-privacy-title">如何保护您的信息</Text>
        <Text className="muted">
          您的姓名和身份证号码加密存储，仅用于与公安部门核验身份；页面上只显示部分号码（如
          370214********123X）；工作人员查看完整信息会留下记录。
        </Text>
      </View>
    </View>
  );
}
