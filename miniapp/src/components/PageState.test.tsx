import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ApiError, MESSAGES } from '@/lib/request';
import { ErrorState } from './PageState';

describe('ErrorState', () => {
  it("shows the server's own sentence and retries on tap", () => {
    const onRetry = vi.fn();
    render(<ErrorState error={new ApiError('SERVICE_UNAVAILABLE', '系统维护中，请20:00后再试', 503)} onRetry={onRetry} />);
    expect(screen.getByText('系统维护中，请20:00后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('falls back to the network sentence for anything that is not an ApiError', () => {
    render(<ErrorState error={new TypeError('x is undefined')} onRetry={() => {}} />);
    expect(screen.getByText(MESSAGES.network)).toBeTruthy();
    expect(screen.queryByText('x is undefined')).toBeNull();
  });
});
