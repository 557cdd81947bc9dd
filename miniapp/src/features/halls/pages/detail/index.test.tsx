import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { useRouter } from '@tarojs/taro';
import type { HallDetail } from '@bianmin/shared/halls/hall.schema';
import type { HallQueue } from '@bianmin/shared/queue/queue.schema';
import { resetApi, serveApi } from '@/test/fake-api';
import HallDetailPage from './index';

const hall: HallDetail = {
  id: 'cy-district',
  name: '城阳区政务服务中心',
  level: 'district',
  parent: null,
  address: '青岛市城阳区正阳路236号',
  latitude: 36.3,
  longitude: 120.4,
  phone: '0532-87861000',
  openingHours: [{ weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  hoursNote: null,
  windowCount: 2,
  distanceMeters: null,
  windows: [],
  children: [],
};
const queue: HallQueue = {
  hall: { code: 'cy-district', name: '城阳区政务服务中心' },
  date: '2026-11-27',
  groups: [
    {
      code: 'A',
      windows: [
        { number: 'A01', name: '综合受理' },
        { number: 'A02', name: '综合受理' },
      ],
      waiting: 3,
      serving: ['A007'],
      estimatedWaitMinutes: 12,
    },
    { code: 'E', windows: [{ number: 'E02', name: '居住证' }], waiting: 0, serving: [], estimatedWaitMinutes: 0 },
  ],
};

describe('大厅详情', () => {
  beforeEach(() => {
    resetApi();
    vi.mocked(useRouter).mockReturnValue({ params: { id: 'cy-district' } } as never);
  });

  it('shows how many wait at each window group now, with the numbers being served and an estimate', async () => {
    serveApi({ 'GET /api/v1/halls/cy-district': () => [200, hall], 'GET /api/v1/queue/halls/cy-district': () => [200, queue] });
    const { container } = render(<HallDetailPage />);
    expect(await screen.findByText('当前排队（共 3 人等候）')).toBeTruthy();
    const groups = [...container.querySelectorAll('.hall-queue-group')].map((g) => g.textContent);
    expect(groups[0]).toContain('A 区（A01、A02）3 人等候正在办理：A007预计等候约 12 分钟');
    expect(groups[1]).toBe('E 区（E02）0 人等候');
  });

  it('leaves the queue out when it cannot be read', async () => {
    serveApi({ 'GET /api/v1/halls/cy-district': () => [200, hall] });
    const { container } = render(<HallDetailPage />);
    await screen.findByText('地址：青岛市城阳区正阳路236号');
    expect(container.querySelector('.hall-queue')).toBeNull();
  });
});
