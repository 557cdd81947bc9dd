import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { staffAppointment } from '@/test/fixtures';
import StaffAppointmentsPage from './index';

const home = {
  displayName: '陈静',
  roles: [{ role: 'window_staff', roleLabel: '窗口人员', scopeType: 'hall', scopeCode: 'cy-district', scopeName: '城阳区政务服务中心' }],
};
const DAY = (date: string) => `GET /api/v1/staff/appointments?hall=cy-district&date=${date}`;
const id = (n: number) => `9a1b2c3d-0000-4000-8000-00000000000${n}`;
const pending = staffAppointment({
  id: id(1),
  status: 'pending',
  statusLabel: '待确认',
  ticketCode: 'PEND0001',
  start: '13:30',
  end: '14:30',
  requiresConfirmation: true,
});
const checkedIn = staffAppointment({
  id: id(2),
  status: 'checked_in',
  statusLabel: '已签到',
  ticketCode: 'CHKD0002',
  start: '09:00',
  end: '09:30',
});
const missed = staffAppointment({ id: id(3), status: 'booked', ticketCode: 'LATE0003', start: '09:30', end: '10:00' });
const later = staffAppointment({ id: id(4), status: 'booked', ticketCode: 'SOON0004', start: '16:00', end: '16:30' });
const list = (items: unknown[], date = '2026-11-27') =>
  [200, { date, hall: { code: 'cy-district', name: '城阳区政务服务中心' }, items }] as [number, unknown];
const row = (container: HTMLElement, ticket: string) => container.querySelector(`.staff-appointment[data-ticket="${ticket}"]`)!;

describe('今日预约', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    // 11:00 in Qingdao on Friday 27 November 2026.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T03:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it("lists the hall's day with the actions each appointment allows now", async () => {
    serveApi({ 'GET /api/v1/staff/home': () => [200, home], [DAY('2026-11-27')]: () => list([checkedIn, missed, pending, later]) });
    const { container } = render(<StaffAppointmentsPage />);
    await screen.findByText('PEND0001');
    const actions = (ticket: string) =>
      [...row(container, ticket).querySelectorAll('.staff-actions .nut-button')].map((b) => /staff-action-[\w-]+/.exec(b.className)?.[0]);
    expect(actions('PEND0001')).toEqual(['staff-action-confirm', 'staff-action-decline']);
    expect(actions('CHKD0002')).toEqual(['staff-action-served']);
    expect(actions('LATE0003')).toEqual(['staff-action-no-show']);
    expect(actions('SOON0004')).toEqual([]);
    expect(row(container, 'PEND0001').textContent).toContain('张* · 138****5678');
  });

  it('checks a resident in by the typed code and shows the refreshed day', async () => {
    let checkedInYet = false;
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      [DAY('2026-11-27')]: () => list([checkedInYet ? { ...later, status: 'checked_in', statusLabel: '已签到' } : later]),
      'POST /api/v1/staff/appointments/check-in': ({ ticket }) => {
        if (ticket !== 'SOON0004')
          return [404, { code: 'NOT_FOUND', message: '没有找到这个预约码，请核对后重试（预约码为8位字母和数字）' }];
        checkedInYet = true;
        return [200, { ...later, status: 'checked_in', statusLabel: '已签到' }];
      },
    });
    const { container } = render(<StaffAppointmentsPage />);
    await screen.findByText('SOON0004');
    const input = container.querySelector('.checkin-input input')!;
    fireEvent.change(input, { target: { value: 'wrong123' } });
    fireEvent.click(container.querySelector('.checkin-submit')!);
    expect(await screen.findByText('没有找到这个预约码，请核对后重试（预约码为8位字母和数字）')).toBeTruthy();

    fireEvent.change(input, { target: { value: 'soon0004' } });
    fireEvent.click(container.querySelector('.checkin-submit')!);
    await waitFor(() => expect(container.querySelector('.checkin-result')?.textContent).toContain('已签到：SOON0004 张*'));
    expect(sentTo('POST /api/v1/staff/appointments/check-in').map((c) => c.data)).toEqual([
      { hall: 'cy-district', ticket: 'WRONG123' },
      { hall: 'cy-district', ticket: 'SOON0004' },
    ]);
    await waitFor(() => expect(row(container, 'SOON0004').querySelector('.staff-action-served')).toBeTruthy());
    expect(sentTo(DAY('2026-11-27'))).toHaveLength(2);
  });

  it('declines a pending appointment only with a reason, and marks 办结', async () => {
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      [DAY('2026-11-27')]: () => list([pending, checkedIn]),
      [`POST /api/v1/staff/appointments/${id(1)}/decline`]: ({ reason }) => [
        200,
        { ...pending, status: 'declined', statusLabel: '未通过', reason },
      ],
      [`POST /api/v1/staff/appointments/${id(2)}/served`]: () => [200, { ...checkedIn, status: 'served', statusLabel: '已办理' }],
    });
    const { container } = render(<StaffAppointmentsPage />);
    await screen.findByText('PEND0001');
    fireEvent.click(row(container, 'PEND0001').querySelector('.staff-action-decline')!);
    fireEvent.click(row(container, 'PEND0001').querySelector('.decline-submit')!);
    expect(row(container, 'PEND0001').querySelector('.decline-reason .field-error')!.textContent).toContain('请填写不通过的原因');
    fireEvent.change(row(container, 'PEND0001').querySelector('.decline-reason input')!, { target: { value: '材料不齐，请补充户口簿' } });
    fireEvent.click(row(container, 'PEND0001').querySelector('.decline-submit')!);
    await waitFor(() => expect(row(container, 'PEND0001').querySelector('.staff-appointment-status')!.textContent).toBe('未通过'));
    expect(sentTo(`POST /api/v1/staff/appointments/${id(1)}/decline`)[0]!.data).toEqual({ reason: '材料不齐，请补充户口簿' });

    fireEvent.click(row(container, 'CHKD0002').querySelector('.staff-action-served')!);
    await waitFor(() => expect(row(container, 'CHKD0002').querySelector('.staff-appointment-status')!.textContent).toBe('已办理'));
    expect(row(container, 'CHKD0002').querySelector('.staff-actions .nut-button')).toBeNull();
  });

  it('switches day and filters by status', async () => {
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      [DAY('2026-11-27')]: () => list([later]),
      [DAY('2026-11-28')]: () => list([], '2026-11-28'),
      [`${DAY('2026-11-28')}&status=pending`]: () => list([], '2026-11-28'),
    });
    const { container } = render(<StaffAppointmentsPage />);
    await screen.findByText('SOON0004');
    fireEvent.click(container.querySelector('.staff-date-next')!);
    expect(await screen.findByText('当天没有预约')).toBeTruthy();
    expect(container.querySelector('.staff-date-text')!.textContent).toBe('11月28日 周六');
    fireEvent.click(container.querySelector('.staff-status-filter[data-status="pending"]')!);
    expect(await screen.findByText('当天没有“待确认”的预约')).toBeTruthy();
    expect(sentTo(`${DAY('2026-11-28')}&status=pending`)).toHaveLength(1);
  });
});
