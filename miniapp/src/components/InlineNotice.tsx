// Where a page shows messages inline instead of toasts in 长辈版 (see lib/elder-mode-notices.ts).
import { useEffect, useState, useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { notices, pageOf } from '@/lib/elder-mode-notices';
import './InlineNotice.scss';

export function InlineNotice() {
  // The page this notice area belongs to, as it was when the page mounted.
  const [path] = useState(() => Taro.getCurrentInstance().router?.path ?? '');
  useEffect(() => notices.register(path), [path]);
  const notice = useSyncExternalStore(notices.subscribe, notices.current);
  const page = pageOf(path);
  if (notice?.page !== page) return <View className="inline-notice-slot" role="status" aria-live="polite" />;
  return (
    <View className="inline-notice-slot" role="status" aria-live="polite">
      <View className="inline-notice">
        <Text className="inline-notice-text">{notice.text}</Text>
        <View className="inline-notice-close" role="button" aria-label="知道了，关闭提示" onClick={() => notices.dismiss(notice.id)}>
          知道了
        </View>
      </View>
    </View>
  );
}
