// 短信通知: residents may switch SMS off; legal notices (补正、不予受理、审批决定) still come by SMS,
// and everything still reaches 消息中心. The state is said in words, not only by the button.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { notificationPreferences, setSmsOptOut } from '../api';

export function SmsPreference() {
  const [optOut, setOptOut] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    notificationPreferences().then(
      (p) => {
        if (live) setOptOut(p.smsOptOut);
      },
      () => {
        // Not shown without the current state: a switch that may be wrong is worse than none.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (optOut === null) return null;

  async function toggle(next: boolean) {
    setBusy(true);
    try {
      setOptOut((await setSmsOptOut(next)).smsOptOut);
    } catch {
      // The request client has shown why.
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card sms-preference">
      <Text className="sms-preference-title">短信通知：{optOut ? '已关闭' : '已开启'}</Text>
      <Text className="muted sms-preference-note">
        {optOut ? '只发送补正、不予受理、审批决定等法定告知短信。' : '微信通知收不到时，用短信通知您。'}
      </Text>
      <Button className="sms-preference-toggle" block loading={busy} onClick={() => void toggle(!optOut)}>
        {optOut ? '开启短信通知' : '关闭短信通知'}
      </Button>
    </View>
  );
}
