// Signed in: who I am (masked), what is left to set up, and the staff entry.
import { tapProps } from '@/components/tap';
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import { getMe } from '@/lib/auth';
import { shownIdNumber, shownName, shownPhone } from '@/lib/masked';
import { identityPages } from '@/features/identity/pages';
import { staffPages } from '@/features/staff/pages';
import { ErrorState, LoadingState } from '@/components/PageState';

/** Loads me, and again on each `visit` (back from 实名认证 or 绑定手机号), keeping what it has meanwhile. */
function useMe(visit: number) {
  const [state, setState] = useState<{ me?: Me; error?: unknown }>({});
  const latest = useRef(0);
  const load = useCallback(() => {
    const n = ++latest.current;
    getMe().then(
      (me) => n === latest.current && setState({ me }),
      (error: unknown) => n === latest.current && setState((s) => (s.me ? s : { error })),
    );
  }, []);
  useEffect(load, [load, visit]);
  const reload = () => {
    setState({});
    load();
  };
  return { ...state, reload };
}

/** `visit` counts the times the tab was shown again. */
export function MyAccount({ visit }: { visit: number }) {
  const { me, error, reload } = useMe(visit);
  if (!me) return error ? <ErrorState error={error} onRetry={reload} /> : <LoadingState />;
  const go = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <>
      <ProfileCard me={me} />
      {(!me.realName || !me.phone || me.isStaff) && (
        <View className="card">
          {!me.realName && (
            <View className="mine-row mine-realname" {...tapProps(go(identityPages.realName.url))}>
              <View>
                <Text className="mine-row-title">实名认证</Text>
                <Text className="muted mine-row-hint">办理业务前需要确认您的身份</Text>
              </View>
              <Text className="link">去认证 ›</Text>
            </View>
          )}
          {!me.phone && (
            <View className="mine-row mine-phone" {...tapProps(go(identityPages.phone.url))}>
              <View>
                <Text className="mine-row-title">绑定手机号</Text>
                <Text className="muted mine-row-hint">用于接收办件进度和预约提醒</Text>
              </View>
              <Text className="link">去绑定 ›</Text>
            </View>
          )}
          {me.isStaff && (
            <View className="mine-row mine-staff" {...tapProps(go(staffPages.home.url))}>
              <Text className="mine-row-title">工作台</Text>
              <Text className="link">进入 ›</Text>
            </View>
          )}
        </View>
      )}
    </>
  );
}

function ProfileCard({ me }: { me: Me }) {
  return (
    <View className="card profile">
      <View className="profile-head">
        <Text className="profile-name">{me.displayName}</Text>
        {me.realName ? (
          <Text className="badge is-ok profile-badge">已实名</Text>
        ) : (
          <Text className="badge is-warn profile-badge">未实名</Text>
        )}
        {me.isStaff && <Text className="badge">工作人员</Text>}
      </View>
      <ProfileRow label="姓名" className="profile-realname" value={me.realName && shownName(me.realName.name)} empty="未认证" />
      <ProfileRow label="身份证号" className="profile-id" value={me.realName && shownIdNumber(me.realName.idNumber)} empty="未认证" />
      <ProfileRow label="手机号" className="profile-phone" value={me.phone && shownPhone(me.phone)} empty="未绑定" />
    </View>
  );
}

function ProfileRow({ label, className, value, empty }: { label: string; className: string; value: string | null; empty: string }) {
  return (
    <View className="profile-row">
      <Text className="muted">{label}</Text>
      <Text className={`${className}${value ? '' : ' muted'}`}>{value ?? empty}</Text>
    </View>
  );
}
