import type { Me, RealNameRequest } from '@bianmin/shared/identity/auth.schema';
import { api } from '@/lib/request';

export function submitRealName(body: RealNameRequest) {
  return api.request<Me>('/api/v1/me/real-name', { method: 'POST', body, silent: true });
}

/** `code`: from the getPhoneNumber button (mini-program) or the fake WeChat server (H5 development). */
export function bindPhone(code: string) {
  return api.request<Me>('/api/v1/me/phone', { method: 'POST', body: { code }, silent: true });
}

export async function devPhoneCode(phoneNumber: string): Promise<string> {
  const { code } = await api.request<{ code: string }>('/api/v1/auth/dev/phone-code', {
    method: 'POST', body: { phoneNumber }, anonymous: true, silent: true,
  });
  return code;
}
