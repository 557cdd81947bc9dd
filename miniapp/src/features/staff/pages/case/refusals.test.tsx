import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { sentTo, serveApi } from '@/test/fake-api';
import { STAFF_ID, staffCase } from '@/test/staff-fixtures';
import { GET, openOnTheCase, reviewer, STEP, type, windowStaff } from './case-page-fixture';
import StaffCasePage from './index';

const field = (container: HTMLElement, name: string) => container.querySelector(`.${name}`)!;
const submit = (container: HTMLElement) => fireEvent.click(container.querySelector('.staff-form-submit')!);

describe('办件审查: refusals with a reason and its legal basis', () => {
  openOnTheCase();

  it('不予受理: asks for both texts before sending, then sends them trimmed without a confirmation', async () => {
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
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
