// 统一收件: the cases in this member of staff's scope by tab (待办 / 待受理 / 审查中 / 待发件 /
// 全部), most urgent first, each with its card (红橙绿蓝牌) and deadline; paged as it scrolls.
import { useRef, useState } from 'react';
import { useDidShow, useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { StaffCaseList, StaffCaseSummary } from '@bianmin/shared/cases/handling.schema';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { usePagedList } from '@/lib/use-paged-list';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { ListFooter } from '@/components/ListFooter';
import { isNotStaff } from '../../api';
import { listInbox } from '../../case-api';
import { INBOX_VIEWS, type InboxView } from '../../case-display';
import { InboxRow } from '../../components/inbox/InboxRow';
import { InboxTabs } from '../../components/inbox/InboxTabs';
import { staffPages } from '../../pages';
import './index.scss';

type Inbox = ReturnType<typeof usePagedList<StaffCaseSummary, StaffCaseList>>;

export default function StaffInboxPage() {
  const pageClass = usePageClass('page staff-inbox');
  const signInFirst = useSignInRequirement(staffPages.cases);
  const [view, setView] = useState<InboxView>('todo');
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // back from a case that moved on
    shown.current = true;
  });
  // Page hooks (reach bottom) belong to the page component, so the list lives here.
  const list = usePagedList<StaffCaseSummary, StaffCaseList>(
    (page: number) => (signInFirst ? new Promise<never>(() => {}) : listInbox(view, page)),
    `${view}:${visit}:${signInFirst ? 'out' : 'in'}`,
  );
  useReachBottom(list.loadMore);
  if (signInFirst) return signInFirst;
  return (
    <View className={pageClass}>
      <InboxTabs view={view} counts={list.last?.counts ?? null} onChange={setView} />
      <Rows view={view} list={list} />
    </View>
  );
}

function Rows({ view, list }: { view: InboxView; list: Inbox }) {
  if (list.status === 'loading') return <LoadingState text="正在加载办件…" />;
  if (list.status === 'error') {
    if (isNotStaff(list.error)) return <EmptyState title="您的账号没有办件权限" />;
    return <ErrorState error={list.error} onRetry={list.reload} />;
  }
  if (list.items.length === 0) {
    const label = INBOX_VIEWS.find((v) => v.view === view)?.label ?? '';
    return <EmptyState title={view === 'all' ? '暂无办件' : `暂无“${label}”的办件`} />;
  }
  return (
    <View className="staff-inbox-list">
      {list.items.map((c) => (
        <InboxRow key={c.number} c={c} />
      ))}
      <ListFooter list={list} />
    </View>
  );
}
