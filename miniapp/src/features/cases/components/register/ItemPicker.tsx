// Step 0 of 窗口收件登记: which item the applicant came for, found by their own words (the same
// search residents use). Only items with an application form can be registered; the others say so.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { GuideSummary } from '@bianmin/shared/guides/guide.schema';
import { TextField } from '@/components/TextField';
import { ErrorState, LoadingState } from '@/components/PageState';
import { useAsync } from '@/lib/use-async';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { searchRegistrableItems } from '../../api';
import './register.scss';

export function ItemPicker({ onPick }: { onPick: (item: GuideSummary) => void }) {
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), 300);
  const found = useAsync(() => (query ? searchRegistrableItems(query) : Promise.resolve(null)), [query]);
  return (
    <View className="card register-item-picker">
      <View className="card-title">选择办理事项</View>
      <TextField
        className="register-item-search"
        label="事项名称或关键词"
        hint="如：个体工商户、灵活就业、医保"
        maxlength={50}
        value={q}
        onInput={setQ}
      />
      {found.status === 'loading' && query && <LoadingState text="正在查找…" />}
      {found.status === 'error' && <ErrorState error={found.error} onRetry={found.reload} />}
      {found.status === 'ok' && found.data?.length === 0 && <Text className="muted">没有找到相关事项，请换个说法试试。</Text>}
      {found.status === 'ok' &&
        found.data?.map((item) =>
          item.onlineSubmission ? (
            <View key={item.code} className="register-item" role="button" onClick={() => onPick(item)}>
              <Text className="register-item-name">{item.name}</Text>
              <Text className="muted register-item-dept">{item.department.name}</Text>
            </View>
          ) : (
            <View key={item.code} className="register-item is-disabled" aria-disabled>
              <Text className="register-item-name">{item.name}</Text>
              <Text className="muted register-item-dept">暂无电子申请表，请按纸质流程办理</Text>
            </View>
          ),
        )}
    </View>
  );
}
