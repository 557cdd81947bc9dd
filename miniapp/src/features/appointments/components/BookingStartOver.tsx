// A booking step opened without what it needs (a shared link cut short, a page restored from an
// old visit): say what is missing and offer to start from choosing the item.
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { EmptyState } from '@/components/PageState';
import { appointmentPages } from '../pages';

// The link says 重新选择 where the resident had already chosen, 选择事项 where nothing was chosen yet.
export function BookingStartOver({ title, link = '选择事项 ›' }: { title: string; link?: string }) {
  return (
    <EmptyState title={title}>
      <Text className="link" onClick={() => void Taro.redirectTo({ url: appointmentPages.start.url })}>
        {link}
      </Text>
    </EmptyState>
  );
}
