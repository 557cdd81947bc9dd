// The identity routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { identityRoutes } from './identity.routes';
import {
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

const AUTH = '身份认证';
const ME = '我的';
const ADMIN = '管理';

export const identityEndpoints = endpoints(identityRoutes, {
  authOptions: { schemas: { response: AuthOptions }, summary: '可用的登录方式', tag: AUTH, errors: [] },
  wechatLogin: {
    schemas: { body: WechatLoginRequest, response: TokenPair },
    summary: '微信登录（wx.login 的 code）',
    tag: AUTH,
    errors: [400, 401, 403, 429, 503],
  },
  staffLogin: {
    schemas: { body: StaffLoginRequest, response: TokenPair },
    summary: '工作人员账号密码登录（多次失败锁定；已启用两步验证的须附动态验证码）',
    tag: AUTH,
    errors: [400, 401, 403, 423, 429],
  },
  refresh: {
    schemas: { body: RefreshRequest, response: TokenPair },
    summary: '刷新令牌（每次轮换，重复使用将注销会话）',
    tag: AUTH,
    errors: [400, 401],
  },
  logout: { schemas: { body: RefreshRequest, response: 'empty' }, summary: '退出登录', tag: AUTH, errors: [400], status: 204 },
  devWechatCode: {
    schemas: { body: DevWechatCodeRequest, response: DevWechatCode },
    summary: '开发环境：为测试居民生成登录 code（生产环境不存在）',
    tag: AUTH,
    errors: [400, 404, 503],
  },
  devPhoneCode: {
    schemas: { body: DevPhoneCodeRequest, response: DevWechatCode },
    summary: '开发环境：生成手机号授权 code（生产环境不存在）',
    tag: AUTH,
    errors: [400, 404, 503],
  },

  me: { schemas: { response: Me }, summary: '当前用户（个人信息脱敏显示）', tag: ME, errors: [401] },
  realName: {
    schemas: { body: RealNameRequest, response: Me },
    summary: '实名认证（姓名 + 身份证号）',
    tag: ME,
    errors: [400, 401, 409, 422, 429, 503],
  },
  bindPhone: {
    schemas: { body: PhoneBindRequest, response: Me },
    summary: '绑定手机号（getPhoneNumber 的 code）',
    tag: ME,
    errors: [400, 401, 429],
  },
  ownPhone: { schemas: { response: OwnPhone }, summary: '本人绑定的手机号（完整号码，仅供本人填表时预填）', tag: ME, errors: [401] },
  bindWechat: { schemas: { body: WechatBindRequest, response: Me }, summary: '工作人员绑定微信', tag: ME, errors: [400, 401, 404, 409] },
  preferences: { schemas: { response: DisplayPreferences }, summary: '我的显示偏好（长辈版；未选择过为 null）', tag: ME, errors: [401] },
  setPreferences: {
    schemas: { body: DisplayPreferencesRequest, response: DisplayPreferences },
    summary: '保存显示偏好（长辈版开或关），换设备登录后沿用',
    tag: ME,
    errors: [400, 401],
  },
  totpSetup: {
    schemas: { response: TotpSetup },
    summary: '工作人员：生成身份验证器密钥（确认前不生效）',
    tag: ME,
    errors: [401, 404, 409],
  },
  totpConfirm: {
    schemas: { body: TotpCodeRequest, response: Me },
    summary: '工作人员：输入动态验证码，启用两步验证',
    tag: ME,
    errors: [400, 401, 404, 409],
  },
  totpDisable: {
    schemas: { body: TotpCodeRequest, response: Me },
    summary: '工作人员：输入当前动态验证码，关闭两步验证',
    tag: ME,
    errors: [400, 401, 404, 409],
  },

  staffHome: { schemas: { response: StaffHome }, summary: '工作台：角色与授权范围', tag: '工作人员', errors: [401, 404] },

  listStaff: { schemas: { query: StaffQuery, response: StaffPage }, summary: '工作人员账号列表', tag: ADMIN, errors: [400, 401, 404] },
  createStaff: {
    schemas: { body: StaffCreateRequest, response: StaffSummary },
    summary: '创建工作人员账号并授权',
    tag: ADMIN,
    errors: [400, 401, 404, 409],
    status: 201,
  },
  getStaff: { schemas: { params: UserIdParam, response: StaffSummary }, summary: '工作人员账号', tag: ADMIN, errors: [400, 401, 404] },
  updateStaff: {
    schemas: { params: UserIdParam, body: StaffUpdateRequest, response: StaffSummary },
    summary: '修改、停用、解锁账号、调整角色或重置两步验证',
    tag: ADMIN,
    errors: [400, 401, 404],
  },
  personalData: {
    schemas: { params: UserIdParam, response: PersonalData },
    summary: '完整个人信息（仅管理员，每次读取均记入审计）',
    tag: ADMIN,
    errors: [400, 401, 404],
  },
  audit: { schemas: { query: AuditQuery, response: AuditPage }, summary: '审计日志', tag: ADMIN, errors: [400, 401, 404] },
});
