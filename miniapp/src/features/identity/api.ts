import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import type { RealNameRequest } from '@bianmin/shared/identity/auth.schema';
import { api } from '@/lib/request';

export function submitRealName(body: RealNameRequest) {
  return api.call(identityRoutes.realName, { body }, { silent: true });
}

/** `code`: from the getPhoneNumber button (mini-program) or the fake WeChat server (H5 development). */
export function bindPhone(code: string) {
  return api.call(identityRoutes.bindPhone, { body: { code } }, { silent: true });
}

export async function devPhoneCode(phoneNumber: string): Promise<string> {
  const { code } = await api.call(identityRoutes.devPhoneCode, { body: { phoneNumber } }, { anonymous: true, silent: true });
  return code;
}
