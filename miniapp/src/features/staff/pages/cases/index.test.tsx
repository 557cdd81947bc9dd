import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { staffCaseSummary } from '@/test/staff-fixtures';
import StaffInboxPage from './index';

const INBOX = (view: string) => `GET /api/v1/staff/cases?view=${view}&page=1&pageSize=20`;
const counts = { submitted: 2, resubmitted: 1, under_review: 3, approved: 1, delivered: 4 };
const overdue = staffCaseSummary({ number: '370214-20261120-00003', card: 'red', dueOn: '2026-11-27', applicantName: '李*' });
const reviewing = staffCaseSummary({
  number: '370214-20261118-00001',
  status: 'under_review',
  statusLabel: '审查中',
  card: 'orange',
  dueKind: 'decision',
  dueOn: '2026-12-03',
  handler: { id: 'x', name: '王审查' },
  parcelReturned: true,
});
const page = (items: unknown[]) => [200, { items, total: items.length, page: 1, pageSize: 20, counts }] as [number, unknown];

describe('统一收件', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('shows each tab with its count, the per-status counts, and every card in words', async () => {
    serveApi({ [INBOX('todo')]: () => page([overdue, reviewing]), [INBOX('acceptance')]: () => page([]) });
    const { container } = render(<StaffInboxPage />);
    await screen.findByText('370214-20261120-00003', { exact: false });
    const tabs = [...container.querySelectorAll('.staff-inbox-tab')].map((t) => t.textContent);
    expect(tabs).toEqual(['待办7', '待受理3', '审查中3', '待发件1', '全部11']);
    const statusCounts = [...container.querySelectorAll('.staff-inbox-count')].map((t) => t.textContent);
    expect(statusCounts).toEqual(['已提交 2', '已补正 1', '审查中 3', '准予许可 1']);

    const rows = [...container.querySelectorAll('.staff-inbox-row')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('.staff-card')!.textContent).toBe('红牌（已超期）');
    expect(rows[0]!.textContent).toContain('申请人：李*');
    expect(rows[0]!.querySelector('.staff-inbox-due')!.textContent).toBe('受理期限 2026年11月27日');
    expect(rows[0]!.textContent).toContain('未指定承办人');
    expect(rows[1]!.querySelector('.staff-card')!.textContent).toBe('橙牌（临近期限）');
    expect(rows[1]!.querySelector('.staff-inbox-due')!.textContent).toBe('办结期限 2026年12月3日');
    expect(rows[1]!.querySelector('.staff-status')!.textContent).toBe('审查中');
    expect(rows[1]!.textContent).toContain('承办人：王审查');
    expect(rows[1]!.querySelector('.staff-inbox-returned')!.textContent).toBe('邮件被退回，请联系申请人');
    expect(rows[0]!.querySelector('.staff-inbox-returned')).toBeNull();

    fireEvent.click(rows[1]!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/staff/pages/case/index?number=370214-20261118-00001' });

    fireEvent.click(container.querySelector('.staff-inbox-tab[data-view="acceptance"]')!);
    expect(await screen.findByText('暂无“待受理”的办件')).toBeTruthy();
    await waitFor(() => expect(sentTo(INBOX('acceptance'))).toHaveLength(1));
  });
});
