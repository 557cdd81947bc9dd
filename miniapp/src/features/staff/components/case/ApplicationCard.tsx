// Who applied (masked, as the server gives it) and what they answered.
import { View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { APPLICANT_KIND_LABEL } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { shownIdNumber, shownName, shownPhone } from '@/lib/masked';
import { Row } from './Row';

export function ApplicationCard({ c }: { c: StaffCase }) {
  const a = c.applicant;
  return (
    <View className="card staff-case-application">
      <View className="card-title">申请人与申请信息</View>
      <Row label="申请人" value={`${a.kind === 'individual' ? shownName(a.name) : a.name}（${APPLICANT_KIND_LABEL[a.kind]}）`} />
      {a.idNumber && <Row label="身份证号" value={shownIdNumber(a.idNumber)} />}
      {a.creditCode && <Row label="统一社会信用代码" value={a.creditCode} />}
      {a.legalRepresentative && <Row label="法定代表人" value={shownName(a.legalRepresentative)} />}
      <Row label="联系电话" value={shownPhone(c.contactPhone)} />
      {c.answers.map((x) => (
        <Row key={x.key} label={x.label} value={x.value || '（未填写）'} className="staff-case-answer" />
      ))}
    </View>
  );
}
