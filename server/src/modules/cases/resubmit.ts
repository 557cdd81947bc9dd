// Resubmitting after 补正 (一次性告知): the applicant sends only what the notice lists — new answers
// for the listed fields, new files for the listed materials — and nothing else may change. Before
// acceptance the resubmission is a new receipt (a new 5-working-day acceptance window); during
// review it returns the case to review and ends the pause the correction opened.
import { In, IsNull } from 'typeorm';
import { applyCaseAction, type Answers, type CaseStatus, type ResubmitRequest } from '@bianmin/shared';
import { AppError } from '../../errors';
import type { Principal } from '../identity/index';
import { UploadEntity } from '../uploads/index';
import { checkAnswers, checkMaterials, throwProblems } from './check-submission';
import type { CaseDeps } from './case-service';
import { CaseEntity, CaseMaterialEntity, type CaseRow, CaseTimelineEntity } from './entities';
import { caseOutbox } from './events';

export function createResubmission(d: CaseDeps, visibleToApplicant: (p: Principal, number: string) => Promise<CaseRow>) {
  async function prepare(p: Principal, number: string, body: ResubmitRequest) {
    const c = await visibleToApplicant(p, number);
    const state = applyCaseAction({ status: c.status as CaseStatus, accepted: c.accepted }, 'resubmit');
    if (!state || !c.correction) throw new AppError('CASE_STATE', 409, '该办件当前不需要补正');
    const snapshot = await d.catalogue.current();
    const app = await d.itemForms.of(snapshot, c.itemCode);
    if (!app?.form) throw new AppError('ITEM_NOT_ONLINE', 422, '该事项已不支持网上申报，请到窗口办理补正');
    const fields = new Set(c.correction.items.filter((i) => i.kind === 'field').map((i) => i.ref));
    const materials = new Set(c.correction.items.filter((i) => i.kind === 'material').map((i) => Number(i.ref)));
    const problems: Record<string, string[]> = {};
    for (const key of Object.keys(body.answers)) if (!fields.has(key)) problems[`answers.${key}`] = ['这一项不在补正告知中，无需修改'];
    for (const key of fields) if (!(key in body.answers)) problems[`answers.${key}`] = ['请按补正告知修改这一项'];
    const old = JSON.parse(d.protector.decrypt(c.answersEnc)) as Answers;
    const answers = checkAnswers(app.form, { ...old, ...body.answers }, problems);
    const ids = [...new Set(body.materials.flatMap((m) => m.uploadIds))];
    const owned = ids.length
      ? await d.dataSource.getRepository(UploadEntity).find({ where: { id: In(ids), ownerId: p.userId }, select: { id: true, kind: true } })
      : [];
    const { attachments } = checkMaterials(app, body.materials, new Map(owned.map((u) => [u.id, u])), problems, materials);
    // A file already attached to this case for another material cannot move (one file, one material per case).
    const elsewhere = ids.length
      ? await d.dataSource.getRepository(CaseMaterialEntity).find({ where: { caseId: c.id, uploadId: In(ids) } })
      : [];
    for (const link of elsewhere.filter((l) => !materials.has(l.materialId)))
      problems[`materials.${body.materials.find((m) => m.uploadIds.includes(link.uploadId))?.materialId ?? link.materialId}`] = [
        `这份文件已作为“${link.materialName}”提交，请另行上传`,
      ];
    throwProblems(problems);
    const corrected = c.correction.items.map((i) => i.label);
    return { c, next: state.status, answers, attachments, materials: [...materials], corrected, itemName: app.item.name };
  }
  type Prepared = Awaited<ReturnType<typeof prepare>>;

  return {
    async resubmit(p: Principal, key: string, number: string, body: ResubmitRequest): Promise<string> {
      const stored = await d.idempotency.run(
        { ownerId: p.userId, key, operation: `case.resubmit:${number}`, request: body },
        async (em, x: Prepared) => {
          const now = d.clock.now();
          const today = d.clock.today(now);
          const { c } = x;
          const requestedOn = c.correction?.requestedAt.slice(0, 10);
          const pauses = c.pauses.map((pause) => (pause.to === null && pause.from === requestedOn ? { ...pause, to: today } : pause));
          const moved = await em
            .getRepository(CaseEntity)
            .createQueryBuilder()
            .update()
            .set({
              status: x.next,
              answersEnc: d.protector.encrypt(JSON.stringify(x.answers)),
              correction: null,
              pauses,
              // Before acceptance a resubmission is a new receipt: the 5-day acceptance window starts again.
              ...(c.accepted ? {} : { receivedOn: today }),
              updatedAt: now,
              version: c.version + 1,
            })
            .where('id = :id AND version = :version', { id: c.id, version: c.version })
            .execute();
          if (!moved.affected) throw new AppError('CASE_STATE', 409, '办件状态刚刚发生了变化，请刷新后再试');
          if (x.materials.length) await em.getRepository(CaseMaterialEntity).delete({ caseId: c.id, materialId: In(x.materials) });
          const uploadIds = x.attachments.map((a) => a.uploadId);
          if (uploadIds.length) {
            await em.getRepository(UploadEntity).update({ id: In(uploadIds), attachedAt: IsNull() }, { attachedAt: now });
            const base = 1000 * (c.version + 1);
            await em
              .getRepository(CaseMaterialEntity)
              .insert(x.attachments.map((a) => ({ caseId: c.id, ...a, position: base + a.position })));
          }
          const note = `已按补正告知重新提交：${x.corrected.join('、')}`;
          await em
            .getRepository(CaseTimelineEntity)
            .insert({ caseId: c.id, action: 'resubmit', status: x.next, actor: 'applicant', actorId: p.userId, note, at: now });
          await caseOutbox.record(em, {
            type: 'case.resubmitted',
            aggregateId: c.id,
            userId: c.applicantUserId,
            dedupeKey: `case.resubmitted:${c.id}:v${c.version + 1}`,
            payload: {
              number: c.number,
              itemCode: c.itemCode,
              itemName: x.itemName,
              status: x.next,
              departmentCode: c.departmentCode,
              corrected: x.corrected,
            },
          });
          return { status: 200, body: { number: c.number } };
        },
        () => prepare(p, number, body),
      );
      return (stored.body as { number: string }).number;
    },
  };
}
