// 补正 (一次性告知): the resident fixes exactly what the notice lists and resubmits only that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { verifiedResident } from '../../testing/appointments-fixture';
import {
  photoWithGps,
  PREMISES_MATERIAL,
  requestCorrectionAsWindow,
  shopApplication,
  submit,
  uploadFile,
} from '../../testing/cases-fixture';
import { CaseEntity } from './entities';

let app: TestApp;
let r: Awaited<ReturnType<typeof verifiedResident>>;
beforeAll(async () => {
  app = await startTestApp();
  r = await verifiedResident(app, 'fix');
});
afterAll(() => closeIfStarted(app));

let n = 0;
const key = () => `resubmit-${Date.now()}-${++n}`;
const photo = async (colour: string) => (await uploadFile(app, r.accessToken, await photoWithGps(colour), '补正.jpg')).body.id;
async function newCase() {
  const res = await submit(app, r.accessToken, shopApplication([await photo('#330000')]), key());
  return res.body.case.number;
}
const NAME_ITEM = { kind: 'field' as const, ref: 'businessName', label: '个体工商户名称', problem: '名称与已登记的重名，请更换字号' };
const NOTICE = [
  { kind: 'field' as const, ref: 'businessName', label: '个体工商户名称', problem: '名称与已登记的重名，请更换字号' },
  { kind: 'material' as const, ref: String(PREMISES_MATERIAL), label: '经营场所使用相关文件', problem: '租赁合同缺少出租方签字页' },
];
const resubmit = (number: string, body: unknown, k = key()) =>
  app.send<Case & { code?: string; fieldErrors?: Record<string, string[]> }>(`/api/v1/cases/${number}/resubmit`, body, {
    token: r.accessToken,
    headers: { 'Idempotency-Key': k },
  });

describe('POST /cases/:number/resubmit', () => {
  it('shows exactly what to fix, takes only that, and starts a new acceptance window', async () => {
    const number = await newCase();
    await requestCorrectionAsWindow(app, number, NOTICE, { requestedOn: '2026-01-05' });
    const waiting = await app.get<Case>(`/api/v1/cases/${number}`, r.accessToken);
    expect(waiting.body.correction?.items).toEqual(NOTICE);
    expect(waiting.body.nextStep).toContain('补正');
    const fresh = await photo('#003300');
    const body = {
      answers: { businessName: '青岛市城阳区老王日杂便利店' },
      materials: [{ materialId: PREMISES_MATERIAL, uploadIds: [fresh] }],
    };
    const res = await resubmit(number, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resubmitted', correction: null });
    expect(res.body.answers.find((a) => a.key === 'businessName')?.value).toBe('青岛市城阳区老王日杂便利店');
    expect(res.body.answers.find((a) => a.key === 'employeeCount')?.value).toBe('2人');
    expect(res.body.materials.find((m) => m.materialId === PREMISES_MATERIAL)?.files.map((f) => f.uploadId)).toEqual([fresh]);
    expect(res.body.timeline.at(-1)).toMatchObject({
      action: 'resubmit',
      note: '已按补正告知重新提交：个体工商户名称、经营场所使用相关文件',
    });
    const row = await app.dataSource.getRepository(CaseEntity).findOneByOrFail({ number });
    expect(row.receivedOn).toBe(app.services.platform.clock.today());
    expect(res.body.dates.acceptanceDueOn).not.toBeNull();
  });

  it('refuses anything not on the notice, and a listed item left out, all at once', async () => {
    const number = await newCase();
    await requestCorrectionAsWindow(app, number, NOTICE);
    const res = await resubmit(number, { answers: { employeeCount: 3 }, materials: [] });
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toMatchObject({
      'answers.employeeCount': ['这一项不在补正告知中，无需修改'],
      'answers.businessName': ['请按补正告知修改这一项'],
      [`materials.${PREMISES_MATERIAL}`]: ['请上传“经营场所使用相关文件”'],
    });
  });

  it('during review, returns to review and ends the pause the correction opened', async () => {
    const number = await newCase();
    await requestCorrectionAsWindow(app, number, [NAME_ITEM], { acceptedOn: '2026-01-05', requestedOn: '2026-01-07' });
    const paused = await app.get<Case>(`/api/v1/cases/${number}`, r.accessToken);
    expect(paused.body.dates.legalDeadline).toBeNull(); // unknown while the clock is stopped
    const res = await resubmit(number, { answers: { businessName: '青岛市城阳区老王五金店' }, materials: [] });
    expect(res.body.status).toBe('under_review');
    const row = await app.dataSource.getRepository(CaseEntity).findOneByOrFail({ number });
    expect(row.pauses).toEqual([{ from: '2026-01-07', to: app.services.platform.clock.today() }]);
    expect(res.body.dates.legalDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a double tap resubmits once; a case not waiting for a correction answers 409', async () => {
    const number = await newCase();
    await requestCorrectionAsWindow(app, number, [NAME_ITEM]);
    const k = key();
    const body = { answers: { businessName: '青岛市城阳区老王杂货店' }, materials: [] };
    const [a, b] = await Promise.all([resubmit(number, body, k), resubmit(number, body, k)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(
      (await app.get<Case>(`/api/v1/cases/${number}`, r.accessToken)).body.timeline.filter((t) => t.action === 'resubmit'),
    ).toHaveLength(1);
    const again = await resubmit(number, body);
    expect([again.status, again.body.code]).toEqual([409, 'CASE_STATE']);
  });
});
