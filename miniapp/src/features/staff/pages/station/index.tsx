// 本站代办情况: the community station's workload — its agents' cases by status, how many are past
// a deadline, and each agent's share — so the station head sees who files what and what is stuck.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABEL, type CaseStatus } from '@bianmin/shared/cases/case-status';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { ApiError } from '@/lib/request';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getStationWorkload } from '../../case-api';
import { staffPages } from '../../pages';
import './index.scss';

const statusLabel = (s: string): string => (s in CASE_STATUS_LABEL ? CASE_STATUS_LABEL[s as CaseStatus] : s);
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export default function StationPage() {
  return useSignInRequirement(staffPages.station) ?? <Station />;
}

function Station() {
  const pageClass = usePageClass('page staff-station');
  const w = useAsync(getStationWorkload, []);
  if (w.status === 'loading') return <LoadingState />;
  if (w.status === 'error') {
    if (w.error instanceof ApiError && w.error.status === 404) return <EmptyState title="仅社区代办员可查看本站代办情况" />;
    return <ErrorState error={w.error} onRetry={w.reload} />;
  }
  const { station, byStatus, overdue, agents } = w.data;
  const statuses = Object.entries(byStatus).filter(([, n]) => n > 0);
  return (
    <View className={pageClass}>
      <View className="card staff-station-head">
        <Text className="staff-station-name">{station.name}</Text>
        <Text className="staff-station-total">代办办件共 {sum(byStatus)} 件</Text>
        {overdue > 0 ? (
          <Text className="badge is-danger staff-station-overdue">超期未办结 {overdue} 件</Text>
        ) : (
          <Text className="muted">暂无超期办件</Text>
        )}
      </View>
      <View className="card">
        <View className="card-title">按状态</View>
        {statuses.length === 0 && <Text className="muted">本站还没有代办的办件。</Text>}
        {statuses.map(([s, n]) => (
          <View key={s} className="staff-station-row" data-status={s}>
            <Text>{statusLabel(s)}</Text>
            <Text className="staff-station-count">{n} 件</Text>
          </View>
        ))}
      </View>
      <View className="card">
        <View className="card-title">按代办员</View>
        {agents.map((a) => (
          <View key={a.userId} className="staff-station-agent">
            <View className="staff-station-row">
              <Text className="staff-station-agent-name">{a.displayName}</Text>
              <Text className="staff-station-count">{a.total} 件</Text>
            </View>
            <Text className="muted">
              {Object.entries(a.byStatus)
                .filter(([, n]) => n > 0)
                .map(([s, n]) => `${statusLabel(s)} ${n}`)
                .join(' · ') || '暂无办件'}
            </Text>
          </View>
        ))}
      </View>
      <Text className="link staff-station-cases" onClick={() => void Taro.navigateTo({ url: staffPages.cases.url })}>
        查看本站办件 ›
      </Text>
    </View>
  );
}
