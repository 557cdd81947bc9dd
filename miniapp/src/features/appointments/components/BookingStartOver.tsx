// A booking step opened without what it needs (a shared link cut short, a page restored from an
// old visit): say what is missing and offer to start from choosing the item.
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { EmptyState } from '@/components/PageState';
import { appointmentPages } from '../pages';

export function BookingStartOver({ title }: { title: string }) {
  return (
    <EmptyState title={title}>
      <Text className="link" onClick={() => void Taro.redirectTo({ url: appointmentPages.start.url })}>
        选择事项 ›
      </Text>
    </EmptyState>
  );
}
