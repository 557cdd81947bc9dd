// 我的预约: what is coming (to carry to the hall) and what is past, each opening its ticket.
import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Appointment } from '@bianmin/shared/appointments/appointment.schema';
import { statusTone } from '@/lib/appointment-status';
import { formatVisit } from '@/lib/district-time';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { listMyAppointments } from '../../api';
import { appointmentPages } from '../../pages';
import './index.scss';

type When = 'upcoming' | 'past';
const TABS: { when: When; label: string }[] = [
  { when: 'upcoming', label: '待办理' },
  { when: 'past', label: '历史预约' },
];

export default function MyAppointmentsPage() {
  const pageClass = usePageClass('page my-appointments');
  const signInFirst = useSignInRequirement(appointmentPages.mine);
  const [when, setWhen] = useState<When>('upcoming');
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // back from a ticket that was cancelled or moved
    shown.current = true;
  });
  if (signInFirst) return signInFirst;
  return (
    <View className={pageClass}>
      <View className="my-appointments-tabs">
        {TABS.map((t) => (
          <Text key={t.when} className={`my-appointments-tab${t.when === when ? ' is-active' : ''}`} onClick={() => setWhen(t.when)}>
            {t.label}
          </Text>
        ))}
      </View>
      <AppointmentList when={when} visit={visit} />
    </View>
  );
}

function AppointmentList({ when, visit }: { when: When; visit: number }) {
  const list = useAsync(() => listMyAppointments(when), [when, visit]);
  if (list.status === 'loading') return <LoadingState text="正在加载预约…" />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.data.length === 0) {
    return (
      <EmptyState title={when === 'upcoming' ? '暂无待办理的预约' : '暂无历史预约'}>
        {when === 'upcoming' && (
          <Text className="link" onClick={() => void Taro.navigateTo({ url: appointmentPages.start.url })}>
            去预约办事 ›
          </Text>
        )}
      </EmptyState>
    );
  }
  return (
    <View className="my-appointment-list">
      {list.data.map((a) => (
        <AppointmentItem key={a.id} appointment={a} />
      ))}
    </View>
  );
}

function AppointmentItem({ appointment: a }: { appointment: Appointment }) {
  return (
    <View
      className="card my-appointment"
      data-ticket={a.ticketCode}
      onClick={() => void Taro.navigateTo({ url: appointmentPages.ticket.url(a.id) })}
    >
      <View className="my-appointment-head">
        <Text className="my-appointment-item">{a.item.name}</Text>
        <Text className={`badge my-appointment-status${statusTone(a.status)}`}>{a.statusLabel}</Text>
      </View>
      <Text className="my-appointment-time">{formatVisit(a.date, a.start, a.end)}</Text>
      <Text className="muted">{a.hall.name}</Text>
      <View className="my-appointment-foot">
        <Text className="muted">预约码 {a.ticketCode}</Text>
        <Text className="link">查看 ›</Text>
      </View>
    </View>
  );
}
