import Taro from '@tarojs/taro';
import { appPages } from '@/lib/app-pages';

/** Done: back to 我的 (which reloads the profile when it shows) with a short confirmation. */
export async function backToMine(message: string): Promise<void> {
  await Taro.navigateBack().catch(() => Taro.switchTab({ url: appPages.mine.url })); // opened directly: nothing to go back to
  void Taro.showToast({ title: message, icon: 'success', duration: 2000 });
}
