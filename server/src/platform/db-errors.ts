// Telling database errors apart across SQLite and MySQL/MariaDB.

const text = (err: unknown) => String((err as { message?: string })?.message ?? err);

export function isDuplicateKey(err: unknown, keyHint?: RegExp): boolean {
  const message = text(err);
  const duplicate = /UNIQUE constraint failed|Duplicate entry|ER_DUP_ENTRY/i.test(message)
    || (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === 'ER_DUP_ENTRY';
  return duplicate && (!keyHint || keyHint.test(message));
}

/** Deadlocks and lock timeouts (MySQL) and busy databases (SQLite): safe to retry the transaction. */
export function isRetryable(err: unknown): boolean {
  return /ER_LOCK_DEADLOCK|Deadlock found|ER_LOCK_WAIT_TIMEOUT|SQLITE_BUSY|database is locked/i.test(text(err))
    || ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'].includes((err as { driverError?: { code?: string } })?.driverError?.code ?? '');
}

export async function withRetries<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (i >= attempts || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 * i + Math.random() * 10));
    }
  }
}
