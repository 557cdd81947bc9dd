import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { appointment, guideDetail, material } from '@/test/fixtures';
import type { QueueTicket } from '@bianmin/shared/queue/queue.schema';
import { districtToday } from '@/lib/district-time';
import { elderMode } from '@/lib/elder-mode';
import { notices } from '@/lib/elder-mode-notices';
import { QUEUE_POLL_MS } from '../../use-queue-ticket';
import AppointmentPage from './index';

const a = appointment();
const GET = `GET /api/v1/appointments/${a.id}`;
const CANCEL = `POST /api/v1/appointments/${a.id}/cancel`;
const GET_TODAY = (x: { id: string }) => `GET /api/v1/appointments/${x.id}`;
const queueTicket = (over: Partial<QueueTicket> = {}): QueueTicket => ({
  id: '9a1b2c3d-0000-4000-8000-000000000001',
  number: 'A023',
  status: 'waiting',
  statusLabel: '等候中',
  item: { code: 'MARRIAGE', name: '结婚登记' },
  hall: { code: 'cy-district', name: '城阳区政务服务中心' },
  group: { code: 'A', windows: [{ number: 'A01', name: '综合受理窗口' }] },
  window: null,
  ahead: 0,
  estimatedWaitMinutes: null,
  issuedAt: '2026-11-27T01:00:00.000Z',
  calledAt: null,
  callCount: 0,
  ...over,
});

describe('预约详情', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(useRouter).mockReturnValue({ params: { id: a.id, done: 'booked' } } as never);
  });

  it('shows the ticket: code, QR image, time, hall address and phone', async () => {
    serveApi({ [GET]: () => [200, a] });
    const { container } = render(<AppointmentPage />);
    expect(await screen.findByText('预约成功')).toBeTruthy();
    expect(container.querySelector('.ticket-code')!.textContent).toBe('K7Q2M9XD');
    expect(container.querySelector('.ticket-qr')!.getAttribute('src')).toBe(a.qrDataUrl);
    expect(container.querySelector('.ticket-time')!.textContent).toBe('11月27日 周五 09:00–09:30');
    expect(container.querySelector('.ticket-address')!.textContent).toBe('青岛市城阳区正阳路236号');
    expect(container.querySelector('a.contact-phone')!.getAttribute('href')).toBe('tel:053287861000');
    expect(container.querySelector('.ticket-deadline')!.textContent).toBe('11月27日 07:00');

    fireEvent.click(container.querySelector('.appointment-reschedule')!);
    expect(vi.mocked(Taro.navigateTo).mock.calls.at(-1)![0]).toEqual({
      url: expect.stringMatching(/^\/features\/appointments\/pages\/slots\/index\?item=MARRIAGE&.*hall=cy-district&.*reschedule=5f0c3a52/),
    });
  });

  it('cancels only after the resident confirms, then shows it cancelled without the QR code', async () => {
    serveApi({
      [GET]: () => [200, a],
      [CANCEL]: () => [200, appointment({ status: 'cancelled', statusLabel: '已取消', qrToken: null, qrDataUrl: null, canCancel: false })],
    });
    vi.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never);
    const { container } = render(<AppointmentPage />);
    await screen.findByText('K7Q2M9XD');
    fireEvent.click(container.querySelector('.appointment-cancel')!);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(sentTo(CANCEL)).toHaveLength(0);

    fireEvent.click(container.querySelector('.appointment-cancel')!);
    await screen.findByText('已取消');
    expect(sentTo(CANCEL)).toHaveLength(1);
    expect(container.querySelector('.ticket-qr')).toBeNull();
    expect(container.querySelector('.appointment-cancel')).toBeNull();
    expect(container.querySelector('.appointment-reschedule')).toBeNull();
  });

  it('says in place why it is too late to cancel', async () => {
    serveApi({
      [GET]: () => [200, a],
      [CANCEL]: () => [409, { code: 'CANCEL_TOO_LATE', message: '已超过取消截止时间（预约开始前120分钟），如不能到场请致电大厅' }],
    });
    const { container } = render(<AppointmentPage />);
    await screen.findByText('K7Q2M9XD');
    fireEvent.click(container.querySelector('.appointment-cancel')!);
    expect((await screen.findByText('已超过取消截止时间（预约开始前120分钟），如不能到场请致电大厅')).className).toContain(
      'appointment-error',
    );
  });
});

describe('预约详情 in 长辈版: no pop-ups', () => {
  const cancelled = appointment({ status: 'cancelled', statusLabel: '已取消', qrToken: null, qrDataUrl: null, canCancel: false });
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro.showModal).mockClear();
    vi.mocked(Taro.showToast).mockClear();
    vi.mocked(useRouter).mockReturnValue({ params: { id: a.id } } as never);
    elderMode.set(true);
  });
  afterEach(() => {
    elderMode.set(false);
    const shown = notices.current();
    if (shown) notices.dismiss(shown.id);
  });

  it('asks on the page, in place of the buttons, and cancels on 确认取消预约', async () => {
    serveApi({ [GET]: () => [200, a], [CANCEL]: () => [200, cancelled] });
    const { container } = render(<AppointmentPage />);
    await screen.findByText('K7Q2M9XD');
    fireEvent.click(container.querySelector('.appointment-cancel')!);

    const step = container.querySelector('.appointment-cancel-step')!;
    expect(step.textContent).toContain('11月27日 周五 09:00–09:30 的预约将被取消，号源释放给其他人。');
    expect(container.querySelector('.appointment-reschedule')).toBeNull();
    expect(sentTo(CANCEL)).toHaveLength(0);

    fireEvent.click(container.querySelector('.appointment-cancel-confirm')!);
    await screen.findByText('已取消');
    expect(sentTo(CANCEL)).toHaveLength(1);
    expect(Taro.showModal).not.toHaveBeenCalled();
    expect(Taro.showToast).not.toHaveBeenCalled();
    expect(container.querySelector('.inline-notice-text')!.textContent).toBe('预约已取消');
    expect(container.querySelector('.appointment-cancel-step')).toBeNull();
  });

  it('keeps the appointment on 不取消，返回', async () => {
    serveApi({ [GET]: () => [200, a], [CANCEL]: () => [200, cancelled] });
    const { container } = render(<AppointmentPage />);
    await screen.findByText('K7Q2M9XD');
    fireEvent.click(container.querySelector('.appointment-cancel')!);
    fireEvent.click(container.querySelector('.appointment-cancel-back')!);

    expect(container.querySelector('.appointment-cancel-step')).toBeNull();
    expect(container.querySelector('.appointment-cancel')).toBeTruthy();
    expect(container.querySelector('.appointment-reschedule')).toBeTruthy();
    expect(sentTo(CANCEL)).toHaveLength(0);
    expect(Taro.showModal).not.toHaveBeenCalled();
  });

  it('says in place why it is too late, with the buttons back', async () => {
    const late = '已超过取消截止时间（预约开始前120分钟），如不能到场请致电大厅';
    serveApi({ [GET]: () => [200, a], [CANCEL]: () => [409, { code: 'CANCEL_TOO_LATE', message: late }] });
    const { container } = render(<AppointmentPage />);
    await screen.findByText('K7Q2M9XD');
    fireEvent.click(container.querySelector('.appointment-cancel')!);
    fireEvent.click(container.querySelector('.appointment-cancel-confirm')!);

    expect((await screen.findByText(late)).className).toContain('appointment-error');
    expect(container.querySelector('.appointment-cancel-step')).toBeNull();
    expect(Taro.showModal).not.toHaveBeenCalled();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});

describe('at the hall: the queue number, the windows, the materials and the map', () => {
  const today = appointment({ date: districtToday(), status: 'checked_in', statusLabel: '已签到' });
  const QUEUE = `GET /api/v1/queue/appointments/${today.id}`;
  const GUIDE = 'GET /api/v1/guides/MARRIAGE';
  const waiting = queueTicket({ status: 'waiting', statusLabel: '等候中', ahead: 2, estimatedWaitMinutes: 9 });
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(useRouter).mockReturnValue({ params: { id: today.id } } as never);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the number with those ahead and an estimate, and follows the call without reloading', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let answer = waiting;
    serveApi({ [GET_TODAY(today)]: () => [200, today], [QUEUE]: () => [200, { ticket: answer }] });
    const { container } = render(<AppointmentPage />);
    expect((await screen.findByText('A023')).className).toContain('queue-number');
    expect(container.querySelector('.queue-ahead')!.textContent).toBe('前面还有 2 人');
    expect(container.querySelector('.queue-estimate')!.textContent).toBe('预计等候约 9 分钟（按近期平均办理时长估算）');

    answer = queueTicket({ status: 'called', statusLabel: '请到窗口', ahead: 0, window: { number: 'E02', name: '公安户政与居住证窗口' } });
    await vi.advanceTimersByTimeAsync(QUEUE_POLL_MS);
    expect((await screen.findByText('请到窗口')).className).toContain('queue-status');
    expect(container.querySelector('.queue-called')!.textContent).toContain('请到 E02 号窗口');
    expect(sentTo(GET_TODAY(today))).toHaveLength(1); // the appointment itself was not reloaded
    expect(sentTo(QUEUE).length).toBeGreaterThanOrEqual(2);
  });

  it('stops asking once the number is finished', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    serveApi({
      [GET_TODAY(today)]: () => [200, today],
      [QUEUE]: () => [200, { ticket: queueTicket({ status: 'done', statusLabel: '已办结' }) }],
    });
    render(<AppointmentPage />);
    await screen.findByText('已办结');
    const asked = sentTo(QUEUE).length;
    await vi.advanceTimersByTimeAsync(QUEUE_POLL_MS * 3);
    expect(sentTo(QUEUE)).toHaveLength(asked);
  });

  it('lists the windows, a materials checklist and a map link for the hall before the visit', async () => {
    const booked = appointment({ id: today.id });
    serveApi({
      [GET_TODAY(today)]: () => [200, booked],
      [GUIDE]: () => [
        200,
        guideDetail({
          materials: [
            material({ id: 1, name: '居民身份证', originals: 1, copies: 0 }),
            material({ id: 2, name: '户口簿', originals: 1, copies: 1 }),
          ],
          servicePoints: [
            {
              hall: {
                code: 'cy-district',
                name: '城阳区政务服务中心',
                level: 'district',
                address: '青岛市城阳区正阳路236号',
                phone: '0532-87861000',
                latitude: 36.3,
                longitude: 120.4,
                openingHours: [],
                hoursNote: null,
              },
              windows: [{ number: 'D05', name: '婚姻登记窗口', phone: null }],
            },
          ],
        }),
      ],
    });
    const { container } = render(<AppointmentPage />);
    expect((await screen.findByText('D05 婚姻登记窗口')).className).toContain('visit-window');
    expect(container.querySelector('a.contact-map')!.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=/);
    expect(screen.getByText('需带材料（已备 0/2）')).toBeTruthy();
    fireEvent.click(screen.getByText('户口簿'));
    expect(screen.getByText('需带材料（已备 1/2）')).toBeTruthy();
  });
});
