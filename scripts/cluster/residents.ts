// Verified residents written straight to the database (the HTTP sign-in is rate limited per
// address, and every request here comes from 127.0.0.1): an account, the resident role, a real
// name, and a session — a refresh token whose value is kept, and an access token bound to it.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { createDataProtector, DEV_DEFAULTS, signAccessToken } from '@bianmin/server/tooling';
import { checkDigitOf } from '@bianmin/shared';
import { JWT } from './instances';

export interface Resident {
  userId: string;
  familyId: string;
  accessToken: string;
  refreshToken: string;
}

/** A GB 11643 ID number, distinct for each i below 10,000 (birth dates two days apart from 1960). */
function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `370214${birth}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军'];

const insertAll = (db: mysql.Connection, sql: string, rows: unknown[][]) => (rows.length ? db.query(sql, [rows]) : Promise.resolve());

/** `count` verified residents, numbered from `from` (distinct ID numbers across calls with distinct ranges). */
export async function createResidents(db: mysql.Connection, from: number, count: number): Promise<Resident[]> {
  const protector = createDataProtector({ encryptionKeys: DEV_DEFAULTS.encryptionKeys, hashKey: DEV_DEFAULTS.hashKey });
  const now = new Date();
  const expires = new Date(now.getTime() + 30 * 86_400_000);
  const made = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const userId = randomUUID();
    const familyId = randomUUID();
    const refreshToken = randomBytes(32).toString('base64url');
    const id = idNumber(i);
    const name = SURNAMES.charAt(i % SURNAMES.length) + (GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? '民');
    return {
      resident: { userId, familyId, refreshToken, accessToken: signAccessToken(JWT, { sub: userId, sid: familyId }) },
      user: [userId, 'resident', '微信用户', `o-cluster-${i}-${randomBytes(6).toString('hex')}`, false, 0, now, now],
      role: [userId, 'resident', '', ''],
      realName: [userId, protector.encrypt(name), protector.encrypt(id), protector.lookupHash(id), now],
      refresh: [randomUUID(), familyId, userId, createHash('sha256').update(refreshToken).digest('hex'), now, expires],
    };
  });
  // One transaction: on Galera one write set, replicated to every node before COMMIT returns.
  await db.beginTransaction();
  await insertAll(
    db,
    'INSERT INTO user_account (id, kind, display_name, wechat_openid, disabled, failed_logins, created_at, updated_at) VALUES ?',
    made.map((r) => r.user),
  );
  await insertAll(
    db,
    'INSERT INTO role_grant (user_id, role, scope_type, scope_code) VALUES ?',
    made.map((r) => r.role),
  );
  await insertAll(
    db,
    'INSERT INTO real_name (user_id, name_enc, id_number_enc, id_number_hash, verified_at) VALUES ?',
    made.map((r) => r.realName),
  );
  await insertAll(
    db,
    'INSERT INTO refresh_token (id, family_id, user_id, token_hash, created_at, expires_at) VALUES ?',
    made.map((r) => r.refresh),
  );
  await db.commit();
  return made.map((r) => r.resident);
}
