// 办事指南 search: debounced query, filters, highlighted results, infinite scroll, suggestions.
import { useState } from 'react';
import { useReachBottom, useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { Audience } from '@bianmin/shared/catalogue/vocabulary';
import type { GuideSearchResult, GuideSummary } from '@bianmin/shared/guides/guide.schema';
import { decodeParam } from '@/lib/query';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { usePagedList } from '@/lib/use-paged-list';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { searchGuides, type GuideFilters as Filters } from '../../api';
import { GuideFilters } from '../../components/GuideFilters';
import { GuideResultItem } from '../../components/GuideResultItem';
import { ListFooter } from '@/components/ListFooter';
import './index.scss';

export default function GuideSearchPage() {
  const pageClass = usePageClass('page guide-search');
  const { params } = useRouter();
  const [text, setText] = useState(() => decodeParam(params.q) ?? '');
  const [filters, setFilters] = useState<Omit<Filters, 'q'>>(() => ({
    department: decodeParam(params.department),
    audience: decodeParam(params.audience) as Audience | undefined,
    lifeEvent: decodeParam(params.lifeEvent),
  }));
  const q = useDebouncedValue(text.trim(), 300);
  // The query the resident asked guesses for; another query or filter asks afresh.
  const [guessFor, setGuessFor] = useState<string | null>(null);
  const base: Filters = { ...filters, q: q || undefined };
  const query: Filters = guessFor === JSON.stringify(base) ? { ...base, guess: '1' } : base;

  const list = usePagedList<GuideSummary, GuideSearchResult>((page) => searchGuides(query, page), JSON.stringify(query));
  useReachBottom(list.loadMore);
  const suggestions = list.last?.suggestions ?? [];
  const partial = list.last?.partial === true;
  const guessed = list.last?.guessed === true;
  // Emoji or punctuation alone: the server finds nothing, so say what to type instead.
  const nothingToSearch = q !== '' && !/[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff\uff10-\uff5a]/.test(q);
  const chips = suggestions.length > 0 && (
    <View className="guide-suggestions">
      <Text className="muted">您是不是要找：</Text>
      {suggestions.map((s) => (
        <Text key={s} className="chip guide-suggestion" onClick={() => setText(s)}>
          {s}
        </Text>
      ))}
    </View>
  );

  return (
    <View className={pageClass}>
      <View className="guide-search-bar">
        <View className="guide-search-box">
          <Input
            className="guide-search-input"
            value={text}
            placeholder="输入事项名称或想办的事，如：开饭店"
            confirmType="search"
            maxlength={50}
            onInput={(e) => setText(e.detail.value)}
          />
          {text && (
            <Text className="guide-search-clear" onClick={() => setText('')}>
              清除
            </Text>
          )}
        </View>
        <GuideFilters value={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} />
      </View>

      {list.status === 'loading' && <LoadingState text="正在查找事项…" />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.page > 0 && list.items.length === 0 && (
        <EmptyState title="没有找到相关事项">
          <Text className="muted">{nothingToSearch ? '请输入文字，例如事项名称或想办的事' : '换个说法试试，或者减少筛选条件'}</Text>
          {chips}
          {q !== '' && !nothingToSearch && !guessed && (
            <Button className="guide-guess" fill="outline" onClick={() => setGuessFor(JSON.stringify(base))}>
              看看字面相近的事项
            </Button>
          )}
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <View className="guide-results">
          <Text className="guide-total muted">
            {guessed
              ? `没有找到与“${q}”相符的事项，以下 ${list.total} 个事项只是与其中个别字相近，仅供参考`
              : partial
                ? `没有完全符合“${q}”的事项，以下 ${list.total} 个事项与其中部分词语相符`
                : `共找到 ${list.total} 个事项`}
          </Text>
          {partial && chips}
          {list.items.map((g) => (
            <GuideResultItem key={g.code} guide={g} />
          ))}
          <ListFooter list={list} />
        </View>
      )}
    </View>
  );
}
