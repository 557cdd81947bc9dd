import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { resetApi, sentTo, serveApi } from '@/test/fake-api';
import BookingSlotsPage from './index';

const Q = 'item=MARRIAGE&hall=cy-district';
const day = (date: string, over: object = {}) => ({ date, open: true, opensAt: null, free: 3, capacity: 8, closedReason: null, ...over });

describe('选择预约时间', () => {
  beforeEach(() => {
    resetApi();
    vi.mocked(useRouter).mockReturnValue({
      params: { item: 'MARRIAGE', itemName: '结婚登记', hall: 'cy-district', hallName: '城阳区政务服务中心', review: '1' },
    } as never);
  });

  it('labels each day, opens on the first with places, and takes a slot to the confirm step', async () => {
    serveApi({
      [`GET /api/v1/appointments/availability?${Q}`]: () => [
        200,
        {
          days: [
            day('2026-11-26', { free: 0 }),
            day('2026-11-27'),
            day('2026-11-30', { open: false, free: 0, closedReason: '系统升级暂停办理' }),
            day('2026-12-01', { open: false, opensAt: '2026-11-24T00:00:00.000Z', free: 8 }),
          ],
        },
      ],
      [`GET /api/v1/appointments/slots?${Q}&date=2026-11-27`]: () => [
        200,
        {
          date: '2026-11-27',
          slots: [
            { id: 11, start: '09:00', end: '10:00', capacity: 2, free: 0, bookable: false },
            { id: 12, start: '10:00', end: '11:00', capacity: 2, free: 1, bookable: true },
          ],
        },
      ],
    });
    const { container } = render(<BookingSlotsPage />);
    await waitFor(() => expect(container.querySelectorAll('.booking-slot')).toHaveLength(2));
    const days = [...container.querySelectorAll('.booking-day')];
    expect(days.map((d) => d.className.replace('booking-day ', ''))).toEqual([
      'is-full',
      'is-open is-selected',
      'is-closed',
      'is-not-open',
    ]);
    expect(days.map((d) => d.querySelector('.booking-day-state')!.textContent)).toEqual([
      '约满',
      '余3个',
      '系统升级暂停办理',
      '11月24日 08:00 放号',
    ]);
    expect(sentTo(`GET /api/v1/appointments/slots?${Q}&date=2026-11-26`)).toHaveLength(0);

    fireEvent.click(container.querySelector('.booking-slot.is-full')!);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    fireEvent.click(container.querySelector('.booking-slot[data-slot="12"]')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/appointments/pages/confirm/index?item=MARRIAGE&itemName=%E7%BB%93%E5%A9%9A%E7%99%BB%E8%AE%B0&hall=cy-district&hallName=%E5%9F%8E%E9%98%B3%E5%8C%BA%E6%94%BF%E5%8A%A1%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83&review=1&slot=12&date=2026-11-27&start=10%3A00&end=11%3A00',
    });
  });

  it('says when a day not yet released opens, without asking for its slots', async () => {
    serveApi({
      [`GET /api/v1/appointments/availability?${Q}`]: () => [
        200,
        { days: [day('2026-11-27', { free: 0 }), day('2026-12-01', { open: false, opensAt: '2026-11-24T00:00:00.000Z' })] },
      ],
      [`GET /api/v1/appointments/slots?${Q}&date=2026-11-27`]: () => [
        200,
        { date: '2026-11-27', slots: [{ id: 11, start: '09:00', end: '10:00', capacity: 2, free: 0, bookable: false }] },
      ],
    });
    const { container } = render(<BookingSlotsPage />);
    await screen.findByText('当天已约满，请选择其他日期。');
    fireEvent.click(container.querySelector('.booking-day.is-not-open')!);
    expect(screen.getByText('该日号源将于 11月24日 08:00 放出，请届时再来预约。')).toBeTruthy();
    expect(container.querySelector('.booking-slot')).toBeNull();
    expect(sentTo(`GET /api/v1/appointments/slots?${Q}&date=2026-12-01`)).toHaveLength(0);
  });
});
