// What a resident reads when a field is wrong: a Chinese sentence saying what to do, naming the
// field when the schema labels it — never zod's "期望 string，实际接收 number".
import { describe, expect, it } from 'vitest';
import { label, z } from './zod';
import { GuideSearchQuery } from './guides/guide.schema';
import { StaffLoginRequest } from './identity/auth.schema';
import { BookRequest } from './appointments/appointment.schema';
import { PageQuery } from './common/pagination.schema';

const messages = (schema: z.ZodMiniType, input: unknown): [string, string][] =>
  schema.safeParse(input).error?.issues.map((i): [string, string] => [i.path.join('.'), i.message]) ?? [];

/** A sentence a resident can act on: Chinese, an instruction, no validator wording. */
const RESIDENT_SENTENCE = /^(?=.*[\u4e00-\u9fa5])(?=.*请)(?!.*(期望|expected|Invalid|string|number|undefined|NaN|实际接收|无效输入))/;

describe('zod messages', () => {
  const Form = z.object({
    name: z.string().check(z.trim(), z.minLength(2), z.maxLength(20), label('联系人')),
    age: z.int().check(z.minimum(18), z.maximum(120), label('年龄')),
    agreed: z.boolean().check(label('同意条款')),
    kind: z.enum(['a', 'b']).check(label('证件类型')),
    copies: z.array(z.string()).check(z.minLength(1), z.maxLength(3), label('附件')),
    note: z.optional(z.string().check(z.maxLength(5))),
  });

  it('asks for a missing field by its label', () => {
    expect(messages(Form, {})).toEqual([
      ['name', '请填写联系人'],
      ['age', '请填写年龄'],
      ['agreed', '请选择同意条款'],
      ['kind', '请从给出的选项中选择证件类型'],
      ['copies', '请填写附件'],
    ]);
  });

  it('says what to type when the kind of value is wrong', () => {
    expect(messages(Form, { name: 12, age: '二十', agreed: 'yes', kind: 'a', copies: ['x'] })).toEqual([
      ['name', '联系人应填写文字，请检查后重新填写'],
      ['age', '年龄应填写数字，请检查后重新填写'],
      ['agreed', '同意条款应选择“是”或“否”，请重新选择'],
    ]);
  });

  it('gives the limits of lengths, numbers and lists in words', () => {
    expect(messages(Form, { name: '张', age: 17.5, agreed: true, kind: 'b', copies: [], note: '太长了太长了' })).toEqual([
      ['name', '联系人至少需要2个字，请补充完整'],
      ['age', '年龄应填写整数，请检查后重新填写'],
      ['copies', '请至少选择一项附件'],
      ['note', '这一项不能超过5个字，请删减后再提交'],
    ]);
    expect(messages(Form, { name: '张'.repeat(21), age: 121, agreed: true, kind: 'b', copies: ['1', '2', '3', '4'] })).toEqual([
      ['name', '联系人不能超过20个字，请删减后再提交'],
      ['age', '年龄不能大于120，请修改后再提交'],
      ['copies', '附件最多只能选择3项，请减少后再提交'],
    ]);
  });

  it('keeps a schema’s own message where it has one', () => {
    expect(messages(StaffLoginRequest, { username: '', password: '' })).toEqual([
      ['username', '请输入用户名'],
      ['password', '请输入密码'],
    ]);
  });

  it('answers the guide search and paging fields with sentences naming them', () => {
    expect(messages(GuideSearchQuery, { page: 'abc', pageSize: '1000', audience: 'alien' })).toEqual([
      ['page', '页码应填写数字，请检查后重新填写'],
      ['pageSize', '每页条数不能大于100，请修改后再提交'],
      ['audience', '请从给出的选项中选择办事对象'],
    ]);
    expect(messages(PageQuery, { page: '0' })).toEqual([['page', '页码不能小于1，请修改后再提交']]);
  });

  it('never leaks validator wording, over several schemas and bad inputs', () => {
    const cases: [z.ZodMiniType, unknown][] = [
      [BookRequest, {}],
      [BookRequest, { slotId: 'one', itemCode: 7, contactPhone: null }],
      [BookRequest, { slotId: -1, itemCode: '', contactPhone: '1' }],
      [StaffLoginRequest, { username: 5, password: [], totp: 'abc' }],
      [GuideSearchQuery, { q: 'x'.repeat(60), kind: 3, department: '' }],
      [z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
      [z.union([z.string(), z.int()]), true],
      [z.string().check(z.regex(/^\d+$/)), 'abc'],
      [z.literal('yes'), 'no'],
    ];
    for (const [schema, input] of cases) {
      const found = messages(schema, input);
      expect(found.length).toBeGreaterThan(0);
      for (const [, message] of found) expect(message).toMatch(RESIDENT_SENTENCE);
    }
  });
});
