// 长辈版 home: the four things residents come for, one large tap each, in words (no icons alone).
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { appointmentPages } from '@/features/appointments/pages';
import { casePages } from '@/features/cases/pages';
import { guidePages } from '@/features/guides/pages';
import { hallPages } from '@/features/halls/pages';
import { tapProps } from '@/components/tap';

const JOURNEYS = [
  { name: '查办事指南', hint: '要带什么材料、去哪里办', url: guidePages.search.url() },
  { name: '预约办理', hint: '选大厅、选时间，到了不排队', url: appointmentPages.start.url },
  { name: '我的办件', hint: '办到哪一步了', url: casePages.mine.url },
  { name: '联系窗口', hint: '大厅地址和窗口电话', url: hallPages.list.url() },
];

export function ElderJourneys() {
  return (
    <View className="elder-journeys">
      {JOURNEYS.map((j) => (
        <View key={j.name} className="elder-journey" {...tapProps(() => void Taro.navigateTo({ url: j.url }))}>
          <Text className="elder-journey-name">{j.name}</Text>
          <Text className="elder-journey-hint">{j.hint}</Text>
        </View>
      ))}
    </View>
  );
}
