// Rotating refresh tokens, stored hashed. Each use yields a new token in the same family; presenting
// a used token again means it was stolen or replayed, so the whole family (the session) is revoked —
// except within a short grace period while its successor is still unused: a client that refreshes
// twice at once (two tabs, a retry after a lost answer) gets the same new token again, and only
// that, instead of being signed out.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { IsNull } from 'typeorm';
import { RefreshTokenEntity } from './entities';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type RefreshOutcome =
  { ok: true; userId: string; familyId: string; token: string } | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'revoked' };

export const REFRESH_GRACE_MS = 30_000;

export function createRefreshTokens(dataSource: DataSource, tx: UnitOfWork, protector: DataProtector, ttlDays: number) {
  const ttlMs = ttlDays * 86_400_000;

  async function issue(em: EntityManager, userId: string, familyId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await em.getRepository(RefreshTokenEntity).insert({
      id: randomUUID(),
      familyId,
      userId,
      tokenHash: hashOf(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
      usedAt: null,
      revokedAt: null,
      successorEnc: null,
    });
    return token;
  }

  async function revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.getRepository(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  return {
    ttlSeconds: ttlDays * 86_400,
    /** A new session (family) for a user who just signed in. */
    start: (em: EntityManager, userId: string) => {
      const familyId = randomUUID();
      return issue(em, userId, familyId).then((token) => ({ familyId, token }));
    },

    async rotate(presented: string): Promise<RefreshOutcome> {
      const tokenHash = hashOf(presented);
      const first = await tx.run(async (em): Promise<RefreshOutcome | 'taken'> => {
        const repo = em.getRepository(RefreshTokenEntity);
        const row = await repo.findOne({ where: { tokenHash } });
        if (!row) return { ok: false, reason: 'unknown' };
        if (row.revokedAt) return { ok: false, reason: 'revoked' };
        if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
        // Claim the token with one conditional update: of two concurrent uses only one wins.
        const claimed = await repo
          .createQueryBuilder()
          .update()
          .set({ usedAt: new Date() })
          .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: row.id })
          .execute();
        if (claimed.affected !== 1) return 'taken';
        const token = await issue(em, row.userId, row.familyId);
        await repo.update({ id: row.id }, { successorEnc: protector.encrypt(token) });
        return { ok: true, userId: row.userId, familyId: row.familyId, token };
      });
      if (first !== 'taken') return first;
      // Read again in a fresh transaction: the winner has committed by now (InnoDB made the claim wait for it).
      return tx.run(async (em) => {
        const repo = em.getRepository(RefreshTokenEntity);
        const row = await repo.findOne({ where: { tokenHash } });
        if (!row) return { ok: false, reason: 'unknown' };
        const successor = row.successorEnc ? protector.decrypt(row.successorEnc) : null;
        const fresh = !!row.usedAt && Date.now() - row.usedAt.getTime() < REFRESH_GRACE_MS;
        if (fresh && successor && !row.revokedAt) {
          const next = await repo.findOne({ where: { tokenHash: hashOf(successor) } });
          if (next && !next.usedAt && !next.revokedAt) return { ok: true, userId: row.userId, familyId: row.familyId, token: successor };
        }
        await revokeFamily(em, row.familyId);
        return { ok: false, reason: 'reused' };
      });
    },

    /** Sign out: the session ends wherever its tokens are. Unknown tokens are ignored (idempotent). */
    async revoke(presented: string): Promise<{ userId: string } | null> {
      return tx.run(async (em) => {
        const row = await em.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: hashOf(presented) } });
        if (!row) return null;
        await revokeFamily(em, row.familyId);
        return { userId: row.userId };
      });
    },

    async isFamilyActive(familyId: string): Promise<boolean> {
      const active = await dataSource.getRepository(RefreshTokenEntity).count({ where: { familyId, revokedAt: IsNull() } });
      return active > 0;
    },

    revokeAllForUser: (em: EntityManager, userId: string) =>
      em.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() }),
  };
}
export type RefreshTokens = ReturnType<typeof createRefreshTokens>;
