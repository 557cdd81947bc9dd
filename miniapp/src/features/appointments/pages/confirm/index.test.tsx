import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { session } from '@/lib/auth';
import { resetApi, sentTo, serveApi, signInAs, tokenPair } from '@/test/fake-api';
import { appointment } from '@/test/fixtures';
import BookingConfirmPage from './index';

const BOOK = 'POST /api/v1/appointments';
const SLOTS = 'GET /api/v1/appointments/slots?item=MARRIAGE&hall=cy-district&date=2026-11-27';
const keysSent = () => sentTo(BOOK).map((c) => c.header['Idempotency-Key']);

function openConfirm(extra: Record<string, string> = {}) {
  vi.mocked(useRouter).mockReturnValue({
    params: {
      item: 'MARRIAGE',
      itemName: '结婚登记',
      hall: 'cy-district',
      hallName: '城阳区政务服务中心',
      slot: '7',
      date: '2026-11-27',
      start: '09:00',
      end: '09:30',
      ...extra,
    },
  } as never);
  const view = render(<BookingConfirmPage />);
  const submit = () => fireEvent.click(view.container.querySelector('.booking-submit')!);
  const typePhone = (phone: string) =>
    fireEvent.change(view.container.querySelector('.booking-phone input')!, { target: { value: phone } });
  return { ...view, submit, typePhone };
}

describe('确认预约', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('sends the same Idempotency-Key when the resident retries after the answer was lost', async () => {
    let calls = 0;
    serveApi({
      [BOOK]: () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' });
        return [201, appointment({ id: 'a1b2c3d4-0000-4000-8000-000000000001' })];
      },
    });
    const { container, submit, typePhone } = openConfirm();
    typePhone('13812345678');
    submit();
    expect(await screen.findByText('服务器响应超时，请稍后重试')).toBeTruthy();
    expect(container.querySelector('.booking-error')).toBeTruthy();

    submit();
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/appointments/pages/ticket/index?id=a1b2c3d4-0000-4000-8000-000000000001&done=booked',
      }),
    );
    const [first, second] = keysSent();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
    expect(sentTo(BOOK)[1]!.data).toEqual({ slotId: 7, itemCode: 'MARRIAGE', contactPhone: '13812345678' });
  });

  it('when the slot was just taken, says so, shows the day again and books another slot with a new key', async () => {
    serveApi({
      [BOOK]: ({ slotId }) =>
        slotId === 7
          ? [409, { code: 'SLOT_FULL', message: '这个时段已约满，请选择其他时段或日期' }]
          : [201, appointment({ id: 'a1b2c3d4-0000-4000-8000-000000000002' })],
      [SLOTS]: () => [
        200,
        {
          date: '2026-11-27',
          slots: [
            { id: 7, start: '09:00', end: '09:30', capacity: 4, free: 0, bookable: false },
            { id: 8, start: '09:30', end: '10:00', capacity: 4, free: 2, bookable: true },
          ],
        },
      ],
    });
    const { container, submit, typePhone } = openConfirm();
    typePhone('13812345678');
    submit();
    expect(await screen.findByText('这个时段刚刚被约满了。已为您刷新当天的号源，请另选一个时段。')).toBeTruthy();
    await waitFor(() => expect(container.querySelectorAll('.booking-others .booking-slot')).toHaveLength(2));
    expect(sentTo(SLOTS)).toHaveLength(1);
    expect(container.querySelector('.booking-slot[data-slot="7"]')!.className).toContain('is-full');

    fireEvent.click(container.querySelector('.booking-slot[data-slot="8"]')!);
    expect(container.querySelector('.booking-summary-time')!.textContent).toBe('11月27日 周五 09:30–10:00');
    expect(container.querySelector('.booking-error')).toBeNull();
    submit();
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/appointments/pages/ticket/index?id=a1b2c3d4-0000-4000-8000-000000000002&done=booked',
      }),
    );
    expect(sentTo(BOOK).map((c) => (c.data as { slotId: number }).slotId)).toEqual([7, 8]);
    const [first, second] = keysSent();
    expect(second).not.toBe(first);
  });

  it('checks the phone before sending, and offers 实名认证 when the server asks for it', async () => {
    serveApi({ [BOOK]: () => [403, { code: 'REAL_NAME_REQUIRED', message: '预约前请先完成实名认证（我的 → 实名认证）' }] });
    const { container, submit, typePhone } = openConfirm();
    typePhone('1381234');
    submit();
    expect(container.querySelector('.booking-phone .field-error')!.textContent).toBe(
      '手机号应为11位数字，您输入了7位，请检查后重新输入（用于接收预约提醒）',
    );
    expect(sentTo(BOOK)).toHaveLength(0);

    typePhone('13812345678');
    submit();
    expect(await screen.findByText('预约前请先完成实名认证（我的 → 实名认证）')).toBeTruthy();
    fireEvent.click(container.querySelector('.booking-realname')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/identity/pages/real-name/index' });
  });

  it('sends a signed-out resident to 我的 to sign in', async () => {
    serveApi({
      [BOOK]: () => [401, { code: 'UNAUTHENTICATED', message: '请先登录后再操作' }],
      'POST /api/v1/auth/refresh': () => [401, { code: 'REFRESH_TOKEN_INVALID', message: '登录已失效' }],
    });
    const { container, submit, typePhone } = openConfirm();
    typePhone('13812345678');
    submit();
    // The refresh fails, the session ends, and the page asks the resident to sign in.
    fireEvent.click(await screen.findByText('去登录'));
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/mine/index' });
    expect(container.querySelector('.booking-submit')).toBeNull();
  });

  it('fills in the phone the resident bound, which they may still change', async () => {
    serveApi({
      'GET /api/v1/me/phone': () => [200, { phone: '13912345678' }],
      [BOOK]: () => [201, appointment({ id: 'a1b2c3d4-0000-4000-8000-000000000003' })],
    });
    const { container, submit } = openConfirm();
    const input = container.querySelector<HTMLInputElement>('.booking-phone input')!;
    await waitFor(() => expect(input.value).toBe('13912345678'));
    submit();
    await waitFor(() => expect(sentTo(BOOK)).toHaveLength(1));
    expect((sentTo(BOOK)[0]!.data as { contactPhone: string }).contactPhone).toBe('13912345678');
  });

  it('brings a resident who signs in from here back to this step, with the time they chose', async () => {
    resetApi();
    vi.mocked(Taro.navigateTo).mockClear();
    serveApi({});
    const { container } = openConfirm();
    expect(container.querySelector('.booking-submit')).toBeNull();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/mine/index' });
    // Signing in on 我的 (any way: WeChat, the H5 test sign-in) opens this step again.
    session.start(tokenPair(2));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled());
    const { url } = vi.mocked(Taro.navigateTo).mock.calls.at(-1)![0] as { url: string };
    const [path, query] = url.split('?');
    expect(path).toBe('/features/appointments/pages/confirm/index');
    expect(Object.fromEntries(new URLSearchParams(query))).toMatchObject({
      item: 'MARRIAGE',
      hall: 'cy-district',
      slot: '7',
      date: '2026-11-27',
      start: '09:00',
      end: '09:30',
    });
  });

  it('clears the 实名认证 refusal once the resident comes back verified', async () => {
    serveApi({ [BOOK]: () => [403, { code: 'REAL_NAME_REQUIRED', message: '预约前请先完成实名认证（我的 → 实名认证）' }] });
    const { container, submit, typePhone } = openConfirm();
    typePhone('13812345678');
    submit();
    expect(await screen.findByText('预约前请先完成实名认证（我的 → 实名认证）')).toBeTruthy();
    // Back from the real-name page: the page shows again.
    act(() => {
      for (const [onShow] of vi.mocked(useDidShow).mock.calls) onShow();
    });
    expect(screen.queryByText('预约前请先完成实名认证（我的 → 实名认证）')).toBeNull();
    expect(container.querySelector('.booking-error')).toBeNull();
    expect(container.querySelector<HTMLInputElement>('.booking-phone input')!.value).toBe('13812345678');
  });

  it('moves an appointment with its own key and no phone', async () => {
    const id = '5f0c3a52-7d1e-4c1b-9a55-0f4d8e2b7c11';
    serveApi({
      [`GET /api/v1/appointments/${id}`]: () => [200, appointment({ id, start: '14:00', end: '14:30' })],
      [`POST /api/v1/appointments/${id}/reschedule`]: () => [200, appointment({ id })],
    });
    const { container, submit } = openConfirm({ reschedule: id });
    expect(container.querySelector('.booking-phone')).toBeNull();
    expect((await screen.findByText('11月27日 周五 14:00–14:30')).className).toContain('booking-summary-previous');
    submit();
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/features/appointments/pages/ticket/index?id=${id}&done=rescheduled` }),
    );
    const call = sentTo(`POST /api/v1/appointments/${id}/reschedule`)[0]!;
    expect(call.data).toEqual({ slotId: 7 });
    expect(call.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
