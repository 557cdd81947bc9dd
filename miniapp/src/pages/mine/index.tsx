// 我的: sign-in (WeChat login, real-name verification) is not built yet, and the page says so.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { routes } from '@/lib/routes';
import { tellComingSoon } from '@/lib/coming-soon';
import './index.scss';

const UPCOMING = ['我的办件', '我的预约', '消息通知', '实名认证'];

export default function MinePage() {
  return (
    <View className="page mine">
      <View className="card mine-soon">
        <Text className="badge is-warn mine-soon-badge">即将上线</Text>
        <Text className="mine-soon-title">登录与个人中心即将上线</Text>
        <Text className="muted">
          上线后可用微信登录、完成实名认证，查看自己的办件进度和预约记录。现在无需登录即可查办事指南、找办事窗口。
        </Text>
      </View>
      <View className="card">
        {UPCOMING.map((name) => (
          <View key={name} className="mine-row is-soon" onClick={() => tellComingSoon(name)}>
            <Text>{name}</Text>
            <Text className="badge is-grey">即将上线</Text>
          </View>
        ))}
      </View>
      <View className="card">
        <View className="mine-row" onClick={() => void Taro.navigateTo({ url: routes.guideSearch() })}>
          <Text>查办事指南</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="mine-row" onClick={() => void Taro.navigateTo({ url: routes.hallList() })}>
          <Text>找办事窗口</Text>
          <Text className="muted">›</Text>
        </View>
      </View>
    </View>
  );
}
