// How the result reaches the resident (统一发件): 窗口领取 (the default) or 邮寄到家 by the postal
// service, with the recipient, phone and address — checked with the shared rules as typed.
import { Text, View } from '@tarojs/components';
import { TextField } from '@/components/TextField';
import type { DeliveryDraft } from '../application-state';
import { Choice } from './FormFieldInput';
import './apply.scss';

interface Props {
  delivery: DeliveryDraft;
  /** Problems to show (after 提交申请 or once a field was left). */
  problems: Partial<Record<'recipient' | 'phone' | 'address', string>>;
  onChange: (next: DeliveryDraft) => void;
  onTouch: (field: 'recipient' | 'phone' | 'address') => void;
}

export function DeliveryChoiceCard({ delivery: d, problems, onChange, onTouch }: Props) {
  return (
    <View className="card apply-delivery">
      <View className="card-title">领取方式</View>
      <View className="apply-choices">
        <Choice checked={d.method === 'pickup'} onClick={() => onChange({ ...d, method: 'pickup' })}>
          窗口领取
        </Choice>
        <Choice checked={d.method === 'post'} onClick={() => onChange({ ...d, method: 'post' })}>
          邮寄到家
        </Choice>
      </View>
      <Text className="muted apply-delivery-note">
        {d.method === 'pickup' ? '办结后凭取件码到窗口领取结果。' : '办结后由邮政快递免费寄送到家（邮政快递送证到家），快递单号会通知您。'}
      </Text>
      {d.method === 'post' && (
        <>
          <TextField
            className="apply-delivery-recipient"
            label="收件人"
            placeholder="收件人姓名"
            maxlength={20}
            value={d.recipient}
            error={problems.recipient}
            onInput={(recipient) => onChange({ ...d, recipient })}
            onBlur={() => onTouch('recipient')}
          />
          <TextField
            className="apply-delivery-phone"
            label="收件人手机号"
            type="number"
            maxlength={11}
            value={d.phone}
            error={problems.phone}
            onInput={(phone) => onChange({ ...d, phone })}
            onBlur={() => onTouch('phone')}
          />
          <TextField
            className="apply-delivery-address"
            label="收件地址"
            placeholder="如：青岛市城阳区正阳路201号3单元502室"
            hint="请写明市、区、街道、门牌号，便于快递送达"
            maxlength={120}
            value={d.address}
            error={problems.address}
            onInput={(address) => onChange({ ...d, address })}
            onBlur={() => onTouch('address')}
          />
        </>
      )}
    </View>
  );
}
