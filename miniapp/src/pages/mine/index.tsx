// 我的: sign-in (WeChat; the test sign-in on H5 in development; 工作人员登录), then the resident's
// masked profile, what is left to set up (实名认证, 手机号), the staff entry and 退出登录.
import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { signOut, useSignedIn } from '@/lib/auth';
import { appointmentPages } from '@/features/appointments/pages';
import { casePages } from '@/features/cases/pages';
import { guidePages } from '@/features/guides/pages';
import { hallPages } from '@/features/halls/pages';
import { tellComingSoon } from '@/lib/coming-soon';
import { SignInCard } from './SignInCard';
import { MyAccount } from './MyAccount';
import './index.scss';

const UPCOMING = ['消息通知'];

export default function MinePage() {
  const signedIn = useSignedIn();
  // Page lifecycle hooks belong to the page component (a child mounted later misses them on H5).
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // the first show comes with the mount, which loads anyway
    shown.current = true;
  });
  return (
    <View className="page mine">
      {signedIn ? <MyAccount visit={visit} /> : <SignInCard />}
      <View className="card">
        <View className="mine-row mine-appointments" onClick={() => void Taro.navigateTo({ url: appointmentPages.mine.url })}>
          <Text>我的预约</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="mine-row mine-cases" onClick={() => void Taro.navigateTo({ url: casePages.mine.url })}>
          <Text>我的办件</Text>
          <Text className="muted">›</Text>
        </View>
        {UPCOMING.map((name) => (
          <View key={name} className="mine-row is-soon" onClick={() => tellComingSoon(name)}>
            <Text>{name}</Text>
            <Text className="badge is-grey">即将上线</Text>
          </View>
        ))}
      </View>
      <View className="card">
        <View className="mine-row" onClick={() => void Taro.navigateTo({ url: guidePages.search.url() })}>
          <Text>查办事指南</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="mine-row" onClick={() => void Taro.navigateTo({ url: hallPages.list.url() })}>
          <Text>找办事窗口</Text>
          <Text className="muted">›</Text>
        </View>
      </View>
      {signedIn && (
        <View className="mine-signout">
          <Button className="signout" block fill="outline" onClick={() => void signOut()}>
            退出登录
          </Button>
        </View>
      )}
    </View>
  );
}
