// Rotating refresh tokens, stored hashed. Each use yields a new token in the same family; presenting
// a used token again means it was stolen or replayed, so the whole family (the session) is revoked.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { IsNull } from 'typeorm';
import { RefreshTokenEntity } from './entities';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type RefreshOutcome =
  { ok: true; userId: string; familyId: string; token: string } | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'revoked' };

export function createRefreshTokens(dataSource: DataSource, tx: UnitOfWork, ttlDays: number) {
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
      return tx.run(async (em) => {
        const repo = em.getRepository(RefreshTokenEntity);
        const row = await repo.findOne({ where: { tokenHash: hashOf(presented) } });
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
        if (claimed.affected !== 1) {
          await revokeFamily(em, row.familyId);
          return { ok: false, reason: 'reused' };
        }
        return { ok: true, userId: row.userId, familyId: row.familyId, token: await issue(em, row.userId, row.familyId) };
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
