import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { caseDetail } from '@/test/fixtures';
import CaseDetailPage from './index';

const NUMBER = '370214-20261201-00042';
const GET = `GET /api/v1/cases/${NUMBER}`;
const WITHDRAW = `POST /api/v1/cases/${NUMBER}/withdraw`;

describe('办件详情', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro.showModal).mockClear();
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER } } as never);
  });

  it('shows status, dates, record, answers, materials and a correction notice', async () => {
    serveApi({
      [GET]: () => [
        200,
        caseDetail({
          status: 'correction_requested',
          statusLabel: '待补正',
          correction: {
            requestedAt: '2026-12-02T02:00:00.000Z',
            note: '请补充材料',
            items: [{ kind: 'material', ref: '1', label: '食品经营许可申请书', problem: '缺少法定代表人签字' }],
          },
          canWithdraw: false,
        }),
      ],
    });
    const { container } = render(<CaseDetailPage />);
    expect(await screen.findByText('补正告知')).toBeTruthy();
    expect(screen.getByText('缺少法定代表人签字')).toBeTruthy();
    expect(container.querySelector('.case-status')!.textContent).toBe('待补正');
    expect(container.querySelector('.case-acceptance-due .case-row-value')!.textContent).toBe('2026年12月8日前');
    expect(container.querySelector('.case-promised .case-row-value')!.textContent).toBe('受理后5个工作日内');
    expect(screen.getByText('城阳小馆')).toBeTruthy();
    expect(container.querySelectorAll('.case-material-file')).toHaveLength(1);
    expect(container.querySelector('.case-withdraw')).toBeNull();
  });

  it('withdraws after a confirmation, with the optional reason', async () => {
    serveApi({
      [GET]: () => [200, caseDetail()],
      [WITHDRAW]: () => [
        200,
        caseDetail({ status: 'withdrawn', statusLabel: '已撤回', canWithdraw: false, nextStep: '申请已撤回，如需办理请重新申请。' }),
      ],
    });
    const { container } = render(<CaseDetailPage />);
    fireEvent.click(await screen.findByText('撤回申请'));
    fireEvent.change(container.querySelector('.case-withdraw-reason input')!, { target: { value: '材料准备不全' } });
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);
    await waitFor(() => expect(container.querySelector('.case-status')!.textContent).toBe('已撤回'));
    expect(Taro.showModal).toHaveBeenCalled();
    expect(sentTo(WITHDRAW)[0]!.data).toEqual({ reason: '材料准备不全' });
    expect(container.querySelector('.case-withdraw-form')).toBeNull();
  });

  it('sends nothing when the resident thinks again, and shows a refusal', async () => {
    serveApi({
      [GET]: () => [200, caseDetail()],
      [WITHDRAW]: () => [409, { code: 'CASE_STATE', message: '办件已作出决定，不能撤回' }],
    });
    const { container } = render(<CaseDetailPage />);
    fireEvent.click(await screen.findByText('撤回申请'));
    vi.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never);
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(sentTo(WITHDRAW)).toHaveLength(0);
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);
    expect(await screen.findByText('办件已作出决定，不能撤回')).toBeTruthy();
  });
});
