import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { HallPage, HallSummary } from '@bianmin/shared/halls/hall.schema';
import HallListPage from './index';

const hall = (over: Partial<HallSummary>): HallSummary => ({
  id: 'cy-district',
  name: '城阳区政务服务中心',
  level: 'district',
  parent: null,
  address: '青岛市城阳区正阳路236号',
  latitude: 36.3041,
  longitude: 120.3998,
  phone: '0532-87861000',
  openingHours: [{ weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  hoursNote: null,
  windowCount: 25,
  distanceMeters: null,
  ...over,
});

const hallUrls = () => vi.mocked(Taro.request).mock.calls.map(([o]) => (o as { url: string }).url);

function serve(page: (params: URLSearchParams) => HallPage) {
  vi.mocked(Taro.request).mockImplementation((({ url }: { url: string }) =>
    Promise.resolve({
      statusCode: 200,
      data: page(new URLSearchParams(url.split('?')[1])),
    })) as never);
}

describe('hall list', () => {
  beforeEach(() => {
    vi.mocked(Taro.request).mockReset();
    vi.mocked(useRouter).mockReturnValue({ params: {} } as never);
  });

  it('sorts by distance when the resident shares a location', async () => {
    vi.mocked(Taro.getLocation).mockResolvedValue({ latitude: 36.2, longitude: 120.45 } as never);
    serve((p) => ({ items: [hall({ distanceMeters: p.get('near') ? 4870 : null })], total: 1, page: 1, pageSize: 20 }));
    render(<HallListPage />);
    expect(await screen.findByText('4.9公里')).toBeTruthy();
    expect(screen.getByText('已按离您的距离由近到远排列')).toBeTruthy();
    expect(hallUrls()).toEqual(['/api/v1/halls?near=36.20000%2C120.45000&page=1&pageSize=20']);
  });

  it('lists without distance and says why when the location is refused, then filters by level', async () => {
    vi.mocked(Taro.getLocation).mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
    serve((p) => ({
      items: [hall({ name: p.get('level') === 'community' ? '东黄埠社区便民服务站' : '城阳区政务服务中心' })],
      total: 1,
      page: 1,
      pageSize: 20,
    }));
    const { container } = render(<HallListPage />);
    await screen.findByText('城阳区政务服务中心');
    expect(screen.getByText('未能获取您的位置，以下大厅未按距离排序，也不显示距离。')).toBeTruthy();
    expect(container.querySelector('.hall-distance')).toBeNull();

    fireEvent.click(screen.getByText('社区'));
    await screen.findByText('东黄埠社区便民服务站');
    expect(hallUrls().at(-1)).toBe('/api/v1/halls?level=community&page=1&pageSize=20');
  });
});
