import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { StaffQueueBoard, StaffQueueTicket } from '@bianmin/shared/queue/queue.schema';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { hallStaffHome, queueTicket } from '@/test/staff-fixtures';
import StaffQueuePage from './index';

const home = hallStaffHome();
const HALL = 'GET /api/v1/halls/cy-district';
const BOARD = 'GET /api/v1/staff/queue?hall=cy-district&window=E02';
const CALL = 'POST /api/v1/staff/queue/call-next';
const ticket = (n: number, over: Partial<StaffQueueTicket> = {}) =>
  queueTicket({ id: `9a1b2c3d-0000-4000-8000-00000000000${n}`, number: `E00${n}`, ...over });
const board = (current: StaffQueueTicket | null, waiting: StaffQueueTicket[]): StaffQueueBoard => ({
  date: '2026-11-27',
  hall: { code: 'cy-district', name: '城阳区政务服务中心' },
  window: { number: 'E02', name: '公安户政与居住证窗口', group: 'E' },
  current,
  waiting,
  groups: [
    { code: 'E', windows: [{ number: 'E01', name: '不动产登记窗口' }], waiting: waiting.length, serving: [], estimatedWaitMinutes: null },
  ],
});
const hallDetail = {
  windows: [
    { number: 'E01', name: '不动产登记窗口', phone: null, departments: [], items: [] },
    { number: 'E02', name: '公安户政与居住证窗口', phone: null, departments: [], items: [] },
  ],
};

describe('窗口叫号', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('calls the next number once the window is chosen, and shows it large with its steps', async () => {
    let called = false;
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      [HALL]: () => [200, hallDetail],
      [BOARD]: () => [
        200,
        called ? board(ticket(1, { status: 'called', window: 'E02', callCount: 1 }), [ticket(2)]) : board(null, [ticket(1), ticket(2)]),
      ],
      [CALL]: () => {
        called = true;
        return [200, ticket(1, { status: 'called', window: 'E02', callCount: 1 })];
      },
    });
    const { container } = render(<StaffQueuePage />);
    expect(await screen.findByText('请先选择您所在的窗口')).toBeTruthy();
    fireEvent.click(screen.getByText('E02'));
    await screen.findByText('等候中（E 组，2 人）');
    expect(container.querySelector('.queue-current-number')!.textContent).toBe('—');

    fireEvent.click(container.querySelector('.queue-call-next')!);
    await waitFor(() => expect(container.querySelector('.queue-current-number')!.textContent).toBe('E001'));
    expect(sentTo(CALL)[0]!.data).toEqual({ hall: 'cy-district', window: 'E02' });
    expect(container.querySelector('.queue-complete')).toBeTruthy();
    expect(container.querySelector('.queue-recall')).toBeTruthy();
    expect(container.querySelector('.queue-skip')).toBeTruthy();
    expect(container.querySelector('.queue-call-next')).toBeNull();
  });

  it('says in place why nobody can be called', async () => {
    serveApi({
      'GET /api/v1/staff/home': () => [200, home],
      [HALL]: () => [200, hallDetail],
      [BOARD]: () => [200, board(null, [])],
      [CALL]: () => [409, { code: 'QUEUE_EMPTY', message: '当前没有等候的号码' }],
    });
    const { container } = render(<StaffQueuePage />);
    fireEvent.click(await screen.findByText('E02'));
    await screen.findByText('暂无等候');
    fireEvent.click(container.querySelector('.queue-call-next')!);
    expect((await screen.findByText('当前没有等候的号码')).className).toContain('queue-error');
  });
});
