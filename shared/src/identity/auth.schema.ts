// Identity contract: sign-in, tokens, the signed-in user, real-name and phone binding, staff and roles.
import { label, rule, z } from '../zod';
import { PageQuery, pageOf } from '../common/pagination.schema';
import { CatalogueCode } from '../catalogue/catalogue.schema';
import { PERSON_NAME_PATTERN, PHONE_PATTERN, idNumberProblem, personNameProblem, phoneProblem } from './form-rules';
import { REAL_NAME_CONSENT_MISSING, REAL_NAME_POLICY_OUTDATED, REAL_NAME_POLICY_VERSION } from './real-name-consent';

export const ROLES = ['resident', 'window_staff', 'reviewer', 'community_agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  resident: '居民',
  window_staff: '窗口人员',
  reviewer: '审核人员',
  community_agent: '社区代办员',
  supervisor: '督查人员',
  admin: '管理员',
};
/** What a role's scope names: a hall (window staff, community agent: their station), a department, or the district. */
export const SCOPE_TYPES = ['hall', 'department', 'district'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export const RoleGrant = z
  .object({
    role: z.enum(ROLES),
    scopeType: z.nullable(z.enum(SCOPE_TYPES)),
    /** Hall or department code; null for district-wide or unscoped (resident). */
    scopeCode: z.nullable(CatalogueCode),
  })
  .check(
    z.refine((g) => (g.scopeType === 'hall' || g.scopeType === 'department') === !!g.scopeCode, {
      message: '按大厅或部门授权时必须指定编码，全区授权不需要',
      path: ['scopeCode'],
    }),
  );
export type RoleGrant = z.infer<typeof RoleGrant>;

const code = z.string().check(z.minLength(1, '缺少登录凭证'), z.maxLength(128));

export const WechatLoginRequest = z.object({ code });
export type WechatLoginRequest = z.infer<typeof WechatLoginRequest>;

export const TokenPair = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  /** Seconds. */
  accessTokenExpiresIn: z.int(),
  refreshToken: z.string(),
  refreshTokenExpiresIn: z.int(),
});
export type TokenPair = z.infer<typeof TokenPair>;

export const RefreshRequest = z.object({ refreshToken: z.string().check(z.minLength(20), z.maxLength(200)) });
export type RefreshRequest = z.infer<typeof RefreshRequest>;

export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/;
/** A 6-digit code from an authenticator app (TOTP, RFC 6238). */
export const TOTP_CODE_PATTERN = /^\d{6}$/;
export const TotpCode = z.string().check(z.trim(), z.regex(TOTP_CODE_PATTERN, '请输入6位动态验证码'));
export const StaffLoginRequest = z.object({
  username: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, '请输入用户名'), z.maxLength(32)),
  password: z.string().check(z.minLength(1, '请输入密码'), z.maxLength(128)),
  /** Required (answer TOTP_REQUIRED otherwise) once the account has turned on its second factor. */
  totp: z.optional(TotpCode),
});
export type StaffLoginRequest = z.infer<typeof StaffLoginRequest>;

/** Masked personal data as shown to the user (and everyone not entitled to the full value). */
export const Me = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(RoleGrant),
  isStaff: z.boolean(),
  realName: z.nullable(z.object({ name: z.string(), idNumber: z.string(), verifiedAt: z.string() })),
  phone: z.nullable(z.string()),
  wechatBound: z.boolean(),
  /** Staff only: a second factor (authenticator app) is required at sign-in. */
  totpEnabled: z.boolean(),
});
export type Me = z.infer<typeof Me>;

/**
 * How the account likes the app shown, remembered across devices. `elderMode`: 长辈版 on or off;
 * null until the user chooses (each device then follows its system font).
 */
export const DisplayPreferences = z.object({ elderMode: z.nullable(z.boolean()) });
export type DisplayPreferences = z.infer<typeof DisplayPreferences>;
/** Setting it is always a choice: on or off, never back to "not chosen". */
export const DisplayPreferencesRequest = z.object({ elderMode: z.boolean().check(label('长辈版')) });
export type DisplayPreferencesRequest = z.infer<typeof DisplayPreferencesRequest>;

/** A new, not yet confirmed authenticator secret: shown once, as text and as an otpauth:// URI (QR code). */
export const TotpSetup = z.object({
  /** Base32. */
  secret: z.string(),
  otpauthUri: z.string(),
  issuer: z.literal('便民政务'),
});
export type TotpSetup = z.infer<typeof TotpSetup>;
export const TotpCodeRequest = z.object({ code: TotpCode });
export type TotpCodeRequest = z.infer<typeof TotpCodeRequest>;

export const RealNameRequest = z.object({
  name: z.string().check(z.trim(), rule(personNameProblem), z.meta({ pattern: PERSON_NAME_PATTERN.source, title: '姓名' })),
  idNumber: z.string().check(z.trim(), z.toUpperCase(), rule(idNumberProblem), label('身份证号码')),
  /** The separate consent (PIPL) the resident ticked; the server records it with the verification. */
  consent: z.literal(true, REAL_NAME_CONSENT_MISSING),
  /** The version of the consent text the resident read (real-name-consent.ts). */
  policyVersion: z.string().check(
    z.refine((v) => v === REAL_NAME_POLICY_VERSION, REAL_NAME_POLICY_OUTDATED),
    label('个人信息处理说明版本'),
  ),
});
export type RealNameRequest = z.infer<typeof RealNameRequest>;

export const PhoneBindRequest = z.object({ code });

/** The caller's own bound number in full, only ever their own: it prefills forms (预约联系电话). */
export const OwnPhone = z.object({ phone: z.nullable(z.string()) });
export type OwnPhone = z.infer<typeof OwnPhone>;
export type PhoneBindRequest = z.infer<typeof PhoneBindRequest>;

export const WechatBindRequest = z.object({ code });

/** Development sign-in for the H5 build (no wx.login there): a code minted by the fake WeChat server. */
export const DevWechatCodeRequest = z.object({
  openid: z.string().check(z.regex(/^[A-Za-z0-9_-]{6,64}$/, '测试用户标识只能包含字母、数字、下划线和连字符（6–64位）')),
});
export const DevWechatCode = z.object({ code: z.string() });
export const DevPhoneCodeRequest = z.object({
  phoneNumber: z.string().check(rule(phoneProblem), z.meta({ pattern: PHONE_PATTERN.source })),
});

// ---- staff administration ----

/** ASVS V6.2: length, no composition rules; the server also refuses common and guessable passwords. */
export const STAFF_PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_RULE = `密码至少${STAFF_PASSWORD_MIN_LENGTH}位，可用任意字符（含空格和汉字）；建议用一句只有您知道的长句`;
export const StaffPassword = z.string().check(z.minLength(STAFF_PASSWORD_MIN_LENGTH, PASSWORD_RULE), z.maxLength(128, '密码不能超过128位'));

export const StaffCreateRequest = z.object({
  username: z.string().check(z.trim(), z.toLowerCase(), z.regex(USERNAME_PATTERN, '用户名以小写字母开头，3–32位，可含数字和 _ . -')),
  displayName: z.string().check(z.trim(), z.minLength(2), z.maxLength(30)),
  password: StaffPassword,
  roles: z.array(RoleGrant).check(z.minLength(1, '至少授予一个角色'), z.maxLength(20)),
});
export type StaffCreateRequest = z.infer<typeof StaffCreateRequest>;

export const StaffUpdateRequest = z.object({
  displayName: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(30))),
  disabled: z.optional(z.boolean()),
  roles: z.optional(z.array(RoleGrant).check(z.minLength(1), z.maxLength(20))),
  password: z.optional(StaffPassword),
  /** Clear a lockout early. */
  unlock: z.optional(z.boolean()),
  /** Turn the second factor off (a lost phone); the staff member sets it up again. */
  resetTotp: z.optional(z.literal(true)),
});
export type StaffUpdateRequest = z.infer<typeof StaffUpdateRequest>;

export const StaffSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  roles: z.array(RoleGrant),
  lockedUntil: z.nullable(z.string()),
  wechatBound: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffSummary = z.infer<typeof StaffSummary>;
export const StaffPage = pageOf(StaffSummary);
export type StaffPage = z.infer<typeof StaffPage>;
export const StaffQuery = z.object({ ...PageQuery.shape, q: z.optional(z.string().check(z.trim(), z.maxLength(32))) });
export const UserIdParam = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '用户编号格式不正确'), z.describe('用户编号')) });

/** Full personal data: only for entitled callers, and every read is audited. */
export const PersonalData = z.object({
  userId: z.string(),
  name: z.nullable(z.string()),
  idNumber: z.nullable(z.string()),
  phone: z.nullable(z.string()),
});
export type PersonalData = z.infer<typeof PersonalData>;

// ---- audit ----

export const AuditQuery = z.object({
  ...PageQuery.shape,
  actor: z.optional(z.string().check(z.maxLength(36))),
  action: z.optional(z.string().check(z.maxLength(40))),
  from: z.optional(z.iso.datetime({ offset: true })),
  to: z.optional(z.iso.datetime({ offset: true })),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.nullable(z.string()),
  action: z.string(),
  targetType: z.nullable(z.string()),
  targetId: z.nullable(z.string()),
  outcome: z.enum(['success', 'failure']),
  ip: z.nullable(z.string()),
  /** Never personal data in clear: masked values only. */
  detail: z.nullable(z.record(z.string(), z.unknown())),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

/** What sign-in methods this deployment offers (the H5 build asks before showing the test sign-in). */
export const AuthOptions = z.object({
  /** True only outside production with the fake WeChat server: test residents can sign in on H5. */
  devLogin: z.boolean(),
});
export type AuthOptions = z.infer<typeof AuthOptions>;

/** The staff entry (工作台): who you are at work and where; later capabilities add their shortcuts. */
export const StaffHome = z.object({
  displayName: z.string(),
  roles: z.array(
    z.object({
      role: z.enum(ROLES),
      roleLabel: z.string(),
      scopeType: z.nullable(z.enum(SCOPE_TYPES)),
      scopeCode: z.nullable(z.string()),
      /** Hall or department name, or 全区. */
      scopeName: z.string(),
    }),
  ),
});
export type StaffHome = z.infer<typeof StaffHome>;
