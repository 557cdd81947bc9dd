// What came of a case: the decision as written on the 决定书 (with the document), and how the result
// reaches the applicant — the pickup code (取件码) big and clear, or the tracking number when posted.
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { Case } from '@bianmin/shared/cases/case.schema';
import { formatInstant } from '@/lib/district-time';
import { formatDate } from '@/lib/case-display';
import { openPrivatePdf } from '../files';
import './case.scss';

const RESULT = { approve: '准予许可', deny: '不予许可', not_accept: '不予受理' } as const;
const DOCUMENT = { approve: '准予行政许可决定书', deny: '不予行政许可决定书', not_accept: '不予受理通知书' } as const;

function Row({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <View className={`case-row ${className ?? ''}`}>
      <Text className="muted case-row-label">{label}</Text>
      <Text className="case-row-value">{value}</Text>
    </View>
  );
}

export function DecisionCard({ decision: d }: { decision: NonNullable<Case['decision']> }) {
  const url = d.documentUrl;
  return (
    <View className="card case-decision">
      <View className="card-title">办理结果</View>
      <Row label="结果" value={RESULT[d.result]} className={`case-decision-result is-${d.result}`} />
      <Row label="决定时间" value={formatInstant(d.at)} className="case-decision-at" />
      {d.reason && <Row label="理由" value={d.reason} className="case-decision-reason" />}
      {d.basis && <Row label="依据" value={d.basis} className="case-decision-basis" />}
      {url && (
        <Button className="case-decision-document" type="primary" fill="outline" block onClick={() => void openPrivatePdf(url)}>
          查看决定书
        </Button>
      )}
      {url && <Text className="muted case-decision-document-hint">{DOCUMENT[d.result]}（PDF），可保存或打印</Text>}
    </View>
  );
}

export function DeliveryCard({ delivery: d }: { delivery: Case['delivery'] }) {
  const posted = d.method === 'post';
  return (
    <View className="card case-delivery">
      <View className="card-title">领取方式</View>
      <Row label="方式" value={posted ? '邮寄到家（邮政快递，免费）' : '窗口领取'} className="case-delivery-method" />
      {posted && d.recipient && <Row label="收件人" value={`${d.recipient} ${d.phone ?? ''}`.trim()} className="case-delivery-recipient" />}
      {posted && d.address && <Row label="地址" value={d.address} className="case-delivery-address" />}
      {d.pickupCode && (
        <View className="case-pickup">
          <Text className="muted">取件码</Text>
          <Text className="case-pickup-code" aria-label={`取件码 ${d.pickupCode.split('').join(' ')}`}>
            {d.pickupCode}
          </Text>
          <Text className="case-pickup-hint">凭取件码到窗口领取</Text>
        </View>
      )}
      {d.trackingNumber && <Row label="快递单号" value={d.trackingNumber} className="case-tracking-number" />}
      {d.dispatchedAt && (
        <Row label={posted ? '寄出时间' : '可领取时间'} value={formatInstant(d.dispatchedAt)} className="case-dispatched-at" />
      )}
      {d.deliveredAt && <Row label={posted ? '已签收' : '已领取'} value={formatInstant(d.deliveredAt)} className="case-delivered-at" />}
      {d.dueOn && !d.deliveredAt && <Row label="送达期限" value={`${formatDate(d.dueOn)}前`} className="case-delivery-due" />}
    </View>
  );
}
