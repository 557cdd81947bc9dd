// What the submission load sends: an item of the demo catalogue a resident can apply for online
// with nothing to upload (every required material shared by a department or filled in online),
// and valid answers for its application form, checked here with the validator the server runs.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Answers,
  type AnswerValue,
  type ApplicationForm,
  applicationSchema,
  creditCodeCheckChar,
  type FormField,
  type GuideDetail,
  visibleFields,
} from '@bianmin/shared';
import { getJson } from './bench-db';
import { idNumber } from './residents';

const DEMO_DIR = fileURLToPath(new URL('../seed/demo', import.meta.url));
const TEXT = '城阳区便民服务中心网上申报测试内容';

interface SeedItem {
  code: string;
  onlineSubmission?: boolean;
  applicationForm?: { applicantKinds: string[] };
}

export interface SubmissionItem {
  code: string;
  name: string;
  form: ApplicationForm;
  answers: Answers;
}

/** A valid value of a field: the shortest text, the smallest number, the first choice(s). */
function valueOf(f: FormField): AnswerValue {
  switch (f.type) {
    case 'text':
    case 'textarea':
    case 'address': {
      const length = Math.min(Math.max(f.minLength ?? 1, 4), f.maxLength ?? 4);
      return TEXT.repeat(Math.ceil(length / TEXT.length)).slice(0, length);
    }
    case 'number':
      return f.min ?? Math.min(1, f.max ?? 1);
    case 'date':
      return '2026-01-05';
    case 'select':
      return f.options?.[0] ?? '';
    case 'multiselect':
      return (f.options ?? []).slice(0, Math.max(1, f.min ?? 1));
    case 'checkbox':
      return true;
    case 'phone':
      return '13900000000';
    case 'idNumber':
      return idNumber(7);
    case 'creditCode': {
      const first17 = '91370214MA3C2X1Y2';
      return first17 + creditCodeCheckChar(first17);
    }
    case 'region':
      return ['山东省', '青岛市', '城阳区'];
  }
}

/** Every required field that is shown, given the answers of the fields before it (showIf), filled in. */
export function answersFor(form: Pick<ApplicationForm, 'fields'>): Answers {
  const answers: Answers = {};
  for (const f of form.fields) {
    // A field's visibility depends only on earlier fields, all answered by now.
    if (f.required && visibleFields(form, answers).some((v) => v.key === f.key)) answers[f.key] = valueOf(f);
  }
  return answers;
}

/** The first item of the demo catalogue (file order) that qualifies, as the API describes it. */
export async function pickSubmissionItem(baseUrl: string): Promise<SubmissionItem> {
  const candidates = readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(`${DEMO_DIR}/${f}`, 'utf8')) as { items?: SeedItem[] }).items ?? [])
    .filter((i) => i.onlineSubmission && i.applicationForm?.applicantKinds.includes('individual'));
  for (const { code } of candidates) {
    const guide = await getJson<GuideDetail>(`${baseUrl}/api/v1/guides/${encodeURIComponent(code)}`);
    const form = guide.applicationForm;
    const nothingToUpload = guide.materials.every((m) => m.requirement !== 'required' || m.sharedProof || m.filledOnline);
    if (!form || !guide.onlineSubmission || !nothingToUpload) continue;
    const answers = answersFor(form);
    const checked = applicationSchema(form).safeParse(answers);
    if (!checked.success)
      throw new Error(`answers for ${code} do not pass its form: ${JSON.stringify(checked.error.issues).slice(0, 500)}`);
    return { code, name: guide.name, form, answers };
  }
  throw new Error('no item of the demo catalogue takes an online application without uploads');
}
