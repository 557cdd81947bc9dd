// 书面通知 (行政许可法 第三十二条): the printable notices this case has reached — 受理通知书 once
// accepted, 不予受理通知书 when refused, 补正材料通知书 listing everything to fix at once — to
// print at the window or hand to the applicant.
import { Text, View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { CASE_NOTICE_TITLE } from '@bianmin/shared/cases/handling.schema';
import { type CaseNoticeKind, noticePath } from '../../case-api';
import { openPrivate } from '../../files';
import './case.scss';

export function noticesOf(c: Pick<StaffCase, 'status' | 'correction' | 'dates'>): CaseNoticeKind[] {
  const kinds: CaseNoticeKind[] = [];
  if (c.dates.acceptedOn) kinds.push('acceptance');
  if (c.status === 'not_accepted') kinds.push('not-accepted');
  if (c.correction) kinds.push('correction');
  return kinds;
}

export function NoticesCard({ c }: { c: StaffCase }) {
  const kinds = noticesOf(c);
  if (kinds.length === 0) return null;
  return (
    <View className="card staff-case-notices">
      <View className="card-title">书面通知</View>
      {kinds.map((k) => (
        <View
          key={k}
          className={`staff-notice staff-notice-${k}`}
          role="button"
          onClick={() => void openPrivate(noticePath(c.number, k), 'pdf')}
        >
          <Text>{CASE_NOTICE_TITLE[k]}</Text>
          <Text className="link">打印 / 查看 PDF ›</Text>
        </View>
      ))}
    </View>
  );
}
