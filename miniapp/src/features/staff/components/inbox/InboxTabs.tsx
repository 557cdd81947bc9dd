// The inbox's tabs (待办 / 待受理 / 审查中 / 待发件 / 全部), each with how many cases it holds, and
// the per-status counts of the open tab underneath.
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABEL, type CaseStatus } from '@bianmin/shared/cases/case-status';
import { countOf, INBOX_VIEWS, type InboxView } from '../../case-display';
import './inbox.scss';

export function InboxTabs({
  view,
  counts,
  onChange,
}: {
  view: InboxView;
  counts: Record<string, number> | null;
  onChange: (view: InboxView) => void;
}) {
  const open = INBOX_VIEWS.find((v) => v.view === view);
  const statuses = (open?.statuses ?? (Object.keys(counts ?? {}) as CaseStatus[])).filter((s) => (counts?.[s] ?? 0) > 0);
  return (
    <View className="staff-inbox-head">
      <View className="staff-inbox-tabs">
        {INBOX_VIEWS.map((v) => (
          <View
            key={v.view}
            className={`staff-inbox-tab${v.view === view ? ' is-active' : ''}`}
            data-view={v.view}
            onClick={() => onChange(v.view)}
          >
            <Text>{v.label}</Text>
            {counts && <Text className="staff-inbox-tab-count">{countOf(v.statuses, counts)}</Text>}
          </View>
        ))}
      </View>
      {statuses.length > 0 && (
        <View className="staff-inbox-counts">
          {statuses.map((s) => (
            <Text key={s} className="staff-inbox-count" data-status={s}>
              {CASE_STATUS_LABEL[s]} {counts?.[s] ?? 0}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
