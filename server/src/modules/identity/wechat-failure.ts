// WeChat's error codes, in words a resident understands.
import { AppError } from '../../errors';
import { classifyWechatError, WechatError } from '../../platform/clients/wechat/errors';

export function wechatFailure(err: unknown, what: 'login' | 'phone' = 'login'): AppError {
  const errcode = err instanceof WechatError ? err.errcode : -1;
  switch (classifyWechatError(errcode)) {
    case 'invalid_code':
      return what === 'phone'
        ? new AppError('PHONE_CODE_INVALID', 400, '手机号授权已失效，请重新点击“获取手机号”')
        : new AppError('WECHAT_CODE_INVALID', 401, '微信登录凭证无效或已过期，请重新登录');
    case 'rate_limited':
      return new AppError('RATE_LIMITED', 429, '登录太频繁，请稍后再试');
    case 'blocked':
      return new AppError('WECHAT_USER_BLOCKED', 403, '您的微信账号存在安全风险，暂时无法登录，请联系微信客服');
    default:
      return new AppError('WECHAT_UNAVAILABLE', 503, '微信服务繁忙，请稍后再试');
  }
}
