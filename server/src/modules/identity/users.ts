// Reading and shaping accounts: roles as grants, personal data decrypted only to be masked (or,
// for entitled callers, returned in full and audited by the caller).
import type { EntityManager } from 'typeorm';
import { maskChineseId, maskName, maskPhone, type Me, type RoleGrant, type ScopeType } from '@bianmin/shared';
import type { DataProtector } from '../../platform/sealing';
import { RealNameEntity, RoleGrantEntity, type RoleGrantRow, type UserRow } from './entities';

/** A new account: what identifies it given, everything else as a fresh account has it. */
export function newUserRow(fields: Pick<UserRow, 'id' | 'kind' | 'displayName'> & Partial<UserRow>): UserRow {
  const now = new Date();
  return {
    username: null,
    passwordHash: null,
    wechatOpenid: null,
    wechatUnionid: null,
    wechatSessionKeyEnc: null,
    phoneEnc: null,
    phoneHash: null,
    disabled: false,
    failedLogins: 0,
    lockedUntil: null,
    totpSecretEnc: null,
    totpEnabledAt: null,
    totpLastStep: null,
    elderMode: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
import { isStaffRoleSet } from './policy';
import { isTotpEnabled } from './totp-codes';

export function toGrant(row: Pick<RoleGrantRow, 'role' | 'scopeType' | 'scopeCode'>): RoleGrant {
  return {
    role: row.role as RoleGrant['role'],
    scopeType: (row.scopeType || null) as ScopeType | null,
    scopeCode: row.scopeCode || null,
  };
}

export function toGrantRow(userId: string, g: RoleGrant) {
  return { userId, role: g.role, scopeType: g.scopeType ?? '', scopeCode: g.scopeCode ?? '' };
}

export async function rolesOf(em: EntityManager, userId: string): Promise<RoleGrant[]> {
  const rows = await em.getRepository(RoleGrantEntity).find({ where: { userId }, order: { id: 'ASC' } });
  return rows.map(toGrant);
}

export async function toMe(em: EntityManager, protector: DataProtector, user: UserRow): Promise<Me> {
  const roles = await rolesOf(em, user.id);
  const real = await em.getRepository(RealNameEntity).findOne({ where: { userId: user.id } });
  const realName = real
    ? {
        name: maskName(protector.decrypt(real.nameEnc)),
        idNumber: maskChineseId(protector.decrypt(real.idNumberEnc)),
        verifiedAt: real.verifiedAt.toISOString(),
      }
    : null;
  return {
    id: user.id,
    displayName: realName?.name ?? user.displayName,
    roles,
    isStaff: isStaffRoleSet(roles),
    realName,
    phone: user.phoneEnc ? maskPhone(protector.decrypt(user.phoneEnc)) : null,
    wechatBound: !!user.wechatOpenid,
    totpEnabled: isTotpEnabled(user),
  };
}
