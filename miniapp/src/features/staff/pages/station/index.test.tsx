import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { resetApi, serveApi, signInAs } from '@/test/fake-api';
import StationPage from './index';

describe('本站代办情况', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('shows the station’s cases by status, the overdue ones, and each agent’s share', async () => {
    serveApi({
      'GET /api/v1/staff/station/workload': () => [
        200,
        {
          station: { code: 'houtaolin', name: '后桃林社区代办点' },
          byStatus: { submitted: 2, under_review: 1, delivered: 0 },
          overdue: 1,
          agents: [
            { userId: 'a1', displayName: '李代办', total: 2, byStatus: { submitted: 1, under_review: 1 } },
            { userId: 'a2', displayName: '赵代办', total: 1, byStatus: { submitted: 1 } },
          ],
        },
      ],
    });
    const { container } = render(<StationPage />);
    await screen.findByText('后桃林社区代办点');
    expect(container.querySelector('.staff-station-total')!.textContent).toBe('代办办件共 3 件');
    expect(container.querySelector('.staff-station-overdue')!.textContent).toBe('超期未办结 1 件');
    expect([...container.querySelectorAll('.card:nth-child(2) .staff-station-row')].map((r) => r.textContent)).toEqual([
      '已提交2 件',
      '审查中1 件',
    ]);
    expect(container.querySelectorAll('.staff-station-agent')[0]!.textContent).toContain('已提交 1 · 审查中 1');
  });

  it('tells staff who are not agents that the page is for agents', async () => {
    serveApi({ 'GET /api/v1/staff/station/workload': () => [404, { code: 'NOT_FOUND', message: '请求的内容不存在' }] });
    render(<StationPage />);
    expect(await screen.findByText('仅社区代办员可查看本站代办情况')).toBeTruthy();
  });
});
