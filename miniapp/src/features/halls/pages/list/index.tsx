// 窗口联系: halls by level, nearest first when the resident shares a location.
import { useState } from 'react';
import { useReachBottom, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { HallLevel } from '@bianmin/shared/catalogue/vocabulary';
import type { HallPage, HallSummary } from '@bianmin/shared/halls/hall.schema';
import { decodeParam } from '@/lib/query';
import { useLocation, type LocationState } from '@/lib/use-location';
import { usePagedList } from '@/lib/use-paged-list';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { ListFooter } from '@/components/ListFooter';
import { listHalls, type HallFilters } from '../../api';
import { HallCard } from '../../components/HallCard';
import './index.scss';

const TABS: { level: HallLevel | undefined; label: string }[] = [
  { level: undefined, label: '全部' },
  { level: 'district', label: '区中心' },
  { level: 'street', label: '街道' },
  { level: 'community', label: '社区' },
];

export default function HallListPage() {
  const pageClass = usePageClass('page hall-list');
  const { params } = useRouter();
  const item = decodeParam(params.item);
  const itemName = decodeParam(params.itemName);
  const [level, setLevel] = useState<HallLevel | undefined>(undefined);
  const [location, relocate] = useLocation();

  return (
    <View className={pageClass}>
      <View className="hall-tabs">
        {TABS.map((t) => (
          <Text key={t.label} className={`hall-level-tab${t.level === level ? ' is-active' : ''}`} onClick={() => setLevel(t.level)}>
            {t.label}
          </Text>
        ))}
      </View>
      {item && <Text className="hall-item-note muted">可办理“{itemName ?? item}”的大厅</Text>}
      <LocationNote location={location} onRetry={relocate} />
      {location.status === 'locating' ? (
        <LoadingState text="正在获取您的位置…" />
      ) : (
        <HallResults filters={{ level, item, near: location.status === 'granted' ? location.near : undefined }} />
      )}
    </View>
  );
}

function LocationNote({ location, onRetry }: { location: LocationState; onRetry: () => void }) {
  if (location.status === 'granted') return <Text className="hall-location-note muted">已按离您的距离由近到远排列</Text>;
  if (location.status === 'denied') {
    return (
      <View className="hall-location-note is-denied">
        <Text>未能获取您的位置，以下大厅未按距离排序，也不显示距离。</Text>
        <Text className="link" onClick={onRetry}>
          重新定位
        </Text>
      </View>
    );
  }
  return null;
}

function HallResults({ filters }: { filters: HallFilters }) {
  const list = usePagedList<HallSummary, HallPage>((page) => listHalls(filters, page), JSON.stringify(filters));
  useReachBottom(list.loadMore);

  if (list.status === 'loading') return <LoadingState text="正在查找大厅…" />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) return <EmptyState title="这里还没有大厅信息" />;
  return (
    <View className="hall-results">
      <Text className="hall-total muted">共 {list.total} 个</Text>
      {list.items.map((h) => (
        <HallCard key={h.id} hall={h} />
      ))}
      <ListFooter list={list} />
    </View>
  );
}
