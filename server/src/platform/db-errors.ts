// Telling database errors apart across SQLite and MySQL/MariaDB (including Galera).

interface DriverError {
  message?: string;
  code?: string;
  errno?: number;
  driverError?: { code?: string; errno?: number };
}

const text = (err: unknown) => String((err as DriverError | undefined)?.message ?? err);
const codeOf = (err: unknown) => (err as DriverError | undefined)?.driverError?.code ?? (err as DriverError | undefined)?.code;
const errnoOf = (err: unknown) => (err as DriverError | undefined)?.driverError?.errno ?? (err as DriverError | undefined)?.errno;

export function isDuplicateKey(err: unknown, keyHint?: RegExp): boolean {
  const message = text(err);
  const duplicate = /UNIQUE constraint failed|Duplicate entry|ER_DUP_ENTRY/i.test(message) || codeOf(err) === 'ER_DUP_ENTRY';
  return duplicate && (!keyHint || keyHint.test(message));
}

/**
 * Safe to run the whole transaction again: deadlocks and lock-wait timeouts (MySQL), Galera's
 * certification failures — another node committed a conflicting write first; they surface as
 * error 1213 at COMMIT, not at the statement — and a busy database (SQLite).
 */
export function isRetryable(err: unknown): boolean {
  const errno = errnoOf(err);
  if (errno === 1213 || errno === 1205) return true;
  if (codeOf(err) === 'ER_LOCK_DEADLOCK' || codeOf(err) === 'ER_LOCK_WAIT_TIMEOUT' || codeOf(err) === 'SQLITE_BUSY') return true;
  return /ER_LOCK_DEADLOCK|Deadlock found|WSREP detected deadlock|ER_LOCK_WAIT_TIMEOUT|SQLITE_BUSY|database is locked/i.test(text(err));
}
