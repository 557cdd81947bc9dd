// Identity tables. Personal data columns hold sealed values (data-protector.ts) and keyed hashes only.
import { EntitySchema } from 'typeorm';

export interface UserRow {
  id: string;
  kind: 'resident' | 'staff';
  displayName: string;
  username: string | null;
  passwordHash: string | null;
  wechatOpenid: string | null;
  wechatUnionid: string | null;
  wechatSessionKeyEnc: string | null;
  phoneEnc: string | null;
  phoneHash: string | null;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  /** Sealed base32 authenticator secret (staff, optional second factor). */
  totpSecretEnc: string | null;
  /** When the secret was confirmed with a code; null: not (yet) required at sign-in. */
  totpEnabledAt: Date | null;
  /** The last TOTP time step accepted: a code of that step or an earlier one is refused (replay). */
  totpLastStep: number | null;
  /** 长辈版 as the user last chose it on any device; null: never chosen. */
  elderMode: boolean | null;
  createdAt: Date;
  updatedAt: Date;
}
export interface RealNameRow {
  userId: string;
  nameEnc: string;
  idNumberEnc: string;
  idNumberHash: string;
  verifiedAt: Date;
  /** When the resident gave the separate PIPL consent, and to which text; null before consent was asked. */
  consentAt: Date | null;
  consentPolicyVersion: string | null;
}
/** Scope columns use '' for "none" so the unique key works on MySQL (NULLs never collide there). */
export interface RoleGrantRow {
  id: number;
  userId: string;
  role: string;
  scopeType: string;
  scopeCode: string;
}
export interface RefreshTokenRow {
  id: string;
  familyId: string;
  userId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  /** Sealed: the token this one was rotated into, handed out again to a double refresh within the grace period. */
  successorEnc: string | null;
}
const id36 = { type: 'varchar', length: 36 } as const;
const nullableDate = { type: 'datetime', nullable: true } as const;

export const UserEntity = new EntitySchema<UserRow>({
  name: 'UserAccount',
  tableName: 'user_account',
  columns: {
    id: { ...id36, primary: true },
    kind: { type: 'varchar', length: 10 },
    displayName: { name: 'display_name', type: 'varchar', length: 60 },
    username: { type: 'varchar', length: 32, nullable: true },
    passwordHash: { name: 'password_hash', type: 'varchar', length: 200, nullable: true },
    wechatOpenid: { name: 'wechat_openid', type: 'varchar', length: 64, nullable: true },
    wechatUnionid: { name: 'wechat_unionid', type: 'varchar', length: 64, nullable: true },
    wechatSessionKeyEnc: { name: 'wechat_session_key_enc', type: 'varchar', length: 200, nullable: true },
    phoneEnc: { name: 'phone_enc', type: 'varchar', length: 200, nullable: true },
    phoneHash: { name: 'phone_hash', type: 'varchar', length: 64, nullable: true },
    disabled: { type: 'boolean' },
    failedLogins: { name: 'failed_logins', type: 'int' },
    lockedUntil: { ...nullableDate, name: 'locked_until' },
    totpSecretEnc: { name: 'totp_secret_enc', type: 'varchar', length: 200, nullable: true },
    totpEnabledAt: { ...nullableDate, name: 'totp_enabled_at' },
    totpLastStep: { name: 'totp_last_step', type: 'int', nullable: true },
    elderMode: { name: 'elder_mode', type: 'boolean', nullable: true },
    createdAt: { name: 'created_at', type: 'datetime' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});

export const RealNameEntity = new EntitySchema<RealNameRow>({
  name: 'RealName',
  tableName: 'real_name',
  columns: {
    userId: { ...id36, name: 'user_id', primary: true },
    nameEnc: { name: 'name_enc', type: 'varchar', length: 200 },
    idNumberEnc: { name: 'id_number_enc', type: 'varchar', length: 200 },
    idNumberHash: { name: 'id_number_hash', type: 'varchar', length: 64 },
    verifiedAt: { name: 'verified_at', type: 'datetime' },
    consentAt: { name: 'consent_at', type: 'datetime', nullable: true },
    consentPolicyVersion: { name: 'consent_policy_version', type: 'varchar', length: 40, nullable: true },
  },
});

export const RoleGrantEntity = new EntitySchema<RoleGrantRow>({
  name: 'RoleGrant',
  tableName: 'role_grant',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    userId: { ...id36, name: 'user_id' },
    role: { type: 'varchar', length: 20 },
    scopeType: { name: 'scope_type', type: 'varchar', length: 12 },
    scopeCode: { name: 'scope_code', type: 'varchar', length: 80 },
  },
});

export const RefreshTokenEntity = new EntitySchema<RefreshTokenRow>({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  columns: {
    id: { ...id36, primary: true },
    familyId: { ...id36, name: 'family_id' },
    userId: { ...id36, name: 'user_id' },
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', type: 'datetime' },
    expiresAt: { name: 'expires_at', type: 'datetime' },
    usedAt: { ...nullableDate, name: 'used_at' },
    revokedAt: { ...nullableDate, name: 'revoked_at' },
    successorEnc: { name: 'successor_enc', type: 'varchar', length: 200, nullable: true },
  },
});

export const identityEntities = [UserEntity, RealNameEntity, RoleGrantEntity, RefreshTokenEntity];
