// 我的: sign-in (WeChat; the test sign-in on H5 in development; 工作人员登录), then the resident's
// masked profile, what is left to set up (实名认证, 手机号), the staff entry and 退出登录.
import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { signOut, useSignedIn } from '@/lib/auth';
import { appointmentPages } from '@/features/appointments/pages';
import { casePages } from '@/features/cases/pages';
import { guidePages } from '@/features/guides/pages';
import { hallPages } from '@/features/halls/pages';
import { messagePages } from '@/features/messages/pages';
import { messageRoutes } from '@bianmin/shared/notifications/message.routes';
import { api } from '@/lib/request';
import { SignInCard } from './SignInCard';
import { MyAccount } from './MyAccount';
import { usePageClass } from '@/lib/elder-mode';
import { ElderModeSwitch } from '@/components/ElderModeSwitch';
import { InlineNotice } from '@/components/InlineNotice';
import { tapProps } from '@/components/tap';
import './index.scss';

/** Unread messages, asked again each time 我的 shows (null until known, or when signed out). */
function useUnread(signedIn: boolean, visit: number): number | null {
  const [unread, setUnread] = useState<{ visit: number; count: number } | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    api.call(messageRoutes.unread, {}, { silent: true }).then(
      (r) => live && setUnread({ visit, count: r.unread }),
      () => {}, // the row still opens 消息中心
    );
    return () => {
      live = false;
    };
  }, [signedIn, visit]);
  return signedIn && unread ? unread.count : null;
}

export default function MinePage() {
  const signedIn = useSignedIn();
  // Page lifecycle hooks belong to the page component (a child mounted later misses them on H5).
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // the first show comes with the mount, which loads anyway
    shown.current = true;
  });
  const unread = useUnread(signedIn, visit);
  return (
    <View className={usePageClass('page mine')}>
      <InlineNotice />
      {signedIn ? <MyAccount visit={visit} /> : <SignInCard />}
      <View className="card">
        <View className="mine-row mine-appointments" {...tapProps(() => void Taro.navigateTo({ url: appointmentPages.mine.url }))}>
          <Text>我的预约</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="mine-row mine-cases" {...tapProps(() => void Taro.navigateTo({ url: casePages.mine.url }))}>
          <Text>我的办件</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="mine-row mine-messages" {...tapProps(() => void Taro.navigateTo({ url: messagePages.list.url }))}>
          <Text>消息中心</Text>
          <View className="mine-row-end">
            {unread !== null && unread > 0 && (
              <Text className="badge is-warn mine-unread" aria-label={`${unread}条未读消息`}>
                {unread > 99 ? '99+' : unread}条未读
              </Text>
            )}
            <Text className="muted">›</Text>
          </View>
        </View>
        <View className="mine-row mine-certificates" {...tapProps(() => void Taro.navigateTo({ url: casePages.certificates.url }))}>
          <Text>我的证照</Text>
          <Text className="muted">›</Text>
        </View>
      </View>
      <View className="card">
        <View className="mine-row" {...tapProps(() => void Taro.navigateTo({ url: guidePages.search.url() }))}>
          <Text>查办事指南</Text>
          <Text className="muted">›</Text>
        </View>
        <View className="mine-row" {...tapProps(() => void Taro.navigateTo({ url: hallPages.list.url() }))}>
          <Text>找办事窗口</Text>
          <Text className="muted">›</Text>
        </View>
      </View>
      <View className="card mine-elder">
        <View className="mine-elder-text">
          <Text className="mine-row-title">长辈版</Text>
          <Text className="muted mine-row-hint">字更大、按钮更大，常用服务一点就到</Text>
        </View>
        <ElderModeSwitch />
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
