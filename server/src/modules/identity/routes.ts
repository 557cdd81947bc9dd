// Identity API: thin routes over the auth, me and admin use cases.
import Router from 'koa-router';
import {
  AuditQuery, DevPhoneCodeRequest, DevWechatCodeRequest, PhoneBindRequest, RealNameRequest, RefreshRequest,
  StaffCreateRequest, StaffLoginRequest, StaffQuery, StaffUpdateRequest, UserIdParam, WechatBindRequest, WechatLoginRequest,
} from '@bianmin/shared';
import { parseInput, singleValues } from '../../http/validate';
import type { AdminService } from './admin-service';
import type { AuthService } from './auth-service';
import type { DevLogin } from './dev-login';
import { principalOf, requestMeta } from './http-auth';
import type { MeService } from './me-service';

export function identityRoutes(s: { auth: AuthService; me: MeService; admin: AdminService; devLogin: DevLogin }): Router {
  const r = new Router({ prefix: '/api/v1' });
  const body = (ctx: { request: { body?: unknown } }) => ctx.request.body ?? {};

  r.get('/auth/options', (ctx) => { ctx.body = { devLogin: s.devLogin.enabled }; });
  r.post('/auth/wechat', async (ctx) => {
    ctx.body = await s.auth.wechatLogin(parseInput(WechatLoginRequest, body(ctx)).code, requestMeta(ctx));
  });
  r.post('/auth/staff', async (ctx) => {
    const { username, password } = parseInput(StaffLoginRequest, body(ctx));
    ctx.body = await s.auth.staffLogin(username, password, requestMeta(ctx));
  });
  r.post('/auth/refresh', async (ctx) => {
    ctx.body = await s.auth.refresh(parseInput(RefreshRequest, body(ctx)).refreshToken, requestMeta(ctx));
  });
  r.post('/auth/logout', async (ctx) => {
    await s.auth.logout(parseInput(RefreshRequest, body(ctx)).refreshToken, requestMeta(ctx));
    ctx.status = 204;
  });
  r.post('/auth/dev/wechat-code', async (ctx) => {
    ctx.body = await s.devLogin.loginCode(parseInput(DevWechatCodeRequest, body(ctx)).openid);
  });
  r.post('/auth/dev/phone-code', async (ctx) => {
    ctx.body = await s.devLogin.phoneCode(parseInput(DevPhoneCodeRequest, body(ctx)).phoneNumber);
  });

  r.get('/me', async (ctx) => { ctx.body = await s.me.me(principalOf(ctx)); });
  r.post('/me/real-name', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.me.verifyRealName(p, parseInput(RealNameRequest, body(ctx)), requestMeta(ctx));
  });
  r.post('/me/phone', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.me.bindPhone(p, parseInput(PhoneBindRequest, body(ctx)).code, requestMeta(ctx));
  });
  r.post('/me/wechat', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.me.bindWechat(p, parseInput(WechatBindRequest, body(ctx)).code, requestMeta(ctx));
  });
  r.get('/staff/home', async (ctx) => { ctx.body = await s.me.staffHome(principalOf(ctx)); });

  r.get('/admin/staff', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.admin.list(p, parseInput(StaffQuery, singleValues(ctx.query)));
  });
  r.post('/admin/staff', async (ctx) => {
    const p = principalOf(ctx);
    ctx.status = 201;
    ctx.body = await s.admin.create(p, parseInput(StaffCreateRequest, body(ctx)), requestMeta(ctx));
  });
  r.get('/admin/staff/:id', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.admin.get(p, parseInput(UserIdParam, ctx.params).id);
  });
  r.patch('/admin/staff/:id', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.admin.update(p, parseInput(UserIdParam, ctx.params).id, parseInput(StaffUpdateRequest, body(ctx)), requestMeta(ctx));
  });
  r.get('/admin/users/:id/personal-data', async (ctx) => {
    const p = principalOf(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await s.admin.personalData(p, parseInput(UserIdParam, ctx.params).id, requestMeta(ctx));
  });
  r.get('/admin/audit', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await s.admin.audit(p, parseInput(AuditQuery, singleValues(ctx.query)));
  });
  return r;
}
