import Taro from '@tarojs/taro';
import { appPages } from '@/lib/app-pages';
import { afterPageChange, tell } from '@/lib/elder-mode-notices';

/** Done: back to 我的 (which reloads the profile when it shows) with a short confirmation. */
export async function backToMine(message: string): Promise<void> {
  const shown = afterPageChange(); // a toast shown before 我的 is current would be hidden at once (H5)
  await Taro.navigateBack().catch(() => Taro.switchTab({ url: appPages.mine.url })); // opened directly: nothing to go back to
  await shown;
  tell(message, 'success'); // inline on 我的 in 长辈版
}
