// The decision as written on the 决定书 (or 不予受理通知书), with the document itself.
import { Text, View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import { openPrivate } from '../../files';
import { Row } from './Row';

const RESULT = { approve: '准予许可', deny: '不予许可', not_accept: '不予受理' } as const;
const DOCUMENT = { approve: '准予行政许可决定书', deny: '不予行政许可决定书', not_accept: '不予受理通知书' } as const;

export function DecisionCard({ decision: d }: { decision: NonNullable<StaffCase['decision']> }) {
  const url = d.documentUrl;
  return (
    <View className="card staff-case-decision">
      <View className="card-title">决定</View>
      <Row label="结果" value={RESULT[d.result]} className="staff-decision-result" />
      <Row label="决定时间" value={formatInstant(d.at)} />
      {d.reason && <Row label="理由" value={d.reason} />}
      {d.basis && <Row label="依据" value={d.basis} />}
      {url && (
        <Text className="link staff-decision-document" onClick={() => void openPrivate(url, 'pdf')}>
          查看{DOCUMENT[d.result]}（PDF）›
        </Text>
      )}
    </View>
  );
}

/** The 一次性告知补正 sent to the applicant. */
export function CorrectionCard({ correction: n }: { correction: NonNullable<StaffCase['correction']> }) {
  return (
    <View className="card staff-case-correction">
      <View className="card-title">补正告知</View>
      <Text className="muted">{formatInstant(n.requestedAt)} 告知申请人补正：</Text>
      {n.note && <Text className="staff-correction-note">{n.note}</Text>}
      {n.items.map((item, i) => (
        <Row key={`${item.kind}-${item.ref}`} label={`${i + 1}. ${item.label}`} value={item.problem} />
      ))}
    </View>
  );
}
