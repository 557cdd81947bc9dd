// 受理期限, 受理日, 法定/承诺办结期限, 已用工作日: each once it can be known.
import { View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import { afterAcceptance, formatDate } from '@/lib/case-display';
import { Row } from './Row';

export function CaseDatesCard({ dates: d }: { dates: StaffCase['dates'] }) {
  const by = (date: string | null, days: number) => (date && days > 0 ? `${formatDate(date)}前（${days}个工作日）` : afterAcceptance(days));
  return (
    <View className="card staff-case-dates">
      <View className="card-title">办理期限</View>
      <Row label="收件时间" value={formatInstant(d.submittedAt)} />
      {d.acceptanceDueOn && <Row label="受理期限" value={`${formatDate(d.acceptanceDueOn)}前`} className="staff-acceptance-due" />}
      <Row label="受理日" value={d.acceptedOn ? formatDate(d.acceptedOn) : '尚未受理'} className="staff-accepted-on" />
      <Row label="法定办结期限" value={by(d.legalDeadline, d.legalLimitDays)} className="staff-legal-deadline" />
      <Row label="承诺办结期限" value={by(d.promisedDeadline, d.promisedLimitDays)} className="staff-promised-deadline" />
      {d.workingDaysUsed !== null && <Row label="已用工作日" value={`${d.workingDaysUsed}个工作日`} className="staff-days-used" />}
    </View>
  );
}
