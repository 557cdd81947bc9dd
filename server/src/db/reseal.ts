// Key rotation, step two: after DATA_ENCRYPTION_KEYS gets a new first key, re-seal every stored
// value still sealed with an older key, so the old key can later be removed.
import type { DataSource } from 'typeorm';
import type { DataProtector } from '../platform/sealing';

/** Tables and columns holding sealed values (primary key first). */
const SEALED: { table: string; key: string; columns: string[] }[] = [
  { table: 'user_account', key: 'id', columns: ['phone_enc', 'wechat_session_key_enc', 'totp_secret_enc'] },
  { table: 'real_name', key: 'user_id', columns: ['name_enc', 'id_number_enc'] },
  { table: 'appointment', key: 'id', columns: ['contact_phone_enc'] },
  { table: 'refresh_token', key: 'id', columns: ['successor_enc'] },
];
const BATCH = 500;
/** `k` is the primary key (a string id in every sealed table); the rest are sealed columns. */
type SealedRow = { k: string; [column: string]: string | null | undefined };

export async function resealPersonalData(dataSource: DataSource, protector: DataProtector): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, key, columns } of SEALED) {
    let resealed = 0;
    let after = '';
    for (;;) {
      const rows = await dataSource.query<SealedRow[]>(
        `SELECT ${key} AS k, ${columns.join(', ')} FROM ${table} WHERE ${key} > ? ORDER BY ${key} LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      for (const row of rows) {
        after = row.k; // rows come in key order: the last one is where the next batch starts
        const stale = columns.flatMap((column) => {
          const value = row[column];
          return value && protector.needsRotation(value) ? [{ column, value }] : [];
        });
        if (!stale.length) continue;
        // Conditional on the old value: a row changed meanwhile is left for the next run.
        const sets = stale.map((s) => `${s.column} = ?`).join(', ');
        const guards = stale.map((s) => `${s.column} = ?`).join(' AND ');
        await dataSource.query(`UPDATE ${table} SET ${sets} WHERE ${key} = ? AND ${guards}`, [
          ...stale.map((s) => protector.encrypt(protector.decrypt(s.value))),
          row.k,
          ...stale.map((s) => s.value),
        ]);
        resealed++;
      }
    }
    counts[table] = resealed;
  }
  return counts;
}
