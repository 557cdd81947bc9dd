import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { HallSummary } from '@bianmin/shared/halls/hall.schema';
import { HALL_LEVEL_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { formatDistance } from '@/lib/format';
import { isOpenAt } from '@/lib/opening-hours';
import { hallPages } from '../pages';

export function HallCard({ hall }: { hall: HallSummary }) {
  const distance = formatDistance(hall.distanceMeters);
  const open = isOpenAt(hall.openingHours, new Date());
  return (
    <View className="hall-card" onClick={() => void Taro.navigateTo({ url: hallPages.detail.url(hall.id) })}>
      <View className="hall-card-head">
        <Text className="hall-card-name">{hall.name}</Text>
        {distance && <Text className="hall-distance">{distance}</Text>}
      </View>
      <View className="hall-card-badges">
        <Text className="badge is-grey">{HALL_LEVEL_LABEL[hall.level]}</Text>
        <Text className={`badge ${open ? 'is-ok' : 'is-grey'}`}>{open ? '办公中' : '非办公时间'}</Text>
        {hall.windowCount > 0 && <Text className="badge">{hall.windowCount}个窗口</Text>}
      </View>
      <Text className="hall-card-address muted">{hall.address}</Text>
      {hall.parent && <Text className="muted">隶属：{hall.parent.name}</Text>}
    </View>
  );
}
