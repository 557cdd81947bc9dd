// Loading, error (with retry) and empty states: every page shows one of these instead of a blank.
// Often they are all a page renders, so each carries 长辈版's `elder` like a page root does.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { usePageClass } from '@/lib/elder-mode';
import { messageOf } from '@/lib/request';
import './PageState.scss';

export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className={usePageClass('state-view state-loading')}>
      <View className="state-spinner" />
      <Text className="muted">{text}</Text>
    </View>
  );
}

export function ErrorState({ error, onRetry, title = '加载失败' }: { error: unknown; onRetry: () => void; title?: string }) {
  return (
    <View className={usePageClass('state-view state-error')}>
      <Text className="state-title">{title}</Text>
      <Text className="state-text">{messageOf(error)}</Text>
      <Button className="state-retry" type="primary" size="small" onClick={onRetry}>
        重新加载
      </Button>
    </View>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <View className={usePageClass('state-view state-empty')}>
      <Text className="state-title">{title}</Text>
      {children}
    </View>
  );
}
