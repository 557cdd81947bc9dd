// Parse request input with a shared schema; failures become a 400 naming each field.
import type { z } from '@bianmin/shared';
import { ValidationError } from '../errors';

type Schema = z.ZodMiniType;

/**
 * NUL and the bidi controls (embeddings, overrides, isolates, marks) are never part of what a
 * resident or an officer means to type; they truncate text in C libraries and make what is shown
 * differ from what is stored, so no text field of any input may carry them.
 */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters refused
const INVISIBLE_CONTROL = /[\u0000\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE_CONTROL_ALL = new RegExp(INVISIBLE_CONTROL.source, 'g');
const INVISIBLE_MESSAGE = '内容中有看不见的控制字符，请删除后重新输入';

export function parseInput<S extends Schema>(schema: S, input: unknown): z.infer<S> {
  if (carriesInvisibleControl(input)) {
    const invisible = fieldsWithInvisibleControls(input);
    throw validationError(Object.fromEntries(invisible.map((field) => [field, [INVISIBLE_MESSAGE]])));
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw validationError(fieldErrors);
}

/**
 * The message is the first problem's own sentence (field keys are English and mean nothing to a
 * resident); the rest are counted, and every one is in `fieldErrors` for the form to show.
 */
export function validationError(fieldErrors: Record<string, string[]>): ValidationError {
  const sentences = Object.values(fieldErrors).flat();
  const [first] = sentences;
  if (first === undefined) return new ValidationError(fieldErrors);
  const more = sentences.length - 1;
  return new ValidationError(fieldErrors, more ? `${first}（另有${more}处需要修改）` : first);
}

/**
 * Whether any string or key in `input` carries one — nearly always no, answered without the paths
 * (every request with a body or query passes here). Iterative, like the walk below.
 */
function carriesInvisibleControl(input: unknown): boolean {
  const pending: unknown[] = [input];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (INVISIBLE_CONTROL.test(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (INVISIBLE_CONTROL.test(key)) return true;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** Dot-joined paths of every string (or key) in `input` that carries one; iterative, so depth cannot overflow the stack. */
function fieldsWithInvisibleControls(input: unknown): string[] {
  type Step = { value: unknown; key?: string; parent?: Step };
  const found = new Set<string>();
  const pathOf = (step: Step, key?: string) => {
    const keys = key === undefined ? [] : [key];
    for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) keys.push(s.key);
    return keys.length ? keys.reverse().join('.') : '_';
  };
  const pending: Step[] = [{ value: input }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { value } = step;
    if (typeof value === 'string') {
      if (INVISIBLE_CONTROL.test(value)) found.add(pathOf(step));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push({ value: item, key: String(i), parent: step }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (INVISIBLE_CONTROL.test(key)) found.add(pathOf(step, key.replace(INVISIBLE_CONTROL_ALL, '?')));
        else pending.push({ value: item, key, parent: step });
      }
    }
  }
  return [...found];
}

/** Koa gives repeated query keys as arrays; our queries take single values, so keep the last. */
export function singleValues(query: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v[v.length - 1] : v;
    if (value !== undefined && value !== '') out[k] = value;
  }
  return out;
}
