// Step 2 of booking (and of 改约): a day from the released horizon, then a slot on it. Back from
// the confirm step (a slot just taken, or a booking made) the day and its slots load again.
import { useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { decodeParam } from '@/lib/query';
import { formatInstant, formatMonthDay } from '@/lib/district-time';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getAvailability, getSlots } from '../../api';
import { bookingTargetFrom, dayState, firstChoice, type Day, type Slot } from '../../booking-state';
import { BookingStartOver } from '../../components/BookingStartOver';
import { BookingSteps } from '../../components/BookingSteps';
import { DayPicker } from '../../components/DayPicker';
import { SlotGrid } from '../../components/SlotGrid';
import { appointmentPages, type BookingTarget } from '../../pages';
import './index.scss';

export default function BookingSlotsPage() {
  const pageClass = usePageClass('page booking-slots-page');
  const { params } = useRouter();
  const target: BookingTarget = bookingTargetFrom(params);
  const reschedule = decodeParam(params.reschedule);
  // Page lifecycle hooks belong to the page component; the first show comes with the mount.
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1);
    shown.current = true;
  });

  if (!target.item || !target.hall) return <BookingStartOver title="请先选择事项和大厅" />;
  return (
    <View className={pageClass}>
      {!reschedule && <BookingSteps step={2} />}
      <View className="card booking-target">
        {reschedule && <Text className="badge is-warn booking-reschedule-note">改约：请选择新的时间</Text>}
        <Text className="booking-target-item">{target.itemName ?? target.item}</Text>
        <Text className="muted">{target.hallName ?? target.hall}</Text>
      </View>
      <DaysAndSlots target={target} reschedule={reschedule} visit={visit} />
    </View>
  );
}

function DaysAndSlots({ target, reschedule, visit }: { target: BookingTarget; reschedule?: string; visit: number }) {
  const availability = useAsync(() => getAvailability(target.item, target.hall), [target.item, target.hall, visit]);
  const [selected, setSelected] = useState<string | undefined>();
  if (availability.status === 'loading') return <LoadingState text="正在查询可预约日期…" />;
  if (availability.status === 'error') return <ErrorState error={availability.error} onRetry={availability.reload} />;
  const { days } = availability.data;
  // firstChoice finds a day whenever there is one, so no day means none was released.
  const day = days.find((d) => d.date === selected) ?? firstChoice(days);
  if (!day) return <EmptyState title="近期没有可预约的日期，请稍后再来" />;

  const pick = (slot: Slot) =>
    void Taro.navigateTo({
      url: appointmentPages.confirm.url({ ...target, slot: slot.id, date: day.date, start: slot.start, end: slot.end, reschedule }),
    });
  return (
    <>
      <View className="card">
        <View className="card-title">选择日期</View>
        <DayPicker days={days} selected={day.date} onSelect={(d) => setSelected(d.date)} />
      </View>
      <View className="card">
        <View className="card-title">{formatMonthDay(day.date)} 可预约时段</View>
        <DaySlots target={target} day={day} visit={visit} onPick={pick} />
      </View>
    </>
  );
}

function DaySlots({ target, day, visit, onPick }: { target: BookingTarget; day: Day; visit: number; onPick: (slot: Slot) => void }) {
  const { state } = dayState(day);
  const released = state === 'open' || state === 'full';
  const slots = useAsync(
    () => (released ? getSlots(target.item, target.hall, day.date) : Promise.resolve(null)),
    [target.item, target.hall, day.date, released, visit],
  );
  if (state === 'closed') return <Text className="booking-day-note">当天暂停办理：{day.closedReason}</Text>;
  if (state === 'not-open') {
    return (
      <Text className="booking-day-note">
        {day.opensAt ? `该日号源将于 ${formatInstant(day.opensAt)} 放出，请届时再来预约。` : '该日号源尚未放出，请稍后再来。'}
      </Text>
    );
  }
  if (slots.status === 'loading') return <LoadingState text="正在查询时段…" />;
  if (slots.status === 'error') return <ErrorState error={slots.error} onRetry={slots.reload} />;
  const list = slots.data?.slots ?? [];
  if (list.length === 0) return <Text className="booking-day-note">当天没有可预约的时段。</Text>;
  return (
    <>
      {state === 'full' && <Text className="booking-day-note">当天已约满，请选择其他日期。</Text>}
      <SlotGrid slots={list} onPick={onPick} />
    </>
  );
}
