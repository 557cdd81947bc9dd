// Demo staff accounts for local runs (never in production): one per role, with known passwords,
// so a developer can sign in as window staff, reviewer, agent, supervisor or admin.
import { randomUUID } from 'node:crypto';
import { type DataSource, hashPassword, newUserRow, RoleGrantEntity, toGrantRow, UserEntity } from '@bianmin/server/tooling';
import type { RoleGrant } from '@bianmin/shared';

export const DEMO_STAFF: { username: string; displayName: string; password: string; roles: RoleGrant[] }[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    password: 'Lychee-Harbor-2026-Quiet',
    roles: [{ role: 'admin', scopeType: 'district', scopeCode: null }],
  },
  {
    username: 'window.district',
    displayName: '区中心窗口 王晓',
    password: 'Copper-Meadow-85-Lantern',
    roles: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }],
  },
  {
    username: 'reviewer.xzsp',
    displayName: '审批局审核 刘强',
    password: 'Granite-Willow-62-Comet',
    roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
  },
  {
    username: 'agent.houtaolin',
    displayName: '后桃林社区代办 孙丽',
    password: 'Saffron-Bridge-39-Valley',
    roles: [{ role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-comm-chengyang-houtaolin' }],
  },
  {
    username: 'supervisor',
    displayName: '区督查 周正',
    password: 'Marble-Falcon-74-Grove',
    roles: [{ role: 'supervisor', scopeType: 'district', scopeCode: null }],
  },
];

/** Creates the demo accounts that do not exist yet; returns how many were created. */
export async function seedDemoStaff(dataSource: DataSource): Promise<number> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo staff accounts are never created in production.');
  let created = 0;
  for (const s of DEMO_STAFF) {
    if (await dataSource.getRepository(UserEntity).findOne({ where: { username: s.username } })) continue;
    const id = randomUUID();
    await dataSource.transaction(async (em) => {
      await em
        .getRepository(UserEntity)
        .insert(
          newUserRow({ id, kind: 'staff', displayName: s.displayName, username: s.username, passwordHash: await hashPassword(s.password) }),
        );
      await em.getRepository(RoleGrantEntity).insert(s.roles.map((g) => toGrantRow(id, g)));
    });
    created++;
  }
  return created;
}
