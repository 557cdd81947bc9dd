import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { me, resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import StaffHomePage from './index';

const home = {
  displayName: '陈静',
  roles: [
    { role: 'window_staff', roleLabel: '窗口人员', scopeType: 'hall', scopeCode: 'cy-district', scopeName: '城阳区政务服务中心' },
    { role: 'supervisor', roleLabel: '督查人员', scopeType: 'district', scopeCode: null, scopeName: '全区' },
  ],
};

describe('工作台', () => {
  beforeEach(resetApi);

  it('shows roles with their scopes, upcoming tools as 即将上线, and binds WeChat', async () => {
    signInAs(1);
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      'GET /api/v1/me': () => [200, me({ displayName: '陈静', isStaff: true, wechatBound: false })],
      'GET /api/v1/auth/options': () => [200, { devLogin: true }],
      'POST /api/v1/auth/dev/wechat-code': ({ openid }) => [200, { code: `code-${openid}` }],
      'POST /api/v1/me/wechat': () => [200, me({ isStaff: true, wechatBound: true })],
    });
    const { container } = render(<StaffHomePage />);
    await screen.findByText('陈静');
    expect([...container.querySelectorAll('.staff-role')].map((r) => r.textContent)).toEqual([
      '窗口人员城阳区政务服务中心',
      '督查人员全区',
    ]);
    expect(container.querySelectorAll('.staff-tool.is-soon').length).toBeGreaterThan(0);
    expect(container.querySelector('.staff-tool-appointments .badge')).toBeNull();
    expect(container.querySelector('.staff-tool-cases')!.textContent).toContain('统一收件（办件）');
    fireEvent.click(container.querySelector('.staff-tool-cases')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/staff/pages/cases/index' });
    fireEvent.click(container.querySelector('.staff-tool-appointments')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/staff/pages/appointments/index' });
    expect(container.querySelectorAll('.staff-tool .badge')[0]!.textContent).toBe('即将上线');
    expect(container.querySelector('.staff-tool-register')!.textContent).toContain('窗口收件登记');
    fireEvent.click(container.querySelector('.staff-tool-register')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/cases/pages/register/index' });
    expect(container.querySelector('.staff-tool-station')).toBeNull();

    const openid = await screen.findByPlaceholderText('如 test-staff-chen');
    expect(openid.closest('.bind-wechat-openid')).toBeTruthy();
    fireEvent.change(openid, { target: { value: 'test-staff-chen' } });
    fireEvent.click(container.querySelector('.bind-wechat-submit')!);
    expect(await screen.findByText('已绑定微信')).toBeTruthy();
    expect(sentTo('POST /api/v1/me/wechat')[0]!.data).toEqual({ code: 'code-test-staff-chen' });
  });

  it('offers a community agent 社区代办 and the station’s workload', async () => {
    signInAs(1);
    serveApi({
      'GET /api/v1/staff/home': () => [
        200,
        {
          displayName: '李代办',
          roles: [
            {
              role: 'community_agent',
              roleLabel: '社区代办员',
              scopeType: 'station',
              scopeCode: 'houtaolin',
              scopeName: '后桃林社区代办点',
            },
          ],
        },
      ],
      'GET /api/v1/me': () => [200, me({ displayName: '李代办', isStaff: true })],
    });
    const { container } = render(<StaffHomePage />);
    await screen.findByText('李代办');
    expect(container.querySelector('.staff-tool-register')!.textContent).toContain('社区代办（代为申请）');
    expect(container.querySelector('.staff-tool-appointments')).toBeNull();
    fireEvent.click(container.querySelector('.staff-tool-station')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/staff/pages/station/index' });
  });

  it('tells a resident the 工作台 is not for their account', async () => {
    signInAs(1);
    serveApi({ 'GET /api/v1/me': () => [200, me()], 'GET /api/v1/staff/home': () => [404, { code: 'NOT_FOUND', message: '没有找到' }] });
    render(<StaffHomePage />);
    expect(await screen.findByText('您的账号没有工作人员权限')).toBeTruthy();
  });
});
