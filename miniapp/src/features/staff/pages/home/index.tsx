// 工作台: who I am at work and where, binding WeChat for quicker sign-in, 统一收件 (办件), 今日预约
// for window staff, and the tools that later versions bring (marked 即将上线, never dead links).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { Me, StaffHome } from '@bianmin/shared/identity/auth.schema';
import { getMe, signOut } from '@/lib/auth';
import { appPages } from '@/lib/app-pages';
import { tellComingSoon } from '@/lib/coming-soon';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getStaffHome, hallsOf, isNotStaff } from '../../api';
import { BindWechat } from '../../components/BindWechat';
import { staffPages } from '../../pages';
import './index.scss';

const TOOLS = ['社区代办', '督查督办'];

export default function StaffHomePage() {
  return useSignInRequirement(staffPages.home) ?? <Workbench />;
}

function Workbench() {
  const page = useAsync(() => Promise.all([getStaffHome(), getMe()]), []);
  if (page.status === 'loading') return <LoadingState />;
  if (page.status === 'error') {
    if (isNotStaff(page.error)) {
      return (
        <EmptyState title="您的账号没有工作人员权限">
          <Text className="state-text">工作台仅供工作人员使用。如需开通，请联系本单位管理员。</Text>
        </EmptyState>
      );
    }
    return <ErrorState error={page.error} onRetry={page.reload} />;
  }
  return <WorkbenchView home={page.data[0]} me={page.data[1]} />;
}

function WorkbenchView({ home, me: initialMe }: { home: StaffHome; me: Me }) {
  const [me, setMe] = useState(initialMe);
  return (
    <View className="page staff-home">
      <View className="staff-hero">
        <Text className="staff-name">{home.displayName}</Text>
        <Text className="staff-greeting">欢迎使用便民服务工作台</Text>
      </View>
      <View className="card staff-tool-cases" onClick={() => void Taro.navigateTo({ url: staffPages.cases.url })}>
        <View>
          <Text className="staff-tool-cases-name">统一收件（办件）</Text>
          <Text className="staff-tool-cases-hint">受理、补正、审查、决定、发件：红橙绿蓝牌，最急的在前</Text>
        </View>
        <Text className="staff-tool-cases-go">进入 ›</Text>
      </View>
      <View className="card">
        <View className="card-title">我的岗位</View>
        {home.roles.map((r) => (
          <View key={`${r.role}:${r.scopeCode ?? ''}`} className="staff-role">
            <Text className="staff-role-label">{r.roleLabel}</Text>
            <Text className="muted staff-role-scope">{r.scopeName}</Text>
          </View>
        ))}
      </View>
      {me.wechatBound ? (
        <View className="card staff-wechat-bound">
          <Text className="badge is-ok">已绑定微信</Text>
          <Text className="muted">在小程序中用“微信一键登录”即可进入工作台。</Text>
        </View>
      ) : (
        <BindWechat onBound={setMe} />
      )}
      <View className="card">
        <View className="card-title">业务工具</View>
        {hallsOf(home).length > 0 && (
          <View className="staff-tool staff-tool-appointments" onClick={() => void Taro.navigateTo({ url: staffPages.appointments.url })}>
            <View>
              <Text className="staff-tool-name">今日预约</Text>
              <Text className="muted staff-tool-hint">签到、确认、办结本大厅的预约</Text>
            </View>
            <Text className="link">进入 ›</Text>
          </View>
        )}
        <Text className="muted staff-tools-note">社区代办、督查督办将在后续版本上线。</Text>
        {TOOLS.map((name) => (
          <View key={name} className="staff-tool is-soon" onClick={() => tellComingSoon(name)}>
            <Text>{name}</Text>
            <Text className="badge is-grey">即将上线</Text>
          </View>
        ))}
      </View>
      <View className="staff-signout">
        <Button
          className="signout"
          block
          fill="outline"
          onClick={() => void signOut().then(() => Taro.switchTab({ url: appPages.mine.url }))}
        >
          退出登录
        </Button>
      </View>
    </View>
  );
}
