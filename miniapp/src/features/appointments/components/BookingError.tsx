// A refused booking, said in the server's words where the resident is looking, with the way out
// when there is one (sign in, 实名认证, 我的预约).
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { ApiError, messageOf } from '@/lib/request';
import { appPages } from '@/lib/app-pages';
import { signInAndReturn } from '@/lib/sign-in-requirement';
import { appointmentPages } from '../pages';
import { identityPages } from '@/features/identity/pages';
import './booking.scss';

export const SLOT_TAKEN = '这个时段刚刚被约满了。已为您刷新当天的号源，请另选一个时段。';

/** `returnTo`: the step to come back to after signing in. */
export function BookingError({ error, returnTo }: { error: unknown; returnTo?: string }) {
  const code = error instanceof ApiError ? error.code : null;
  const signedOut = error instanceof ApiError && error.status === 401;
  const message = code === 'SLOT_FULL' ? SLOT_TAKEN : messageOf(error);
  return (
    <View className="booking-error">
      <Text className="booking-error-text">{message}</Text>
      {signedOut && (
        <Button
          className="booking-signin"
          size="small"
          type="primary"
          onClick={() => (returnTo ? signInAndReturn(returnTo) : void Taro.switchTab({ url: appPages.mine.url }))}
        >
          去“我的”登录
        </Button>
      )}
      {code === 'REAL_NAME_REQUIRED' && (
        <Button
          className="booking-realname"
          size="small"
          type="primary"
          onClick={() => void Taro.navigateTo({ url: identityPages.realName.url })}
        >
          去实名认证
        </Button>
      )}
      {code === 'ALREADY_BOOKED' && (
        <Button
          className="booking-mine"
          size="small"
          type="primary"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: appointmentPages.mine.url })}
        >
          查看我的预约
        </Button>
      )}
    </View>
  );
}
