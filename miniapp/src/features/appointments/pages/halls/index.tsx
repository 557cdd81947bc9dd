// Step 1 of booking: the halls that take appointments for the item, nearest first when the
// resident shares a location, each with its first day that still has places.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BookingOptions } from '@bianmin/shared/appointments/appointment.schema';
import { decodeParam } from '@/lib/query';
import { formatDistance } from '@/lib/format';
import { formatMonthDay, weekdayOf } from '@/lib/district-time';
import { useAsync } from '@/lib/use-async';
import { useLocation, type LocationState } from '@/lib/use-location';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getBookingOptions } from '../../api';
import { BookingStartOver } from '../../components/BookingStartOver';
import { BookingSteps } from '../../components/BookingSteps';
import { appointmentPages } from '../../pages';
import './index.scss';

export default function BookingHallsPage() {
  const pageClass = usePageClass('page booking-halls');
  const { params } = useRouter();
  const item = decodeParam(params.item);
  const [location, relocate] = useLocation();
  if (!item) return <BookingStartOver title="请先选择要预约的事项" />;
  return (
    <View className={pageClass}>
      <BookingSteps step={1} />
      {location.status === 'locating' ? (
        <LoadingState text="正在获取您的位置…" />
      ) : (
        <HallOptions item={item} location={location} onRelocate={relocate} />
      )}
    </View>
  );
}

function HallOptions({ item, location, onRelocate }: { item: string; location: LocationState; onRelocate: () => void }) {
  const near = location.status === 'granted' ? location.near : undefined;
  const options = useAsync(() => getBookingOptions(item, near), [item, near?.latitude, near?.longitude]);
  if (options.status === 'loading') return <LoadingState text="正在查找可预约的大厅…" />;
  if (options.status === 'error') return <ErrorState error={options.error} onRetry={options.reload} />;
  const { itemName, halls } = options.data;
  return (
    <>
      <View className="booking-halls-head">
        <Text className="booking-halls-item">{itemName}</Text>
        {near ? (
          <Text className="muted">已按离您的距离由近到远排列</Text>
        ) : (
          <View className="booking-halls-location">
            <Text className="muted">未能获取您的位置，大厅未按距离排列。</Text>
            <Text className="link" onClick={onRelocate}>
              重新定位
            </Text>
          </View>
        )}
      </View>
      {halls.length === 0 ? (
        <EmptyState title="这个事项暂时没有可预约的大厅">
          <Text className="state-text">请直接到办理窗口办理，或稍后再来预约。</Text>
        </EmptyState>
      ) : (
        halls.map((h) => <HallOption key={h.hall.code} option={h} itemCode={item} itemName={itemName} />)
      )}
    </>
  );
}

function HallOption({ option: o, itemCode, itemName }: { option: BookingOptions['halls'][number]; itemCode: string; itemName: string }) {
  const distance = formatDistance(o.distanceMeters);
  const pick = () =>
    void Taro.navigateTo({
      url: appointmentPages.slots.url({
        item: itemCode,
        itemName,
        hall: o.hall.code,
        hallName: o.hall.name,
        review: o.requiresConfirmation ? 1 : undefined,
      }),
    });
  return (
    <View className="card booking-hall" onClick={pick}>
      <View className="booking-hall-head">
        <Text className="booking-hall-name">{o.hall.name}</Text>
        {distance && <Text className="booking-hall-distance">{distance}</Text>}
      </View>
      <Text className="muted booking-hall-address">{o.hall.address}</Text>
      <View className="booking-hall-foot">
        {o.nextFreeDate ? (
          <Text className="badge is-ok booking-hall-next">
            最早可约 {formatMonthDay(o.nextFreeDate)} {weekdayOf(o.nextFreeDate)}
          </Text>
        ) : (
          <Text className="badge is-grey booking-hall-next">暂无空余号源</Text>
        )}
        {o.requiresConfirmation && <Text className="badge is-warn">需窗口确认</Text>}
        <Text className="link booking-hall-go">选时间 ›</Text>
      </View>
    </View>
  );
}
