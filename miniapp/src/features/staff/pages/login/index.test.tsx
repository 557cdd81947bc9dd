import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { storage } from '@/test/taro';
import { resetApi, sentTo, serveApi, tokenPair } from '@/test/fake-api';
import { SESSION_KEY } from '@/lib/session';
import StaffLoginPage from './index';

function renderLogin() {
  const view = render(<StaffLoginPage />);
  const fill = (username: string, password: string) => {
    fireEvent.change(view.container.querySelector('.staff-username input')!, { target: { value: username } });
    fireEvent.change(view.container.querySelector('.staff-password input')!, { target: { value: password } });
  };
  return { ...view, fill, submit: () => fireEvent.click(view.container.querySelector('.staff-login-submit')!) };
}

describe('工作人员登录', () => {
  beforeEach(resetApi);

  it('asks for both fields before sending', () => {
    serveApi({});
    const login = renderLogin();
    login.submit();
    expect(screen.getByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(sentTo('POST /api/v1/auth/staff')).toHaveLength(0);
  });

  it('tells a wrong password and a lockout in place, keeping the password typed to correct it', async () => {
    const answers = [
      [401, { code: 'BAD_CREDENTIALS', message: '用户名或密码不正确' }],
      [423, { code: 'ACCOUNT_LOCKED', message: '密码错误次数过多，账号已锁定至 14:35，请稍后再试' }],
    ] as const;
    serveApi({ 'POST /api/v1/auth/staff': () => [...answers[sentTo('POST /api/v1/auth/staff').length - 1]!] });
    const login = renderLogin();
    login.fill('chenjing', 'wrong-password-1');
    login.submit();
    expect(await screen.findByText('用户名或密码不正确')).toBeTruthy();
    expect(login.container.querySelector<HTMLInputElement>('.staff-password input')!.value).toBe('wrong-password-1');
    // Only the server's words: no "请输入密码" under a field that is filled.
    expect(screen.queryByText('请输入密码')).toBeNull();
    expect(login.container.querySelectorAll('.field-error')).toHaveLength(0);

    login.fill('chenjing', 'wrong-password-2');
    login.submit();
    expect(await screen.findByText('密码错误次数过多，账号已锁定至 14:35，请稍后再试')).toBeTruthy();
    expect(storage.has(SESSION_KEY)).toBe(false);
  });

  it('asks for the 动态验证码 when the account requires one, and sends it with the password', async () => {
    serveApi({
      'POST /api/v1/auth/staff': () =>
        sentTo('POST /api/v1/auth/staff').length === 1
          ? [401, { code: 'TOTP_REQUIRED', message: '请输入身份验证器App中的6位动态验证码' }]
          : [200, tokenPair(4)],
    });
    const login = renderLogin();
    expect(login.container.querySelector('.staff-totp')).toBeNull();
    login.fill('chenjing', 'Correct-horse-9');
    login.submit();
    expect(await screen.findByText('请输入身份验证器App中的6位动态验证码')).toBeTruthy();
    expect(login.container.querySelector<HTMLInputElement>('.staff-password input')!.value).toBe('Correct-horse-9');

    login.submit(); // no code yet: said in place, nothing sent
    expect(screen.getByText('请输入6位动态验证码')).toBeTruthy();
    expect(sentTo('POST /api/v1/auth/staff')).toHaveLength(1);

    fireEvent.change(login.container.querySelector('.staff-totp input')!, { target: { value: '123456' } });
    login.submit();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/staff/pages/home/index' }));
    expect(sentTo('POST /api/v1/auth/staff')[1]!.data).toEqual({ username: 'chenjing', password: 'Correct-horse-9', totp: '123456' });
    expect(storage.get(SESSION_KEY)).toMatchObject({ accessToken: 'access-4' });
  });

  it('signs in and opens the 工作台', async () => {
    serveApi({ 'POST /api/v1/auth/staff': () => [200, tokenPair(3)] });
    const login = renderLogin();
    login.fill('  ChenJing ', 'Correct-horse-9');
    login.submit();
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/staff/pages/home/index' }));
    expect(sentTo('POST /api/v1/auth/staff')[0]!.data).toEqual({ username: 'chenjing', password: 'Correct-horse-9' });
    expect(storage.get(SESSION_KEY)).toMatchObject({ accessToken: 'access-3' });
  });
});
