// Where an unknown address lands (app.ts sends every page-not-found here), instead of the page
// that happened to be on screen.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { appPages } from '@/lib/app-pages';
import { usePageClass } from '@/lib/elder-mode';
import './index.scss';

export default function NotFoundPage() {
  return (
    <View className={usePageClass('page not-found')}>
      <View className="card not-found-card">
        <Text className="not-found-title">没有找到这个页面</Text>
        <Text className="not-found-text">地址可能有误，或页面已下线。您可以回到首页，重新查找要办的事。</Text>
        <Button className="not-found-home" type="primary" block onClick={() => void Taro.switchTab({ url: appPages.home.url })}>
          回到首页
        </Button>
      </View>
    </View>
  );
}
