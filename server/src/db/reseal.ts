// Key rotation, step two: after DATA_ENCRYPTION_KEYS gets a new first key, re-seal every stored
// value still sealed with an older key, so the old key can later be removed.
import type { DataSource } from 'typeorm';
import type { DataProtector } from './data-protector';

/** Tables and columns holding sealed values (primary key first). */
const SEALED: { table: string; key: string; columns: string[] }[] = [
  { table: 'user_account', key: 'id', columns: ['phone_enc', 'wechat_session_key_enc'] },
  { table: 'real_name', key: 'user_id', columns: ['name_enc', 'id_number_enc'] },
  { table: 'appointment', key: 'id', columns: ['contact_phone_enc'] },
];
const BATCH = 500;

export async function resealPersonalData(dataSource: DataSource, protector: DataProtector): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, key, columns } of SEALED) {
    let resealed = 0;
    let after = '';
    for (;;) {
      const rows = (await dataSource.query(
        `SELECT ${key} AS k, ${columns.join(', ')} FROM ${table} WHERE ${key} > ? ORDER BY ${key} LIMIT ${BATCH}`, [after],
      )) as Record<string, string | null>[];
      if (!rows.length) break;
      for (const row of rows) {
        const stale = columns.filter((c) => row[c] && protector.needsRotation(row[c]!));
        if (!stale.length) continue;
        // Conditional on the old value: a row changed meanwhile is left for the next run.
        const sets = stale.map((c) => `${c} = ?`).join(', ');
        const guards = stale.map((c) => `${c} = ?`).join(' AND ');
        await dataSource.query(`UPDATE ${table} SET ${sets} WHERE ${key} = ? AND ${guards}`, [
          ...stale.map((c) => protector.encrypt(protector.decrypt(row[c]!))), row.k, ...stale.map((c) => row[c]),
        ]);
        resealed++;
      }
      after = rows[rows.length - 1]!.k!;
    }
    counts[table] = resealed;
  }
  return counts;
}
