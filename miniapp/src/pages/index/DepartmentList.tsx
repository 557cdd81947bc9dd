import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { listDepartments } from '@/lib/catalogue-api';
import { useAsync } from '@/lib/use-async';
import { guidePages } from '@/features/guides/pages';
import { tapProps } from '@/components/tap';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';

export function DepartmentList() {
  const departments = useAsync(listDepartments, []);
  return (
    <View className="card">
      <View className="card-title">按部门找</View>
      {departments.status === 'loading' && <LoadingState />}
      {departments.status === 'error' && <ErrorState error={departments.error} onRetry={departments.reload} />}
      {departments.status === 'ok' && departments.data.length === 0 && <EmptyState title="暂无部门" />}
      {departments.status === 'ok' &&
        departments.data.map((d) => (
          <View
            key={d.code}
            className="department-item"
            {...tapProps(() => void Taro.navigateTo({ url: guidePages.search.url({ department: d.code }) }))}
          >
            <Text className="department-name">{d.name}</Text>
            <Text className="muted">{d.itemCount}项 ›</Text>
          </View>
        ))}
    </View>
  );
}
