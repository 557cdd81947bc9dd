// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buttonSemantics } from './h5-shell';

describe("Taro's H5 buttons", () => {
  it('are announced as buttons, reachable with Tab and pressed with Enter or Space', () => {
    document.body.innerHTML = '<taro-button-core class="nut-button">看看字面相近的事项</taro-button-core>';
    const button = document.querySelector<HTMLElement>('taro-button-core')!;
    const pressed = vi.fn();
    button.addEventListener('click', pressed);
    buttonSemantics();
    expect(button.getAttribute('role')).toBe('button');
    expect(button.tabIndex).toBe(0);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(pressed).toHaveBeenCalledTimes(2);
  });

  it('are given this once: a second pass adds no second key handler', () => {
    document.body.innerHTML = '<taro-button-core>预约办理</taro-button-core>';
    const button = document.querySelector<HTMLElement>('taro-button-core')!;
    const pressed = vi.fn();
    button.addEventListener('click', pressed);
    buttonSemantics();
    buttonSemantics();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(pressed).toHaveBeenCalledTimes(1);
  });
});
