// An item's application form (申请表) in the catalogue import format: the fields a resident fills
// in on the phone, item by item. `cases/application-schema.ts` turns a form into the one validator
// both the mini-app (as the resident types) and the server (on submission) run.
import { z } from '../zod';
import { FORM_FIELD_TYPES, APPLICANT_KINDS } from './application-form-vocabulary';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** Field keys name answers in stored cases: stable, ASCII, camelCase. */
export const FormFieldKey = z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/, '字段键只能是以小写字母开头的字母和数字（最多40个）'));

/** Shown only when another (earlier) field has a value — or one of the given values. */
export const ShowIf = z.object({
  field: FormFieldKey,
  /** Absent: any non-empty value; a string or a list: one of these (a checkbox's value is 'true'/'false'). */
  equals: z.optional(z.union([text(40), z.array(text(40)).check(z.minLength(1))])),
});
export type ShowIf = z.infer<typeof ShowIf>;

export const FormField = z
  .object({
    key: FormFieldKey,
    label: text(40),
    type: z.enum(FORM_FIELD_TYPES),
    required: z._default(z.boolean(), false),
    /** For select and multiselect: the choices, as shown and as stored. */
    options: z.optional(z.array(text(40)).check(z.minLength(2), z.maxLength(60))),
    /** number: the smallest / largest value; multiselect: the fewest / most choices. */
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    /** text, textarea, address: length in characters. */
    minLength: z.optional(z.int().check(z.minimum(1), z.maximum(2000))),
    maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(2000))),
    /** A line under the field (填写说明). */
    help: z.optional(text(200)),
    placeholder: z.optional(text(40)),
    /** number: the unit shown after the value (平方米, 元, 人). */
    unit: z.optional(text(10)),
    showIf: z.optional(ShowIf),
  })
  .check(
    z.refine((f) => (f.type === 'select' || f.type === 'multiselect') === !!f.options, {
      message: '单选和多选字段必须列出选项，其他字段不能有选项',
      path: ['options'],
    }),
    z.refine((f) => !f.options || new Set(f.options).size === f.options.length, { message: '选项不能重复', path: ['options'] }),
    z.refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, { message: '最小值不能大于最大值', path: ['min'] }),
    z.refine((f) => f.minLength === undefined || f.maxLength === undefined || f.minLength <= f.maxLength, {
      message: '最少字数不能大于最多字数',
      path: ['minLength'],
    }),
  );
export type FormField = z.infer<typeof FormField>;
export type FormFieldInput = z.input<typeof FormField>;

export const ApplicationForm = z
  .object({
    /** Who may apply: 个人 (the verified resident), 法人 (name + 统一社会信用代码 + 法定代表人), or either. */
    applicantKinds: z.array(z.enum(APPLICANT_KINDS)).check(z.minLength(1), z.maxLength(2)),
    fields: z.array(FormField).check(z.minLength(1), z.maxLength(60)),
    /** Notes shown above the form (申请须知). */
    notes: z._default(z.array(text(300)), []),
  })
  .check(
    z.superRefine((form, ctx) => {
      const seen = new Map<string, number>();
      form.fields.forEach((f, i) => {
        if (seen.has(f.key)) ctx.addIssue({ code: 'custom', message: `字段键 ${f.key} 重复`, path: ['fields', i, 'key'], input: f.key });
        if (f.showIf) {
          const target = seen.get(f.showIf.field);
          if (target === undefined)
            ctx.addIssue({
              code: 'custom',
              message: `显示条件引用的字段 ${f.showIf.field} 必须是前面的字段`,
              path: ['fields', i, 'showIf', 'field'],
              input: f.showIf.field,
            });
        }
        seen.set(f.key, i);
      });
      if (new Set(form.applicantKinds).size !== form.applicantKinds.length)
        ctx.addIssue({ code: 'custom', message: '申请人类型不能重复', path: ['applicantKinds'], input: form.applicantKinds });
    }),
  );
export type ApplicationForm = z.infer<typeof ApplicationForm>;
export type ApplicationFormInput = z.input<typeof ApplicationForm>;

export const UPLOAD_KINDS = ['image', 'pdf'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** What an upload of a material needs (电子材料要求). */
export const MaterialUpload = z.object({
  /** Accepted kinds: photos (JPEG, PNG, WebP) and/or PDF scans. */
  kinds: z._default(z.array(z.enum(UPLOAD_KINDS)).check(z.minLength(1), z.maxLength(2)), ['image', 'pdf']),
  maxFiles: z._default(z.int().check(z.minimum(1), z.maximum(20)), 5),
  /** Whether a photo of the original is acceptable (else a scan or an electronic original). */
  photoOfOriginal: z._default(z.boolean(), true),
});
export type MaterialUpload = z.infer<typeof MaterialUpload>;
