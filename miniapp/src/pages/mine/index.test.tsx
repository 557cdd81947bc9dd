import { beforeEach, describe, expect, it } from 'vitest';
import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { storage } from '@/test/taro';
import { me, resetApi, sent, sentTo, serveApi, signInAs, tokenPair } from '@/test/fake-api';
import { SESSION_KEY } from '@/lib/session';
import MinePage from './index';

const verified = me({
  displayName: '张明',
  realName: { name: '张*', idNumber: '370214********123X', verifiedAt: '2026-11-20T08:00:00Z' },
  phone: '138****5678',
});
const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent;

describe('我的', () => {
  beforeEach(resetApi);

  it('signs a test resident in on H5 and shows their profile', async () => {
    serveApi({
      'GET /api/v1/auth/options': () => [200, { devLogin: true }],
      'POST /api/v1/auth/dev/wechat-code': ({ openid }) => [200, { code: `code-for-${openid}` }],
      'POST /api/v1/auth/wechat': ({ code }) =>
        code === 'code-for-test-resident-li' ? [200, tokenPair(1)] : [401, { code: 'WECHAT_CODE_INVALID', message: '登录凭证无效' }],
      'GET /api/v1/me': (_, call) => (call.header.Authorization === 'Bearer access-1' ? [200, me({ displayName: '微信用户8a3f' })] : [401]),
    });
    const { container } = render(<MinePage />);
    expect(container.querySelector('.staff-login-link')).toBeTruthy();

    fireEvent.click(await screen.findByText('测试登录（开发环境）'));
    fireEvent.click(screen.getByText('李华'));
    fireEvent.click(container.querySelector('.dev-login-submit')!);

    expect(await screen.findByText('微信用户8a3f')).toBeTruthy();
    expect(storage.get(SESSION_KEY)).toMatchObject({ accessToken: 'access-1', refreshToken: tokenPair(1).refreshToken });
    expect(text(container, '.profile-badge')).toBe('未实名');
    expect(container.querySelector('.mine-realname')).toBeTruthy();
    expect(container.querySelector('.mine-phone')).toBeTruthy();
    expect(container.querySelector('.dev-login')).toBeNull();
  });

  it('checks a typed test openid before asking the server', async () => {
    serveApi({ 'GET /api/v1/auth/options': () => [200, { devLogin: true }] });
    const { container } = render(<MinePage />);
    fireEvent.click(await screen.findByText('测试登录（开发环境）'));
    fireEvent.change(container.querySelector('.dev-login-openid input')!, { target: { value: 'a b' } });
    fireEvent.click(container.querySelector('.dev-login-submit')!);
    expect(text(container, '.dev-login-openid .field-error')).toBe('测试用户标识只能包含字母、数字、下划线和连字符（6–64位）');
    expect(sent()).not.toContain('POST /api/v1/auth/dev/wechat-code');
  });

  it('shows a verified resident only masked personal data', async () => {
    signInAs(1);
    serveApi({ 'GET /api/v1/me': () => [200, verified] });
    const { container } = render(<MinePage />);
    await screen.findByText('张明');
    expect(text(container, '.profile-realname')).toBe('张*');
    expect(text(container, '.profile-id')).toBe('370214********123X');
    expect(text(container, '.profile-phone')).toBe('138****5678');
    expect(text(container, '.profile-badge')).toBe('已实名');
    expect(container.querySelector('.mine-realname')).toBeNull();
    expect(container.querySelector('.mine-phone')).toBeNull();
    expect(container.querySelector('.mine-staff')).toBeNull();
  });

  it('masks a full number even if one ever came back unmasked', async () => {
    signInAs(1);
    serveApi({
      'GET /api/v1/me': () => [
        200,
        me({ realName: { name: '张明', idNumber: '37021419900101123X', verifiedAt: '2026-11-20T08:00:00Z' }, phone: '13812345678' }),
      ],
    });
    const { container } = render(<MinePage />);
    await waitFor(() => expect(text(container, '.profile-id')).toBe('370214********123X'));
    expect(text(container, '.profile-phone')).toBe('138****5678');
    expect(container.textContent).not.toContain('37021419900101123X');
    expect(container.textContent).not.toContain('13812345678');
  });

  it('offers the 工作台 to staff, and signs out', async () => {
    signInAs(1);
    serveApi({
      'GET /api/v1/me': () => [
        200,
        me({ displayName: '陈静', isStaff: true, roles: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }] }),
      ],
      'POST /api/v1/auth/logout': () => [204],
      'GET /api/v1/auth/options': () => [200, { devLogin: true }],
    });
    const { container } = render(<MinePage />);
    await screen.findByText('陈静');
    expect(container.querySelector('.mine-staff')).toBeTruthy();

    fireEvent.click(container.querySelector('.signout')!);
    expect(await screen.findByText('登录便民服务')).toBeTruthy();
    expect(storage.has(SESSION_KEY)).toBe(false);
    await waitFor(() => expect(sentTo('POST /api/v1/auth/logout')[0]?.data).toEqual({ refreshToken: tokenPair(1).refreshToken }));
  });

  it('shows the unread count on 消息中心 and opens it, and links 我的证照', async () => {
    signInAs(1);
    serveApi({
      'GET /api/v1/me': () => [200, verified],
      'GET /api/v1/me/messages/unread': () => [200, { unread: 3 }],
    });
    const { container } = render(<MinePage />);
    await waitFor(() => expect(text(container, '.mine-unread')).toBe('3条未读'));
    fireEvent.click(container.querySelector('.mine-messages')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/messages/pages/list/index' });
    fireEvent.click(container.querySelector('.mine-certificates')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/cases/pages/certificates/index' });
  });

  it('shows no badge when nothing is unread', async () => {
    signInAs(1);
    serveApi({ 'GET /api/v1/me': () => [200, verified], 'GET /api/v1/me/messages/unread': () => [200, { unread: 0 }] });
    const { container } = render(<MinePage />);
    await screen.findByText('张明');
    await waitFor(() => expect(sentTo('GET /api/v1/me/messages/unread')).toHaveLength(1));
    expect(container.querySelector('.mine-unread')).toBeNull();
  });
});
