// 预约服务 from the home tab: which item to book — the popular bookable ones, or a search.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { GuideSummary } from '@bianmin/shared/guides/guide.schema';
import { listPopularGuides } from '@/lib/catalogue-api';
import { guidePages } from '@/features/guides/pages';
import { useAsync } from '@/lib/use-async';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { searchBookableItems } from '../../api';
import { appointmentPages } from '../../pages';
import './index.scss';

const POPULAR_SHOWN = 10;

export default function BookingStartPage() {
  const pageClass = usePageClass('page booking-start');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  return (
    <View className={pageClass}>
      <View className="booking-search">
        <Input
          className="booking-search-input"
          value={text}
          placeholder="搜索要预约的事项，如：结婚登记"
          confirmType="search"
          maxlength={50}
          onInput={(e) => setText(e.detail.value)}
        />
        {text && (
          <Text className="booking-search-clear" onClick={() => setText('')}>
            清除
          </Text>
        )}
      </View>
      {q ? <SearchResults q={q} /> : <PopularBookable />}
      <View className="card booking-start-help">
        <Text className="muted">只列出可以网上预约的事项。预约需先登录并完成实名认证；到大厅后凭预约码或二维码在窗口签到。</Text>
      </View>
    </View>
  );
}

function PopularBookable() {
  const popular = useAsync(
    () => listPopularGuides(50).then((items) => items.filter((g) => g.appointmentAvailable).slice(0, POPULAR_SHOWN)),
    [],
  );
  if (popular.status === 'loading') return <LoadingState text="正在加载可预约事项…" />;
  if (popular.status === 'error') return <ErrorState error={popular.error} onRetry={popular.reload} />;
  if (popular.data.length === 0) return <EmptyState title="暂无热门的可预约事项，请搜索事项名称" />;
  return <ItemList title="热门预约事项" items={popular.data} />;
}

function SearchResults({ q }: { q: string }) {
  const found = useAsync(() => searchBookableItems(q), [q]);
  if (found.status === 'loading') return <LoadingState text="正在查找…" />;
  if (found.status === 'error') return <ErrorState error={found.error} onRetry={found.reload} />;
  if (found.data.length === 0) {
    return (
      <EmptyState title="没有找到可预约的相关事项">
        <Text className="state-text">换个说法试试；不提供预约的事项可直接到窗口办理。</Text>
        <Text className="link" onClick={() => void Taro.navigateTo({ url: guidePages.search.url({ q }) })}>
          在办事指南中查找“{q}” ›
        </Text>
      </EmptyState>
    );
  }
  return <ItemList title={`找到 ${found.data.length} 个可预约事项`} items={found.data} />;
}

function ItemList({ title, items }: { title: string; items: GuideSummary[] }) {
  return (
    <View className="card">
      <View className="card-title">{title}</View>
      {items.map((g) => (
        <View
          key={g.code}
          className="booking-item"
          onClick={() => void Taro.navigateTo({ url: appointmentPages.halls.url({ item: g.code, itemName: g.name }) })}
        >
          <View className="booking-item-body">
            <Text className="booking-item-name">{g.name}</Text>
            <Text className="muted">{g.department.name}</Text>
          </View>
          <Text className="link">预约 ›</Text>
        </View>
      ))}
    </View>
  );
}
