import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { listLifeEvents } from '@/lib/catalogue-api';
import { useAsync } from '@/lib/use-async';
import { guidePages } from '@/features/guides/pages';
import { tapProps } from '@/components/tap';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';

/** 按生活场景找: residents think in events (开饭店, 生孩子), not in department names. */
export function LifeEventGrid() {
  const events = useAsync(listLifeEvents, []);
  return (
    <View className="card">
      <View className="card-title">按生活场景找</View>
      {events.status === 'loading' && <LoadingState />}
      {events.status === 'error' && <ErrorState error={events.error} onRetry={events.reload} />}
      {events.status === 'ok' && events.data.length === 0 && <EmptyState title="暂无生活场景" />}
      {events.status === 'ok' && events.data.length > 0 && (
        <View className="life-events">
          {events.data.map((e) => (
            <View
              key={e.code}
              className="life-event"
              {...tapProps(() => void Taro.navigateTo({ url: guidePages.search.url({ lifeEvent: e.code }) }))}
            >
              <Text className="life-event-name">{e.name}</Text>
              <Text className="life-event-count">{e.itemCount}项</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
