// The H5 shell around the pages, set up once at launch: Taro's title bar and buttons made usable
// without a mouse and announced by screen readers, and unknown addresses sent to a real not-found page.
import Taro from '@tarojs/taro';
import { appPages } from './app-pages';

/** Taro draws its H5 title bar buttons as bare <div>s with icons: give them names and keys. */
function labelTitleBar(): void {
  const bar = document.getElementById('taro-navigation-bar');
  if (!bar) return;
  bar.setAttribute('role', 'banner');
  const buttons: [string, string][] = [
    ['taro-navigation-bar-back', '返回上一页'],
    ['taro-navigation-bar-home', '返回首页'],
  ];
  for (const [cls, name] of buttons) {
    const button = bar.getElementsByClassName(cls)[0];
    if (!(button instanceof HTMLElement)) continue;
    button.setAttribute('role', 'button');
    button.setAttribute('aria-label', name);
    button.tabIndex = 0;
    button.querySelector('svg')?.setAttribute('aria-hidden', 'true');
    button.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      button.click();
    });
  }
  bar.querySelector('.taro-navigation-bar-loading svg')?.setAttribute('aria-hidden', 'true');
  bar.querySelector('.taro-navigation-bar-title')?.setAttribute('role', 'heading');
  bar.querySelector('.taro-navigation-bar-title')?.setAttribute('aria-level', '1');
}

/**
 * Each page is a scrolling container; one without buttons (a list of cards) could not be scrolled
 * from the keyboard. Made focusable as Taro mounts it.
 */
function focusablePages(): void {
  for (const page of Array.from(document.querySelectorAll('.taro_page:not([tabindex])'))) page.setAttribute('tabindex', '0');
}

/** Enter or Space presses a control drawn as a custom element, as they press a native button. */
function pressOnKey(e: KeyboardEvent): void {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  (e.currentTarget as HTMLElement).click();
}

/**
 * Taro draws <Button> (and NutUI's Button over it) on H5 as a bare <taro-button-core>: no role, not
 * reachable with Tab, so a screen reader reads its text as plain text. Given both as Taro mounts it.
 */
export function buttonSemantics(root: ParentNode = document): void {
  for (const button of Array.from(root.querySelectorAll<HTMLElement>('taro-button-core:not([role])'))) {
    button.setAttribute('role', 'button');
    button.tabIndex = 0;
    button.addEventListener('keydown', pressOnKey);
  }
}

/** What Taro mounts later (pages, their buttons) gets the same as what is there at launch. */
function onMount(): void {
  const mark = () => {
    focusablePages();
    buttonSemantics();
  };
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
  mark();
}

export function setUpShell(): void {
  Taro.onPageNotFound(() => {
    void Taro.redirectTo({ url: appPages.notFound.url });
  });
  if (process.env.TARO_ENV !== 'h5') return;
  // The router mounts the bar when the app starts, after this module runs.
  let tries = 0;
  const whenReady = () => {
    if (document.getElementById('taro-navigation-bar')) {
      labelTitleBar();
      onMount();
    } else if (tries++ < 100) setTimeout(whenReady, 50);
  };
  whenReady();
}
