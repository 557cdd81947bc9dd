// 申请人: the verified resident (name and ID number from the account, masked, never asked again),
// or a 法人 (单位名称, 统一社会信用代码, 法定代表人) when the item allows; then the contact phone.
import { Text, View } from '@tarojs/components';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import { APPLICANT_KIND_LABEL, type ApplicantKind } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { shownIdNumber, shownName, shownPhone } from '@/lib/masked';
import { TextField } from '@/components/TextField';
import type { ApplicantDraft, ApplicantField } from '../application-state';
import { Choice } from './FormFieldInput';
import './apply.scss';

interface Props {
  me: Me;
  kinds: readonly ApplicantKind[];
  applicant: ApplicantDraft;
  contactPhone: string;
  useBoundPhone: boolean;
  /** Problems to show (already filtered by touched). */
  problems: Partial<Record<ApplicantField | 'contactPhone', string | null>>;
  onApplicant: (next: ApplicantDraft) => void;
  onContactPhone: (phone: string, useBoundPhone: boolean) => void;
  onTouch: (field: ApplicantField | 'contactPhone') => void;
}

export function ApplicantSection(props: Props) {
  const { me, kinds, applicant, problems, onApplicant, onTouch } = props;
  const set = (field: ApplicantField) => (value: string) =>
    onApplicant({ ...applicant, [field]: field === 'creditCode' ? value.replace(/\s/g, '').toUpperCase() : value });
  return (
    <View className="card apply-applicant">
      <View className="card-title">申请人</View>
      {kinds.length > 1 && (
        <View className="apply-choices apply-kinds">
          {kinds.map((k) => (
            <Choice key={k} checked={applicant.kind === k} onClick={() => onApplicant({ ...applicant, kind: k })}>
              {APPLICANT_KIND_LABEL[k]}
            </Choice>
          ))}
        </View>
      )}
      {applicant.kind === 'legalPerson' && (
        <>
          <TextField
            className="apply-org-name"
            label="单位名称"
            hint="与营业执照上的名称一致"
            maxlength={60}
            value={applicant.name}
            error={problems.name}
            onInput={set('name')}
            onBlur={() => onTouch('name')}
          />
          <TextField
            className="apply-credit-code"
            label="统一社会信用代码"
            placeholder="18位，见营业执照"
            maxlength={18}
            value={applicant.creditCode}
            error={problems.creditCode}
            onInput={set('creditCode')}
            onBlur={() => onTouch('creditCode')}
          />
          <TextField
            className="apply-legal-rep"
            label="法定代表人"
            maxlength={20}
            value={applicant.legalRepresentative}
            error={problems.legalRepresentative}
            onInput={set('legalRepresentative')}
            onBlur={() => onTouch('legalRepresentative')}
          />
        </>
      )}
      <View className="apply-me">
        <Text className="muted">{applicant.kind === 'legalPerson' ? '经办人（您本人，已实名）' : '申请人（您本人，已实名）'}</Text>
        {me.realName && (
          <View className="apply-me-row">
            <Text className="apply-me-name">{shownName(me.realName.name)}</Text>
            <Text className="apply-me-id">{shownIdNumber(me.realName.idNumber)}</Text>
          </View>
        )}
      </View>
      <ContactPhone {...props} />
    </View>
  );
}

/** The bound phone (masked; the server uses it when none is sent), or another number typed in full. */
function ContactPhone({ me, contactPhone, useBoundPhone, problems, onContactPhone, onTouch }: Props) {
  const field = (
    <TextField
      className="apply-contact-phone"
      label={me.phone ? '其他手机号' : '联系电话'}
      hint={me.phone ? undefined : '用于接收办理进度通知'}
      placeholder="11位手机号"
      type="number"
      maxlength={11}
      value={contactPhone}
      error={problems.contactPhone}
      onInput={(v) => onContactPhone(v.replace(/\D/g, ''), false)}
      onBlur={() => onTouch('contactPhone')}
    />
  );
  if (!me.phone) return field;
  return (
    <View className="field apply-phone-choice">
      <Text className="field-label">联系电话</Text>
      <Text className="field-hint">用于接收办理进度通知</Text>
      <View className="apply-choices">
        <Choice checked={useBoundPhone} onClick={() => onContactPhone(contactPhone, true)}>
          使用绑定的手机号 {shownPhone(me.phone)}
        </Choice>
        <Choice checked={!useBoundPhone} onClick={() => onContactPhone(contactPhone, false)}>
          使用其他号码
        </Choice>
      </View>
      {!useBoundPhone && field}
    </View>
  );
}
