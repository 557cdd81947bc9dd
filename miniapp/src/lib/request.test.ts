import { beforeEach, describe, expect, it, vi } from 'vitest';
import Taro from '@tarojs/taro';
import { api, ApiError, createApiClient, errorFromFailure, errorFromResponse, MESSAGES, type Transport } from './request';
import { buildQuery } from './query';
import { appointmentRoutes } from '@bianmin/shared/appointments/appointment.routes';
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { hallRoutes } from '@bianmin/shared/halls/hall.routes';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';

function client(transport: Transport) {
  const notify = vi.fn();
  return { notify, c: createApiClient({ baseUrl: 'https://api.example.cn', transport, notify, timeoutMs: 5000 }) };
}
const answer = (statusCode: number, data: unknown): Transport => vi.fn(() => Promise.resolve({ statusCode, data }));

describe('error mapping', () => {
  it('keeps the server code, Chinese message and field errors', () => {
    const err = errorFromResponse(400, {
      code: 'VALIDATION_FAILED',
      message: '搜索词不能超过50个字',
      fieldErrors: { q: ['搜索词不能超过50个字'] },
    });
    expect(err).toBeInstanceOf(ApiError);
    expect([err.code, err.message, err.status]).toEqual(['VALIDATION_FAILED', '搜索词不能超过50个字', 400]);
    expect(err.fieldErrors).toEqual({ q: ['搜索词不能超过50个字'] });
  });

  it('gives a Chinese message by status when the body is not our error shape (proxy pages, empty bodies)', () => {
    expect(errorFromResponse(502, '<html>Bad Gateway</html>')).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: MESSAGES.unavailable,
    });
    expect(errorFromResponse(404, null)).toMatchObject({ code: 'NOT_FOUND', message: MESSAGES.notFound });
    expect(errorFromResponse(401, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorFromResponse(429, { code: 'RATE_LIMITED' })).toMatchObject({ code: 'RATE_LIMITED', message: MESSAGES.rateLimited });
    expect(errorFromResponse(418, undefined)).toMatchObject({ code: 'HTTP_ERROR', status: 418 });
  });

  it('tells a timeout (weapp errMsg or an aborted fetch in H5) from other network failures', () => {
    expect(errorFromFailure({ errMsg: 'request:fail timeout' }).code).toBe('TIMEOUT');
    expect(errorFromFailure(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' })).code).toBe('TIMEOUT');
    expect(errorFromFailure({ errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' })).toMatchObject({
      code: 'NETWORK_ERROR',
      message: MESSAGES.network,
      status: 0,
    });
  });
});

describe('call', () => {
  it('joins base URL, path and non-empty query values, and sends JSON with the timeout', async () => {
    const transport = answer(200, { items: [] });
    const { c } = client(transport);
    await expect(c.call(guideRoutes.search, { query: { q: '开饭店', department: undefined, lifeEvent: '', page: 2 } })).resolves.toEqual({
      items: [],
    });
    expect(transport).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://api.example.cn/api/v1/guides?q=%E5%BC%80%E9%A5%AD%E5%BA%97&page=2',
        method: 'GET',
        timeout: 5000,
      }),
    );
  });

  it("fills the route's path parameters, percent-encoded, and sends its method, body and headers", async () => {
    const transport = answer(201, { id: 'a1' });
    const { c } = client(transport);
    await c.call(appointmentRoutes.reschedule, {
      params: { id: 'a/1 b' },
      body: { slotId: 7 },
      headers: { 'idempotency-key': 'key-12345678' },
    });
    const sent = vi.mocked(transport).mock.calls[0]![0];
    expect(sent).toMatchObject({
      url: 'https://api.example.cn/api/v1/appointments/a%2F1%20b/reschedule',
      method: 'POST',
      data: { slotId: 7 },
    });
    expect(sent.header).toMatchObject({ 'Idempotency-Key': 'key-12345678', 'Content-Type': 'application/json' });
    await c.call(guideRoutes.formDownload, { params: { code: 'item-1', materialId: 2, variant: 'sample' } });
    expect(vi.mocked(transport).mock.calls[1]![0].url).toBe('https://api.example.cn/api/v1/guides/item-1/materials/2/forms/sample');
  });

  it('refuses a call without a path parameter before sending anything (a bug, not a network failure)', async () => {
    const transport = answer(200, null);
    const { c, notify } = client(transport);
    await expect(c.call(hallRoutes.detail, { params: { id: '' } })).rejects.toThrow(TypeError);
    expect(transport).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  it('throws ApiError and shows its message as a toast', async () => {
    const { c, notify } = client(answer(404, { code: 'NOT_FOUND', message: '没有找到这个事项' }));
    await expect(c.call(guideRoutes.detail, { params: { code: 'x' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '没有找到这个事项',
    });
    expect(notify).toHaveBeenCalledWith('没有找到这个事项');
  });

  it('stays quiet when the caller shows the error itself', async () => {
    const { c, notify } = client(answer(500, null));
    await expect(c.call(guideRoutes.departments, {}, { silent: true })).rejects.toBeInstanceOf(ApiError);
    expect(notify).not.toHaveBeenCalled();
  });

  it('maps a transport failure to a network error with a toast', async () => {
    // WeChat rejects with `{ errMsg }`; an Error carrying that field is read the same way.
    const failure = Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' });
    const { c, notify } = client(vi.fn(() => Promise.reject(failure)));
    await expect(c.call(guideRoutes.departments)).rejects.toMatchObject({ code: 'TIMEOUT', status: 0 });
    expect(notify).toHaveBeenCalledWith(MESSAGES.timeout);
  });

  it('sends the bearer token and, on 401, refreshes once and retries', async () => {
    const transport = vi
      .fn<Transport>()
      .mockResolvedValueOnce({ statusCode: 401, data: { code: 'UNAUTHENTICATED', message: '登录已过期' } })
      .mockResolvedValueOnce({ statusCode: 200, data: 'ok' });
    const { c } = client(transport);
    let token = 'old';
    c.setAuth({ accessToken: () => token, refresh: () => ((token = 'new'), Promise.resolve(true)) });
    await expect(c.call(identityRoutes.me)).resolves.toBe('ok');
    expect(transport.mock.calls.map(([o]) => o.header.Authorization)).toEqual(['Bearer old', 'Bearer new']);
  });

  it('gives up after one failed refresh', async () => {
    const transport = answer(401, { code: 'UNAUTHENTICATED', message: '请先登录' });
    const { c } = client(transport);
    c.setAuth({ accessToken: () => 't', refresh: () => Promise.resolve(false) });
    await expect(c.call(identityRoutes.me, {}, { silent: true })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('sends sign-in and refresh calls without the token and never refreshes for them', async () => {
    const transport = answer(401, { code: 'BAD_CREDENTIALS', message: '用户名或密码不正确' });
    const { c } = client(transport);
    const refresh = vi.fn(() => Promise.resolve(true));
    c.setAuth({ accessToken: () => 't', refresh });
    const body = { username: 'window.district', password: 'wrong' };
    await expect(c.call(identityRoutes.staffLogin, { body }, { anonymous: true, silent: true })).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    expect(vi.mocked(transport).mock.calls[0]![0].header.Authorization).toBeUndefined();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('leaves absolute URLs alone and prefixes relative ones', () => {
    const { c } = client(answer(200, null));
    expect(c.url('/api/v1/forms/1.docx')).toBe('https://api.example.cn/api/v1/forms/1.docx');
    expect(c.url('https://cdn.example.cn/a.docx')).toBe('https://cdn.example.cn/a.docx');
  });
});

describe('the app client over Taro.request', () => {
  beforeEach(() => vi.mocked(Taro.request).mockReset());

  it('uses the build-time base URL and toasts the server message through Taro', async () => {
    vi.mocked(Taro.request).mockResolvedValue({
      statusCode: 503,
      data: { code: 'SERVICE_UNAVAILABLE', message: '系统维护中，请稍后再试' },
    } as never);
    await expect(api.call(hallRoutes.list)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(vi.mocked(Taro.request).mock.calls[0]![0]).toMatchObject({ url: '/api/v1/halls', dataType: 'json' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '系统维护中，请稍后再试', icon: 'none' }));
  });
});

describe('buildQuery', () => {
  it('is empty without values', () => {
    expect(buildQuery({ a: undefined, b: null, c: '' })).toBe('');
  });
});
