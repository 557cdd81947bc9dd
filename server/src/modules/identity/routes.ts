// Identity API: each shared endpoint mounted on its auth, me or admin use case.
import { identityEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../http/api-router';
import type { AdminService } from './admin-service';
import type { AuthService } from './auth-service';
import type { DevLogin } from './dev-login';
import type { MeService } from './me-service';
import type { TotpService } from './totp';

export function identityRoutes(
  api: ApiRouter,
  s: { auth: AuthService; me: MeService; totp: TotpService; admin: AdminService; devLogin: DevLogin },
): void {
  api.mount(e.authOptions, () => Promise.resolve({ devLogin: s.devLogin.enabled }));
  api.mount(e.wechatLogin, ({ input, ip }) => s.auth.wechatLogin(input.body.code, { ip }));
  api.mount(e.staffLogin, ({ input, ip }) => s.auth.staffLogin(input.body, { ip }));
  api.mount(e.refresh, ({ input, ip }) => s.auth.refresh(input.body.refreshToken, { ip }));
  api.mount(e.logout, ({ input, ip }) => s.auth.logout(input.body.refreshToken, { ip }));
  api.mount(e.devWechatCode, ({ input }) => s.devLogin.loginCode(input.body.openid));
  api.mount(e.devPhoneCode, ({ input }) => s.devLogin.phoneCode(input.body.phoneNumber));

  api.mount(e.me, ({ principal }) => s.me.me(principal));
  api.mount(e.realName, ({ principal, input, ip }) => s.me.verifyRealName(principal, input.body, { ip }));
  api.mount(e.bindPhone, ({ principal, input, ip }) => s.me.bindPhone(principal, input.body.code, { ip }));
  api.mount(e.ownPhone, ({ principal }) => s.me.ownPhone(principal));
  api.mount(e.bindWechat, ({ principal, input, ip }) => s.me.bindWechat(principal, input.body.code, { ip }));
  api.mount(e.preferences, ({ principal }) => s.me.preferences(principal));
  api.mount(e.setPreferences, ({ principal, input }) => s.me.setPreferences(principal, input.body));
  api.mount(e.totpSetup, ({ principal, ip }) => s.totp.setup(principal, { ip }));
  api.mount(e.totpConfirm, ({ principal, input, ip }) => s.totp.confirm(principal, input.body.code, { ip }));
  api.mount(e.totpDisable, ({ principal, input, ip }) => s.totp.disable(principal, input.body.code, { ip }));
  api.mount(e.staffHome, ({ principal }) => s.me.staffHome(principal));

  api.mount(e.listStaff, ({ principal, input }) => s.admin.list(principal, input.query));
  api.mount(e.createStaff, ({ principal, input, ip }) => s.admin.create(principal, input.body, { ip }));
  api.mount(e.getStaff, ({ principal, input }) => s.admin.get(principal, input.params.id));
  api.mount(e.updateStaff, ({ principal, input, ip }) => s.admin.update(principal, input.params.id, input.body, { ip }));
  api.mount(e.personalData, ({ principal, input, ip }) => s.admin.personalData(principal, input.params.id, { ip }));
  api.mount(e.audit, ({ principal, input }) => s.admin.audit(principal, input.query));
}
