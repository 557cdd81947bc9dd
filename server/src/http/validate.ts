// Parse request input with a shared schema; failures become a 400 naming each field.
import type { z } from '@bianmin/shared';
import { ValidationError } from '../errors';

type Schema = z.ZodMiniType;

export function parseInput<S extends Schema>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.infer<S>;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const fields = Object.keys(fieldErrors).filter((k) => k !== '_');
  const message = fields.length ? `请检查以下内容：${fields.join('、')}` : undefined;
  throw new ValidationError(fieldErrors, message);
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
