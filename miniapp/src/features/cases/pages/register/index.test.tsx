import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import { resetApi, sentTo, serveApi, signInAs, type Route } from '@/test/fake-api';
import { caseDetail, guideDetail, material } from '@/test/fixtures';
import { fakeUploads, upload } from '@/test/fake-uploads';
import RegisterPage from './index';

const form: ApplicationForm = {
  applicantKinds: ['individual'],
  notes: [],
  fields: [{ key: 'shopName', label: '店铺名称', type: 'text', required: true }],
};
const GUIDE = 'GET /api/v1/guides/G-1';
const REGISTER = 'POST /api/v1/staff/cases';
const CODE = 'POST /api/v1/staff/consent-codes';
const role = (r: string, scopeType: string, scopeCode: string) => ({ role: r, roleLabel: r, scopeType, scopeCode, scopeName: scopeCode });
const WINDOW = { displayName: '陈静', roles: [role('window_staff', 'hall', 'cy-district')] };
const AGENT = { displayName: '李代办', roles: [role('community_agent', 'station', 'houtaolin')] };

function serve(home: unknown, extra: Record<string, Route> = {}) {
  serveApi({
    'GET /api/v1/staff/home': () => [200, home],
    [`GET /api/v1/guides?q=${encodeURIComponent('食品')}&page=1&pageSize=20`]: () => [
      200,
      {
        items: [
          { ...guideDetail({ code: 'G-1', name: '食品经营许可（新办）', onlineSubmission: true }), highlights: [], matchedAlias: null },
          { ...guideDetail({ code: 'G-9', name: '临时占用道路审批', onlineSubmission: false }), highlights: [], matchedAlias: null },
        ],
        total: 2,
        page: 1,
        pageSize: 20,
        suggestions: [],
      },
    ],
    [GUIDE]: () => [200, guideDetail({ code: 'G-1', onlineSubmission: true, applicationForm: form, materials: [material({ id: 1 })] })],
    ...extra,
  });
}

function open(item?: string) {
  vi.mocked(useRouter).mockReturnValue({ params: item ? { item } : {} } as never);
  const view = render(<RegisterPage />);
  const q = (selector: string) => view.container.querySelector(selector)!;
  const type = (selector: string, value: string) => fireEvent.change(q(`${selector} input`), { target: { value } });
  return { ...view, q, type };
}

describe('窗口收件登记 / 社区代办', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    URL.createObjectURL = vi.fn(() => 'blob:preview');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('finds the item by the applicant’s words, checks the applicant as typed, and registers with scanned materials', async () => {
    fakeUploads([[201, upload('0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22')]]);
    serve(WINDOW, { [REGISTER]: () => [201, { case: caseDetail(), queryCode: 'K7Q3M9' }] });
    const { q, type } = open();
    type('.register-item-search', '食品');
    await screen.findByText('临时占用道路审批');
    expect(q('.register-item.is-disabled').textContent).toContain('暂无电子申请表');
    fireEvent.click(screen.getByText('食品经营许可（新办）'));
    await screen.findByText('食品经营许可（新办）', { selector: '.apply-item-name' });
    expect(q('.apply-item').textContent).toContain('窗口收件登记');
    expect(q('.register-consent')).toBeNull(); // the window needs no 代办授权

    fireEvent.click(q('.register-submit'));
    expect(q('.register-applicant-name .field-error').textContent).toBe('请输入姓名');
    expect(q('.register-applicant-idNumber .field-error').textContent).toBeTruthy();
    expect(sentTo(REGISTER)).toHaveLength(0);

    type('.register-applicant-name', '王秀英');
    type('.register-applicant-idNumber', '11010519491231002x');
    type('.register-applicant-phone', '13912345678');
    type('.apply-field-shopName', '桃林小馆');
    fireEvent.change(q('.apply-file-input'), { target: { files: [new File(['jpeg'], '申请书.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText('已上传')).toBeTruthy();
    fireEvent.click(q('.register-submit'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/staff/pages/case/index?number=370214-20261201-00042' }),
    );
    const [sent] = sentTo(REGISTER);
    expect(sent!.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent!.data).toEqual({
      itemCode: 'G-1',
      applicant: { kind: 'individual', name: '王秀英', idNumber: '11010519491231002X' },
      contactPhone: '13912345678',
      answers: { shopName: '桃林小馆' },
      materials: [{ materialId: 1, uploadIds: ['0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22'], certificateNumbers: [] }],
      delivery: { method: 'pickup' },
    });
  });

  it('lets a community agent file with the resident’s SMS code as consent, and shows a wrong code where it belongs', async () => {
    fakeUploads([[201, upload('0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22')]]);
    let attempts = 0;
    serve(AGENT, {
      [CODE]: () => [201, { requestId: 'req-1', phoneTail: '5678', expiresAt: '2026-12-05T10:10:00.000Z' }],
      [REGISTER]: () => {
        attempts += 1;
        return attempts === 1
          ? [
              422,
              {
                code: 'CONSENT_CODE_INVALID',
                message: '验证码不正确，请核对后重新输入',
                fieldErrors: { 'consent.code': ['验证码不正确，请核对后重新输入'] },
              },
            ]
          : [201, { case: caseDetail(), queryCode: 'K7Q3M9' }];
      },
    });
    const { q, type } = open('G-1');
    await screen.findByText('社区代办', { exact: false, selector: '.apply-item .muted' });
    type('.register-applicant-name', '王秀英');
    type('.register-applicant-idNumber', '11010519491231002X');
    type('.apply-field-shopName', '桃林小馆');
    fireEvent.change(q('.apply-file-input'), { target: { files: [new File(['jpeg'], '申请书.jpg', { type: 'image/jpeg' })] } });
    await screen.findByText('已上传');

    fireEvent.click(screen.getByText('短信验证码授权'));
    fireEvent.click(q('.register-sms-send'));
    expect(await screen.findByText('请先在上方填写申请人手机号（请输入手机号，用于通知申请人办理进度）')).toBeTruthy();
    type('.register-applicant-phone', '13912345678');
    fireEvent.click(q('.register-sms-send'));
    expect(await screen.findByText('已发送至尾号 5678 的手机，10分钟内有效')).toBeTruthy();
    expect(sentTo(CODE)[0]!.data).toEqual({ phone: '13912345678' });

    fireEvent.click(q('.register-submit'));
    expect(q('.register-consent .field-error').textContent).toBe('请输入申请人收到的6位短信验证码');
    type('.register-sms-code', '123456');
    fireEvent.click(q('.register-submit'));
    expect(await screen.findByText('验证码不正确，请核对后重新输入', { selector: '.register-sms-code .field-error' })).toBeTruthy();
    type('.register-sms-code', '654321');
    fireEvent.click(q('.register-submit'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const [first, second] = sentTo(REGISTER);
    expect((second!.data as { consent: unknown }).consent).toEqual({ kind: 'sms', requestId: 'req-1', code: '654321' });
    expect(second!.header['Idempotency-Key']).not.toBe(first!.header['Idempotency-Key']); // a changed body is a new attempt
  });
});
