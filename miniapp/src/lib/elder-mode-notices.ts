// Short confirmations ("手机号绑定成功") told the way the resident can read them:
// - 长辈版 has no pop-ups: on a page with an <InlineNotice/>, the message is written into the page
//   and stays until read;
// - otherwise a toast. On H5 a toast shown right after a navigation used to be created and hidden at
//   once: Taro's H5 toast remembers the page it was shown on and hides itself when the router
//   reports the change of page — and `navigateBack()` resolves before that report, while the old
//   page is still current. `afterPageChange` waits for the report.
import Taro from '@tarojs/taro';

export interface Notice {
  id: number;
  text: string;
  /** The page (path without query) it belongs to. */
  page: string;
}

const listeners = new Set<() => void>();
const inlinePages = new Map<string, number>();
let current: Notice | null = null;
let nextId = 1;

const emit = () => listeners.forEach((l) => l());
export const pageOf = (path: string) => (path.split('?')[0] ?? '').replace(/^\//, '');
const currentPage = () => pageOf(Taro.getCurrentInstance().router?.path ?? '');

export const notices = {
  current: () => current,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  dismiss: (id: number) => {
    if (current?.id !== id) return;
    current = null;
    emit();
  },
  /** An <InlineNotice/> on `page` is mounted and can take messages. */
  register: (page: string) => {
    const key = pageOf(page);
    inlinePages.set(key, (inlinePages.get(key) ?? 0) + 1);
    return () => {
      const left = (inlinePages.get(key) ?? 1) - 1;
      if (left > 0) inlinePages.set(key, left);
      else inlinePages.delete(key);
    };
  },
};

/** Resolves once the page being opened is the current one (H5); at once in the mini-program. */
export function afterPageChange(): Promise<void> {
  if (process.env.TARO_ENV !== 'h5') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      Taro.eventCenter.off('__afterTaroRouterChange', done);
      resolve();
    };
    Taro.eventCenter.on('__afterTaroRouterChange', done);
    // A switch back to a tab already on screen reports nothing: never hold a message long.
    setTimeout(done, 1500);
  });
}

/** How long a toast stays by default: 2 s is a glance; 长辈版 gives twice the time to read it. */
const TOAST_MS = 2000;

// Whether 长辈版 is on, as elder-mode.ts tells it. Told rather than imported: the API client tells
// its errors through here, and elder-mode.ts needs the API client.
let elderModeOn: () => boolean = () => false;
export function followElderMode(isOn: () => boolean): void {
  elderModeOn = isOn;
}

/**
 * A short message to the resident: inline in 长辈版 where the page has room for it, a toast
 * otherwise (longer in 长辈版). Every resident-facing toast goes through here.
 */
export function tell(text: string, icon: 'success' | 'none' = 'none', ms = TOAST_MS): void {
  const page = currentPage();
  const elder = elderModeOn();
  if (elder && inlinePages.has(page)) {
    current = { id: nextId++, text, page };
    emit();
    return;
  }
  // A success tick cuts the title to 7 characters; longer text goes without it.
  void Taro.showToast({ title: text, icon: text.length > 7 ? 'none' : icon, duration: elder ? 2 * ms : ms });
}
