// Who applied (masked, as the server gives it) and what they answered. 查看完整信息 fetches the
// full identity for checking against the ID card at the counter; every such read is audited.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { StaffApplicantIdentity, StaffCase } from '@bianmin/shared/cases/handling.schema';
import { APPLICANT_KIND_LABEL } from '@bianmin/shared/catalogue/application-form-vocabulary';
import { shownIdNumber, shownName, shownPhone } from '@/lib/masked';
import { messageOf } from '@/lib/request';
import { revealApplicant } from '../../case-api';
import { Row } from './Row';

export function ApplicationCard({ c }: { c: StaffCase }) {
  const [full, setFull] = useState<StaffApplicantIdentity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const a = full ?? c.applicant;
  const phone = full ? full.contactPhone : shownPhone(c.contactPhone);
  const name = (v: string) => (full ? v : shownName(v));

  async function reveal() {
    setBusy(true);
    setError(null);
    try {
      setFull(await revealApplicant(c.number));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card staff-case-application">
      <View className="card-title">申请人与申请信息</View>
      <Row label="申请人" value={`${a.kind === 'individual' ? name(a.name) : a.name}（${APPLICANT_KIND_LABEL[a.kind]}）`} />
      {a.idNumber && <Row label="身份证号" value={full ? a.idNumber : shownIdNumber(a.idNumber)} className="staff-applicant-id" />}
      {a.creditCode && <Row label="统一社会信用代码" value={a.creditCode} />}
      {a.legalRepresentative && <Row label="法定代表人" value={name(a.legalRepresentative)} />}
      <Row label="联系电话" value={phone} className="staff-applicant-phone" />
      {full ? (
        <View className="link staff-applicant-hide" role="button" onClick={() => setFull(null)}>
          隐藏完整信息
        </View>
      ) : (
        <View className="link staff-applicant-reveal" role="button" aria-disabled={busy} onClick={() => !busy && void reveal()}>
          {busy ? '正在读取…' : '查看完整身份信息（查阅将记入审计日志）'}
        </View>
      )}
      {error && <Text className="field-error">{error}</Text>}
      {c.answers.map((x) => (
        <Row key={x.key} label={x.label} value={x.value || '（未填写）'} className="staff-case-answer" />
      ))}
    </View>
  );
}
