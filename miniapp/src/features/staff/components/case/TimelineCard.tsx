// The record the applicant also sees, newest first.
import { Text, View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import { STEP_LABEL } from '../../case-display';
import './case.scss';

const ACTOR = { applicant: '申请人', agent: '代办人', staff: '工作人员', system: '系统' } as const;

export function TimelineCard({ entries }: { entries: StaffCase['timeline'] }) {
  const newestFirst = [...entries].reverse();
  return (
    <View className="card staff-case-timeline">
      <View className="card-title">办理记录</View>
      {newestFirst.map((e, i) => (
        <View key={`${e.at}-${i}`} className={`staff-event${i === 0 ? ' is-latest' : ''}`}>
          <View className="staff-event-dot" />
          <View className="staff-event-body">
            <Text className="staff-event-status">{STEP_LABEL[e.action] ?? e.statusLabel}</Text>
            <Text className="muted">
              {formatInstant(e.at)} · {ACTOR[e.actor]}
            </Text>
            {e.note && <Text className="staff-event-note">{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
