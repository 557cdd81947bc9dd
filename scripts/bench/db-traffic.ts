// What MariaDB saw of a rush, per request: statements (text queries and prepared executes), and
// bytes each way — from its global status counters, read just before and after each timed round.
// The round trip test counts ours on one request; this counts them under load, where a cache that
// stampedes when it expires, or a statement that is sent larger than its twin, shows up.
import type mysql from 'mysql2/promise';

const COUNTERS = ['Questions', 'Com_stmt_execute', 'Com_stmt_prepare', 'Bytes_received', 'Bytes_sent'] as const;
type Counter = (typeof COUNTERS)[number];
export type Traffic = Record<Counter, number>;

async function read(db: mysql.Connection): Promise<Traffic> {
  const [rows] = await db.query<mysql.RowDataPacket[]>('SHOW GLOBAL STATUS WHERE Variable_name IN (?)', [COUNTERS]);
  const byName = new Map(rows.map((r) => [String(r.Variable_name), Number(r.Value)]));
  return Object.fromEntries(COUNTERS.map((c) => [c, byName.get(c) ?? 0])) as Traffic;
}

/** Runs `work` and returns its result with what MariaDB counted meanwhile (this reader's own status queries excluded). */
export async function withTraffic<T>(db: mysql.Connection, work: () => Promise<T>): Promise<{ result: T; traffic: Traffic }> {
  const before = await read(db);
  const result = await work();
  const after = await read(db);
  const traffic = Object.fromEntries(COUNTERS.map((c) => [c, after[c] - before[c]])) as Traffic;
  traffic.Questions -= 1; // the second SHOW counts itself
  return { result, traffic };
}

/** Per request over several rounds: statements, prepared executes, prepares, and bytes in / out. */
export function trafficPerRequest(rounds: Traffic[], requests: number): Record<string, string> {
  const sum = (c: Counter) => rounds.reduce((n, t) => n + t[c], 0) / requests;
  return {
    'DB statements/req': sum('Questions').toFixed(2),
    'prepared executes/req': sum('Com_stmt_execute').toFixed(2),
    'prepares/req': sum('Com_stmt_prepare').toFixed(3),
    'bytes in / out per req': `${sum('Bytes_received').toFixed(0)} / ${sum('Bytes_sent').toFixed(0)}`,
  };
}
