// Test sign-in sheet (H5, development only): the fake WeChat server mints the code wx.login would
// give a test openid, and sign-in then goes the normal way. The names are labels for testers only.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import { devWechatCode, signInWithWechat } from '@/lib/auth';
import { messageOf } from '@/lib/request';
import { FormError, TextField } from '@/components/TextField';

const TEST_RESIDENTS = [
  { openid: 'test-resident-zhang', label: '张明' },
  { openid: 'test-resident-li', label: '李华' },
  { openid: 'test-resident-wang', label: '王芳' },
];
const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

function openidProblem(openid: string): string | null {
  if (!openid) return '请选择一位测试居民，或输入测试用户标识';
  return OPENID.test(openid) ? null : '测试用户标识只能包含字母、数字、下划线和连字符（6–64位）';
}

export function DevSignIn({ onClose }: { onClose: () => void }) {
  const [openid, setOpenid] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = openidProblem(openid.trim());

  async function submit() {
    setTouched(true);
    if (problem || busy) return;
    setBusy(true);
    setError(null);
    try {
      await signInWithWechat(await devWechatCode(openid.trim()));
      onClose();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <View className="dev-login-mask" onClick={onClose}>
      <View className="dev-login" onClick={(e) => e.stopPropagation()}>
        <View className="dev-login-head">
          <Text className="dev-login-title">测试登录（开发环境）</Text>
          <Text className="dev-login-cancel link" onClick={onClose}>
            取消
          </Text>
        </View>
        <Text className="muted">仅开发环境提供。选择一位测试居民，或输入测试用户标识，将模拟微信登录。</Text>
        <View className="dev-login-residents">
          {TEST_RESIDENTS.map((r) => (
            <View
              key={r.openid}
              className={`dev-login-resident${r.openid === openid ? ' is-selected' : ''}`}
              onClick={() => setOpenid(r.openid)}
            >
              <Text className="dev-login-resident-name">{r.label}</Text>
              <Text className="muted">{r.openid}</Text>
            </View>
          ))}
        </View>
        <TextField
          className="dev-login-openid"
          label="测试用户标识（openid）"
          value={openid}
          placeholder="如 test-resident-zhao"
          maxlength={64}
          error={touched ? problem : null}
          onInput={setOpenid}
          onBlur={() => setTouched(true)}
        />
        <FormError message={error} />
        <Button className="dev-login-submit" type="primary" block loading={busy} onClick={() => void submit()}>
          登录
        </Button>
      </View>
    </View>
  );
}
