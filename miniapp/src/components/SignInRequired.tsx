// Shown by pages that need a signed-in user when there is none: say so and offer the way in
// (lib/sign-in-requirement.tsx picks it from the page's declaration).
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { appPages } from '@/lib/app-pages';
import { EmptyState } from './PageState';

/**
 * `staffSignInUrl`: a staff page, whose users sign in there rather than on the 我的 tab.
 * `onSignIn`: goes to sign in instead of the plain switch to 我的 (lib/sign-in-requirement.tsx: and back).
 */
export function SignInRequired({ staffSignInUrl, onSignIn }: { staffSignInUrl?: string; onSignIn?: () => void }) {
  const signIn = () =>
    void (staffSignInUrl ? Taro.redirectTo({ url: staffSignInUrl }) : onSignIn ? onSignIn() : Taro.switchTab({ url: appPages.mine.url }));
  return (
    <EmptyState title="请先登录">
      <Text className="state-text">
        {staffSignInUrl ? '工作台仅供工作人员使用，请用工作账号登录。' : '登录后才能办理这项业务，请先到“我的”页登录。'}
      </Text>
      <Button className="signin-required" type="primary" size="small" onClick={signIn}>
        去登录
      </Button>
    </EmptyState>
  );
}
