// Offering WeChat notifications: one tap opens WeChat's dialog with the moment's templates, and
// what the resident accepted or refused reaches the server. On H5 there is nothing to offer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetApi, sent, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { forgetSubscribeTemplates } from '@/lib/subscribe';
import { SubscribeOffer } from './SubscribeOffer';

const TEMPLATES = 'GET /api/v1/notifications/subscribe-templates';
const REPORT = 'POST /api/v1/notifications/subscriptions';
const ids = {
  booked: ['TplAppt', 'TplRemind'],
  submitted: ['TplProgress', 'TplFix', 'TplResult'],
  case: ['TplProgress', 'TplFix', 'TplResult'],
};

describe('SubscribeOffer', () => {
  beforeEach(() => {
    resetApi();
    forgetSubscribeTemplates();
    signInAs(1);
    vi.mocked(Taro.requestSubscribeMessage).mockReset();
    serveApi({ [TEMPLATES]: () => [200, ids], [REPORT]: () => [200, { subscriptions: [] }] });
  });

  it('after submitting: asks for the case templates in one tap and reports the answer', async () => {
    vi.mocked(Taro.requestSubscribeMessage).mockResolvedValue({
      errMsg: 'requestSubscribeMessage:ok',
      TplProgress: 'accept',
      TplFix: 'accept',
      TplResult: 'reject',
    });
    render(<SubscribeOffer moment="submitted" text="办件有进展时通过微信通知我" wechat />);
    fireEvent.click(await screen.findByText('接收微信通知'));
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ids.submitted, entityIds: [] });
    expect(await screen.findByText('已订阅：有进展时会通过微信通知您。')).toBeTruthy();
    expect(sentTo(REPORT).map((c) => c.data)).toEqual([{ accepted: ['TplProgress', 'TplFix'], rejected: ['TplResult'] }]);
  });

  it('tells the resident the inbox still has it when they close the dialog, and reports nothing', async () => {
    vi.mocked(Taro.requestSubscribeMessage).mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail cancel' });
    render(<SubscribeOffer moment="booked" text="预约有变化时通过微信通知我" wechat />);
    fireEvent.click(await screen.findByText('接收微信通知'));
    expect(await screen.findByText('未订阅微信通知：进展仍会发到“消息中心”。')).toBeTruthy();
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ids.booked, entityIds: [] });
    expect(sentTo(REPORT)).toHaveLength(0);
  });

  it('offers nothing on H5, where there is no WeChat', async () => {
    const { container } = render(<SubscribeOffer moment="case" text="x" />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.innerHTML).toBe('');
    expect(sent()).toEqual([]);
  });

  it('offers nothing when the templates cannot be loaded', async () => {
    serveApi({ [TEMPLATES]: () => [503, { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用' }] });
    const { container } = render(<SubscribeOffer moment="case" text="x" wechat />);
    await waitFor(() => expect(sent()).toContain(TEMPLATES));
    expect(container.innerHTML).toBe('');
  });
});
