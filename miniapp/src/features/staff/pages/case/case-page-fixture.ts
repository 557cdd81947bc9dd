// What the staff case page's tests share: the case they open, the two people who handle it, and
// the page opened on that case.
import { afterEach, beforeEach, vi } from 'vitest';
import { fireEvent } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { me, resetApi, signInAs } from '@/test/fake-api';
import { STAFF_ID } from '@/test/staff-fixtures';

export const NUMBER = '370214-20261201-00042';
export const GET = `GET /api/v1/staff/cases/${NUMBER}`;
/** A step the page posts: STEP('accept'). */
export const STEP = (step: string) => `POST /api/v1/staff/cases/${NUMBER}/${step}`;

/** Accepts and dispatches at the hall's window. */
export const windowStaff = me({
  id: STAFF_ID,
  displayName: '陈静',
  isStaff: true,
  roles: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }],
});
/** Reviews and decides in the department. */
export const reviewer = me({
  id: STAFF_ID,
  displayName: '王审查',
  isStaff: true,
  roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
});

/** Types into the input or textarea of the field with this class. */
export function type(container: HTMLElement, field: string, value: string) {
  const input = container.querySelector(`.${field} input, .${field} textarea`);
  if (!input) throw new Error(`no input in .${field}`);
  fireEvent.change(input, { target: { value } });
}

/** Each test of the calling `describe` starts signed in, with the page's route on the case. */
export function openOnTheCase() {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro).showModal.mockClear();
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER } } as never);
    // H5: private files are fetched with the token into blob URLs.
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('jpeg bytes'))),
    );
    URL.createObjectURL = vi.fn(() => 'blob:thumb');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());
}
