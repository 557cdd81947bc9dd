import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { appointment } from '@/test/fixtures';
import AppointmentPage from './index';

const a = appointment();
const GET = `GET /api/v1/appointments/${a.id}`;
const CANCEL = `POST /api/v1/appointments/${a.id}/cancel`;

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
