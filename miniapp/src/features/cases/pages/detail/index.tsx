// 办件详情: where the case stands (status, progress, next step), a correction notice and the 补正 form
// if any, the decision (with the 决定书) and how the result comes (取件码 / 快递单号), the dates in
// working days, the full record, what was submitted, and 撤回申请 while it is allowed (asked on the
// page; in standard mode a dialog asks once more — 长辈版 has no pop-ups).
import { useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { Case } from '@bianmin/shared/cases/case.schema';
import { decodeParam } from '@/lib/query';
import { ApiError, messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass, useElderMode } from '@/lib/elder-mode';
import { tell } from '@/lib/elder-mode-notices';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { InlineConfirm } from '@/components/InlineConfirm';
import { InlineNotice } from '@/components/InlineNotice';
import { TextField } from '@/components/TextField';
import { SubscribeOffer } from '@/components/SubscribeOffer';
import { getCase, withdrawCase } from '../../api';
import { CaseDatesCard, CaseHead, Timeline } from '../../components/CaseParts';
import { ApplicationRecord, CorrectionCard } from '../../components/CaseRecord';
import { DecisionCard, DeliveryCard } from '../../components/CaseOutcome';
import { ResubmitForm } from '../../components/ResubmitForm';
import { casePages } from '../../pages';
import './index.scss';

export default function CaseDetailPage() {
  const number = decodeParam(useRouter().params.number) ?? '';
  const signInFirst = useSignInRequirement(casePages.detail);
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // the case may have moved on meanwhile
    shown.current = true;
  });
  if (signInFirst) return signInFirst;
  if (!number) return <EmptyState title="缺少办件编号，请从“我的办件”进入" />;
  return <CaseLoader number={number} visit={visit} />;
}

function CaseLoader({ number, visit }: { number: string; visit: number }) {
  const loaded = useAsync(() => getCase(number), [number, visit]);
  if (loaded.status === 'loading') return <LoadingState text="正在加载办件…" />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <EmptyState title="没有找到这个办件" />;
    return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  }
  return <CaseView key={loaded.data.number + loaded.data.status} initial={loaded.data} />;
}

function CaseView({ initial }: { initial: Case }) {
  const [c, setC] = useState(initial);
  return (
    <View className={usePageClass('page case-detail')}>
      <CaseHead c={c} />
      {c.correction && c.status === 'correction_requested' && <CorrectionCard correction={c.correction} />}
      {c.correction && c.status === 'correction_requested' && <ResubmitForm c={c} onResubmitted={setC} />}
      {c.decision && <DecisionCard decision={c.decision} />}
      {showDelivery(c) && <DeliveryCard delivery={c.delivery} />}
      {!['delivered', 'withdrawn', 'not_accepted'].includes(c.status) && (
        <SubscribeOffer moment="case" text="办件有进展时，通过微信通知我" />
      )}
      <CaseDatesCard dates={c.dates} />
      <Timeline entries={c.timeline} />
      <ApplicationRecord c={c} />
      {c.canWithdraw && <Withdraw number={c.number} onWithdrawn={setC} />}
      <InlineNotice />
    </View>
  );
}

/** How the result will come: once decided, or while the resident's choice is worth recalling (posted). */
const showDelivery = (c: Case) =>
  c.decision !== null || c.delivery.method === 'post' || c.delivery.pickupCode !== null || c.delivery.dispatchedAt !== null;

/** 撤回申请: an optional reason and what withdrawing means, on the page; then the server's answer (or its refusal). */
function Withdraw({ number, onWithdrawn }: { number: string; onWithdrawn: (c: Case) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const elder = useElderMode();

  async function confirm() {
    // The step on the page has said what withdrawing means; 长辈版 asks nothing more (no pop-ups).
    if (!elder) {
      const { confirm: yes } = await Taro.showModal({
        title: '撤回申请',
        content: '撤回后本次申请终止办理，如需办理须重新申请。确定撤回吗？',
        confirmText: '确定撤回',
        cancelText: '暂不撤回',
        confirmColor: '#c92a2a',
      });
      if (!yes) return;
    }
    setBusy(true);
    setError(null);
    try {
      onWithdrawn(await withdrawCase(number, reason));
      tell('申请已撤回', 'success');
    } catch (err) {
      setError(messageOf(err)); // CASE_STATE: a decision was made meanwhile
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <View className="case-actions">
        <Button className="case-withdraw" type="danger" fill="outline" block onClick={() => setOpen(true)}>
          撤回申请
        </Button>
      </View>
    );
  }
  return (
    <InlineConfirm
      className="case-withdraw-form"
      title="撤回申请"
      consequence="撤回后本次申请终止办理，如需办理须重新申请。"
      confirm={{ text: '确认撤回', className: 'case-withdraw-confirm' }}
      back={{ text: '不撤回了', className: 'case-withdraw-cancel' }}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onBack={() => setOpen(false)}
    >
      <TextField
        className="case-withdraw-reason"
        label="撤回原因（选填）"
        hint="最多200个字"
        maxlength={200}
        value={reason}
        error={reason.trim().length > 200 ? '撤回原因不能超过200个字' : null}
        onInput={setReason}
      />
    </InlineConfirm>
  );
}
