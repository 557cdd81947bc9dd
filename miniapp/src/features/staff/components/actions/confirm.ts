import Taro from '@tarojs/taro';

/** A step that cannot be undone asks first. */
export async function confirmStep(title: string, content: string, confirmText: string, danger = false): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText: '取消',
    ...(danger ? { confirmColor: '#c92a2a' } : {}),
  });
  return confirm;
}
