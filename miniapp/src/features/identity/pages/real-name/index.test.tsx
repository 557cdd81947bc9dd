import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CHINESE_ID_MESSAGE } from '@bianmin/shared/identity/national-id';
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
  const submit = () => fireEvent.click(view.container.querySelector('.realname-submit')!);
  return { ...view, input, error, type, submit };
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
    form.type('name', 'Zhang Ming');
    expect(form.error('name')).toBeNull();
    fireEvent.blur(form.input('name'));
    expect(form.error('name')).toMatch(/^请填写身份证上的中文姓名/);
    form.type('name', '阿依古丽·买买提');
    expect(form.error('name')).toBeNull();

    form.type('id', '3702141990');
    fireEvent.blur(form.input('id'));
    expect(form.error('id')).toBe(CHINESE_ID_MESSAGE.format);
  });

  it('sends nothing while a field is wrong or empty', () => {
    const form = renderForm();
    form.submit();
    expect(form.error('name')).toBe('请输入姓名');
    expect(form.error('id')).toBe('请输入身份证号码');
    expect(sentTo('POST /api/v1/me/real-name')).toHaveLength(0);
  });

  it('submits and goes back to 我的 with a confirmation', async () => {
    const form = renderForm();
    form.type('name', ' 张明 ');
    form.type('id', VALID_ID);
    form.submit();
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '实名认证成功' })));
    expect(Taro.navigateBack).toHaveBeenCalled();
    expect(sentTo('POST /api/v1/me/real-name')[0]).toMatchObject({
      data: { name: '张明', idNumber: VALID_ID },
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

    form.submit();
    expect(await screen.findByText('姓名与身份证号码不一致，请核对后重新填写')).toBeTruthy();
    expect(form.container.querySelector('.form-error')).toBeTruthy();

    form.submit();
    await waitFor(() => expect(form.error('id')).toBe('该身份证号码已被其他账号认证，如有疑问请联系客服'));

    form.submit();
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
