// The unit of work on the engine under test: concurrent transactions stay apart, a rollback undoes
// only its own work, and retryable failures (deadlocks, Galera certification, busy SQLite) run the
// whole callback again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openTestDatabase, type TestDatabase } from '../testing/database';
import { closeIfStarted } from '../testing/harness';
import { AuditEntity } from './entities';
import { createUnitOfWork, type UnitOfWork } from './unit-of-work';

let db: TestDatabase;
// The unit of work is what these tests are about: `tx` and its data source by their own names.
let dataSource: DataSource;
let tx: UnitOfWork;
beforeAll(async () => {
  db = await openTestDatabase();
  ({ dataSource, tx } = db);
});
afterAll(() => closeIfStarted(db));

const audit = (action: string) => ({
  at: new Date(),
  actorId: null,
  action,
  targetType: null,
  targetId: null,
  outcome: 'success',
  ip: null,
  detail: null,
});
const actions = async () => (await dataSource.getRepository(AuditEntity).find()).map((r) => r.action);
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('tx.run', () => {
  it('keeps a committed transaction when another one running at the same time rolls back', async () => {
    // On SQLite TypeORM shares one connection: without the queue the second transaction became a
    // savepoint inside the first, and the first one's rollback took the second's commit with it.
    const failing = tx.run(async (em) => {
      await em.getRepository(AuditEntity).insert(audit('tx.fails'));
      await tick();
      await tick();
      throw new Error('rolled back on purpose');
    });
    const committing = tx.run(async (em) => {
      await tick();
      await em.getRepository(AuditEntity).insert(audit('tx.commits'));
    });
    await expect(failing).rejects.toThrow('rolled back on purpose');
    await committing;
    expect(await actions()).toContain('tx.commits');
    expect(await actions()).not.toContain('tx.fails');
  });

  it('runs the whole callback again after a deadlock or a Galera certification failure, then commits once', async () => {
    let calls = 0;
    const retried: number[] = [];
    const retrying = createUnitOfWork(dataSource, { onRetry: (_err, attempt) => retried.push(attempt) });
    await retrying.run(async (em) => {
      calls++;
      await em.getRepository(AuditEntity).insert(audit(`tx.retry.${calls}`));
      if (calls === 1)
        throw Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { errno: 1213 });
      if (calls === 2)
        throw Object.assign(new Error('WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction'), {
          errno: 1213,
        });
    });
    expect(calls).toBe(3);
    expect(retried).toEqual([1, 2]);
    const stored = (await actions()).filter((a) => a.startsWith('tx.retry.'));
    expect(stored).toEqual(['tx.retry.3']);
  });

  it('does not retry an error that is not about concurrency', async () => {
    let calls = 0;
    await expect(
      tx.run(() => {
        calls++;
        return Promise.reject(new Error('a bug'));
      }),
    ).rejects.toThrow('a bug');
    expect(calls).toBe(1);
  });

  it('refuses a transaction opened inside another: the EntityManager is passed down instead', async () => {
    // Always on SQLite (it would wait for itself), in strict mode (tests, development) on MySQL.
    const checked = dataSource.options.type === 'mysql' ? createUnitOfWork(dataSource, { strict: true }) : tx;
    await expect(checked.run(() => checked.run(() => Promise.resolve(1)))).rejects.toThrow(/pass the EntityManager down/);
    await expect(checked.run(() => checked.read(() => Promise.resolve(1)))).rejects.toThrow(/tx.read inside tx.run/);
  });

  it('refuses a query that takes a second connection from inside a transaction (it could deadlock the pool)', async () => {
    const strict = createUnitOfWork(dataSource, { strict: true });
    await expect(strict.run(() => dataSource.getRepository(AuditEntity).count())).rejects.toThrow(/use `em`/);
    expect(await strict.run((em) => em.getRepository(AuditEntity).count())).toBeGreaterThanOrEqual(0);
    // Outside a transaction the DataSource is as usable as ever.
    expect(await dataSource.getRepository(AuditEntity).count()).toBeGreaterThanOrEqual(0);
  });

  it('gives up after the configured attempts and surfaces the last failure', async () => {
    const few = createUnitOfWork(dataSource, { attempts: 2, retryForMs: 0 });
    let calls = 0;
    const deadlock = () => Object.assign(new Error('Deadlock found'), { errno: 1213 });
    await expect(
      few.run(() => {
        calls++;
        return Promise.reject(deadlock());
      }),
    ).rejects.toThrow('Deadlock found');
    expect(calls).toBe(2);
  });

  it('keeps retrying a conflict past the attempts while the time allowed lasts (a hot row on Galera)', async () => {
    const patient = createUnitOfWork(dataSource, { attempts: 2, retryForMs: 60_000 });
    let calls = 0;
    const deadlock = () => Object.assign(new Error('Deadlock found'), { errno: 1213 });
    const answer = await patient.run(() => (++calls < 5 ? Promise.reject(deadlock()) : Promise.resolve('committed')));
    expect([answer, calls]).toEqual(['committed', 5]);
  });
});

describe('tx.select', () => {
  it('reads committed rows with one statement, prepared on MySQL/MariaDB, plain on SQLite', async () => {
    await tx.run((em) => em.getRepository(AuditEntity).insert(audit('select.committed')));
    const rows = await tx.select<{ action: string; n: number | string }>(
      'SELECT action, (SELECT COUNT(*) FROM audit_log WHERE action = ?) AS n FROM audit_log WHERE action = ?',
      ['select.committed', 'select.committed'],
    );
    expect(rows.map((r) => [r.action, Number(r.n)])).toEqual([['select.committed', 1]]);
  });

  it('does not see a transaction that has not committed', async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const pending = tx.run(async (em) => {
      await em.getRepository(AuditEntity).insert(audit('select.uncommitted'));
      await held;
      throw new Error('rolled back on purpose');
    });
    await tick();
    const seen = tx.select<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?', ['select.uncommitted']);
    release();
    await expect(pending).rejects.toThrow('rolled back on purpose');
    expect(Number((await seen)[0]?.n)).toBe(0);
  });

  it('is refused inside a transaction: read with its EntityManager', async () => {
    const checked = dataSource.options.type === 'mysql' ? createUnitOfWork(dataSource, { strict: true }) : tx;
    await expect(checked.run(() => checked.select('SELECT 1 AS one', []))).rejects.toThrow(/EntityManager you were given/);
  });
});
