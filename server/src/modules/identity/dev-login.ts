// Development sign-in for the H5 build, which has no wx.login: the fake WeChat server mints a code
// for a test resident, and the normal WeChat sign-in takes it from there. Off unless the API talks
// to the fake (never in production — config refuses a loopback WeChat URL there).
import { AppError, NotFoundError } from '../../errors';

export function createDevLogin(cfg: { enabled: boolean; wechatBaseUrl: string }) {
  async function mint(path: string, body: unknown): Promise<{ code: string }> {
    if (!cfg.enabled) throw new NotFoundError('请求的接口不存在');
    const res = await fetch(new URL(path, cfg.wechatBaseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    }).catch(() => null);
    if (!res?.ok) throw new AppError('WECHAT_UNAVAILABLE', 503, '测试用微信服务未启动，请用 npm start 启动完整环境');
    return { code: ((await res.json()) as { code: string }).code };
  }
  return {
    enabled: cfg.enabled,
    loginCode: (openid: string) => mint('/__fake/login-codes', { openid }),
    phoneCode: (phoneNumber: string) => mint('/__fake/phone-codes', { phoneNumber }),
  };
}
export type DevLogin = ReturnType<typeof createDevLogin>;
