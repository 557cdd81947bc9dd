// What other capabilities may know about a resident's identity: their names masked for staff
// lists, and — for an application the resident files themself — the verified identity, sealed again
// by the case (never shown unmasked). Full reads stay behind admin-service. Booking reads whether
// they verified their real name with its own rules (appointments/booking-check.ts).
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { maskName, normalizeChineseId } from '@bianmin/shared';
import type { DataProtector } from '../../platform/sealing';
import { RealNameEntity, RoleGrantEntity, UserEntity } from './entities';

export function createResidentDirectory(dataSource: DataSource, protector: DataProtector) {
  const realNames = () => dataSource.getRepository(RealNameEntity);
  return {
    /** Masked real names (张*) by user id; users without a verified name are absent. */
    async maskedNames(userIds: string[]): Promise<Map<string, string>> {
      if (!userIds.length) return new Map();
      const rows = await realNames().find({ where: { userId: In([...new Set(userIds)]) } });
      return new Map(rows.map((r) => [r.userId, maskName(protector.decrypt(r.nameEnc))]));
    },
    /** The verified name, ID number and ID hash of an applicant, or null when not verified. */
    async verifiedIdentity(userId: string): Promise<{ name: string; idNumber: string; idNumberHash: string } | null> {
      const row = await realNames().findOne({ where: { userId } });
      return row
        ? { name: protector.decrypt(row.nameEnc), idNumber: protector.decrypt(row.idNumberEnc), idNumberHash: row.idNumberHash }
        : null;
    },
    /** Display names of accounts (staff as handlers and note authors), by id. */
    async displayNames(userIds: string[]): Promise<Map<string, string>> {
      if (!userIds.length) return new Map();
      const rows = await dataSource
        .getRepository(UserEntity)
        .find({ where: { id: In([...new Set(userIds)]) }, select: { id: true, displayName: true } });
      return new Map(rows.map((r) => [r.id, r.displayName]));
    },
    /** Whether an account may review cases of a department (a handler must). */
    async reviewsDepartment(userId: string, departmentCode: string): Promise<boolean> {
      const grants = await dataSource.getRepository(RoleGrantEntity).find({ where: { userId } });
      return grants.some(
        (g) => g.role === 'reviewer' && (g.scopeType === 'district' || (g.scopeType === 'department' && g.scopeCode === departmentCode)),
      );
    },
    /** The keyed hash of the account's verified ID number (cases filed for them carry the same), or null. */
    async idNumberHashOf(userId: string): Promise<string | null> {
      const row = await realNames().findOne({ where: { userId }, select: { userId: true, idNumberHash: true } });
      return row?.idNumberHash ?? null;
    },
    /** The account verified with this ID number, if any (a case filed for a resident is theirs to follow too). */
    async accountOfIdNumber(idNumber: string): Promise<string | null> {
      const row = await realNames().findOne({
        where: { idNumberHash: protector.lookupHash(normalizeChineseId(idNumber)) },
        select: { userId: true },
      });
      return row?.userId ?? null;
    },
    /** The bound phone, to prefill a contact number; null when none. */
    async boundPhone(userId: string): Promise<string | null> {
      const user = await dataSource.getRepository(UserEntity).findOne({ where: { id: userId }, select: { id: true, phoneEnc: true } });
      return user?.phoneEnc ? protector.decrypt(user.phoneEnc) : null;
    },
  };
}
export type ResidentDirectory = ReturnType<typeof createResidentDirectory>;
