// Verified residents for the benches, written straight to the database (the HTTP sign-in is rate
// limited per address): an account, the resident role, a real name, and a live session that the
// access token minted here is bound to.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { signAccessToken } from '@bianmin/server/tooling';
import { checkDigitOf } from '@bianmin/shared';
import { at } from '../lib/at';
import { benchProtector, insertBatches, JWT } from './bench-db';

export interface BenchResident {
  userId: string;
  accessToken: string;
  name: string;
  idNumber: string;
  /** Keyed lookup hash of the ID number, as stored with the real name. */
  idNumberHash: string;
}

/** A GB 11643 ID number, distinct for each i (birth dates three days apart from 1970). */
export function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `370214${birth}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];

/** `count` verified residents, each with a live session and an access token for it. */
export async function createResidents(db: mysql.Connection, count: number): Promise<BenchResident[]> {
  const protector = benchProtector();
  const now = new Date();
  const expires = new Date(now.getTime() + 30 * 86_400_000);
  const residents = Array.from({ length: count }, (_, i) => {
    const userId = randomUUID();
    const familyId = randomUUID();
    const id = idNumber(i);
    const name = SURNAMES.charAt(i % SURNAMES.length) + at(GIVEN, Math.floor(i / SURNAMES.length) % GIVEN.length);
    const idNumberHash = protector.lookupHash(id);
    return {
      resident: { userId, accessToken: signAccessToken(JWT, { sub: userId, sid: familyId }), name, idNumber: id, idNumberHash },
      user: [
        userId,
        'resident',
        '微信用户',
        null,
        null,
        `o-bench-${i}-${randomBytes(6).toString('hex')}`,
        null,
        null,
        null,
        null,
        false,
        0,
        null,
        now,
        now,
      ],
      role: [userId, 'resident', '', ''],
      realName: [userId, protector.encrypt(name), protector.encrypt(id), idNumberHash, now],
      refresh: [randomUUID(), familyId, userId, createHash('sha256').update(randomBytes(32)).digest('hex'), now, expires, null, null],
    };
  });
  await db.beginTransaction();
  await insertBatches(
    db,
    `INSERT INTO user_account (id, kind, display_name, username, password_hash, wechat_openid, wechat_unionid,
    wechat_session_key_enc, phone_enc, phone_hash, disabled, failed_logins, locked_until, created_at, updated_at) VALUES ?`,
    residents.map((r) => r.user),
  );
  await insertBatches(
    db,
    'INSERT INTO role_grant (user_id, role, scope_type, scope_code) VALUES ?',
    residents.map((r) => r.role),
  );
  await insertBatches(
    db,
    'INSERT INTO real_name (user_id, name_enc, id_number_enc, id_number_hash, verified_at) VALUES ?',
    residents.map((r) => r.realName),
  );
  await insertBatches(
    db,
    'INSERT INTO refresh_token (id, family_id, user_id, token_hash, created_at, expires_at, used_at, revoked_at) VALUES ?',
    residents.map((r) => r.refresh),
  );
  await db.commit();
  return residents.map((r) => r.resident);
}
