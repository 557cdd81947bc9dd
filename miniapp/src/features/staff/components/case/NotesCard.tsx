// 审查意见: internal, never shown to the applicant, and marked so on screen.
import { Text, View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import './case.scss';

export function NotesCard({ notes }: { notes: StaffCase['notes'] }) {
  return (
    <View className="card staff-case-notes">
      <View className="card-title">
        <Text>审查意见</Text>
        <Text className="badge is-warn staff-internal">内部，申请人不可见</Text>
      </View>
      {notes.length === 0 && <Text className="muted">暂无审查意见</Text>}
      {notes.map((n, i) => (
        <View key={`${n.at}-${i}`} className="staff-note">
          <Text className="muted">
            {n.author} · {formatInstant(n.at)}
          </Text>
          <Text className="staff-note-text">{n.text}</Text>
        </View>
      ))}
    </View>
  );
}
