import Taro from '@tarojs/taro';

/** Services announced but not built yet answer with a toast, never a dead link. */
export function tellComingSoon(service: string): void {
  void Taro.showToast({ title: `${service}即将上线，敬请期待`, icon: 'none', duration: 2000 });
}
