// 办件审查: one case as staff see it — status, card, deadlines, the applicant (masked), answers,
// materials, timeline, internal review notes, decision and delivery — and the steps open to this
// member of staff. Each step answers with the case as it now is, shown in place with a message.
import { useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import { getMe } from '@/lib/auth';
import { decodeParam } from '@/lib/query';
import { ApiError } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getStaffCase } from '../../case-api';
import { CaseActions } from '../../components/actions/CaseActions';
import { ApplicationCard } from '../../components/case/ApplicationCard';
import { CaseDatesCard } from '../../components/case/CaseDatesCard';
import { CaseHeadCard } from '../../components/case/CaseHeadCard';
import { CorrectionCard, DecisionCard } from '../../components/case/DecisionCard';
import { DeliveryCard } from '../../components/case/DeliveryCard';
import { MaterialsCard } from '../../components/case/MaterialsCard';
import { NotesCard } from '../../components/case/NotesCard';
import { NoticesCard } from '../../components/case/NoticesCard';
import { TimelineCard } from '../../components/case/TimelineCard';
import { staffPages } from '../../pages';
import './index.scss';

export default function StaffCasePage() {
  const number = decodeParam(useRouter().params.number) ?? '';
  const signInFirst = useSignInRequirement(staffPages.case);
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // another member of staff may have acted meanwhile
    shown.current = true;
  });
  if (signInFirst) return signInFirst;
  if (!number) return <EmptyState title="缺少办件编号，请从统一收件进入" />;
  return <CaseLoader number={number} visit={visit} />;
}

function CaseLoader({ number, visit }: { number: string; visit: number }) {
  const [attempt, setAttempt] = useState(0); // 刷新办件 after a step was refused because the case moved on
  const loaded = useAsync(() => Promise.all([getStaffCase(number), getMe()]), [number, visit, attempt]);
  if (loaded.status === 'loading') return <LoadingState text="正在加载办件…" />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404)
      return <EmptyState title="没有找到这个办件，或它不在您的办理范围内" />;
    return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  }
  const [c, me] = loaded.data;
  return <CaseView key={`${c.number}:${visit}:${attempt}`} initial={c} me={me} reload={() => setAttempt((a) => a + 1)} />;
}

function CaseView({ initial, me, reload }: { initial: StaffCase; me: Me; reload: () => void }) {
  const pageClass = usePageClass('page staff-case');
  const [c, setC] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  function done(next: StaffCase, text: string) {
    setC(next);
    setMessage(text);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
  }
  return (
    <View className={pageClass} data-number={c.number}>
      <CaseHeadCard c={c} />
      <CaseActions host={{ c, me, done, reload }} message={message} />
      {c.correction && c.status === 'correction_requested' && <CorrectionCard correction={c.correction} />}
      {c.decision && <DecisionCard decision={c.decision} />}
      <CaseDatesCard dates={c.dates} />
      <NoticesCard c={c} />
      <NotesCard notes={c.notes} />
      <ApplicationCard c={c} />
      <MaterialsCard materials={c.materials} />
      <DeliveryCard delivery={c.delivery} />
      <TimelineCard entries={c.timeline} />
    </View>
  );
}
