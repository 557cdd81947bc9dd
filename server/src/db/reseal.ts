// Key rotation, step two: after DATA_ENCRYPTION_KEYS gets a new first key, re-seal every stored
// value still sealed with an older key — columns and uploaded files — so the old key can later be removed.
import type { DataSource } from 'typeorm';
import type { SealedFileStore } from '../platform/index';
import type { DataProtector } from '../platform/sealing';

/** Tables and columns holding sealed values, with their primary key (one or two string columns). */
const SEALED: { table: string; key: [string] | [string, string]; columns: string[] }[] = [
  { table: 'user_account', key: ['id'], columns: ['phone_enc', 'wechat_session_key_enc', 'totp_secret_enc'] },
  { table: 'real_name', key: ['user_id'], columns: ['name_enc', 'id_number_enc'] },
  { table: 'appointment', key: ['id'], columns: ['contact_phone_enc'] },
  { table: 'refresh_token', key: ['id'], columns: ['successor_enc'] },
  { table: 'case_record', key: ['id'], columns: ['applicant_enc', 'contact_phone_enc', 'answers_enc'] },
  { table: 'case_draft', key: ['user_id', 'item_code'], columns: ['content_enc'] },
  { table: 'upload', key: ['id'], columns: ['file_name_enc'] },
];
const BATCH = 500;
/** `k0` (and `k1`) is the primary key; the rest are sealed columns. */
type SealedRow = { k0: string; k1?: string; [column: string]: string | null | undefined };

/** Keyset paging over one or two key columns. */
function page(table: string, key: [string] | [string, string], columns: string[]) {
  const select = `SELECT ${key.map((k, i) => `${k} AS k${i}`).join(', ')}, ${columns.join(', ')} FROM ${table}`;
  if (key.length === 1)
    return { sql: `${select} WHERE ${key[0]} > ? ORDER BY ${key[0]} LIMIT ${BATCH}`, args: (r: SealedRow | null) => [r?.k0 ?? ''] };
  const [a, b] = key;
  return {
    sql: `${select} WHERE ${a} > ? OR (${a} = ? AND ${b} > ?) ORDER BY ${a}, ${b} LIMIT ${BATCH}`,
    args: (r: SealedRow | null) => [r?.k0 ?? '', r?.k0 ?? '', r?.k1 ?? ''],
  };
}

export async function resealPersonalData(dataSource: DataSource, protector: DataProtector): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, key, columns } of SEALED) {
    let resealed = 0;
    let after: SealedRow | null = null;
    const { sql, args } = page(table, key, columns);
    for (;;) {
      const rows: SealedRow[] = await dataSource.query<SealedRow[]>(sql, args(after));
      if (!rows.length) break;
      for (const row of rows) {
        after = row; // rows come in key order: the last one is where the next batch starts
        const stale = columns.flatMap((column) => {
          const value = row[column];
          return value && protector.needsRotation(value) ? [{ column, value }] : [];
        });
        if (!stale.length) continue;
        // Conditional on the old value: a row changed meanwhile is left for the next run.
        const sets = stale.map((s) => `${s.column} = ?`).join(', ');
        const guards = stale.map((s) => `${s.column} = ?`).join(' AND ');
        const where = key.map((k) => `${k} = ?`).join(' AND ');
        await dataSource.query(`UPDATE ${table} SET ${sets} WHERE ${where} AND ${guards}`, [
          ...stale.map((s) => protector.encrypt(protector.decrypt(s.value))),
          row.k0,
          ...(key.length === 2 ? [row.k1] : []),
          ...stale.map((s) => s.value),
        ]);
        resealed++;
      }
    }
    counts[table] = resealed;
  }
  return counts;
}

/** Every uploaded file (and thumbnail) sealed with an older key, sealed again with the current one. */
export async function resealStoredFiles(dataSource: DataSource, files: SealedFileStore): Promise<number> {
  let resealed = 0;
  let after = '';
  for (;;) {
    const rows = await dataSource.query<{ id: string; storage_key: string; thumbnail_key: string | null }[]>(
      `SELECT id, storage_key, thumbnail_key FROM upload WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) return resealed;
    for (const row of rows) {
      after = row.id;
      for (const key of [row.storage_key, row.thumbnail_key]) if (key && (await files.resealIfStale(key))) resealed++;
    }
  }
}
