// “接收微信通知”: offers the subscription templates of the moment (lib/subscribe.ts). WeChat shows
// its dialog only from a tap, hence a button and not a prompt on arrival. Renders nothing on H5.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import './SubscribeOffer.scss';
import { askToSubscribe, type SubscribeMoment, useSubscribeIds } from '@/lib/subscribe';

export function SubscribeOffer({ moment, text, wechat }: { moment: SubscribeMoment; text: string; wechat?: boolean }) {
  const ids = useSubscribeIds(moment, wechat);
  const [accepted, setAccepted] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  if (!ids) return null;
  if (accepted !== null)
    return (
      <View className="card subscribe-offer is-done">
        <Text>{accepted ? '已订阅：有进展时会通过微信通知您。' : '未订阅微信通知：进展仍会发到“消息中心”。'}</Text>
      </View>
    );
  function ask(list: string[]) {
    setBusy(true);
    // Called inside the tap: WeChat refuses the dialog once the gesture is over.
    askToSubscribe(list)
      .then((a) => setAccepted(a.length))
      .catch(() => setAccepted(0))
      .finally(() => setBusy(false));
  }
  return (
    <View className="card subscribe-offer">
      <Text className="subscribe-offer-text">{text}</Text>
      <Button className="subscribe-offer-button" type="primary" block loading={busy} onClick={() => ask(ids)}>
        接收微信通知
      </Button>
    </View>
  );
}
