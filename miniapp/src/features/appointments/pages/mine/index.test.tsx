import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetApi, serveApi, signInAs } from '@/test/fake-api';
import { appointment } from '@/test/fixtures';
import MyAppointmentsPage from './index';

describe('我的预约', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('lists upcoming appointments, opens one, and shows past ones on their tab', async () => {
    const upcoming = appointment();
    serveApi({
      'GET /api/v1/appointments/mine?when=upcoming': () => [200, { items: [upcoming] }],
      'GET /api/v1/appointments/mine?when=past': () => [200, { items: [] }],
    });
    const { container } = render(<MyAppointmentsPage />);
    await screen.findByText('预约码 K7Q2M9XD');
    expect(container.querySelector('.my-appointment-time')!.textContent).toBe('11月27日 周五 09:00–09:30');
    fireEvent.click(container.querySelector('.my-appointment')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/features/appointments/pages/ticket/index?id=${upcoming.id}` });

    fireEvent.click(screen.getByText('历史预约'));
    expect(await screen.findByText('暂无历史预约')).toBeTruthy();
    expect(container.querySelector('.my-appointment')).toBeNull();
  });

  it('asks a signed-out resident to sign in', () => {
    resetApi();
    render(<MyAppointmentsPage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
  });
});
