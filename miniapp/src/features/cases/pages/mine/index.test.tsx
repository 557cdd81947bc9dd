import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetApi, serveApi, signInAs } from '@/test/fake-api';
import { caseSummary } from '@/test/fixtures';
import MyCasesPage from './index';

const page = (items: unknown[]) => [200, { items, total: items.length, page: 1, pageSize: 20 }] as [number, unknown];

describe('我的办件', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('lists cases with their status in words, progress and next step; tabs filter by state', async () => {
    serveApi({
      'GET /api/v1/cases/mine?state=all&page=1&pageSize=20': () =>
        page([
          caseSummary(),
          caseSummary({ number: '370214-20261130-00007', status: 'accepted', statusLabel: '已受理', promisedDeadline: '2026-12-14' }),
        ]),
      'GET /api/v1/cases/mine?state=closed&page=1&pageSize=20': () => page([]),
    });
    const { container } = render(<MyCasesPage />);
    await screen.findByText('370214-20261130-00007');
    const rows = container.querySelectorAll('.my-case');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('.case-status')!.textContent).toBe('已提交');
    expect(rows[0]!.querySelector('.case-progress-label')!.textContent).toBe('提交申请（1/5）');
    expect(rows[0]!.querySelector('.my-case-date')!.textContent).toBe('2026年12月8日前决定是否受理');
    expect(rows[1]!.querySelector('.my-case-date')!.textContent).toBe('承诺2026年12月14日前办结');
    fireEvent.click(rows[1]!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/cases/pages/detail/index?number=370214-20261130-00007' });

    fireEvent.click(screen.getByText('已办结'));
    expect(await screen.findByText('暂无已办结的办件')).toBeTruthy();
  });

  it('asks a signed-out resident to sign in', () => {
    resetApi();
    render(<MyCasesPage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
  });
});
