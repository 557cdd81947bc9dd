import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { me, resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { STAFF_ID, staffCase } from '@/test/staff-fixtures';
import StaffCasePage from './index';

const NUMBER = '370214-20261201-00042';
const GET = `GET /api/v1/staff/cases/${NUMBER}`;
const STEP = (step: string) => `POST /api/v1/staff/cases/${NUMBER}/${step}`;
const window = me({
  id: STAFF_ID,
  displayName: '陈静',
  isStaff: true,
  roles: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }],
});
const reviewer = me({
  id: STAFF_ID,
  displayName: '王审查',
  isStaff: true,
  roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
});
const field = (container: HTMLElement, name: string) => container.querySelector(`.${name}`)!;
const type = (container: HTMLElement, name: string, value: string) =>
  fireEvent.change(container.querySelector(`.${name} input, .${name} textarea`)!, { target: { value } });
const submit = (container: HTMLElement) => fireEvent.click(container.querySelector('.staff-form-submit')!);

describe('办件审查: refusals with a reason and its legal basis', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro.showModal).mockClear();
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER } } as never);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('jpeg bytes'))),
    );
    URL.createObjectURL = vi.fn(() => 'blob:thumb');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('不予受理: asks for both texts before sending, then sends them trimmed without a confirmation', async () => {
    serveApi({
      'GET /api/v1/me': () => [200, window],
      [GET]: () => [200, staffCase()],
      [STEP('not-accept')]: () => [200, staffCase({ status: 'not_accepted', statusLabel: '不予受理', actions: [] })],
    });
    const { container } = render(<StaffCasePage />);
    await screen.findByText('城阳小馆');
    fireEvent.click(container.querySelector('.staff-case-action-not_accept')!);
    submit(container);
    expect(field(container, 'staff-field-reason').textContent).toContain('请填写不予受理的理由');
    expect(field(container, 'staff-field-basis').textContent).toContain('请填写法律依据');
    expect(sentTo(STEP('not-accept'))).toHaveLength(0);

    type(container, 'staff-field-reason', '  申请事项不属于本机关职权范围 ');
    type(container, 'staff-field-basis', '《中华人民共和国行政许可法》第三十二条');
    submit(container);
    await waitFor(() => expect(container.querySelector('.staff-case-status')!.textContent).toBe('不予受理'));
    expect(sentTo(STEP('not-accept'))[0]!.data).toEqual({
      reason: '申请事项不属于本机关职权范围',
      basis: '《中华人民共和国行政许可法》第三十二条',
    });
    expect(Taro.showModal).not.toHaveBeenCalled();
    expect(container.querySelector('.staff-case-success')!.textContent).toBe('已决定不予受理，已出具不予受理通知书');
  });

  it('不予许可: sends nothing until confirmed, and shows the server’s word on the basis beside it', async () => {
    const reviewing = staffCase({
      status: 'under_review',
      statusLabel: '审查中',
      actions: ['deny'],
      handler: { id: STAFF_ID, name: '王审查' },
    });
    serveApi({
      'GET /api/v1/me': () => [200, reviewer],
      [GET]: () => [200, reviewing],
      [STEP('decide')]: () => [
        422,
        { code: 'VALIDATION_FAILED', message: '请检查填写的内容', fieldErrors: { basis: ['法律依据须写明条款'] } },
      ],
    });
    const { container } = render(<StaffCasePage />);
    await screen.findByText('城阳小馆');
    fireEvent.click(container.querySelector('.staff-case-action-deny')!);
    type(container, 'staff-field-reason', '经营场所不符合要求');
    type(container, 'staff-field-basis', '《食品经营许可管理办法》');
    vi.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never);
    submit(container);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(sentTo(STEP('decide'))).toHaveLength(0);

    submit(container);
    await waitFor(() => expect(field(container, 'staff-field-basis').textContent).toContain('法律依据须写明条款'));
    expect(sentTo(STEP('decide'))[0]!.data).toEqual({ result: 'deny', reason: '经营场所不符合要求', basis: '《食品经营许可管理办法》' });
    expect(field(container, 'staff-field-reason').querySelector('.field-error')).toBeNull();
  });
});
