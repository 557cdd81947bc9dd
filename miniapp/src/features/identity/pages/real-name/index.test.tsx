import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CHINESE_ID_MESSAGE } from '@bianmin/shared/identity/national-id';
import { REAL_NAME_CONSENT_MISSING, REAL_NAME_POLICY_VERSION } from '@bianmin/shared/identity/real-name-consent';
import { me, resetApi, sentTo, serveApi, signInAs, type Route } from '@/test/fake-api';
import RealNamePage from './index';

const VALID_ID = '11010519491231002X';
const WRONG_CHECK_DIGIT = '110105194912310021';

function renderForm(realName: Route = () => [200, me()]) {
  signInAs(1);
  serveApi({ 'POST /api/v1/me/real-name': realName });
  const view = render(<RealNamePage />);
  const input = (field: 'name' | 'id') => view.container.querySelector(`.realname-${field} input`)!;
  const error = (field: 'name' | 'id') => view.container.querySelector(`.realname-${field} .field-error`)?.textContent ?? null;
  const type = (field: 'name' | 'id', value: string) => fireEvent.change(input(field), { target: { value } });
  const next = () => fireEvent.click(view.container.querySelector('.realname-next')!);
  const agree = () => fireEvent.click(view.container.querySelector('.realname-consent')!);
  const confirm = () => fireEvent.click(view.container.querySelector('.realname-submit')!);
  /** Through the review step: 下一步, then 确认提交 on the review. */
  const submit = () => {
    next();
    confirm();
  };
  return { ...view, input, error, type, next, agree, confirm, submit };
}

describe('实名认证 form', () => {
  beforeEach(resetApi);

  it('says the check digit is wrong as soon as all 18 characters are in, and clears it when fixed', () => {
    const form = renderForm();
    form.type('id', WRONG_CHECK_DIGIT.slice(0, 17));
    expect(form.error('id')).toBeNull(); // still typing: no scolding yet
    form.type('id', WRONG_CHECK_DIGIT);
    expect(form.error('id')).toBe(CHINESE_ID_MESSAGE.checkDigit);
    expect(form.error('id')).toMatch(/^身份证号码校验位不正确/);
    form.type('id', '11010519491231002x');
    expect(form.error('id')).toBeNull();
    expect((form.input('id') as HTMLInputElement).value).toBe(VALID_ID); // x typed, X shown
  });

  it('checks a field when the resident leaves it', () => {
    const form = renderForm();
    form.type('name', '张'.repeat(20));
    expect(form.error('name')).toBeNull();
    fireEvent.blur(form.input('name'));
    expect(form.error('name')).toBe('姓名中有连续重复的字，请按证件核对后重新填写');
    form.type('name', 'Zhang Ming');
    expect(form.error('name')).toBeNull();
    form.type('name', '阿依古丽·买买提');
    expect(form.error('name')).toBeNull();

    form.type('id', '3702141990');
    fireEvent.blur(form.input('id'));
    expect(form.error('id')).toBe(CHINESE_ID_MESSAGE.format);
  });

  it('sends nothing while a field is wrong or empty', () => {
    const form = renderForm();
    form.agree();
    form.next();
    expect(form.error('name')).toBe('请输入姓名');
    expect(form.error('id')).toBe('请输入身份证号码');
    expect(form.container.querySelector('.realname-review')).toBeNull();
    expect(sentTo('POST /api/v1/me/real-name')).toHaveLength(0);
  });

  it('says why the ID number is needed, how it is kept and who sees it, and goes on only once the resident ticks', () => {
    const form = renderForm();
    for (const heading of ['为什么需要身份证号码', '如何保存', '谁能看到']) expect(screen.getByText(heading)).toBeTruthy();
    expect(form.container.querySelector('.realname-consent')!.getAttribute('aria-checked')).toBe('false');
    form.type('name', '张明');
    form.type('id', VALID_ID);
    form.next();
    expect(screen.getByText(REAL_NAME_CONSENT_MISSING)).toBeTruthy();
    expect(form.container.querySelector('.realname-review')).toBeNull();
    form.agree();
    expect(screen.queryByText(REAL_NAME_CONSENT_MISSING)).toBeNull();
    form.next();
    expect(form.container.querySelector('.realname-review')).toBeTruthy();
    expect(sentTo('POST /api/v1/me/real-name')).toHaveLength(0);
  });

  it('shows the name and the masked number for review, and 返回修改 keeps what was typed', () => {
    const form = renderForm();
    form.type('name', '张明');
    form.type('id', VALID_ID);
    form.agree();
    form.next();
    expect(screen.getByText('张明')).toBeTruthy();
    expect(screen.getByText('110105********002X')).toBeTruthy();
    expect(screen.queryByText(VALID_ID)).toBeNull();
    fireEvent.click(form.container.querySelector('.realname-edit')!);
    expect((form.input('name') as HTMLInputElement).value).toBe('张明');
    expect((form.input('id') as HTMLInputElement).value).toBe(VALID_ID);
    expect(form.container.querySelector('.realname-consent')!.getAttribute('aria-checked')).toBe('true');
    expect(sentTo('POST /api/v1/me/real-name')).toHaveLength(0);
  });

  it('submits and goes back to 我的 with a confirmation', async () => {
    const form = renderForm();
    form.type('name', ' 张明 ');
    form.type('id', VALID_ID);
    form.agree();
    form.submit();
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '实名认证成功' })), { timeout: 3000 });
    expect(Taro.navigateBack).toHaveBeenCalled();
    expect(sentTo('POST /api/v1/me/real-name')[0]).toMatchObject({
      data: { name: '张明', idNumber: VALID_ID, consent: true, policyVersion: REAL_NAME_POLICY_VERSION },
      header: { Authorization: 'Bearer access-1' },
    });
  });

  it('shows the server’s objections where they belong', async () => {
    const answers: ReturnType<Route>[] = [
      [422, { code: 'IDENTITY_MISMATCH', message: '姓名与身份证号码不一致，请核对后重新填写' }],
      [409, { code: 'ID_NUMBER_TAKEN', message: '该身份证号码已被其他账号认证，如有疑问请联系客服' }],
      [400, { code: 'VALIDATION_FAILED', message: '请检查填写内容', fieldErrors: { name: ['请填写身份证上的中文姓名'] } }],
    ];
    const form = renderForm(() => answers.shift()!);
    form.type('name', '张明');
    form.type('id', VALID_ID);
    form.agree();

    form.submit();
    expect(await screen.findByText('姓名与身份证号码不一致，请核对后重新填写')).toBeTruthy();
    expect(form.container.querySelector('.form-error')).toBeTruthy();

    form.submit();
    await waitFor(() => expect(form.error('id')).toBe('该身份证号码已被其他账号认证，如有疑问请联系客服'));

    // The field's problem shows back on the form; going on again sends again.
    form.next();
    form.confirm();
    await waitFor(() => expect(form.error('name')).toBe('请填写身份证上的中文姓名'));
    form.type('name', '张明明');
    expect(form.error('name')).toBeNull(); // the server's complaint goes once the field changes
  });

  it('asks a signed-out visitor to sign in first', () => {
    serveApi({});
    render(<RealNamePage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
  });
});
