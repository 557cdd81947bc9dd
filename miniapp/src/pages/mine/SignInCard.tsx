// Signed out: WeChat sign-in in the mini-program; in H5 the test sign-in when the server offers it.
import { tapProps } from '@/components/tap';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import { getAuthOptions, signInWithWechat, weappLoginCode } from '@/lib/auth';
import { messageOf } from '@/lib/request';
import { staffPages } from '@/features/staff/pages';
import { useAsync } from '@/lib/use-async';
import { FormError } from '@/components/TextField';
import { DevSignIn } from './DevSignIn';

export function SignInCard() {
  return (
    <View className="card mine-welcome">
      <Text className="mine-welcome-title">登录便民服务</Text>
      <Text className="muted mine-welcome-text">登录后可完成实名认证、绑定手机号，今后还能在这里查看办件进度和预约记录。</Text>
      {process.env.TARO_ENV === 'h5' ? <H5SignIn /> : <WechatSignIn />}
      <View className="mine-staff-entry">
        <Text className="link staff-login-link" {...tapProps(() => void Taro.navigateTo({ url: staffPages.login.url }))}>
          工作人员登录 ›
        </Text>
      </View>
    </View>
  );
}

function WechatSignIn() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function signIn() {
    setBusy(true);
    setError(null);
    try {
      await signInWithWechat(await weappLoginCode());
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }
  return (
    <>
      <FormError message={error} />
      <Button className="mine-signin" type="primary" block loading={busy} onClick={() => void signIn()}>
        微信一键登录
      </Button>
    </>
  );
}

/** H5 has no wx.login: residents sign in inside WeChat; development offers test residents. */
function H5SignIn() {
  const options = useAsync(getAuthOptions, []);
  const [open, setOpen] = useState(false);
  if (options.status === 'loading') return <Text className="muted">正在加载…</Text>;
  if (options.status === 'error') {
    return (
      <Text className="form-error" onClick={options.reload}>
        {messageOf(options.error)}（点击重试）
      </Text>
    );
  }
  if (!options.data.devLogin) return <Text className="mine-h5-notice">请在微信中打开小程序登录</Text>;
  return (
    <>
      <Button className="mine-signin" type="primary" block onClick={() => setOpen(true)}>
        测试登录（开发环境）
      </Button>
      {open && <DevSignIn onClose={() => setOpen(false)} />}
    </>
  );
}
