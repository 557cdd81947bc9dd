import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import type { WalkInTicket } from '@bianmin/shared/queue/queue.schema';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { guideSummary } from '@/test/fixtures';
import { hallStaffHome, queueTicket } from '@/test/staff-fixtures';
import KioskPage from './index';

const home = hallStaffHome('大厅自助机');
const SEARCH = 'GET /api/v1/guides?q=%E5%B1%85%E4%BD%8F%E8%AF%81&page=1&pageSize=8';
const TAKE = 'POST /api/v1/staff/queue/walk-ins';
const issued: WalkInTicket = {
  ticket: queueTicket({ id: '9a1b2c3d-0000-4000-8000-000000000009', number: 'A031' }),
  group: { code: 'A', windows: [{ number: 'A02', name: '综合受理窗口（个人类）' }] },
  ahead: 4,
  estimatedWaitMinutes: 18,
};
const input = (container: HTMLElement, cls: string) => container.querySelector(`.${cls} input`)!;

describe('自助取号', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('checks the ID number before sending, then issues a number for the chosen item', async () => {
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      [SEARCH]: () => [200, { items: [guideSummary({ code: 'JZZ', name: '居住证办理' })], total: 1, page: 1, pageSize: 8 }],
      [TAKE]: () => [201, issued],
    });
    const { container } = render(<KioskPage />);
    await screen.findByText('现场取号（无预约）');
    fireEvent.input(input(container, 'kiosk-id'), { target: { value: '370214196001011234' } });
    fireEvent.click(container.querySelector('.kiosk-take')!);
    await screen.findByText(/身份证号/, { selector: '.kiosk-problem' });
    expect(sentTo(TAKE)).toHaveLength(0);

    fireEvent.input(input(container, 'kiosk-id'), { target: { value: '11010519491231002X' } });
    fireEvent.input(input(container, 'kiosk-words'), { target: { value: '居住证' } });
    fireEvent.click(container.querySelector('.kiosk-search')!);
    fireEvent.click(await screen.findByText('居住证办理'));
    fireEvent.click(container.querySelector('.kiosk-take')!);
    expect((await screen.findByText('A031')).className).toContain('kiosk-number');
    expect(sentTo(TAKE)[0]!.data).toEqual({ hall: 'cy-district', item: 'JZZ', idNumber: '11010519491231002X' });
    expect(screen.getByText('前面还有 4 人')).toBeTruthy();
    expect(screen.getByText('预计等候约 18 分钟（按近期平均办理时长估算）')).toBeTruthy();
  });
});
