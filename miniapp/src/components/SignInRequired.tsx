// Shown by pages that need a signed-in user when there is none: say so and offer the way in.
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { routes } from '@/lib/routes';
import { EmptyState } from './PageState';

export function SignInRequired({ staff = false }: { staff?: boolean }) {
  const signIn = () => void (staff ? Taro.redirectTo({ url: routes.staffLogin }) : Taro.switchTab({ url: routes.mine }));
  return (
    <EmptyState title="请先登录">
      <Text className="state-text">
        {staff ? '工作台仅供工作人员使用，请用工作账号登录。' : '登录后才能办理这项业务，请先到“我的”页登录。'}
      </Text>
      <Button className="signin-required" type="primary" size="small" onClick={signIn}>
        去登录
      </Button>
    </EmptyState>
  );
}
