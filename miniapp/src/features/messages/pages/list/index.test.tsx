import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Message } from '@bianmin/shared/notifications/message.schema';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import MessagesPage from './index';

const LIST = 'GET /api/v1/me/messages?page=1&pageSize=20';
const id = (n: number) => `0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a${String(n).padStart(2, '0')}`;
const message = (n: number, over: Partial<Message> = {}): Message => ({
  id: id(n),
  title: `消息${n}`,
  body: `内容${n}`,
  link: null,
  createdAt: '2026-12-02T02:00:00.000Z',
  readAt: null,
  ...over,
});

describe('消息中心', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro.navigateTo).mockClear();
  });

  it('marks unread ones in words, opens the linked case (marking it read), and reads all', async () => {
    serveApi({
      [LIST]: () => [
        200,
        {
          items: [
            message(1, { title: '办件需要补正', link: { kind: 'case', id: '370214-20261201-00042' } }),
            message(2, { title: '预约成功', link: { kind: 'appointment', id: id(9) } }),
            message(3, { title: '已读的消息', readAt: '2026-12-02T03:00:00.000Z' }),
          ],
          total: 3,
          page: 1,
          pageSize: 20,
          unread: 2,
        },
      ],
      [`POST /api/v1/me/messages/${id(1)}/read`]: () => [200, message(1, { readAt: '2026-12-02T04:00:00.000Z' })],
      'POST /api/v1/me/messages/read-all': () => [200, { unread: 0 }],
    });
    const { container } = render(<MessagesPage />);
    await screen.findByText('办件需要补正');
    expect(container.querySelector('.messages-unread-count')!.textContent).toBe('2条未读');
    const rows = container.querySelectorAll('.message');
    expect(rows[0]!.querySelector('.message-unread')!.textContent).toBe('未读');
    expect(rows[0]!.querySelector('.message-dot')).toBeTruthy();
    expect(rows[2]!.querySelector('.message-unread')).toBeNull();
    expect(rows[2]!.querySelector('.message-dot')).toBeNull();

    fireEvent.click(rows[0]!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/cases/pages/detail/index?number=370214-20261201-00042' });
    await waitFor(() => expect(sentTo(`POST /api/v1/me/messages/${id(1)}/read`)).toHaveLength(1));
    expect(rows[0]!.querySelector('.message-unread')).toBeNull();
    expect(container.querySelector('.messages-unread-count')!.textContent).toBe('1条未读');

    fireEvent.click(rows[1]!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/features/appointments/pages/ticket/index?id=${id(9)}` });

    vi.mocked(Taro.navigateTo).mockClear();
    fireEvent.click(rows[2]!); // read already, about nothing to open
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(sentTo(`POST /api/v1/me/messages/${id(3)}/read`)).toHaveLength(0);
  });

  it('全部已读 marks every message read', async () => {
    serveApi({
      [LIST]: () => [200, { items: [message(1), message(2)], total: 2, page: 1, pageSize: 20, unread: 2 }],
      'POST /api/v1/me/messages/read-all': () => [200, { unread: 0 }],
    });
    const { container } = render(<MessagesPage />);
    fireEvent.click(await screen.findByText('全部已读'));
    await waitFor(() => expect(container.querySelector('.messages-unread-count')!.textContent).toBe('没有未读消息'));
    expect(container.querySelector('.message-unread')).toBeNull();
    expect(container.querySelector('.message-dot')).toBeNull();
    expect(sentTo('POST /api/v1/me/messages/read-all')).toHaveLength(1);
  });

  it('lets the resident switch SMS off, saying in words that legal notices still come', async () => {
    const PREFS = 'GET /api/v1/me/notification-preferences';
    let smsOptOut = false;
    serveApi({
      [LIST]: () => [200, { items: [], total: 0, page: 1, pageSize: 20, unread: 0 }],
      [PREFS]: () => [200, { smsOptOut }],
      'PUT /api/v1/me/notification-preferences': (body) => {
        smsOptOut = body.smsOptOut as unknown as boolean;
        return [200, { smsOptOut }];
      },
    });
    render(<MessagesPage />);
    expect(await screen.findByText('短信通知：已开启')).toBeTruthy();
    fireEvent.click(screen.getByText('关闭短信通知'));
    expect(await screen.findByText('短信通知：已关闭')).toBeTruthy();
    expect(screen.getByText('只发送补正、不予受理、审批决定等法定告知短信。')).toBeTruthy();
    expect(sentTo('PUT /api/v1/me/notification-preferences').map((c) => c.data)).toEqual([{ smsOptOut: true }]);
    fireEvent.click(screen.getByText('开启短信通知'));
    expect(await screen.findByText('短信通知：已开启')).toBeTruthy();
    expect(await screen.findByText('暂无消息')).toBeTruthy(); // the list is there too
  });

  it('says when there is nothing', async () => {
    serveApi({ [LIST]: () => [200, { items: [], total: 0, page: 1, pageSize: 20, unread: 0 }] });
    render(<MessagesPage />);
    expect(await screen.findByText('暂无消息')).toBeTruthy();
  });
});
