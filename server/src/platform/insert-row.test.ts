// insertRow writes what Repository.insert writes, on the engine under test: dates, JSON, nulls and
// the auto-increment key; and a duplicate key fails as one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/database';
import { closeIfStarted } from '../testing/harness';
import { isDuplicateKey } from './db-errors';
import { DomainEventEntity, type DomainEventRow } from './entities';
import { insertRow } from './insert-row';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => closeIfStarted(db));

const event = (key: string): Omit<DomainEventRow, 'id'> => ({
  type: 'test.happened',
  aggregateType: 'test',
  aggregateId: '3f2b8c1e-0d4a-4f6b-9c2d-7e8f9a0b1c2d',
  userId: null,
  payload: { text: '预约成功', at: [9, 30], nested: { ok: true } },
  dedupeKey: key,
  createdAt: new Date('2026-12-05T08:00:00Z'), // whole seconds: MariaDB's DATETIME keeps no fraction
  processedAt: null,
  claimedBy: 'instance-1',
  claimedUntil: new Date('2026-12-05T08:05:00Z'),
});

describe('insertRow', () => {
  it('writes the same row as the repository, the key assigned by the database', async () => {
    // The payload's type is the outbox's business (it casts the same way).
    await db.tx.run((em) =>
      em.getRepository(DomainEventEntity).insert({ ...event('by-repository'), payload: event('x').payload as never }),
    );
    await db.tx.run((em) => insertRow(em, DomainEventEntity, event('by-insert-row')));
    const read = async (dedupeKey: string) => {
      const { id, ...row } = await db.dataSource.getRepository(DomainEventEntity).findOneByOrFail({ dedupeKey });
      return { id, row: { ...row, dedupeKey: '' } };
    };
    const { id: a, row: byRepository } = await read('by-repository');
    const { id: b, row: byInsertRow } = await read('by-insert-row');
    expect(byInsertRow).toEqual(byRepository);
    expect(byInsertRow.payload).toEqual(event('x').payload);
    expect(byInsertRow.createdAt.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(b).toBeGreaterThan(a);
  });

  it('fails on a unique key as the repository does', async () => {
    const failure = await db.tx.run((em) => insertRow(em, DomainEventEntity, event('by-insert-row'))).catch((err: unknown) => err);
    expect(isDuplicateKey(failure)).toBe(true);
  });
});
