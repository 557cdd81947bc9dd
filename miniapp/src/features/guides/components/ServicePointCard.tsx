import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ServicePoint } from '@bianmin/shared/guides/guide.schema';
import { HALL_LEVEL_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { ContactActions, PhoneAction } from '@/components/ContactActions';
import { OpeningHours } from '@/components/OpeningHours';
import { hallPages } from '@/features/halls/pages';

export function ServicePointCard({ point }: { point: ServicePoint }) {
  const { hall, windows } = point;
  return (
    <View className="service-point">
      <View className="service-point-head" onClick={() => void Taro.navigateTo({ url: hallPages.detail.url(hall.code) })}>
        <Text className="service-point-name">{hall.name}</Text>
        <Text className="badge is-grey">{HALL_LEVEL_LABEL[hall.level]}</Text>
      </View>
      <Text className="service-point-address muted">地址：{hall.address}</Text>
      <OpeningHours periods={hall.openingHours} note={hall.hoursNote} />
      {windows.map((w) => (
        <View key={w.number} className="service-point-window">
          <Text>
            {w.number}号窗口 · {w.name}
          </Text>
          {w.phone && <PhoneAction phone={w.phone} label={`窗口电话 ${w.phone}`} />}
        </View>
      ))}
      <ContactActions phone={hall.phone} place={hall} />
    </View>
  );
}
