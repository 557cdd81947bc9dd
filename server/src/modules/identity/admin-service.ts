// Administrators manage staff accounts and their role grants, read the audit log, and (audited)
// read a person's full personal data when a case requires it.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Like } from 'typeorm';
import type {
  AuditPage,
  AuditQuery,
  PersonalData,
  RoleGrant,
  StaffCreateRequest,
  StaffPage,
  StaffSummary,
  StaffUpdateRequest,
} from '@bianmin/shared';
import { AppError, NotFoundError, ValidationError } from '../../errors';
import type { CatalogueReader } from '../catalogue/index';
import type { AuditLog } from '../../platform/audit';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { RequestMeta } from './auth-service';
import { RealNameEntity, RoleGrantEntity, UserEntity, type UserRow } from './entities';
import { passwordProblem } from './password-policy';
import { hashPassword } from './passwords';
import { assertCan, type Principal } from './policy';
import type { RefreshTokens } from './refresh-tokens';
import { isTotpEnabled } from './totp-codes';
import { newUserRow, rolesOf, toGrantRow } from './users';

export interface AdminDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  audit: AuditLog;
  protector: DataProtector;
  refreshTokens: RefreshTokens;
  catalogue: CatalogueReader;
}

export function createAdminService(d: AdminDeps) {
  const users = () => d.dataSource.getRepository(UserEntity);

  async function toSummary(u: UserRow): Promise<StaffSummary> {
    return {
      id: u.id,
      username: u.username ?? '',
      displayName: u.displayName,
      disabled: u.disabled,
      roles: await rolesOf(d.dataSource.manager, u.id),
      lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > Date.now() ? u.lockedUntil.toISOString() : null,
      wechatBound: !!u.wechatOpenid,
      totpEnabled: isTotpEnabled(u),
      createdAt: u.createdAt.toISOString(),
    };
  }

  /**
   * Every problem of a new or changed account at once: scopes are data (every hall or department
   * named in a grant must exist in the catalogue), and a password must pass the policy.
   */
  async function checkAccount(
    roles: RoleGrant[] | undefined,
    password: string | undefined,
    account: { username: string; displayName?: string },
  ) {
    const problems: Record<string, string[]> = {};
    const scopes = roles ? await scopeProblems(roles) : [];
    if (scopes.length) problems.roles = scopes;
    const weak = password === undefined ? null : passwordProblem(password, account);
    if (weak) problems.password = [weak];
    if (Object.keys(problems).length) throw new ValidationError(problems);
  }

  async function scopeProblems(roles: RoleGrant[]): Promise<string[]> {
    const snapshot = await d.catalogue.current();
    const problems: string[] = [];
    roles.forEach((g, i) => {
      if (g.role === 'resident') problems.push(`第${i + 1}个角色：居民角色不能授予工作人员账号`);
      // A grant without a code names no hall or department: '' is in neither map.
      if (g.scopeType === 'hall' && !snapshot.hallByCode.has(g.scopeCode ?? ''))
        problems.push(`第${i + 1}个角色：大厅 ${g.scopeCode} 不存在`);
      if (g.scopeType === 'department' && !snapshot.departmentByCode.has(g.scopeCode ?? ''))
        problems.push(`第${i + 1}个角色：部门 ${g.scopeCode} 不存在`);
      if ((g.role === 'window_staff' || g.role === 'community_agent') && g.scopeType !== 'hall')
        problems.push(`第${i + 1}个角色：窗口人员和社区代办员须按大厅授权`);
      if (g.role === 'reviewer' && g.scopeType !== 'department') problems.push(`第${i + 1}个角色：审核人员须按部门授权`);
    });
    return problems;
  }

  async function staffUser(id: string) {
    const u = await users().findOne({ where: { id, kind: 'staff' } });
    if (!u) throw new NotFoundError('没有找到这个工作人员账号');
    return u;
  }

  return {
    async list(p: Principal, q: { page: number; pageSize: number; q?: string }): Promise<StaffPage> {
      assertCan(p, 'admin.staff.manage');
      const where = q.q
        ? [
            { kind: 'staff' as const, username: Like(`%${q.q}%`) },
            { kind: 'staff' as const, displayName: Like(`%${q.q}%`) },
          ]
        : { kind: 'staff' as const };
      const [rows, total] = await users().findAndCount({
        where,
        order: { createdAt: 'ASC' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      });
      return { items: await Promise.all(rows.map(toSummary)), total, page: q.page, pageSize: q.pageSize };
    },

    async get(p: Principal, id: string): Promise<StaffSummary> {
      assertCan(p, 'admin.staff.manage');
      return toSummary(await staffUser(id));
    },

    async create(p: Principal, req: StaffCreateRequest, meta: RequestMeta): Promise<StaffSummary> {
      assertCan(p, 'admin.staff.manage');
      await checkAccount(req.roles, req.password, req);
      if (await users().findOne({ where: { username: req.username } }))
        throw new AppError('USERNAME_TAKEN', 409, '该用户名已被使用，请换一个');
      const user: UserRow = newUserRow({
        id: randomUUID(),
        kind: 'staff',
        displayName: req.displayName,
        username: req.username,
        passwordHash: await hashPassword(req.password),
      });
      await d.tx.run(async (em) => {
        await em.getRepository(UserEntity).insert(user);
        await em.getRepository(RoleGrantEntity).insert(req.roles.map((g) => toGrantRow(user.id, g)));
        await d.audit.record(em, {
          actorId: p.userId,
          action: 'admin.staff_create',
          targetType: 'user',
          targetId: user.id,
          ip: meta.ip,
          detail: { username: req.username, roles: req.roles },
        });
      });
      return toSummary(user);
    },

    async update(p: Principal, id: string, req: StaffUpdateRequest, meta: RequestMeta): Promise<StaffSummary> {
      assertCan(p, 'admin.staff.manage');
      const user = await staffUser(id);
      if (id === p.userId && (req.disabled || (req.roles && !req.roles.some((g) => g.role === 'admin')))) {
        throw new ValidationError({ disabled: ['不能停用自己的账号或取消自己的管理员角色'] });
      }
      await checkAccount(req.roles, req.password, { username: user.username ?? '', displayName: req.displayName ?? user.displayName });
      const passwordHash = req.password ? await hashPassword(req.password) : null;
      await d.tx.run(async (em) => {
        const patch: Partial<UserRow> = { updatedAt: new Date() };
        if (req.displayName !== undefined) patch.displayName = req.displayName;
        if (req.disabled !== undefined) patch.disabled = req.disabled;
        if (passwordHash) patch.passwordHash = passwordHash;
        if (req.unlock) Object.assign(patch, { lockedUntil: null, failedLogins: 0 });
        // A lost phone: the second factor is off until its owner sets it up again.
        if (req.resetTotp) Object.assign(patch, { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null });
        await em.getRepository(UserEntity).update({ id }, patch);
        if (req.roles) {
          await em.getRepository(RoleGrantEntity).delete({ userId: id });
          await em.getRepository(RoleGrantEntity).insert(req.roles.map((g) => toGrantRow(id, g)));
        }
        // A disabled account or a new password ends every open session at once.
        if (req.disabled || req.password) await d.refreshTokens.revokeAllForUser(em, id);
        const { password, ...logged } = req; // the audit log says that it changed, never what to
        await d.audit.record(em, {
          actorId: p.userId,
          action: 'admin.staff_update',
          targetType: 'user',
          targetId: id,
          ip: meta.ip,
          detail: { ...logged, passwordChanged: !!password },
        });
      });
      return toSummary({ ...user, ...(await staffUser(id)) });
    },

    /** Full, unmasked personal data — only for administrators, and every read is audited. */
    async personalData(p: Principal, userId: string, meta: RequestMeta): Promise<PersonalData> {
      assertCan(p, 'admin.personalData.read');
      const user = await users().findOne({ where: { id: userId } });
      if (!user) throw new NotFoundError('没有找到这个用户');
      const real = await d.dataSource.getRepository(RealNameEntity).findOne({ where: { userId } });
      await d.audit.recordAlone({
        actorId: p.userId,
        action: 'personal_data.read',
        targetType: 'user',
        targetId: userId,
        ip: meta.ip,
        detail: { fields: ['name', 'idNumber', 'phone'] },
      });
      return {
        userId,
        name: real ? d.protector.decrypt(real.nameEnc) : null,
        idNumber: real ? d.protector.decrypt(real.idNumberEnc) : null,
        phone: user.phoneEnc ? d.protector.decrypt(user.phoneEnc) : null,
      };
    },

    async audit(p: Principal, q: AuditQuery): Promise<AuditPage> {
      assertCan(p, 'admin.audit.read');
      return d.audit.query(q);
    },
  };
}
export type AdminService = ReturnType<typeof createAdminService>;
