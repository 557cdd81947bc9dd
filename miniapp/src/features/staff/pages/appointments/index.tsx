// 今日预约: the window's day — check residents in by QR code or ticket code, and work through the
// list (confirm or decline pending ones, 办结, 未到). Any day can be looked at; check-in is today only.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AppointmentStatus, StaffAppointment } from '@bianmin/shared/appointments/appointment.schema';
import type { StaffHome } from '@bianmin/shared/identity/auth.schema';
import { APPOINTMENT_STATUS_LABEL } from '@/lib/appointment-status';
import { addDays, districtToday, formatMonthDay, weekdayOf } from '@/lib/district-time';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { hallsOf, listHallAppointments } from '../../api';
import { CheckInBox } from '../../components/CheckInBox';
import { StaffAppointmentRow } from '../../components/StaffAppointmentRow';
import { StaffHomeLoader } from '../../components/StaffHomeLoader';
import { staffPages } from '../../pages';
import './index.scss';

const FILTERS = [undefined, ...(Object.keys(APPOINTMENT_STATUS_LABEL) as AppointmentStatus[])];

export default function StaffAppointmentsPage() {
  return useSignInRequirement(staffPages.appointments) ?? <StaffHomeLoader>{(home) => <HallDay home={home} />}</StaffHomeLoader>;
}

function HallDay({ home }: { home: StaffHome }) {
  const pageClass = usePageClass('page staff-appointments');
  const halls = hallsOf(home);
  const [hall, setHall] = useState(halls[0]?.code);
  const today = districtToday();
  const [date, setDate] = useState(today);
  const [status, setStatus] = useState<AppointmentStatus | undefined>();
  const [version, setVersion] = useState(0);
  if (!hall) {
    return (
      <EmptyState title="您的岗位不在具体大厅">
        <Text className="state-text">今日预约供大厅窗口人员使用。如需开通，请联系本单位管理员。</Text>
      </EmptyState>
    );
  }
  return (
    <View className={pageClass}>
      {halls.length > 1 && (
        <View className="staff-halls">
          {halls.map((h) => (
            <Text key={h.code} className={`chip staff-hall${h.code === hall ? ' is-active' : ''}`} onClick={() => setHall(h.code)}>
              {h.name}
            </Text>
          ))}
        </View>
      )}
      <CheckInBox hall={hall} onCheckedIn={() => (date === today ? setVersion((v) => v + 1) : setDate(today))} />
      <View className="staff-date-bar">
        <Text className="staff-date-prev link" onClick={() => setDate(addDays(date, -1))}>
          ‹ 前一天
        </Text>
        <View className="staff-date" onClick={() => setDate(today)}>
          <Text className="staff-date-text">
            {formatMonthDay(date)} {weekdayOf(date)}
          </Text>
          <Text className="muted">{date === today ? '今天' : '回到今天'}</Text>
        </View>
        <Text className="staff-date-next link" onClick={() => setDate(addDays(date, 1))}>
          后一天 ›
        </Text>
      </View>
      <View className="staff-status-filters">
        {FILTERS.map((s) => (
          <Text
            key={s ?? 'all'}
            className={`chip staff-status-filter${s === status ? ' is-active' : ''}`}
            data-status={s ?? 'all'}
            onClick={() => setStatus(s)}
          >
            {s ? APPOINTMENT_STATUS_LABEL[s] : '全部'}
          </Text>
        ))}
      </View>
      <DayList key={`${hall}/${date}/${status ?? ''}/${version}`} hall={hall} date={date} status={status} />
    </View>
  );
}

function DayList({ hall, date, status }: { hall: string; date: string; status?: AppointmentStatus }) {
  const list = useAsync(() => listHallAppointments(hall, date, status), []);
  const [changed, setChanged] = useState<Record<string, StaffAppointment>>({});
  if (list.status === 'loading') return <LoadingState text="正在加载预约…" />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  const rows = list.data.items.map((a) => changed[a.id] ?? a);
  const now = new Date();
  return (
    <View className="card staff-day">
      <View className="card-title">
        <Text>{list.data.hall.name}</Text>
        <Text className="muted staff-day-count">共 {rows.length} 个</Text>
      </View>
      {rows.length === 0 ? (
        <EmptyState title={status ? `当天没有“${APPOINTMENT_STATUS_LABEL[status]}”的预约` : '当天没有预约'} />
      ) : (
        rows.map((a) => (
          <StaffAppointmentRow key={a.id} appointment={a} now={now} onChange={(x) => setChanged((c) => ({ ...c, [x.id]: x }))} />
        ))
      )}
    </View>
  );
}
