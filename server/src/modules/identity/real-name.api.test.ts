// Real-name verification and phone binding, and what is (not) stored and logged about them.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkDigitOf,
  type ErrorBody,
  type Me,
  type OwnPhone,
  REAL_NAME_CONSENT,
  REAL_NAME_CONSENT_MISSING,
  REAL_NAME_POLICY_OUTDATED,
  REAL_NAME_POLICY_VERSION,
} from '@bianmin/shared';
import { RealNameEntity } from './entities';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { createFakeVerifier } from './verifier';

const idOf = (first17: string) => first17 + checkDigitOf(first17);
const ZHANG = idOf('37021419900101123');
const MISMATCH = idOf('37021419850505432');
const logLines: string[] = [];

let app: TestApp;
beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await startTestApp({ overrides: { verifier: createFakeVerifier({ mismatches: [MISMATCH] }) }, logStream });
});
afterAll(async () => {
  await closeIfStarted(app);
});

/** As the page sends it once the resident has ticked the consent and confirmed the review step. */
const realName = (token: string, body: Record<string, unknown>) =>
  app.send<Me & ErrorBody>('/api/v1/me/real-name', { ...REAL_NAME_CONSENT, ...body }, { token });

describe('POST /api/v1/me/real-name', () => {
  it('verifies a resident and shows the data masked', async () => {
    const { accessToken } = await app.signInResident('openid-zhang');
    const res = await realName(accessToken, { name: '张明', idNumber: ZHANG });
    expect(res.status).toBe(200);
    expect(res.body.realName).toMatchObject({ name: '张*', idNumber: `370214********${ZHANG.slice(-4)}` });
    expect(res.body.displayName).toBe('张*');
    expect(JSON.stringify(res.body)).not.toContain(ZHANG);
  });

  it('checks the ID number before asking anyone, naming the field', async () => {
    const { accessToken } = await app.signInResident('openid-typo');
    const typo = ZHANG.slice(0, 17) + (ZHANG[17] === '1' ? '2' : '1');
    const res = await realName(accessToken, { name: '李华', idNumber: typo });
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors?.idNumber).toEqual(['身份证号码校验位不正确，请逐位核对']);
    const name = await realName(accessToken, { name: 'Li Hua 3', idNumber: ZHANG });
    expect(name.body.fieldErrors?.name).toBeDefined();
    const repeated = await realName(accessToken, { name: '张'.repeat(20), idNumber: ZHANG });
    expect(repeated.status).toBe(400);
    expect(repeated.body.fieldErrors?.name).toEqual(['姓名中有连续重复的字，请按证件核对后重新填写']);
  });

  it('refuses to verify without the separate consent to the current text, asking for it in words', async () => {
    const { accessToken } = await app.signInResident('openid-no-consent');
    const person = { name: '钱多', idNumber: idOf('37021419920303123') };
    const none = await app.send<ErrorBody>('/api/v1/me/real-name', person, { token: accessToken });
    expect(none.status).toBe(400);
    expect(none.body.fieldErrors?.consent).toEqual([REAL_NAME_CONSENT_MISSING]);
    const unticked = await realName(accessToken, { ...person, consent: false });
    expect(unticked.body.fieldErrors?.consent).toEqual([REAL_NAME_CONSENT_MISSING]);
    const outdated = await realName(accessToken, { ...person, policyVersion: '2025-01-old' });
    expect(outdated.body.fieldErrors?.policyVersion).toEqual([REAL_NAME_POLICY_OUTDATED]);
    expect((await app.get<Me>('/api/v1/me', accessToken)).body.realName).toBeNull();
  });

  it('records when the resident consented, and to which text, with the verification', async () => {
    const { accessToken } = await app.signInResident('openid-consent');
    const before = Date.now();
    expect((await realName(accessToken, { name: '孙丽', idNumber: idOf('37021419930404123') })).status).toBe(200);
    const me = (await app.get<Me>('/api/v1/me', accessToken)).body;
    const row = await app.dataSource.getRepository(RealNameEntity).findOneByOrFail({ userId: me.id });
    expect(row.consentPolicyVersion).toBe(REAL_NAME_POLICY_VERSION);
    // MariaDB keeps whole seconds.
    expect(row.consentAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(row.consentAt!.getTime()).toBe(row.verifiedAt.getTime());
  });

  it('says so when name and number do not match the identity database', async () => {
    const { accessToken } = await app.signInResident('openid-mismatch');
    const res = await realName(accessToken, { name: '王芳', idNumber: MISMATCH });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDENTITY_MISMATCH');
    expect((await app.get<Me>('/api/v1/me', accessToken)).body.realName).toBeNull();
  });

  it('binds one ID number to one account only', async () => {
    const { accessToken } = await app.signInResident('openid-impostor');
    const res = await realName(accessToken, { name: '张明', idNumber: ZHANG.toLowerCase() });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ID_NUMBER_TAKEN');
  });

  it('does not tell whether an ID number is bound before the name matches it', async () => {
    const { accessToken } = await app.signInResident('openid-bound-prober');
    const res = await realName(accessToken, { name: '测试不符', idNumber: ZHANG });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDENTITY_MISMATCH');
  });

  it('does not let a verified resident replace their identity', async () => {
    const { accessToken } = await app.signInResident('openid-zhang');
    const res = await realName(accessToken, { name: '张明', idNumber: idOf('37021419910202123') });
    expect(res.body.code).toBe('ALREADY_VERIFIED');
  });

  it('limits attempts: the sixth in an hour is refused with 429', async () => {
    const { accessToken } = await app.signInResident('openid-prober');
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await realName(accessToken, { name: '测试不符', idNumber: idOf(`370214199001${10 + i}123`) })).status);
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
  });
});

describe('POST /api/v1/me/phone', () => {
  it('binds the phone WeChat vouches for, masked', async () => {
    const { accessToken } = await app.signInResident('openid-zhang');
    const res = await app.send<Me>('/api/v1/me/phone', { code: app.wechat.phoneCode('13812345678') }, { token: accessToken });
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('138****5678');
  });

  it('gives the resident their own bound number in full to prefill forms, and only their own', async () => {
    const { accessToken } = await app.signInResident('openid-prefill');
    expect((await app.get<OwnPhone>('/api/v1/me/phone', accessToken)).body).toEqual({ phone: null });
    await app.send<Me>('/api/v1/me/phone', { code: app.wechat.phoneCode('13912345678') }, { token: accessToken });
    expect((await app.get<OwnPhone>('/api/v1/me/phone', accessToken)).body).toEqual({ phone: '13912345678' });
    const other = await app.signInResident('openid-prefill-other');
    expect((await app.get<OwnPhone>('/api/v1/me/phone', other.accessToken)).body).toEqual({ phone: null });
    expect((await app.get<ErrorBody>('/api/v1/me/phone')).status).toBe(401);
  });

  it('rejects an invalid phone code with a clear message', async () => {
    const { accessToken } = await app.signInResident('openid-zhang');
    const res = await app.send<ErrorBody>('/api/v1/me/phone', { code: 'not-a-real-code' }, { token: accessToken });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PHONE_CODE_INVALID');
  });
});

describe('personal data at rest and in logs', () => {
  it('stores no ID number, name or phone in clear in any row', async () => {
    const tables = ['user_account', 'real_name', 'audit_log', 'refresh_token'];
    for (const table of tables) {
      const rows = JSON.stringify(await app.dataSource.query(`SELECT * FROM ${table}`));
      expect(rows, table).not.toContain(ZHANG);
      expect(rows, table).not.toContain(ZHANG.slice(6, 14) + ZHANG.slice(14)); // the birth date + tail
      expect(rows, table).not.toContain('13812345678');
      expect(rows, table).not.toContain('张明');
    }
    const [sealed] = await app.dataSource.query<{ id_number_enc: string; id_number_hash: string }[]>(
      'SELECT id_number_enc, id_number_hash FROM real_name',
    );
    expect(sealed!.id_number_enc).toMatch(/^v1\.[A-Za-z0-9_-]+\./);
    expect(sealed!.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes no ID number or phone to the logs', () => {
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(ZHANG);
    expect(logs).not.toContain('13812345678');
  });
});
