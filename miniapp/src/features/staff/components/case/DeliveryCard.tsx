// How the result reaches the applicant (统一发件) and whether it has (送达).
import { View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { formatInstant } from '@/lib/district-time';
import { formatDate } from '@/lib/case-display';
import { Row } from './Row';

export function DeliveryCard({ delivery: d }: { delivery: StaffCase['delivery'] }) {
  const posted = d.trackingNumber !== null;
  return (
    <View className="card staff-case-delivery">
      <View className="card-title">送达</View>
      <Row label="申请人选择" value={d.method === 'post' ? '邮寄送达' : '窗口领取'} className="staff-delivery-choice" />
      {d.recipient && <Row label="收件人" value={`${d.recipient} ${d.phone ?? ''}`} />}
      {d.address && <Row label="地址" value={d.address} />}
      {d.dispatchedAt && (
        <Row
          label="发件"
          value={`${formatInstant(d.dispatchedAt)} ${posted ? `邮寄，快递单号 ${d.trackingNumber ?? ''}` : '窗口领取（取件码已发给申请人）'}`}
          className="staff-delivery-dispatched"
        />
      )}
      {d.deliveredAt && <Row label="已送达" value={formatInstant(d.deliveredAt)} className="staff-delivery-delivered" />}
      {d.dueOn && <Row label="送达期限" value={`${formatDate(d.dueOn)}前`} />}
    </View>
  );
}
