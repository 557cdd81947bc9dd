// 社区代办 with the resident's consent by SMS: the agent has a one-time code sent to the resident's
// phone, the resident reads it out, and the case is filed with it — once. A wrong, expired, used or
// exhausted code is refused with a clear message and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSms, startFakeSms } from '@bianmin/fakes/sms';
import { type Case, checkDigitOf, type ConsentCodeIssued } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { photoWithGps, shopApplication, uploadFile } from '../../testing/cases-fixture';
import { AgentConsentCodeEntity } from './consent-entity';
import { CaseEntity } from './entities';

const TEMPLATE = 'SMS_246810121';
let sms: FakeSms;
let app: TestApp;
type Staff = Awaited<ReturnType<TestApp['signInStaff']>>;
let agent: Staff;
beforeAll(async () => {
  sms = await startFakeSms();
  app = await startTestApp({
    env: {
      SMS_API_BASE_URL: sms.url,
      SMS_ACCESS_KEY_ID: sms.accessKeyId,
      SMS_ACCESS_KEY_SECRET: sms.accessKeySecret,
      SMS_SIGN_NAME: sms.signName,
      SMS_TEMPLATE_AGENT_CONSENT: TEMPLATE,
    },
  });
  agent = await app.signInStaff('cc-agent', [{ role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-comm-chengyang-houtaolin' }]);
});
afterAll(async () => {
  await closeIfStarted(app);
  await closeIfStarted(sms);
});

let phones = 0;
const newPhone = () => `1370${String(process.pid % 1000).padStart(3, '0')}${String(++phones).padStart(4, '0')}`;
type Answer = { code?: string; message?: string; fieldErrors?: Record<string, string[]> };
const requestCode = (phone: string, token = agent.accessToken) =>
  app.send<ConsentCodeIssued & Answer>('/api/v1/staff/consent-codes', { phone }, { token });
const codeSentTo = (phone: string) => sms.messages.filter((m) => m.phoneNumber === phone).at(-1)?.params.code ?? '';

let n = 0;
async function fileWith(phone: string, consent: { requestId: string; code: string }) {
  const first17 = '37021419450312262';
  const photo = (await uploadFile(app, agent.accessToken, await photoWithGps('#124578'), '扫描件.jpg')).body.id;
  return app.send<{ case: Case } & Answer>(
    '/api/v1/staff/cases',
    {
      ...shopApplication([photo]),
      applicant: { kind: 'individual', name: '李淑芬', idNumber: first17 + checkDigitOf(first17) },
      contactPhone: phone,
      consent: { kind: 'sms', ...consent },
    },
    { token: agent.accessToken, headers: { 'Idempotency-Key': `cc-${Date.now()}-${++n}` } },
  );
}
const caseCount = () => app.dataSource.getRepository(CaseEntity).count();

describe('POST /staff/consent-codes', () => {
  it('texts a 6-digit code to the resident and keeps only hashes of it and of the phone', async () => {
    const phone = newPhone();
    const sent = await requestCode(phone);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ phoneTail: phone.slice(-4), requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    const ttl = Date.parse(sent.body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
    const message = sms.messages.find((m) => m.phoneNumber === phone);
    expect(message).toMatchObject({ templateCode: TEMPLATE, params: { code: expect.stringMatching(/^\d{6}$/) as unknown } });
    expect(JSON.stringify(sent.body)).not.toContain(codeSentTo(phone));
    const row = await app.dataSource.getRepository(AgentConsentCodeEntity).findOneByOrFail({ id: sent.body.requestId });
    expect(JSON.stringify(row)).not.toContain(codeSentTo(phone));
    expect(JSON.stringify(row)).not.toContain(phone);
  });

  it('is only for community agents', async () => {
    const windowStaff = await app.signInStaff('cc-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    expect((await requestCode(newPhone(), windowStaff.accessToken)).status).toBe(404);
    expect((await requestCode('12345', agent.accessToken)).body.fieldErrors).toHaveProperty('phone');
  });

  it('tells the agent when the text could not be sent, and what to do instead', async () => {
    sms.failNext('isp.SYSTEM_ERROR');
    const busy = await requestCode(newPhone());
    expect([busy.status, busy.body.code, busy.body.message]).toEqual([
      503,
      'SERVICE_UNAVAILABLE',
      '短信暂时发送失败，请稍后重试，或改为拍照上传代办授权书',
    ]);
    sms.failNext('isv.MOBILE_NUMBER_ILLEGAL');
    const refused = await requestCode(newPhone());
    expect([refused.status, refused.body.fieldErrors?.phone]).toEqual([
      400,
      ['无法向该手机号发送短信，请核对号码，或改为拍照上传代办授权书'],
    ]);
  });

  it('sends one phone at most 5 codes an hour', async () => {
    const phone = newPhone();
    for (let i = 0; i < 5; i++) expect((await requestCode(phone)).status).toBe(201);
    const sixth = await requestCode(phone);
    expect([sixth.status, sixth.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(sixth.body.message).toContain('验证码过多');
  });
});

describe('POST /staff/cases with consent: { kind: "sms" }', () => {
  it('files the case with the code the resident read out, records the consent on the timeline, and the code works once', async () => {
    const phone = newPhone();
    const { requestId } = (await requestCode(phone)).body;
    const filed = await fileWith(phone, { requestId, code: codeSentTo(phone) });
    expect(filed.status).toBe(201);
    expect(filed.body.case.channel).toBe('agent');
    expect(filed.body.case.timeline[0]?.note).toBe(`社区代办员代为提交申请（申请人授权：短信验证码授权，手机尾号${phone.slice(-4)}）`);
    expect(filed.body.case.materials.map((m) => m.name)).not.toContain('代办授权书');

    const before = await caseCount();
    const again = await fileWith(phone, { requestId, code: codeSentTo(phone) });
    expect([again.status, again.body.code, again.body.message]).toEqual([
      422,
      'CONSENT_CODE_INVALID',
      '该验证码已使用过，请重新发送验证码',
    ]);
    expect(await caseCount()).toBe(before);
  });

  it('refuses a wrong code, saying how many tries are left, and stores nothing', async () => {
    const phone = newPhone();
    const { requestId } = (await requestCode(phone)).body;
    const wrong = codeSentTo(phone) === '000000' ? '111111' : '000000';
    const before = await caseCount();
    const refused = await fileWith(phone, { requestId, code: wrong });
    expect([refused.status, refused.body.code]).toEqual([422, 'CONSENT_CODE_INVALID']);
    expect(refused.body.message).toBe('验证码不正确，还可以再试4次');
    expect(refused.body.fieldErrors).toHaveProperty(['consent.code']);
    expect(await caseCount()).toBe(before);
    // Still usable with the right code afterwards.
    expect((await fileWith(phone, { requestId, code: codeSentTo(phone) })).status).toBe(201);
  });

  it('after 5 wrong tries the code is dead, even the right one', async () => {
    const phone = newPhone();
    const { requestId } = (await requestCode(phone)).body;
    const wrong = codeSentTo(phone) === '000000' ? '111111' : '000000';
    const tries = await Promise.all(Array.from({ length: 6 }, () => fileWith(phone, { requestId, code: wrong })));
    expect(tries.every((t) => t.status === 422)).toBe(true);
    const right = await fileWith(phone, { requestId, code: codeSentTo(phone) });
    expect([right.status, right.body.message]).toEqual([422, '验证码错误次数过多，请重新发送验证码']);
    const row = await app.dataSource.getRepository(AgentConsentCodeEntity).findOneByOrFail({ id: requestId });
    expect(row.attempts).toBe(5);
  });

  it('refuses an expired code, and one sent to another phone than the case’s contact phone', async () => {
    const phone = newPhone();
    const { requestId } = (await requestCode(phone)).body;
    const other = await fileWith(newPhone(), { requestId, code: codeSentTo(phone) });
    expect([other.status, other.body.message]).toEqual([422, '验证码不是发给申请人联系电话的，请核对联系电话或重新发送验证码']);
    await app.dataSource.getRepository(AgentConsentCodeEntity).update({ id: requestId }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await fileWith(phone, { requestId, code: codeSentTo(phone) });
    expect([expired.status, expired.body.message]).toEqual([422, '验证码已过期（10分钟内有效），请重新发送验证码']);
  });

  it('refuses another agent’s code', async () => {
    const phone = newPhone();
    const colleague = await app.signInStaff('cc-agent-2', [
      { role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-comm-chengyang-houtaolin' },
    ]);
    const { requestId } = (await requestCode(phone, colleague.accessToken)).body;
    const refused = await fileWith(phone, { requestId, code: codeSentTo(phone) });
    expect([refused.status, refused.body.message]).toEqual([422, '验证码已失效，请重新发送验证码']);
  });
});
