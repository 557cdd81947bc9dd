// Real-name verification and phone binding, and what is (not) stored and logged about them.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigitOf, type ErrorBody, type Me } from '@bianmin/shared';
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

const realName = (token: string, body: unknown) => app.send<Me & ErrorBody>('/api/v1/me/real-name', body, { token });

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
    const name = await realName(accessToken, { name: 'Li Hua', idNumber: ZHANG });
    expect(name.body.fieldErrors?.name).toBeDefined();
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
