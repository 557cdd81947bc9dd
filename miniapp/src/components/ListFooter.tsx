import { Text, View } from '@tarojs/components';

interface PagedListView {
  status: 'loading' | 'idle' | 'error' | 'loadingMore' | 'moreError';
  hasMore: boolean;
  loadMore: () => void;
}

/** End of an infinitely scrolled list: a tappable 加载更多 (scrolling also loads), a retry, or 已经到底了. */
export function ListFooter({ list }: { list: PagedListView }) {
  if (list.status === 'loadingMore') return <View className="list-footer muted">正在加载…</View>;
  if (list.status === 'moreError') {
    return (
      <View className="list-footer list-load-more link" onClick={list.loadMore}>
        加载失败，点击重试
      </View>
    );
  }
  if (list.hasMore) {
    return (
      <View className="list-footer list-load-more link" onClick={list.loadMore}>
        加载更多
      </View>
    );
  }
  return (
    <View className="list-footer muted">
      <Text>已经到底了</Text>
    </View>
  );
}
