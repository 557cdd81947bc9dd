import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { resetApi, serveApi, signInAs } from '@/test/fake-api';
import { caseDetail } from '@/test/fixtures';
import SubmittedPage from './index';

const NUMBER = '370214-20261201-00042';

describe('申请已提交', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER, code: 'K7Q3M9' } } as never);
  });

  it('shows the case number and query code, the limits from the case, and the ways on', async () => {
    serveApi({ [`GET /api/v1/cases/${NUMBER}`]: () => [200, caseDetail()] });
    const { container } = render(<SubmittedPage />);
    expect(screen.getByText('申请已提交')).toBeTruthy();
    expect(container.querySelector('.case-number')!.textContent).toBe(NUMBER);
    expect(container.querySelector('.query-code')!.textContent).toBe('K7Q3M9');
    expect(screen.getByText(/请妥善保存/)).toBeTruthy();
    expect(await screen.findByText('5个工作日')).toBeTruthy();
    expect(container.querySelector('.case-acceptance-due')!.textContent).toBe('受理期限：2026年12月8日前作出是否受理的决定');
    expect(screen.getByText('接下来会发生什么')).toBeTruthy();

    fireEvent.click(screen.getByText('复制编号'));
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: NUMBER });
    fireEvent.click(container.querySelector('.case-view')!);
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: `/features/cases/pages/detail/index?number=${NUMBER}` });
    fireEvent.click(container.querySelector('.case-home')!);
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/index/index' });
  });

  it('says 即办 for an item decided on the spot, not "0个工作日"', async () => {
    const c = caseDetail();
    serveApi({ [`GET /api/v1/cases/${NUMBER}`]: () => [200, { ...c, dates: { ...c.dates, promisedLimitDays: 0 } }] });
    const { container } = render(<SubmittedPage />);
    expect(await screen.findByText('即办')).toBeTruthy();
    expect(screen.getByText(/本事项为即办件/)).toBeTruthy();
    expect(container.textContent).not.toContain('0个工作日');
  });

  it('still shows the number and code when the case cannot be loaded', async () => {
    serveApi({ [`GET /api/v1/cases/${NUMBER}`]: () => [503, {}] });
    const { container } = render(<SubmittedPage />);
    expect(await screen.findByText(/审核您提交的材料/)).toBeTruthy();
    expect(container.querySelector('.case-number')!.textContent).toBe(NUMBER);
    expect(container.querySelector('.case-limits')).toBeNull();
  });
});
