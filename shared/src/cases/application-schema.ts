// One validator per application form: `applicationSchema(form)`. The mini-app runs it as the
// resident types (applicationProblems), the server runs it on submission — no second validator.
// Hidden fields (showIf not met) are dropped from the output, so what is stored is what was shown;
// empty answers ('' or []) count as not given.
import { z } from '../zod';
import type { ApplicationForm, FormField, ShowIf } from '../catalogue/application-form.schema';
import { isIsoDate } from '../calendar/iso-date';
import { creditCodeProblem, idNumberProblem, phoneProblem } from '../identity/form-rules';

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The value a showIf condition compares: a checkbox as 'true'/'false', a list as its items. */
function conditionValues(v: unknown): string[] {
  if (isEmpty(v)) return [];
  if (Array.isArray(v)) return v.map(String);
  if (v === false) return [];
  return [String(v)];
}

function conditionMet(cond: ShowIf, answers: Record<string, unknown>): boolean {
  const values = conditionValues(answers[cond.field]);
  if (cond.equals === undefined) return values.length > 0;
  const wanted = Array.isArray(cond.equals) ? cond.equals : [cond.equals];
  return values.some((v) => wanted.includes(v));
}

/** The fields shown for these answers, in order (a field whose condition's field is hidden is hidden too). */
export function visibleFields(form: Pick<ApplicationForm, 'fields'>, answers: Record<string, unknown>): FormField[] {
  const shown = new Set<string>();
  const out: FormField[] = [];
  for (const f of form.fields) {
    if (f.showIf && (!shown.has(f.showIf.field) || !conditionMet(f.showIf, answers))) continue;
    shown.add(f.key);
    out.push(f);
  }
  return out;
}

const fromRule = (problem: (v: string) => string | null) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const message = problem(value);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    }),
  );

function textSchema(f: FormField, defaultMax: number) {
  const max = f.maxLength ?? defaultMax;
  const min = f.minLength ?? 1;
  return z.string().check(z.trim(), z.minLength(min, `${f.label}至少填写${min}个字`), z.maxLength(max, `${f.label}不能超过${max}个字`));
}

function valueSchema(f: FormField): z.ZodMiniType {
  const choose = `请选择${f.label}`;
  switch (f.type) {
    case 'text':
      return textSchema(f, 100);
    case 'textarea':
      return textSchema(f, 1000);
    case 'address':
      return textSchema(f, 120);
    case 'number': {
      const checks = [];
      if (f.min !== undefined) checks.push(z.minimum(f.min, `${f.label}不能小于${f.min}${f.unit ?? ''}`));
      if (f.max !== undefined) checks.push(z.maximum(f.max, `${f.label}不能大于${f.max}${f.unit ?? ''}`));
      return z.number(`${f.label}请填写数字`).check(...checks);
    }
    case 'date':
      return z.string(`请选择${f.label}`).check(z.refine((v) => isIsoDate(v), `${f.label}请按“年-月-日”填写，如 2026-03-08`));
    case 'select':
      return z.enum(f.options as [string, ...string[]], choose);
    case 'multiselect': {
      const choices = z.array(z.enum(f.options as [string, ...string[]], choose));
      const checks: z.core.$ZodCheck<string[]>[] = [z.refine((v) => new Set(v).size === v.length, `${f.label}的选项不能重复`)];
      if (f.min !== undefined) checks.push(z.minLength(f.min, `${f.label}至少选择${f.min}项`));
      if (f.max !== undefined) checks.push(z.maxLength(f.max, `${f.label}最多选择${f.max}项`));
      return choices.check(...checks);
    }
    case 'checkbox':
      return f.required ? z.literal(true, `请勾选“${f.label}”`) : z.boolean();
    case 'phone':
      return fromRule((v) => phoneProblem(v));
    case 'idNumber':
      return fromRule(idNumberProblem);
    case 'creditCode':
      return fromRule(creditCodeProblem);
    case 'region':
      return z
        .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(20)), `请选择${f.label}`)
        .check(z.minLength(1, `请选择${f.label}`), z.maxLength(3, `${f.label}最多到区县一级`));
  }
}

/** The zod schema of one form's answers: unknown keys refused, hidden fields dropped, required fields enforced when shown. */
export function applicationSchema(form: Pick<ApplicationForm, 'fields'>) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of form.fields) shape[f.key] = z.optional(valueSchema(f));
  // `when`: report missing fields beside the other fields' problems, not only once those are fixed.
  const requiredWhenShown = z.check<Record<string, unknown>>(
    (payload) => {
      const answers = payload.value;
      for (const f of visibleFields(form, answers)) {
        if (f.required && isEmpty(answers[f.key]))
          payload.issues.push({ code: 'custom', message: missingMessage(f), path: [f.key], input: answers[f.key] });
      }
    },
    { when: (payload) => !!payload.value && typeof payload.value === 'object' && !Array.isArray(payload.value) },
  );
  const object = z.strictObject(shape).check(requiredWhenShown);
  return z.pipe(
    z.pipe(
      z.transform((raw: unknown) => dropEmpty(raw)),
      object,
    ),
    z.transform((answers: Record<string, unknown>): Answers => {
      const kept: Answers = {};
      for (const f of visibleFields(form, answers)) {
        const v = answers[f.key];
        if (!isEmpty(v)) kept[f.key] = v as AnswerValue;
      }
      return kept;
    }),
  );
}

function missingMessage(f: FormField): string {
  if (f.type === 'checkbox') return `请勾选“${f.label}”`;
  const choose = ['select', 'multiselect', 'date', 'region'].includes(f.type);
  return `${choose ? '请选择' : '请填写'}${f.label}`;
}

function dropEmpty(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([, v]) => !isEmpty(v)));
}

/** Each field's first problem, by key ('' for a problem with the whole answer set): for a form as the resident types. */
export function applicationProblems(form: Pick<ApplicationForm, 'fields'>, answers: Record<string, unknown>): Record<string, string> {
  const result = applicationSchema(form).safeParse(answers);
  const problems: Record<string, string> = {};
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const unknownKey = issue.code === 'unrecognized_keys';
    problems[key] ??= unknownKey ? '表单含有无法识别的字段，请刷新页面后重新填写' : issue.message;
  }
  return problems;
}
