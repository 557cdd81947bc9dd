// The unit of work: a use case opens ONE transaction with `tx.run(async (em) => …)` and hands `em`
// to every helper that writes, so a change, its audit row, its outbox events and its idempotency
// record commit together or not at all. Retries live here and only here: the whole callback runs
// again on a deadlock, a lock-wait timeout, a Galera certification failure (1213 at COMMIT) or a
// busy SQLite file, so callbacks must not have effects outside the database.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { isRetryable } from './db-errors';

export interface UnitOfWork {
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  /**
   * One read that needs no transaction (a single statement sees committed rows only): on MySQL /
   * MariaDB straight on the pool, one round trip instead of BEGIN, SELECT, COMMIT. On SQLite it
   * waits its turn like a transaction, because the one shared connection would otherwise see the
   * uncommitted rows of a transaction in progress.
   */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  /**
   * One SELECT in plain SQL, like `read`, for the statements every request runs (the session, a
   * booking's slot): on MySQL / MariaDB a prepared statement straight on the driver's pool, so the
   * server parses it once per connection and TypeORM's query runner is skipped. Rows come as the
   * driver gives them (numbers may be strings, booleans 0/1). The text is the prepared statement's
   * cache key: keep it fixed (no IN lists of varying length).
   */
  select<T>(sql: string, params: unknown[]): Promise<T[]>;
}

/** The part of mysql2's pool (TypeORM's MysqlDriver.pool) that `select` uses. */
interface PreparingPool {
  execute(sql: string, params: unknown[], done: (err: Error | null, rows: unknown) => void): void;
}

export interface UnitOfWorkOptions {
  /** Attempts in all, the first included, at the least … */
  attempts?: number;
  /**
   * … and beyond them, retries go on until this much time has passed since the first attempt.
   * On Galera one hot row (the day's case-number counter) takes one commit at a time across the
   * cluster: 150 submissions spread over three nodes needed up to ~20 attempts each (seen in the
   * multi-instance suite). A fixed count would answer 500 to a burst the cluster can absorb.
   */
  retryForMs?: number;
  /** Called before each retry (metrics, tests). */
  onRetry?: (err: unknown, attempt: number) => void;
  /**
   * Throw when code inside a transaction opens another one, reads through `tx.read`/`tx.select`,
   * or takes another connection (a read through the DataSource instead of `em`). Under a burst
   * every pooled connection can be held by a transaction waiting for this one, and the pool
   * deadlocks until the lock-wait timeout; on SQLite a nested transaction waits for itself. On
   * outside production, so the suite finds such code on either engine.
   */
  strict?: boolean;
}

const inside = new AsyncLocalStorage<true>();
/** One queue per SQLite data source, however many units of work are made for it. */
const queues = new WeakMap<DataSource, ReturnType<typeof createQueue>>();
const guarded = new WeakSet<DataSource>();

function forbidSecondConnection(dataSource: DataSource): void {
  if (guarded.has(dataSource)) return;
  guarded.add(dataSource);
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args) => {
    if (inside.getStore())
      throw new Error(
        "a query outside the transaction's EntityManager inside tx.run: use `em` (a second connection can deadlock the pool)",
      );
    return create(...args);
  };
}

export function createUnitOfWork(dataSource: DataSource, opts: UnitOfWorkOptions = {}): UnitOfWork {
  const attempts = opts.attempts ?? 6;
  const retryForMs = opts.retryForMs ?? 10_000;
  // TypeORM's better-sqlite3 driver shares ONE connection: two transactions open at once would
  // nest as savepoints, and one's rollback would undo the other's committed work. SQLite has one
  // writer anyway, so transactions on it queue here, in this process.
  let serial = queues.get(dataSource) ?? null;
  if (!serial && dataSource.options.type === 'better-sqlite3') queues.set(dataSource, (serial = createQueue()));
  if (opts.strict) forbidSecondConnection(dataSource);

  // Knowing whether code runs inside a transaction costs an AsyncLocalStorage, i.e. a hook on
  // every promise of the process. On MySQL / MariaDB the checks it serves only find programming
  // errors, so they run where the tests run (strict) and production does not pay for them; on
  // SQLite a nested transaction or read would wait for itself forever, so there they always run.
  const tracked = opts.strict === true || serial !== null;
  async function once<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return dataSource.transaction((em) => (tracked ? inside.run(true, () => work(em)) : work(em)));
  }

  function read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (inside.getStore()) throw new Error('tx.read inside tx.run: read with the EntityManager you were given');
    return serial ? serial(() => work(dataSource.manager)) : work(dataSource.manager);
  }
  const mysql = dataSource.options.type === 'mysql';

  return {
    read,

    select<T>(sql: string, params: unknown[]) {
      if (!mysql) return read((em) => em.query<T[]>(sql, params));
      if (inside.getStore()) throw new Error('tx.select inside tx.run: read with the EntityManager you were given');
      const pool = (dataSource.driver as unknown as { pool: PreparingPool }).pool; // created by initialize()
      return new Promise<T[]>((resolve, reject) => {
        pool.execute(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[])));
      });
    },

    async run(work) {
      if (inside.getStore()) throw new Error('tx.run inside tx.run: pass the EntityManager down instead of opening a second transaction');
      const deadline = Date.now() + retryForMs;
      for (let attempt = 1; ; attempt++) {
        try {
          return await (serial ? serial(() => once(work)) : once(work));
        } catch (err) {
          if ((attempt >= attempts && Date.now() > deadline) || !isRetryable(err)) throw err;
          opts.onRetry?.(err, attempt);
          // Jittered backoff: conflicting writers should not collide again in lockstep.
          await new Promise((r) => setTimeout(r, Math.min(200, 4 * 2 ** attempt) * (0.5 + Math.random())));
        }
      }
    },
  };
}

/** Runs tasks one at a time, in order. */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
