import type { Me, StaffHome, TokenPair } from '@bianmin/shared/identity/auth.schema';
import { session } from '@/lib/auth';
import { api } from '@/lib/request';

export async function signInStaff(username: string, password: string): Promise<void> {
  const pair = await api.request<TokenPair>('/api/v1/auth/staff', {
    method: 'POST', body: { username, password }, anonymous: true, silent: true,
  });
  session.start(pair);
}

/** 404 for an account without a staff role. */
export function getStaffHome() {
  return api.request<StaffHome>('/api/v1/staff/home', { silent: true });
}

/** After this, signing in with WeChat signs this staff member in. */
export function bindWechat(code: string) {
  return api.request<Me>('/api/v1/me/wechat', { method: 'POST', body: { code }, silent: true });
}
