// Identity routes: sign-in, the signed-in user, the staff entry, administration. Zod-free: schemas
// as types only (see guide.routes.ts).
import type {
  AuditPage,
  AuditQuery,
  AuthOptions,
  DevPhoneCodeRequest,
  DevWechatCode,
  DevWechatCodeRequest,
  DisplayPreferences,
  DisplayPreferencesRequest,
  Me,
  OwnPhone,
  PersonalData,
  PhoneBindRequest,
  RealNameRequest,
  RefreshRequest,
  StaffCreateRequest,
  StaffHome,
  StaffLoginRequest,
  StaffPage,
  StaffQuery,
  StaffSummary,
  StaffUpdateRequest,
  TokenPair,
  TotpCodeRequest,
  TotpSetup,
  UserIdParam,
  WechatBindRequest,
  WechatLoginRequest,
} from './auth.schema';
import { route } from '../http/route';

export const identityRoutes = {
  authOptions: route<{ response: typeof AuthOptions }>('GET', '/api/v1/auth/options', 'public'),
  wechatLogin: route<{ body: typeof WechatLoginRequest; response: typeof TokenPair }>('POST', '/api/v1/auth/wechat', 'public'),
  staffLogin: route<{ body: typeof StaffLoginRequest; response: typeof TokenPair }>('POST', '/api/v1/auth/staff', 'public'),
  refresh: route<{ body: typeof RefreshRequest; response: typeof TokenPair }>('POST', '/api/v1/auth/refresh', 'public'),
  logout: route<{ body: typeof RefreshRequest; response: 'empty' }>('POST', '/api/v1/auth/logout', 'public'),
  devWechatCode: route<{ body: typeof DevWechatCodeRequest; response: typeof DevWechatCode }>(
    'POST',
    '/api/v1/auth/dev/wechat-code',
    'public',
  ),
  devPhoneCode: route<{ body: typeof DevPhoneCodeRequest; response: typeof DevWechatCode }>(
    'POST',
    '/api/v1/auth/dev/phone-code',
    'public',
  ),

  me: route<{ response: typeof Me }>('GET', '/api/v1/me', 'signed-in'),
  realName: route<{ body: typeof RealNameRequest; response: typeof Me }>('POST', '/api/v1/me/real-name', 'signed-in'),
  bindPhone: route<{ body: typeof PhoneBindRequest; response: typeof Me }>('POST', '/api/v1/me/phone', 'signed-in'),
  ownPhone: route<{ response: typeof OwnPhone }>('GET', '/api/v1/me/phone', 'signed-in'),
  bindWechat: route<{ body: typeof WechatBindRequest; response: typeof Me }>('POST', '/api/v1/me/wechat', 'signed-in'),
  preferences: route<{ response: typeof DisplayPreferences }>('GET', '/api/v1/me/preferences', 'signed-in'),
  setPreferences: route<{ body: typeof DisplayPreferencesRequest; response: typeof DisplayPreferences }>(
    'PUT',
    '/api/v1/me/preferences',
    'signed-in',
  ),
  totpSetup: route<{ response: typeof TotpSetup }>('POST', '/api/v1/me/totp/setup', 'signed-in'),
  totpConfirm: route<{ body: typeof TotpCodeRequest; response: typeof Me }>('POST', '/api/v1/me/totp/confirm', 'signed-in'),
  totpDisable: route<{ body: typeof TotpCodeRequest; response: typeof Me }>('POST', '/api/v1/me/totp/disable', 'signed-in'),

  staffHome: route<{ response: typeof StaffHome }>('GET', '/api/v1/staff/home', 'staff'),

  listStaff: route<{ query: typeof StaffQuery; response: typeof StaffPage }>('GET', '/api/v1/admin/staff', 'admin'),
  createStaff: route<{ body: typeof StaffCreateRequest; response: typeof StaffSummary }>('POST', '/api/v1/admin/staff', 'admin'),
  getStaff: route<{ params: typeof UserIdParam; response: typeof StaffSummary }>('GET', '/api/v1/admin/staff/:id', 'admin'),
  updateStaff: route<{ params: typeof UserIdParam; body: typeof StaffUpdateRequest; response: typeof StaffSummary }>(
    'PATCH',
    '/api/v1/admin/staff/:id',
    'admin',
  ),
  personalData: route<{ params: typeof UserIdParam; response: typeof PersonalData }>(
    'GET',
    '/api/v1/admin/users/:id/personal-data',
    'admin',
  ),
  audit: route<{ query: typeof AuditQuery; response: typeof AuditPage }>('GET', '/api/v1/admin/audit', 'admin'),
} as const;
