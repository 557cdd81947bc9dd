// Binding a staff account to WeChat, so that 微信一键登录 signs this person in as staff.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import type { Me } from '@bianmin/shared/identity/auth.schema';
import { devWechatCode, getAuthOptions, weappLoginCode } from '@/lib/auth';
import { messageOf } from '@/lib/request';
import { useAsync } from '@/lib/use-async';
import { FormError, TextField } from '@/components/TextField';
import { bindWechat } from '../api';

const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

export function BindWechat({ onBound }: { onBound: (me: Me) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function bind(getCode: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      onBound(await bindWechat(await getCode()));
    } catch (err) {
      setError(messageOf(err)); // WECHAT_ALREADY_BOUND: this WeChat belongs to another account
      setBusy(false);
    }
  }

  return (
    <View className="card staff-bind">
      <View className="card-title">绑定微信</View>
      <Text className="muted staff-bind-note">绑定后，在小程序中用微信一键登录即可进入工作台，无需再输入密码。</Text>
      <FormError message={error} />
      {process.env.TARO_ENV === 'h5' ? (
        <DevBind busy={busy} onBind={(openid) => void bind(() => devWechatCode(openid))} />
      ) : (
        <Button className="bind-wechat-submit" type="primary" block loading={busy} onClick={() => void bind(weappLoginCode)}>
          绑定当前微信
        </Button>
      )}
    </View>
  );
}

/** H5 development: the openid the fake WeChat server should treat as this person's WeChat. */
function DevBind({ busy, onBind }: { busy: boolean; onBind: (openid: string) => void }) {
  const options = useAsync(getAuthOptions, []);
  const [openid, setOpenid] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = OPENID.test(openid.trim()) ? null : '测试用户标识只能包含字母、数字、下划线和连字符（6–64位）';
  if (options.status !== 'ok' || !options.data.devLogin) {
    return <Text className="muted">请在微信中打开小程序绑定微信。</Text>;
  }
  return (
    <>
      <TextField
        className="bind-wechat-openid"
        label="测试用户标识（开发环境）"
        placeholder="如 test-staff-chen"
        maxlength={64}
        value={openid}
        error={touched ? problem : null}
        onInput={setOpenid}
        onBlur={() => setTouched(true)}
      />
      <Button
        className="bind-wechat-submit"
        type="primary"
        block
        loading={busy}
        onClick={() => {
          setTouched(true);
          if (!problem) onBind(openid.trim());
        }}
      >
        绑定
      </Button>
    </>
  );
}
