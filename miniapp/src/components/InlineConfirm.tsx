// A step on the page that asks before something cannot be undone (取消预约, 撤回申请): what will
// happen, in words, with a big 确认… button and a way back. 长辈版 has no pop-ups, so there it
// stands in for Taro.showModal; the page stays as it was around it.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import './InlineConfirm.scss';

interface InlineConfirmProps {
  /** Stable hook for styles and tests, on the step's card. */
  className: string;
  title: string;
  /** What will happen, said plainly. */
  consequence: string;
  confirm: { text: string; className: string };
  back: { text: string; className: string };
  busy: boolean;
  /** Why the last attempt was refused, shown above the buttons. */
  error?: string | null;
  onConfirm: () => void;
  onBack: () => void;
  /** Anything to fill in before confirming (an optional reason). */
  children?: ReactNode;
}

export function InlineConfirm(p: InlineConfirmProps) {
  return (
    <View className={`card inline-confirm ${p.className}`} role="group" aria-label={p.title}>
      <Text className="inline-confirm-title">{p.title}</Text>
      <Text className="inline-confirm-text">{p.consequence}</Text>
      {p.children}
      {p.error && <Text className="form-error inline-confirm-error">{p.error}</Text>}
      <Button className={`inline-confirm-yes ${p.confirm.className}`} type="danger" block loading={p.busy} onClick={p.onConfirm}>
        {p.confirm.text}
      </Button>
      <Button className={`inline-confirm-no ${p.back.className}`} fill="outline" block disabled={p.busy} onClick={p.onBack}>
        {p.back.text}
      </Button>
    </View>
  );
}
