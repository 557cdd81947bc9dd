// 避免“循环证明”: a certificate this district issued is offered, not uploaded again, when a later
// application asks for it — and only to its holder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuideDetail } from '@bianmin/shared';
import { closeIfStarted, type TestApp } from '../../../testing/harness';
import { verifiedResident } from '../../../testing/appointments-fixture';
import { photoWithGps, submit, uploadFile, validAnswers } from '../../../testing/cases-fixture';
import {
  decidedCase,
  type ResidentSession,
  type StaffSession,
  startHandlingApp,
  submittedShopCase,
} from '../../../testing/handling-fixture';

let app: TestApp;
let resident: ResidentSession;
let windowStaff: StaffSession, reviewer: StaffSession;
beforeAll(async () => {
  ({ app, resident, windowStaff, reviewer } = await startHandlingApp());
});
afterAll(() => closeIfStarted(app));

describe('避免“循环证明”: a certificate issued here is reused, not uploaded again', () => {
  it('the 营业执照 issued on approval satisfies the 营业执照 material of a later 注销 application', async () => {
    const number = await submittedShopCase(app, resident.accessToken);
    await decidedCase({ app, windowStaff, reviewer }, number, {
      result: 'approve',
      certificate: { type: '营业执照', validFrom: '2026-12-05', validTo: null },
    });
    const certificate = `ZZ${number}`;
    const closing = await app.get<GuideDetail>('/api/v1/guides/511A0074300009-370214');
    const form = closing.body.applicationForm;
    if (!form) throw new Error('个体工商户注销登记 takes online applications');
    const licence = closing.body.materials.find((m) => m.name === '营业执照正本、副本');
    const others = closing.body.materials.filter((m) => m.requirement === 'required' && !m.sharedProof && !m.filledOnline && m !== licence);
    const photo = (await uploadFile(app, resident.accessToken, await photoWithGps('#445566'), '其他材料.jpg')).body.id;
    const body = {
      itemCode: '511A0074300009-370214',
      applicant: { kind: 'individual' },
      contactPhone: '13912345678',
      answers: validAnswers(form),
      materials: [
        { materialId: licence?.id, uploadIds: [], certificateNumbers: [certificate] },
        ...others.map((m) => ({ materialId: m.id, uploadIds: [photo], certificateNumbers: [] })),
      ],
    };
    const res = await submit(app, resident.accessToken, body, `reuse-cert-${Date.now()}`);
    expect([res.status, res.body.fieldErrors]).toEqual([201, undefined]);
    expect(res.body.case.materials.find((m) => m.materialId === licence?.id)).toMatchObject({
      files: [],
      certificates: [{ number: certificate, type: '营业执照' }],
    });
    const stranger = await verifiedResident(app, 'cert-thief');
    const stolen = await submit(app, stranger.accessToken, body, `reuse-cert-x-${Date.now()}`);
    expect(stolen.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(stolen.body)).toContain('不是您名下的有效证照');
  });
});
