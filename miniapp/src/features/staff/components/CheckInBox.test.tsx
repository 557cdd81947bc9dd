// 签到 at the window on H5 (no camera scanning there): the page says so plainly, and a code that
// cannot be one is caught before it is sent.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetApi, sentTo, serveApi, signInAs } from '@/test/fake-api';
import { staffAppointment } from '@/test/fixtures';
import { CheckInBox } from './CheckInBox';

const CHECK_IN = 'POST /api/v1/staff/appointments/check-in';

function renderBox() {
  const onCheckedIn = vi.fn();
  const view = render(<CheckInBox hall="cy-district" onCheckedIn={onCheckedIn} />);
  const type = (code: string) => fireEvent.change(view.container.querySelector('.checkin-input input')!, { target: { value: code } });
  const submit = () => fireEvent.click(view.container.querySelector('.checkin-submit')!);
  return { ...view, type, submit, onCheckedIn };
}

describe('签到 box on H5', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });

  it('offers no scanner it does not have, and says to type the code instead', () => {
    serveApi({});
    const box = renderBox();
    expect(box.container.querySelector('.checkin-scan')).toBeNull();
    expect(screen.queryByText('或输入预约码')).toBeNull();
    expect(screen.getByText('输入预约码')).toBeTruthy();
    expect(screen.getByText('网页版不能扫码，请输入居民预约凭证上的8位预约码')).toBeTruthy();
  });

  it('checks the code’s format before sending, and sends it cleaned up', async () => {
    serveApi({ [CHECK_IN]: () => [200, staffAppointment({ ticketCode: 'K7Q2M9XD', status: 'checked_in' })] });
    const box = renderBox();
    box.type('K7Q2-M9X');
    box.submit();
    expect(box.container.querySelector('.checkin-error')!.textContent).toBe('预约码应为8位字母和数字，您输入了7位，请核对后重新输入');
    box.type('K7Q2 M9X!');
    box.submit();
    expect(box.container.querySelector('.checkin-error')!.textContent).toBe('预约码只含字母和数字，请核对后重新输入');
    expect(sentTo(CHECK_IN)).toHaveLength(0);

    box.type('k7q2 m9xd');
    box.submit();
    await waitFor(() => expect(box.onCheckedIn).toHaveBeenCalled());
    expect(sentTo(CHECK_IN)[0]!.data).toEqual({ hall: 'cy-district', ticket: 'K7Q2M9XD' });
  });
});
