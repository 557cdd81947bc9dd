import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { appointmentPages } from '@/features/appointments/pages';
import { casePages } from '@/features/cases/pages';
import { guidePages } from '@/features/guides/pages';
import { hallPages } from '@/features/halls/pages';
import { tellComingSoon } from '@/lib/coming-soon';
import { tapProps } from '@/components/tap';

interface Service {
  name: string;
  mark: string;
  /** Where it goes; none yet for services still being built. */
  url?: string;
}

// The five services of the district's WeChat channel, in the source's order.
const SERVICES: Service[] = [
  { name: '办事指南', mark: '指', url: guidePages.search.url() },
  { name: '办件查询', mark: '查', url: casePages.lookup.url() },
  { name: '预约服务', mark: '约', url: appointmentPages.start.url },
  { name: '窗口联系', mark: '窗', url: hallPages.list.url() },
  { name: '微信申报', mark: '报' },
];

export function ServiceShortcuts() {
  return (
    <View className="card service-shortcuts">
      {SERVICES.map((s) => (
        <View
          key={s.name}
          className={`service-shortcut${s.url ? '' : ' is-soon'}`}
          {...tapProps(() => (s.url ? void Taro.navigateTo({ url: s.url }) : tellComingSoon(s.name)))}
        >
          <View className="service-shortcut-mark" aria-hidden="true">
            {s.mark}
          </View>
          <Text className="service-shortcut-name">{s.name}</Text>
          {!s.url && <Text className="service-shortcut-soon">即将上线</Text>}
        </View>
      ))}
    </View>
  );
}
