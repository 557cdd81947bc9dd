import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/request';
import { createSubmissionKey, newIdempotencyKey } from './idempotency';

const counter = () => {
  let n = 0;
  return () => `key-${++n}`;
};

describe('Idempotency-Key of a confirm screen', () => {
  it('is a UUID v4 the server accepts', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it('is kept for a retry after the answer was lost, so a booking that went through is not made twice', () => {
    const keys = createSubmissionKey(counter());
    const request = { slotId: 7, itemCode: 'A', contactPhone: '13812345678' };
    expect(keys.for(request)).toBe('key-1');
    keys.failed(new ApiError('TIMEOUT', '超时', 0));
    expect(keys.for({ ...request })).toBe('key-1');
    keys.failed(new ApiError('SERVICE_UNAVAILABLE', '稍后', 503));
    expect(keys.for(request)).toBe('key-1');
  });

  it('is spent by a refusal or a success, and renewed when the request changes', () => {
    const keys = createSubmissionKey(counter());
    expect(keys.for({ slotId: 7 })).toBe('key-1');
    keys.failed(new ApiError('SLOT_FULL', '约满', 409));
    expect(keys.for({ slotId: 7 })).toBe('key-2');
    expect(keys.for({ slotId: 8 })).toBe('key-3');
    keys.succeeded();
    expect(keys.for({ slotId: 8 })).toBe('key-4');
  });
});
