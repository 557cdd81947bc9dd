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
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { casePages } from '@/features/cases/pages';
import { getStaffHome, hallsOf, isNotStaff } from '../../api';
import { BindWechat } from '../../components/BindWechat';
import { staffPages } from '../../pages';
import './index.scss';

const TOOLS = ['督查督办'];

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
  const pageClass = usePageClass('page staff-home');
  const [me, setMe] = useState(initialMe);
  return (
    <View className={pageClass}>
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
        {hallsOf(home).length > 0 && (
          <Tool name="窗口叫号" hint="叫下一位、重新叫号、过号、办结" className="staff-tool-queue" url={staffPages.queue.url} />
        )}
        {hallsOf(home).length > 0 && (
          <Tool name="自助取号" hint="大厅自助机：无预约的居民凭身份证号取号" className="staff-tool-kiosk" url={staffPages.kiosk.url} />
        )}
        {registers(home) && (
          <Tool
            name={isAgent(home) ? '社区代办（代为申请）' : '窗口收件登记'}
            hint={isAgent(home) ? '为不方便上网的居民代为提交申请，须取得本人授权' : '为窗口前的申请人登记办件，统一编号'}
            className="staff-tool-register"
            url={casePages.register.url()}
          />
        )}
        {isAgent(home) && (
          <Tool
            name="本站代办情况"
            hint="本服务站代办的办件，按状态和代办员统计"
            className="staff-tool-station"
            url={staffPages.station.url}
          />
        )}
        <Text className="muted staff-tools-note">督查督办将在后续版本上线。</Text>
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

const isAgent = (home: StaffHome) => home.roles.some((r) => r.role === 'community_agent');
/** Window staff register walk-ins; agents file for residents; reviewers and supervisors do neither. */
const registers = (home: StaffHome) => home.roles.some((r) => r.role === 'window_staff' || r.role === 'community_agent');

function Tool({ name, hint, className, url }: { name: string; hint: string; className: string; url: string }) {
  return (
    <View className={`staff-tool ${className}`} role="button" onClick={() => void Taro.navigateTo({ url })}>
      <View>
        <Text className="staff-tool-name">{name}</Text>
        <Text className="muted staff-tool-hint">{hint}</Text>
      </View>
      <Text className="link">进入 ›</Text>
    </View>
  );
}
