import { describe, expect, it } from 'vitest';
import { ApplicationForm, type ApplicationFormInput } from '../catalogue/application-form.schema';
import { applicationProblems, applicationSchema } from './application-schema';

const form = ApplicationForm.parse({
  applicantKinds: ['individual'],
  fields: [
    { key: 'shopName', label: '个体工商户名称', type: 'text', required: true, maxLength: 30 },
    { key: 'hasName', label: '是否已有字号', type: 'select', options: ['有', '无'], required: true },
    { key: 'brand', label: '字号', type: 'text', required: true, showIf: { field: 'hasName', equals: '有' } },
    { key: 'staff', label: '从业人数', type: 'number', min: 1, max: 50, unit: '人' },
    { key: 'scope', label: '经营范围', type: 'multiselect', options: ['食品销售', '日用百货', '烟草零售'], min: 1, required: true },
    { key: 'phone', label: '联系电话', type: 'phone', required: true },
    { key: 'spouseId', label: '配偶身份证号', type: 'idNumber' },
    { key: 'licence', label: '统一社会信用代码', type: 'creditCode' },
    { key: 'opened', label: '开业日期', type: 'date' },
    { key: 'region', label: '经营场所所在地', type: 'region', required: true },
    { key: 'promise', label: '本人承诺所填信息真实有效', type: 'checkbox', required: true },
  ],
} satisfies ApplicationFormInput);

const good = {
  shopName: '老王小卖部',
  hasName: '无',
  scope: ['日用百货'],
  phone: '13800138000',
  region: ['山东省', '青岛市', '城阳区'],
  promise: true,
};

describe('applicationSchema(form): one validator for the phone and the server', () => {
  it('accepts a complete application and keeps only what was shown', () => {
    const parsed = applicationSchema(form).parse({ ...good, brand: '不该保存', staff: 3, spouseId: '' });
    expect(parsed).toEqual({ ...good, staff: 3 });
  });

  it('asks for a field shown by another answer', () => {
    expect(applicationProblems(form, { ...good, hasName: '有' })).toEqual({ brand: '请填写字号' });
  });

  it('says in Chinese what is wrong with each field, all at once', () => {
    const problems = applicationProblems(form, {
      shopName: '',
      hasName: '也许',
      staff: 99,
      scope: [],
      phone: '23800138000',
      spouseId: '370214199001011234',
      licence: '91370214MA3C2X1Y2Z',
      opened: '2026-02-30',
      promise: false,
    });
    expect(problems).toMatchObject({
      shopName: '请填写个体工商户名称',
      hasName: '请选择是否已有字号',
      staff: '从业人数不能大于50人',
      scope: '请选择经营范围',
      phone: '手机号应以1开头，请检查第一位数字后重新输入',
      opened: expect.stringContaining('年-月-日') as string,
      region: '请选择经营场所所在地',
      promise: '请勾选“本人承诺所填信息真实有效”',
    });
    expect(problems.spouseId).toBeTruthy();
    expect(problems.licence).toBeTruthy();
  });

  it('refuses answers the form does not have', () => {
    expect(applicationProblems(form, { ...good, extra: 'x' })['']).toContain('无法识别');
  });

  it('refuses a form whose condition names a later field', () => {
    const bad = ApplicationForm.safeParse({
      applicantKinds: ['individual'],
      fields: [
        { key: 'a', label: '甲', type: 'text', showIf: { field: 'b' } },
        { key: 'b', label: '乙', type: 'text' },
      ],
    });
    expect(bad.success).toBe(false);
  });
});
