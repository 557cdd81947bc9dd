import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useRouter } from '@tarojs/taro';
import { me, resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { STAFF_ID, staffCase } from '@/test/staff-fixtures';
import StaffCasePage from './index';

const NUMBER = '370214-20261201-00042';
const GET = `GET /api/v1/staff/cases/${NUMBER}`;
const reviewer = me({
  id: STAFF_ID,
  displayName: '王审查',
  isStaff: true,
  roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
});

describe('办件审查: identity, reassignment and written notices', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER } } as never);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('%PDF'))),
    );
    URL.createObjectURL = vi.fn(() => 'blob:file');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the applicant masked, and in full only on request (each read audited by the server)', async () => {
    serveApi({
      'GET /api/v1/me': () => [200, reviewer],
      [GET]: () => [200, staffCase()],
      [`${GET}/applicant`]: () => [200, { kind: 'individual', name: '张三', idNumber: '370214199001011234', contactPhone: '13812345678' }],
    });
    const { container } = render(<StaffCasePage />);
    await screen.findByText('城阳小馆');
    expect(container.querySelector('.staff-applicant-id .staff-row-value')!.textContent).toBe('370214********1234');
    expect(sentTo(`${GET}/applicant`)).toHaveLength(0);
    fireEvent.click(container.querySelector('.staff-applicant-reveal')!);
    await waitFor(() => expect(container.querySelector('.staff-applicant-id .staff-row-value')!.textContent).toBe('370214199001011234'));
    expect(container.querySelector('.staff-applicant-phone .staff-row-value')!.textContent).toBe('13812345678');
    fireEvent.click(container.querySelector('.staff-applicant-hide')!);
    expect(container.querySelector('.staff-applicant-id .staff-row-value')!.textContent).toBe('370214********1234');
  });

  it('reassigns to a reviewer picked from the department’s list', async () => {
    const reviewing = staffCase({
      status: 'under_review',
      statusLabel: '审查中',
      actions: ['start_review'],
      handler: { id: STAFF_ID, name: '王审查' },
    });
    serveApi({
      'GET /api/v1/me': () => [200, reviewer],
      [GET]: () => [200, reviewing],
      [`${GET}/handlers`]: () => [
        200,
        {
          items: [
            { userId: STAFF_ID, displayName: '王审查', roles: ['reviewer'], openCases: 4 },
            { userId: '7a1c2b9e-3a41-4c7d-9e62-0d8a7b1c2e44', displayName: '刘审查', roles: ['reviewer'], openCases: 1 },
          ],
        },
      ],
      [`POST /api/v1/staff/cases/${NUMBER}/assign`]: () => [200, { ...reviewing, handler: { id: 'x', name: '刘审查' } }],
    });
    const { container } = render(<StaffCasePage />);
    const assign = await waitFor(() => {
      const b = container.querySelector('.staff-case-action-assign');
      if (!b) throw new Error('no assign yet');
      return b;
    });
    fireEvent.click(assign);
    expect(await screen.findByText('刘审查')).toBeTruthy();
    expect(container.querySelectorAll('.staff-handler')).toHaveLength(1); // not the current handler
    expect(container.querySelector('.staff-handler-load')!.textContent).toBe('在办 1 件 ›');
    fireEvent.click(container.querySelector('.staff-handler')!);
    await waitFor(() => expect(sentTo(`POST /api/v1/staff/cases/${NUMBER}/assign`)).toHaveLength(1));
    expect(sentTo(`POST /api/v1/staff/cases/${NUMBER}/assign`)[0]!.data).toEqual({ handlerId: '7a1c2b9e-3a41-4c7d-9e62-0d8a7b1c2e44' });
  });

  it('offers the written notices the case has reached, fetched with the token', async () => {
    const correction = staffCase({
      status: 'correction_requested',
      correction: { requestedAt: '2026-12-02T02:00:00.000Z', note: '请补正', items: [] },
    });
    serveApi({ 'GET /api/v1/me': () => [200, reviewer], [GET]: () => [200, correction] });
    vi.stubGlobal(
      'open',
      vi.fn(() => ({ location: { href: '' }, close: vi.fn() })),
    );
    const { container } = render(<StaffCasePage />);
    await screen.findByText('书面通知');
    expect([...container.querySelectorAll('.staff-notice')].map((n) => n.className)).toEqual([
      expect.stringContaining('staff-notice-correction'),
    ]);
    fireEvent.click(container.querySelector('.staff-notice-correction')!);
    await waitFor(() =>
      expect(vi.mocked(fetch)).toHaveBeenCalledWith(`/api/v1/cases/${NUMBER}/notices/correction`, {
        headers: { Authorization: 'Bearer access-1' },
      }),
    );
  });
});
