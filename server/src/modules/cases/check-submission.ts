// Everything a submission must satisfy before a number is spent on it, reported all at once (one
// correction round, not five): the applicant kind the form allows, the answers (the item's own
// applicationSchema — the validator the phone ran), and every material with the files it accepts.
import { applicationSchema, type Answers, type ApplicationForm, type MaterialAttachment, type SubmitCaseRequest } from '@bianmin/shared';
import { AppError, ValidationError } from '../../errors';
import type { ItemApplication } from './item-form';

export interface OwnedUpload {
  id: string;
  kind: 'image' | 'pdf';
}

export interface CheckedSubmission {
  answers: Answers;
  attachments: { materialId: number; materialName: string; uploadId: string; position: number }[];
  certificates: { materialId: number; number: string; type: string }[];
}

/** Valid certificates the applicant holds, by number (避免“循环证明”: what we issued is not asked for again). */
export type HeldCertificates = Map<string, { type: string }>;

const KIND_LABEL = { image: '照片', pdf: 'PDF' } as const;

/**
 * The files given for each material. `only` (a resubmission after 补正): just these materials may
 * come, and each of them must.
 */
export function checkMaterials(
  app: ItemApplication,
  given: MaterialAttachment[],
  owned: Map<string, OwnedUpload>,
  problems: Record<string, string[]>,
  only?: ReadonlySet<number>,
  held: HeldCertificates = new Map(),
) {
  const attachments: CheckedSubmission['attachments'] = [];
  const certificates: CheckedSubmission['certificates'] = [];
  const seen = new Set<string>();
  const byId = new Map(given.map((g) => [g.materialId, g]));
  for (const g of given) {
    if (!app.materials.some((m) => m.id === g.materialId))
      problems[`materials.${g.materialId}`] = ['该事项没有这项材料，请刷新页面后重新上传'];
  }
  for (const m of app.materials) {
    const key = `materials.${m.id}`;
    const files = byId.get(m.id)?.uploadIds ?? [];
    const reused = byId.get(m.id)?.certificateNumbers ?? [];
    for (const number of reused) {
      const cert = held.get(number);
      if (!cert) problems[key] = [`证照 ${number} 不是您名下的有效证照`];
      else certificates.push({ materialId: m.id, number, type: cert.type });
    }
    if (only && !only.has(m.id)) {
      if (files.length) problems[key] = [`“${m.name}”不在补正告知中，无需重新上传`];
      continue;
    }
    if (m.sharedProof || m.filledOnline) {
      if (files.length) problems[key] = [m.sharedProof ? `“${m.name}”由部门共享获取，无需上传` : `“${m.name}”已在线填写，无需上传`];
      continue;
    }
    if ((m.required || only) && !files.length && !reused.length) {
      problems[key] = [`请上传“${m.name}”`];
      continue;
    }
    if (files.length > m.upload.maxFiles) problems[key] = [`“${m.name}”最多上传${m.upload.maxFiles}个文件`];
    files.forEach((uploadId) => {
      const upload = owned.get(uploadId);
      if (!upload || seen.has(uploadId)) {
        problems[key] = [`“${m.name}”中有文件已失效或重复，请重新上传`];
        return;
      }
      seen.add(uploadId);
      if (!m.upload.kinds.includes(upload.kind))
        problems[key] = [`“${m.name}”只接受${m.upload.kinds.map((k) => KIND_LABEL[k]).join('或')}，请重新上传`];
      attachments.push({ materialId: m.id, materialName: m.name, uploadId, position: attachments.length });
    });
  }
  return { attachments, certificates };
}

export function checkSubmission(
  app: ItemApplication,
  body: Pick<SubmitCaseRequest, 'applicant' | 'answers' | 'materials'>,
  owned: Map<string, OwnedUpload>,
  hasPhone: boolean,
  held?: HeldCertificates,
): CheckedSubmission {
  if (!app.form || !app.item.onlineSubmission) throw new AppError('ITEM_NOT_ONLINE', 422, '该事项暂不支持网上申报，请预约到窗口办理');
  const problems: Record<string, string[]> = {};
  if (!app.form.applicantKinds.includes(body.applicant.kind))
    problems['applicant.kind'] = [
      app.form.applicantKinds.includes('individual') ? '该事项只能以个人名义申请' : '该事项只能以单位（法人）名义申请',
    ];
  if (!hasPhone) problems.contactPhone = ['请输入手机号，用于接收办理进度通知'];
  const answers = checkAnswers(app.form, body.answers, problems);
  const { attachments, certificates } = checkMaterials(app, body.materials, owned, problems, undefined, held);
  throwProblems(problems);
  return { answers, attachments, certificates };
}

/** The answers parsed by the form's own schema; each problem under `answers.<key>`. */
export function checkAnswers(form: ApplicationForm, raw: Record<string, unknown>, problems: Record<string, string[]>): Answers {
  const parsed = applicationSchema(form).safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = typeof issue.path[0] === 'string' ? `answers.${issue.path[0]}` : 'answers';
    const message = issue.code === 'unrecognized_keys' ? '表单含有无法识别的字段，请刷新页面后重新填写' : issue.message;
    (problems[field] ??= []).push(message);
  }
  return {};
}

/** Field problems: all materials → 422 MATERIALS_INCOMPLETE, else 400 with every problem. */
export function throwProblems(problems: Record<string, string[]>): void {
  const keys = Object.keys(problems);
  if (keys.length && keys.every((k) => k.startsWith('materials.')))
    throw new AppError('MATERIALS_INCOMPLETE', 422, '申报材料不齐全或不符合要求，请按提示补充后再提交', problems);
  if (keys.length) throw new ValidationError(problems);
}
