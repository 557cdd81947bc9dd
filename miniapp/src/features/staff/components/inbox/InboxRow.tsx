// One case in the inbox: what it is, whose, where it stands, its card and the deadline that counts.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StaffCaseSummary } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import { formatDate } from '@/lib/case-display';
import { DUE_KIND_LABEL } from '../../case-display';
import { staffPages } from '../../pages';
import { CardBadge, StatusBadge } from '../CaseBadges';
import './inbox.scss';

export function InboxRow({ c }: { c: StaffCaseSummary }) {
  return (
    <View
      className={`card staff-inbox-row is-${c.card}`}
      data-number={c.number}
      onClick={() => void Taro.navigateTo({ url: staffPages.case.url(c.number) })}
    >
      <View className="staff-inbox-row-head">
        <Text className="staff-inbox-item">{c.item.name}</Text>
        <StatusBadge status={c.status} label={c.statusLabel} />
      </View>
      <Text className="muted staff-inbox-number">
        {c.number} · {formatInstant(c.submittedAt)} 收件
      </Text>
      <Text className="staff-inbox-applicant">申请人：{c.applicantName}</Text>
      {c.parcelReturned && <Text className="badge is-danger staff-inbox-returned">邮件被退回，请联系申请人</Text>}
      <View className="staff-inbox-row-foot">
        <CardBadge card={c.card} />
        <Text className="staff-inbox-due">
          {c.dueOn && c.dueKind ? `${DUE_KIND_LABEL[c.dueKind]} ${formatDate(c.dueOn)}` : c.card === 'blue' ? '已办结' : '期限暂停计算'}
        </Text>
      </View>
      <Text className="muted staff-inbox-handler">{c.handler ? `承办人：${c.handler.name}` : '未指定承办人'}</Text>
    </View>
  );
}
