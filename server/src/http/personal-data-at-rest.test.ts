// Personal data at rest: after a resident verifies their name, binds a phone, books with a
// contact phone, uploads a photo named after themself and applies for a family business naming a
// family member (name and ID number) with another contact phone, no column of any table holds a phone number, an ID number or a name in clear —
// nor an UNKEYED hash of one, which is as good as clear: eleven digits are brute-forced in
// seconds. (Before the platform layer, idempotency_record.request_hash was sha256 of the booking
// request, contact phone included.)
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Appointment, checkDigitOf, REAL_NAME_CONSENT } from '@bianmin/shared';
import { bookableItemCode, futureSlot, openSchedule, putSchedule } from '../testing/appointments-fixture';
import { photoWithGps, shopAnswers, shopApplication, submit, uploadFile } from '../testing/cases-fixture';
import { startTestApp, type TestApp } from '../testing/harness';

let app: TestApp;
const PHONE_BOUND = '13712345678';
const CONTACT_PHONE = '13698765432';
const NAME = '欧阳静怡';
const first17 = '37021419880612345';
const ID_NUMBER = first17 + checkDigitOf(first17);
const CASE_PHONE = '13511112222';
const MEMBER_NAME = '司马相如';
const memberFirst17 = '37021419900303456';
const MEMBER_ID = memberFirst17 + checkDigitOf(memberFirst17);
const sentBodies: string[] = [];
const SECRETS = [PHONE_BOUND, CONTACT_PHONE, ID_NUMBER, NAME, CASE_PHONE, MEMBER_NAME, MEMBER_ID];

beforeAll(async () => {
  app = await startTestApp();
  const { accessToken: token } = await app.signInResident('at-rest-resident');
  await app.send('/api/v1/me/real-name', { name: NAME, idNumber: ID_NUMBER, ...REAL_NAME_CONSENT }, { token });
  await app.send('/api/v1/me/phone', { code: app.wechat.phoneCode(PHONE_BOUND) }, { token });
  const item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item));
  const slot = await futureSlot(app, item);
  const request = { slotId: slot.id, itemCode: item, contactPhone: CONTACT_PHONE };
  sentBodies.push(JSON.stringify(request), JSON.stringify({ op: 'book', req: request }));
  const booked = await app.send<Appointment>('/api/v1/appointments', request, {
    token,
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(booked.status).toBe(201);
  const photo = await uploadFile(app, token, await photoWithGps(), `${NAME}的租赁合同.jpg`);
  const answers = { ...shopAnswers(), organizationForm: '家庭经营', familyMemberName: MEMBER_NAME, familyMemberIdNumber: MEMBER_ID };
  const application = shopApplication([photo.body.id], { answers, contactPhone: CASE_PHONE });
  sentBodies.push(JSON.stringify(application), JSON.stringify(answers));
  const submitted = await submit(app, token, application, crypto.randomUUID());
  expect(submitted.status).toBe(201);
  await app.send('/api/v1/cases/drafts/' + application.itemCode, { answers, materials: [] }, { token, method: 'PUT' });
});
afterAll(async () => {
  await app.close();
});

async function everyValue(): Promise<{ where: string; value: string }[]> {
  const mysql = app.dataSource.options.type === 'mysql';
  const tables = mysql
    ? (await app.dataSource.query<Record<string, string>[]>('SHOW TABLES')).map((r) => Object.values(r)[0] ?? '')
    : (await app.dataSource.query<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => r.name);
  const values: { where: string; value: string }[] = [];
  for (const table of tables) {
    const rows = await app.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM ${mysql ? `\`${table}\`` : `"${table}"`}`);
    for (const row of rows) {
      for (const [column, v] of Object.entries(row)) {
        if (v !== null && v !== undefined) values.push({ where: `${table}.${column}`, value: asText(v) });
      }
    }
  }
  return values;
}

/** A column value as text: dates as ISO strings, binary as UTF-8, everything else (strings, numbers) as is. */
function asText(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** What an attacker would try: each secret itself, and the request bodies that carried it, unkeyed. */
function unkeyedDigests(plain: string): string[] {
  return ['md5', 'sha1', 'sha256', 'sha512'].flatMap((alg) => {
    const d = createHash(alg).update(plain).digest();
    return [d.toString('hex'), d.toString('base64'), d.toString('base64url')];
  });
}

describe('personal data at rest', () => {
  it('no table holds a phone, an ID number or a name in clear', async () => {
    const leaks = (await everyValue()).filter(({ value }) => SECRETS.some((s) => value.includes(s)));
    expect(leaks).toEqual([]);
  });

  it('no table holds an unkeyed hash of them, or of a request that carried them', async () => {
    const digests = new Set([...SECRETS, ...sentBodies].flatMap(unkeyedDigests));
    const leaks = (await everyValue()).filter(({ value }) => [...digests].some((d) => value.includes(d)));
    expect(leaks).toEqual([]);
  });
});
