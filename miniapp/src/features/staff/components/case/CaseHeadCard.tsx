// The head of a case at the window: item, number, status, card, progress, handler, what happens next.
import { Text, View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import { CHANNEL_LABEL } from '../../case-display';
import { CardBadge, StatusBadge } from '../CaseBadges';
import { Row } from './Row';
import './case.scss';

export function CaseHeadCard({ c }: { c: StaffCase }) {
  const p = c.progress;
  const percent = Math.round((p.step / Math.max(1, p.of)) * 100);
  return (
    <View className="card staff-case-head">
      <View className="staff-case-head-top">
        <Text className="staff-case-item">{c.item.name}</Text>
        <StatusBadge status={c.status} label={c.statusLabel} className="staff-case-status" />
      </View>
      <Text className="muted">{c.item.department.name}</Text>
      <Text className="muted staff-case-number">
        办件编号 {c.number} · {CHANNEL_LABEL[c.channel]}
      </Text>
      <View className="staff-case-card-line">
        <CardBadge card={c.card} />
      </View>
      <View className="staff-case-progress" aria-label={`进度：第${p.step}步，共${p.of}步`}>
        <View className="staff-case-progress-track">
          <View className="staff-case-progress-bar" style={{ width: `${percent}%` }} />
        </View>
        <Text className="muted">
          {p.label}（{p.step}/{p.of}）
        </Text>
      </View>
      <Row label="承办人" value={c.handler ? c.handler.name : '未指定'} className="staff-case-handler" />
      {c.extension && (
        <Row
          label="已延期"
          value={`${c.extension.days}个工作日（${c.extension.approvedBy}批准，${formatInstant(c.extension.at)}）：${c.extension.reason}`}
          className="staff-case-extension"
        />
      )}
      {c.parcelReturned && (
        <Text className="form-error staff-case-returned">邮件被退回：请联系申请人核实地址后重新寄出，或改为窗口领取。</Text>
      )}
      <Text className="staff-case-next">{c.nextStep}</Text>
    </View>
  );
}
