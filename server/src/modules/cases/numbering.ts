// Unified case numbers (统一编号) allocated in the database, in the submission's own transaction:
// one counter row per day, bumped by a conditional update. Concurrent submissions queue on that row
// (InnoDB), or lose at certification and retry whole (Galera: 1213 at COMMIT), or run one after the
// other (SQLite); a rolled-back submission rolls its number back too, so numbers have no gaps.
// Query codes are random, shown once, and stored only as a keyed hash.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { formatCaseNumber, QUERY_CODE_ALPHABET, QUERY_CODE_LENGTH } from '@bianmin/shared';
import type { DataProtector } from '../../platform/sealing';
import { isDuplicateKey } from '../../platform/db-errors';
import { CaseNumberSequenceEntity } from './entities';

export async function allocateCaseNumber(em: EntityManager, districtCode: string, today: string): Promise<string> {
  const day = today.replaceAll('-', '');
  const repo = em.getRepository(CaseNumberSequenceEntity);
  for (let attempt = 0; attempt < 2; attempt++) {
    const bumped = await repo
      .createQueryBuilder()
      .update()
      .set({ lastValue: () => 'last_value + 1' })
      .where('day = :day', { day })
      .execute();
    if (bumped.affected) {
      const row = await repo.findOneOrFail({ where: { day } });
      return formatCaseNumber(districtCode, today, row.lastValue);
    }
    try {
      await repo.insert({ day, lastValue: 1 });
      return formatCaseNumber(districtCode, today, 1);
    } catch (err) {
      // Another submission opened the day a moment ago: bump its row instead.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error(`case number sequence for ${day} could not be opened`);
}

export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += QUERY_CODE_ALPHABET.charAt(randomInt(QUERY_CODE_ALPHABET.length));
  return code;
}

export const queryCodeHash = (protector: DataProtector, number: string, code: string) =>
  protector.keyedHash('case-query-code', `${number}\n${code}`);

/** Constant-time comparison of two hex hashes of equal length. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
