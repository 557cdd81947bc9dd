// 申请人 at the counter: typed in from the applicant's ID card (or business licence) and checked as
// typed with the shared rules; the phone receives the case's progress notices.
import { Text, View } from '@tarojs/components';
import { APPLICANT_KIND_LABEL, type ApplicantKind } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { TextField } from '@/components/TextField';
import { APPLICANT_PHONE_PURPOSE, type WalkInApplicant, type WalkInField } from '../../register-state';
import { Choice } from '../FormFieldInput';
import './register.scss';

interface Props {
  kinds: readonly ApplicantKind[];
  applicant: WalkInApplicant;
  contactPhone: string;
  problem: (field: WalkInField) => string | null;
  onApplicant: (next: WalkInApplicant) => void;
  onContactPhone: (phone: string) => void;
  onTouch: (field: WalkInField) => void;
}

export function RegisterApplicant({ kinds, applicant: a, contactPhone, problem, onApplicant, onContactPhone, onTouch }: Props) {
  const set = (field: keyof Omit<WalkInApplicant, 'kind'>) => (value: string) =>
    onApplicant({ ...a, [field]: field === 'idNumber' || field === 'creditCode' ? value.replace(/\s/g, '').toUpperCase() : value });
  const field = (
    f: keyof Omit<WalkInApplicant, 'kind'>,
    label: string,
    extra: { placeholder?: string; maxlength: number; hint?: string },
  ) => (
    <TextField
      className={`register-applicant-${f}`}
      label={label}
      value={a[f]}
      error={problem(f)}
      onInput={set(f)}
      onBlur={() => onTouch(f)}
      {...extra}
    />
  );
  return (
    <View className="card register-applicant">
      <View className="card-title">申请人信息</View>
      <Text className="muted register-applicant-note">请核对申请人出示的身份证件后录入，信息将加密保存。</Text>
      {kinds.length > 1 && (
        <View className="apply-choices apply-kinds">
          {kinds.map((k) => (
            <Choice key={k} checked={a.kind === k} onClick={() => onApplicant({ ...a, kind: k })}>
              {APPLICANT_KIND_LABEL[k]}
            </Choice>
          ))}
        </View>
      )}
      {a.kind === 'individual' ? (
        <>
          {field('name', '姓名', { placeholder: '与身份证一致', maxlength: 20 })}
          {field('idNumber', '身份证号', { placeholder: '18位居民身份证号', maxlength: 18 })}
        </>
      ) : (
        <>
          {field('name', '单位名称', { hint: '与营业执照上的名称一致', maxlength: 60 })}
          {field('creditCode', '统一社会信用代码', { placeholder: '18位，见营业执照', maxlength: 18 })}
          {field('legalRepresentative', '法定代表人', { maxlength: 20 })}
        </>
      )}
      <TextField
        className="register-applicant-phone"
        label="申请人手机号"
        hint={APPLICANT_PHONE_PURPOSE}
        placeholder="11位手机号"
        type="number"
        maxlength={11}
        value={contactPhone}
        error={problem('contactPhone')}
        onInput={(v) => onContactPhone(v.replace(/\D/g, ''))}
        onBlur={() => onTouch('contactPhone')}
      />
    </View>
  );
}
