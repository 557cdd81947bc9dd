// 我的办件: every case of the resident (全部 / 办理中 / 已办结), paged, each opening its case page.
import { useRef, useState } from 'react';
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CaseList as CasePage, CaseSummary } from '@bianmin/shared/cases/case.schema';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { usePagedList } from '@/lib/use-paged-list';
import { usePageClass } from '@/lib/elder-mode';
import { formatDate } from '@/lib/case-display';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { ListFooter } from '@/components/ListFooter';
import { guidePages } from '@/features/guides/pages';
import { listMyCases, type CaseState } from '../../api';
import { ProgressBar, StatusBadge } from '../../components/CaseParts';
import { casePages } from '../../pages';
import './index.scss';

const TABS: { state: CaseState; label: string }[] = [
  { state: 'all', label: '全部' },
  { state: 'open', label: '办理中' },
  { state: 'closed', label: '已办结' },
];

export default function MyCasesPage() {
  const pageClass = usePageClass('page my-cases');
  const signInFirst = useSignInRequirement(casePages.mine);
  const [state, setState] = useState<CaseState>('all');
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // back from a case that was withdrawn
    shown.current = true;
  });
  // Page hooks (reach bottom) belong to the page component, so the list lives here.
  const list = usePagedList<CaseSummary, CasePage>(
    (page: number) => (signInFirst ? new Promise<never>(() => {}) : listMyCases(state, page)),
    `${state}:${visit}:${signInFirst ? 'out' : 'in'}`,
  );
  useReachBottom(list.loadMore);
  if (signInFirst) return signInFirst;
  return (
    <View className={pageClass}>
      <View className="my-cases-tabs">
        {TABS.map((t) => (
          <Text key={t.state} className={`my-cases-tab${t.state === state ? ' is-active' : ''}`} onClick={() => setState(t.state)}>
            {t.label}
          </Text>
        ))}
      </View>
      <Cases state={state} list={list} />
    </View>
  );
}

function Cases({ state, list }: { state: CaseState; list: ReturnType<typeof usePagedList<CaseSummary, CasePage>> }) {
  if (list.status === 'loading') return <LoadingState text="正在加载办件…" />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) {
    return (
      <EmptyState title={state === 'closed' ? '暂无已办结的办件' : state === 'open' ? '暂无办理中的办件' : '您还没有办件'}>
        <Text className="link" onClick={() => void Taro.navigateTo({ url: guidePages.search.url() })}>
          查找可网上申报的事项 ›
        </Text>
      </EmptyState>
    );
  }
  return (
    <View className="my-case-list">
      {list.items.map((c) => (
        <CaseRow key={c.number} c={c} />
      ))}
      <ListFooter list={list} />
    </View>
  );
}

function CaseRow({ c }: { c: CaseSummary }) {
  return (
    <View className="card my-case" data-number={c.number} onClick={() => void Taro.navigateTo({ url: casePages.detail.url(c.number) })}>
      <View className="my-case-head">
        <Text className="my-case-item">{c.item.name}</Text>
        <StatusBadge status={c.status} label={c.statusLabel} />
      </View>
      <Text className="muted my-case-number">{c.number}</Text>
      <ProgressBar progress={c.progress} />
      <Text className="my-case-next">{c.nextStep}</Text>
      <View className="my-case-foot">
        <Text className="muted my-case-date">
          {c.promisedDeadline
            ? `承诺${formatDate(c.promisedDeadline)}前办结`
            : c.acceptanceDueOn
              ? `${formatDate(c.acceptanceDueOn)}前决定是否受理`
              : ''}
        </Text>
        <Text className="link">查看 ›</Text>
      </View>
    </View>
  );
}
