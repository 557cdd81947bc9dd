// Input parsing: besides what each schema says, no text anywhere in a body, query or parameter
// may carry NUL or the bidi controls that make text read differently from what it stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody, label, z } from '@bianmin/shared';
import { ValidationError } from '../errors';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';
import { parseInput } from './validate';

const INVISIBLE = [
  '\u0000',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const MESSAGE = '内容中有看不见的控制字符，请删除后重新输入';
const Form = z.object({ name: z.string(), tags: z.optional(z.array(z.string())), address: z.optional(z.object({ street: z.string() })) });

function fieldErrorsOf(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).status).toBe(400);
    return (err as ValidationError).fieldErrors ?? {};
  }
  throw new Error('expected a ValidationError');
}

describe('parseInput', () => {
  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'refuses %s in a text field, naming the field',
    (_, c) => {
      expect(fieldErrorsOf(() => parseInput(Form, { name: `张${c}三` }))).toEqual({ name: [MESSAGE] });
    },
  );

  it('names nested fields and array items by their path', () => {
    const errors = fieldErrorsOf(() => parseInput(Form, { name: 'ok', tags: ['a', 'b\u202E'], address: { street: '\u0000' } }));
    expect(errors).toEqual({ 'tags.1': [MESSAGE], 'address.street': [MESSAGE] });
  });

  it('checks fields the schema would drop, keys, and bare strings too', () => {
    expect(fieldErrorsOf(() => parseInput(Form, { name: 'ok', extra: 'x\u2066' }))).toEqual({ extra: [MESSAGE] });
    expect(Object.values(fieldErrorsOf(() => parseInput(Form, { name: 'ok', ['k\u0000']: 1 })))).toEqual([[MESSAGE]]);
    expect(fieldErrorsOf(() => parseInput(z.string(), 'key\u0000'))).toEqual({ _: [MESSAGE] });
  });

  it('accepts ordinary text, including tabs, new lines, emoji and other scripts', () => {
    expect(parseInput(Form, { name: '张三\t李四\n王五 👍 ئۇيغۇرچە', tags: ['a'] })).toMatchObject({ name: '张三\t李四\n王五 👍 ئۇيغۇرچە' });
  });

  it('walks deeply nested input without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(() => parseInput(z.array(z.unknown()), deep)).toThrow(ValidationError);
  });
});

describe('the message of a failed parse', () => {
  it('is the first field’s own sentence, counting the others, never a field key', () => {
    const Booking = z.object({ phone: z.string().check(z.minLength(11), label('手机号')), count: z.int().check(label('人数')) });
    try {
      parseInput(Booking, { phone: '138', count: 'two' });
      expect.unreachable();
    } catch (err) {
      const { message, fieldErrors } = err as ValidationError;
      expect(fieldErrors).toEqual({ phone: ['手机号至少需要11个字，请补充完整'], count: ['人数应填写数字，请检查后重新填写'] });
      expect(message).toBe('手机号至少需要11个字，请补充完整（另有1处需要修改）');
    }
  });
});

describe('invisible control characters over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await closeIfStarted(app);
  });

  it('refuses them in a JSON body with 400 VALIDATION_FAILED naming the field', async () => {
    const res = await app.send<ErrorBody>('/api/v1/auth/staff', { username: 'admin\u202E', password: 'x'.repeat(12) });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fieldErrors).toEqual({ username: [MESSAGE] });
    // The field's own sentence, not its English key.
    expect(res.body.message).toBe(MESSAGE);
  });

  it('refuses them in a query string', async () => {
    const res = await app.get<ErrorBody>(`/api/v1/guides?q=${encodeURIComponent('居住\u0000证')}`);
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toEqual({ q: [MESSAGE] });
  });
});
