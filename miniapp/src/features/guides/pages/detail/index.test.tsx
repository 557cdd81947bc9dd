import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { guideDetail } from '@/test/fixtures';
import GuideDetailPage from './index';

function answer(statusCode: number, data: unknown) {
  vi.mocked(Taro.request).mockResolvedValue({ statusCode, data } as never);
}

describe('guide detail page', () => {
  beforeEach(() => {
    vi.mocked(Taro.request).mockReset();
    vi.mocked(useRouter).mockReturnValue({ params: { code: 'G-1' } } as never);
  });

  it('shows every section of the guide, with 即办 for a zero limit and the fee items when charged', async () => {
    answer(
      200,
      guideDetail({
        legalLimitDays: 0,
        promisedLimitDays: 0,
        fee: { charged: true, items: [{ name: '工本费', standard: '每证20元', basis: '鲁价费发〔2018〕1号' }] },
      }),
    );
    const { container } = render(<GuideDetailPage />);
    await screen.findByText('申请材料（1项）');
    expect(vi.mocked(Taro.request).mock.calls[0]![0]).toMatchObject({ url: '/api/v1/guides/G-1' });
    expect([...container.querySelectorAll('.section-title')].map((e) => e.textContent)).toEqual([
      '基本信息',
      '受理条件',
      '申请材料（1项）',
      '办理流程',
      '设定依据',
      '收费标准',
      '办理地点',
      '咨询与投诉',
    ]);
    expect(screen.getAllByText('即办')).toHaveLength(2);
    expect(screen.getByText('工本费：每证20元')).toBeTruthy();
    expect(screen.queryByText('不收费')).toBeNull();
    expect(container.querySelector('a.contact-phone')?.getAttribute('href')).toBe('tel:053287867100');
  });

  it("says the item is gone in the server's words when it is not found", async () => {
    answer(404, { code: 'NOT_FOUND', message: '没有找到这个事项，可能已调整或下线，请返回重新搜索' });
    render(<GuideDetailPage />);
    expect(await screen.findByText('没有找到这个事项，可能已调整或下线，请返回重新搜索')).toBeTruthy();
    expect(screen.queryByText('重新加载')).toBeNull();
  });

  it('offers 预约办理 for an item that takes appointments, leading to its halls', async () => {
    answer(200, guideDetail({ code: 'G-1', name: '结婚登记', appointmentAvailable: true }));
    const { container } = render(<GuideDetailPage />);
    await screen.findByText('申请材料（1项）');
    fireEvent.click(container.querySelector('.guide-book')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/appointments/pages/halls/index?item=G-1&itemName=%E7%BB%93%E5%A9%9A%E7%99%BB%E8%AE%B0',
    });
  });

  it('offers 申请办理 for an item submitted online, leading to its application', async () => {
    answer(200, guideDetail({ code: 'G-1', onlineSubmission: true }));
    const { container } = render(<GuideDetailPage />);
    await screen.findByText('申请材料（1项）');
    fireEvent.click(container.querySelector('.guide-apply')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/cases/pages/apply/index?item=G-1' });
  });

  it('offers no application for an item not submitted online', async () => {
    answer(200, guideDetail({ onlineSubmission: false }));
    const { container } = render(<GuideDetailPage />);
    await screen.findByText('申请材料（1项）');
    expect(container.querySelector('.guide-apply')).toBeNull();
  });

  it('offers no booking for an item done without an appointment', async () => {
    answer(200, guideDetail({ appointmentAvailable: false }));
    const { container } = render(<GuideDetailPage />);
    await screen.findByText('申请材料（1项）');
    expect(container.querySelector('.guide-book')).toBeNull();
  });
});
