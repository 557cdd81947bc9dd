import { beforeEach, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { me, resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import PhonePage from './index';

beforeEach(resetApi);

it('binds a typed number through the development code on H5, and tells a refused code in place', async () => {
  signInAs(1);
  const answers = [
    [400, { code: 'PHONE_CODE_INVALID', message: '手机号授权已失效，请重新获取' }],
    [200, me({ phone: '138****5678' })],
  ] as const;
  serveApi({
    'GET /api/v1/auth/options': () => [200, { devLogin: true }],
    'POST /api/v1/auth/dev/phone-code': ({ phoneNumber }) => [200, { code: `phone-${phoneNumber}` }],
    'POST /api/v1/me/phone': () => [...answers[sentTo('POST /api/v1/me/phone').length - 1]!],
  });
  const { container } = render(<PhonePage />);
  const input = await screen.findByPlaceholderText('11位手机号');
  expect(input.closest('.phone-input')).toBeTruthy();

  fireEvent.change(input, { target: { value: '23800138000' } });
  fireEvent.click(container.querySelector('.phone-submit')!);
  expect(screen.getByText('手机号应以1开头，请检查第一位数字后重新输入')).toBeTruthy();

  fireEvent.change(input, { target: { value: '13812345678' } });
  fireEvent.click(container.querySelector('.phone-submit')!);
  expect(await screen.findByText('手机号授权已失效，请重新获取')).toBeTruthy();

  fireEvent.click(container.querySelector('.phone-submit')!);
  // After the page change (H5), or the 1.5 s fallback when none is reported, as here.
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '手机号绑定成功' })), { timeout: 3000 });
  expect(sentTo('POST /api/v1/me/phone').map((c) => c.data)).toEqual([{ code: 'phone-13812345678' }, { code: 'phone-13812345678' }]);
});
