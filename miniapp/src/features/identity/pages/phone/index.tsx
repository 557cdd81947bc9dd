// 绑定手机号: in the mini-program WeChat hands over the number the resident confirms (a one-time
// code); in H5 development the fake WeChat server mints that code for a typed number.
import { useState } from 'react';
import { Button as TaroButton, Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { phoneProblem } from '@bianmin/shared/identity/form-rules';
import { getAuthOptions } from '@/lib/auth';
import { messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { FormError, TextField } from '@/components/TextField';
import { LoadingState } from '@/components/PageState';
import { bindPhone, devPhoneCode } from '../../api';
import { backToMine } from '../../back-to-mine';
import { identityPages } from '../../pages';
import './index.scss';

export default function PhonePage() {
  const pageClass = usePageClass('page phone');
  const signInFirst = useSignInRequirement(identityPages.phone);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (signInFirst) return signInFirst;

  async function bind(getCode: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      await bindPhone(await getCode());
      await backToMine('手机号绑定成功');
    } catch (err) {
      setError(messageOf(err)); // PHONE_CODE_INVALID: the server says to try again
      setBusy(false);
    }
  }

  return (
    <View className={pageClass}>
      <View className="card">
        <Text className="phone-why">绑定手机号后，办件进度、预约提醒会通过短信告诉您。号码只显示部分数字（如 138****5678）。</Text>
        <FormError message={error} />
        {process.env.TARO_ENV === 'h5' ? (
          <DevPhoneForm busy={busy} onSubmit={(phone) => void bind(() => devPhoneCode(phone))} />
        ) : (
          <TaroButton
            className="phone-submit phone-wechat"
            openType="getPhoneNumber"
            disabled={busy}
            onGetPhoneNumber={(e) => {
              const { code } = e.detail;
              if (code) void bind(() => Promise.resolve(code));
              else setError('您没有同意使用微信绑定的手机号。需要时可以再点一次按钮绑定。');
            }}
          >
            使用微信绑定的手机号
          </TaroButton>
        )}
      </View>
    </View>
  );
}

/** H5 development only (no getPhoneNumber there): type the number the fake WeChat server should vouch for. */
function DevPhoneForm({ busy, onSubmit }: { busy: boolean; onSubmit: (phone: string) => void }) {
  const options = useAsync(getAuthOptions, []);
  const [phone, setPhone] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = phoneProblem(phone);
  if (options.status === 'loading') return <LoadingState />;
  if (options.status === 'error') return <FormError message={messageOf(options.error)} />;
  if (!options.data.devLogin) return <Text className="phone-h5-notice">请在微信中打开小程序绑定手机号</Text>;
  return (
    <>
      <TextField
        className="phone-input"
        label="手机号（测试环境）"
        type="number"
        maxlength={11}
        placeholder="11位手机号"
        value={phone}
        error={touched || phone.length >= 11 ? problem : null}
        onInput={(v) => setPhone(v.replace(/\D/g, ''))}
        onBlur={() => setTouched(true)}
      />
      <Button
        className="phone-submit"
        type="primary"
        block
        loading={busy}
        onClick={() => {
          setTouched(true);
          if (!problem) onSubmit(phone);
        }}
      >
        绑定
      </Button>
    </>
  );
}
