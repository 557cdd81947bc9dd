// Mounting rules of the router that the endpoint matrix does not exercise.
import { describe, expect, it } from 'vitest';
import { appointmentEndpoints, guideEndpoints } from '@bianmin/shared';
import { createApiRouter } from './api-router';

describe('mounting a route for a caller (its session checked along its first read)', () => {
  it('is refused for a public route, whose callers may have no session at all', () => {
    const api = createApiRouter({ validateResponses: false });
    expect(() => api.mountForCaller(guideEndpoints.search, () => Promise.resolve({} as never))).toThrow(/only a signed-in route/);
  });

  it('counts as mounted, once', () => {
    const api = createApiRouter({ validateResponses: false });
    api.mountForCaller(appointmentEndpoints.book, () => Promise.resolve({} as never));
    expect(api.unmounted()).not.toContain(appointmentEndpoints.book);
    expect(() => api.mount(appointmentEndpoints.book, () => Promise.resolve({} as never))).toThrow(/mounted twice/);
  });
});
