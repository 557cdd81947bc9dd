// What other capabilities may know about a resident's identity: whether they verified their real
// name, and their names masked for staff lists. Full personal data stays behind admin-service.
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { maskName } from '@bianmin/shared';
import type { DataProtector } from '../../platform/sealing';
import { RealNameEntity } from './entities';

export function createResidentDirectory(dataSource: DataSource, protector: DataProtector) {
  const realNames = () => dataSource.getRepository(RealNameEntity);
  return {
    async isVerified(userId: string): Promise<boolean> {
      return (await realNames().count({ where: { userId } })) > 0;
    },
    /** Masked real names (张*) by user id; users without a verified name are absent. */
    async maskedNames(userIds: string[]): Promise<Map<string, string>> {
      if (!userIds.length) return new Map();
      const rows = await realNames().find({ where: { userId: In([...new Set(userIds)]) } });
      return new Map(rows.map((r) => [r.userId, maskName(protector.decrypt(r.nameEnc))]));
    },
  };
}
export type ResidentDirectory = ReturnType<typeof createResidentDirectory>;
