// 工作人员登录: username and password, and a 动态验证码 once the server asks for one (two-step
// verification is on). Wrong password, lockout and disabled accounts are told in place.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { messageOf } from '@/lib/request';
import { usePageClass } from '@/lib/elder-mode';
import { FormError, TextField } from '@/components/TextField';
import { needsTotp, signInStaff } from '../../api';
import { staffPages } from '../../pages';
import './index.scss';

const TOTP_CODE = /^\d{6}$/;

export default function StaffLoginPage() {
  const pageClass = usePageClass('page staff-login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  /** Shown after the server answered TOTP_REQUIRED for this account. */
  const [askTotp, setAskTotp] = useState(false);
  const [totp, setTotp] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = {
    username: username.trim() ? null : '请输入用户名',
    password: password ? null : '请输入密码',
    totp: !askTotp || TOTP_CODE.test(totp.trim()) ? null : '请输入6位动态验证码',
  };

  async function submit() {
    setSubmitted(true);
    if (problems.username || problems.password || problems.totp || busy) return;
    setBusy(true);
    setError(null);
    try {
      await signInStaff(username.trim().toLowerCase(), password, askTotp ? totp.trim() : undefined);
      void Taro.redirectTo({ url: staffPages.home.url });
    } catch (err) {
      // BAD_CREDENTIALS, ACCOUNT_LOCKED (with the time it ends), ACCOUNT_DISABLED: the server's words.
      setError(messageOf(err));
      setBusy(false);
      if (needsTotp(err)) {
        // The password was right: keep it, and ask for the code.
        setAskTotp(true);
        setSubmitted(false);
        return;
      }
      // Keep the password so a typo can be corrected; a one-time code is stale, so it goes. The
      // field checks wait for the next 登录, so the server's error is the only one on screen.
      setSubmitted(false);
      setTotp('');
    }
  }

  return (
    <View className={pageClass}>
      <View className="card">
        <Text className="staff-login-title">工作人员登录</Text>
        <Text className="muted staff-login-note">供政务服务中心、部门和社区工作人员使用。居民请返回“我的”用微信登录。</Text>
        <TextField
          className="staff-username"
          label="用户名"
          placeholder="工作账号"
          maxlength={32}
          value={username}
          error={submitted ? problems.username : null}
          onInput={setUsername}
        />
        <TextField
          className="staff-password"
          label="密码"
          placeholder="密码"
          password
          maxlength={128}
          value={password}
          error={submitted ? problems.password : null}
          onInput={setPassword}
        />
        {askTotp && (
          <TextField
            className="staff-totp"
            label="动态验证码"
            hint="打开身份验证器App，输入“便民政务”显示的6位数字"
            placeholder="6位数字"
            type="number"
            maxlength={6}
            value={totp}
            error={submitted ? problems.totp : null}
            onInput={setTotp}
          />
        )}
        <FormError message={error} />
        <Button className="staff-login-submit" type="primary" block loading={busy} onClick={() => void submit()}>
          登录
        </Button>
        <Text className="muted staff-login-help">忘记密码或账号被锁定，请联系本单位管理员。</Text>
      </View>
    </View>
  );
}
