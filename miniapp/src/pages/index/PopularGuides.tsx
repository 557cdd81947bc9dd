import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { listPopularGuides } from '@/lib/catalogue-api';
import { useAsync } from '@/lib/use-async';
import { guidePages } from '@/features/guides/pages';
import { formatLimit } from '@/lib/format';
import { tapProps } from '@/components/tap';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';

export function PopularGuides({ limit = 10 }: { limit?: number }) {
  const popular = useAsync(() => listPopularGuides(limit), [limit]);
  return (
    <View className="card">
      <View className="card-title">热门事项</View>
      {popular.status === 'loading' && <LoadingState />}
      {popular.status === 'error' && <ErrorState error={popular.error} onRetry={popular.reload} />}
      {popular.status === 'ok' && popular.data.length === 0 && <EmptyState title="暂无热门事项" />}
      {popular.status === 'ok' &&
        popular.data.map((g, i) => (
          <View key={g.code} className="popular-item" {...tapProps(() => void Taro.navigateTo({ url: guidePages.detail.url(g.code) }))}>
            <Text className={`popular-rank${i < 3 ? ' is-top' : ''}`}>{i + 1}</Text>
            <View className="popular-body">
              <Text className="popular-name">{g.name}</Text>
              <Text className="muted">
                {g.department.name} · 承诺{formatLimit(g.promisedLimitDays)}
                {g.fullyOnline ? ' · 全程网办' : ''}
              </Text>
            </View>
          </View>
        ))}
    </View>
  );
}
