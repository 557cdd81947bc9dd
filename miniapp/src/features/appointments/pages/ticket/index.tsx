// One appointment: right after booking or 改约 (with a word that it worked), or from 我的预约.
// 取消预约 asks first (a dialog; in 长辈版, which has no pop-ups, a step on the page); every refusal
// shows on the page.
import { useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Appointment } from '@bianmin/shared/appointments/appointment.schema';
import { formatVisit } from '@/lib/district-time';
import { decodeParam } from '@/lib/query';
import { ApiError, messageOf } from '@/lib/request';
import { appPages } from '@/lib/app-pages';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass, useElderMode } from '@/lib/elder-mode';
import { tell } from '@/lib/elder-mode-notices';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { InlineConfirm } from '@/components/InlineConfirm';
import { InlineNotice } from '@/components/InlineNotice';
import { SubscribeOffer } from '@/components/SubscribeOffer';
import { cancelAppointment, getAppointment } from '../../api';
import { TicketView } from '../../components/TicketView';
import { appointmentPages } from '../../pages';
import './index.scss';

export default function AppointmentPage() {
  const { params } = useRouter();
  const id = decodeParam(params.id) ?? '';
  const done = decodeParam(params.done);
  const signInFirst = useSignInRequirement(appointmentPages.ticket);
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // back from 改约: the time may have changed
    shown.current = true;
  });
  if (signInFirst) return signInFirst;
  if (!id) return <EmptyState title="缺少预约编号，请从“我的预约”进入" />;
  return <AppointmentLoader id={id} done={done} visit={visit} />;
}

function AppointmentLoader({ id, done, visit }: { id: string; done?: string; visit: number }) {
  const loaded = useAsync(() => getAppointment(id), [id, visit]);
  if (loaded.status === 'loading') return <LoadingState text="正在加载预约…" />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <EmptyState title="没有找到这个预约" />;
    return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  }
  return (
    <AppointmentDetail key={loaded.data.id + loaded.data.status + loaded.data.date + loaded.data.start} initial={loaded.data} done={done} />
  );
}

function AppointmentDetail({ initial, done }: { initial: Appointment; done?: string }) {
  const [a, setA] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const elder = useElderMode();
  const pageClass = usePageClass('page appointment-detail');
  const consequence = `${formatVisit(a.date, a.start, a.end)} 的预约将被取消，号源释放给其他人。`;

  async function askThenCancel() {
    if (elder) {
      setAsking(true);
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: `确定取消 ${formatVisit(a.date, a.start, a.end)} 的预约吗？取消后号源将释放给其他人。`,
      confirmText: '取消预约',
      cancelText: '暂不取消',
      confirmColor: '#c92a2a',
    });
    if (confirm) await cancel();
  }

  async function cancel() {
    setBusy(true);
    setError(null);
    try {
      setA(await cancelAppointment(a.id));
      tell('预约已取消', 'success');
    } catch (err) {
      setError(messageOf(err)); // CANCEL_TOO_LATE says until when, and to call the hall
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  return (
    <View className={pageClass}>
      {done && a.status !== 'cancelled' && <DoneBanner done={done} pending={a.status === 'pending'} />}
      <TicketView
        appointment={a}
        busy={busy}
        error={error}
        onCancel={() => void askThenCancel()}
        cancelStep={
          asking && (
            <InlineConfirm
              className="appointment-cancel-step"
              title="取消预约"
              consequence={consequence}
              confirm={{ text: '确认取消预约', className: 'appointment-cancel-confirm' }}
              back={{ text: '不取消，返回', className: 'appointment-cancel-back' }}
              busy={busy}
              onConfirm={() => void cancel()}
              onBack={() => setAsking(false)}
            />
          )
        }
      />
      <InlineNotice />
      {done === 'booked' && <SubscribeOffer moment="booked" text="预约确认、变动和前一天的提醒，通过微信通知我" />}
      <View className="appointment-links">
        <Text className="link" onClick={toMyAppointments}>
          我的预约
        </Text>
        <Text className="link" onClick={() => void Taro.switchTab({ url: appPages.home.url })}>
          返回首页
        </Text>
      </View>
    </View>
  );
}

/** Back to 我的预约 when that is where the resident came from, else there in place of this page. */
function toMyAppointments() {
  const pages = Taro.getCurrentPages();
  if (pages.at(-2)?.route?.includes('appointments/pages/mine')) void Taro.navigateBack();
  else void Taro.redirectTo({ url: appointmentPages.mine.url });
}

function DoneBanner({ done, pending }: { done: string; pending: boolean }) {
  const title = done === 'rescheduled' ? '改约成功' : pending ? '预约已提交' : '预约成功';
  return (
    <View className="appointment-done">
      <Text className="appointment-done-title">{title}</Text>
      {pending && <Text className="appointment-done-text">需窗口工作人员确认，确认后预约生效。</Text>}
    </View>
  );
}
