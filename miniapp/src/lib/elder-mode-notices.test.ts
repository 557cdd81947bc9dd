// How a short message reaches the resident: a toast at a glance in the standard mode; in 长辈版
// written into the page where it has a notice area, or else a toast that stays twice as long.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Taro from '@tarojs/taro';
import { elderMode } from './elder-mode';
import { notices, tell } from './elder-mode-notices';

const onPage = (path: string) => vi.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { path, params: {} } } as never);

describe('tell', () => {
  afterEach(() => {
    elderMode.set(false);
    const shown = notices.current();
    if (shown) notices.dismiss(shown.id);
  });

  it('shows a 2-second toast in the standard mode, without the success tick when the text is longer than it can show', () => {
    onPage('/features/cases/pages/detail/index');
    tell('申请已撤回', 'success');
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '申请已撤回', icon: 'success', duration: 2000 });
    tell('无法打开地图，请复制地址后在地图应用中搜索', 'success');
    expect(Taro.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ icon: 'none' }));
    expect(notices.current()).toBeNull();
  });

  it('writes the message into a 长辈版 page that has a notice area, and shows no toast', () => {
    elderMode.set(true);
    onPage('/features/cases/pages/detail/index?number=X');
    const unregister = notices.register('/features/cases/pages/detail/index');
    vi.mocked(Taro.showToast).mockClear();
    tell('补正已提交', 'success');
    expect(notices.current()).toMatchObject({ text: '补正已提交', page: 'features/cases/pages/detail/index' });
    expect(Taro.showToast).not.toHaveBeenCalled();
    unregister();
  });

  it('keeps a 长辈版 toast up for 4 seconds on a page without a notice area', () => {
    elderMode.set(true);
    onPage('/features/guides/pages/detail/index');
    tell('表格下载失败，请稍后重试');
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '表格下载失败，请稍后重试', icon: 'none', duration: 4000 });
    // The API client's refusals (2.5 s in the standard mode) stay twice as long too.
    tell('系统维护中，请稍后再试', 'none', 2500);
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '系统维护中，请稍后再试', icon: 'none', duration: 5000 });
    expect(notices.current()).toBeNull();
  });
});
