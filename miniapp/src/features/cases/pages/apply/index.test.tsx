import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import type { Draft } from '@bianmin/shared/cases/case.schema';
import { me, resetApi, sentTo, serveApi, signInAs, type Route } from '@/test/fake-api';
import { caseDetail, guideDetail, material } from '@/test/fixtures';
import { fakeUploads, upload } from '@/test/fake-uploads';
import ApplyPage from './index';

const form: ApplicationForm = {
  applicantKinds: ['individual', 'legalPerson'],
  notes: ['请如实填写'],
  fields: [
    { key: 'shopName', label: '店铺名称', type: 'text', required: true },
    { key: 'hasBranch', label: '是否有分店', type: 'checkbox', required: false },
    {
      key: 'branchCount',
      label: '分店数量',
      type: 'number',
      required: true,
      min: 1,
      unit: '家',
      showIf: { field: 'hasBranch', equals: 'true' },
    },
  ],
};
const GUIDE = 'GET /api/v1/guides/G-1';
const SUBMIT = 'POST /api/v1/cases';
const DRAFT = 'GET /api/v1/cases/drafts/G-1';
const verified = me({
  realName: { name: '张三', idNumber: '370214199001011234', verifiedAt: '2026-01-01T00:00:00.000Z' },
  phone: '138****5678',
});

/** The draft kept for G-1, as the server hands it back. */
const savedDraft = (over: Partial<Draft>): Draft => ({
  itemCode: 'G-1',
  itemName: '食品经营许可（新办）',
  updatedAt: '2026-12-01T02:00:00.000Z',
  applicant: { kind: 'individual' },
  answers: { shopName: '城阳小馆' },
  materials: [],
  ...over,
});

function serve(extra: Record<string, Route> = {}) {
  serveApi({
    [GUIDE]: () => [
      200,
      guideDetail({
        code: 'G-1',
        onlineSubmission: true,
        applicationForm: form,
        materials: [material({ id: 1 }), material({ id: 2, name: '营业执照', sharedProof: true })],
      }),
    ],
    'GET /api/v1/me': () => [200, verified],
    [DRAFT]: () => [404, { code: 'NOT_FOUND', message: '没有草稿' }],
    'GET /api/v1/uploads/mine': () => [200, { items: [] }],
    'PUT /api/v1/cases/drafts/G-1': () => [200, {}],
    ...extra,
  });
}

function open() {
  vi.mocked(useRouter).mockReturnValue({ params: { item: 'G-1' } } as never);
  const view = render(<ApplyPage />);
  const q = (selector: string) => view.container.querySelector(selector)!;
  const type = (selector: string, value: string) => fireEvent.change(q(`${selector} input`), { target: { value } });
  return { ...view, q, type, next: () => fireEvent.click(q('.apply-next')) };
}

/** An item whose one material is a shared proof (nothing to upload), and a submission that goes through. */
function serveNothingToUpload() {
  serve({
    [GUIDE]: () => [
      200,
      guideDetail({ code: 'G-1', onlineSubmission: true, applicationForm: form, materials: [material({ id: 2, sharedProof: true })] }),
    ],
    [SUBMIT]: () => [201, { case: caseDetail(), queryCode: 'K7Q3M9' }],
  });
}

/** Fills the one required field, then walks past 上传材料 to 核对提交. */
function fillToReview({ type, next }: ReturnType<typeof open>) {
  type('.apply-field-shopName', '城阳小馆');
  next();
  next();
}

describe('申请办理', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the problems applicationProblems finds after 下一步, and stays on the form', async () => {
    serve();
    const { q, next, container } = open();
    await screen.findByText('申请须知');
    expect(q('.apply-me-name').textContent).toBe('张*');
    expect(q('.apply-me-id').textContent).toBe('370214********1234');
    expect(container.querySelector('.apply-field-shopName .field-error')).toBeNull(); // not touched yet
    next();
    expect(q('.apply-field-shopName .field-error').textContent).toBe('请填写店铺名称');
    expect(q('.apply-problem-summary').textContent).toContain('还有1处需要修改');
    expect(q('.apply-step.is-current').textContent).toBe('1. 填写申请表');
    // The bound phone is offered (masked); another number must be typed in full.
    expect(container.querySelector('.apply-contact-phone')).toBeNull();
    fireEvent.click(screen.getByText('使用其他号码'));
    expect(q('.apply-contact-phone .field-error').textContent).toBe('请输入手机号，用于接收办理进度通知');
    expect(q('.apply-problem-summary').textContent).toContain('还有2处需要修改');
  });

  it('shows a field whose condition is met, and checks it as the resident types', async () => {
    serve();
    const { q, type, container } = open();
    await screen.findByText('申请须知');
    expect(container.querySelector('.apply-field-branchCount')).toBeNull();
    fireEvent.click(q('.apply-field-hasBranch .apply-choice'));
    expect(q('.apply-field-branchCount .apply-unit').textContent).toBe('家');
    type('.apply-field-branchCount', '0');
    fireEvent.blur(q('.apply-field-branchCount input'));
    expect(q('.apply-field-branchCount .field-error').textContent).toBe('分店数量不能小于1家');
    type('.apply-field-branchCount', '2');
    expect(container.querySelector('.apply-field-branchCount .field-error')).toBeNull();
  });

  it('asks for the 法人 details when the resident applies for a company', async () => {
    serve();
    const { q, next } = open();
    await screen.findByText('申请须知');
    fireEvent.click(screen.getByText('法人'));
    next();
    expect(q('.apply-org-name .field-error').textContent).toBe('请填写单位名称');
    expect(q('.apply-credit-code .field-error').textContent).toBe('请输入统一社会信用代码');
  });

  it('uploads a material, retries after a refusal, and submits with one Idempotency-Key reused after a lost answer', async () => {
    const id = '0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22';
    const uploads = fakeUploads([
      [415, { code: 'FILE_TYPE_NOT_ACCEPTED', message: '文件类型不支持，请上传JPG、PNG或PDF文件' }],
      [201, upload(id)],
    ]);
    let calls = 0;
    serve({
      [SUBMIT]: () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' });
        return [201, { case: caseDetail(), queryCode: 'K7Q3M9' }];
      },
    });
    const { q, type, next, container } = open();
    await screen.findByText('申请须知');
    type('.apply-field-shopName', '城阳小馆');
    fireEvent.click(screen.getByText('使用其他号码'));
    type('.apply-contact-phone', '13812345678');
    next();
    expect(q('.apply-step.is-current').textContent).toBe('2. 上传材料');
    expect(q('.apply-material[data-material="2"]').textContent).toContain('免提交（部门共享）');

    next(); // nothing uploaded yet
    expect(await screen.findByText('请上传“食品经营许可申请书”')).toBeTruthy();

    const file = new File(['jpeg'], '申请书.jpg', { type: 'image/jpeg' });
    fireEvent.change(q('.apply-file-input'), { target: { files: [file] } });
    expect(await screen.findByText('上传失败：文件类型不支持，请上传JPG、PNG或PDF文件')).toBeTruthy();
    expect(uploads[0]!.headers.Authorization).toBe('Bearer access-1');
    expect(uploads[0]!.body.get('file')).toBeInstanceOf(File);
    fireEvent.click(q('.apply-file-retry'));
    expect(await screen.findByText('已上传')).toBeTruthy();

    next();
    expect(q('.apply-step.is-current').textContent).toBe('3. 核对提交');
    expect(container.querySelector('.apply-review')!.textContent).toContain('13812345678');
    fireEvent.click(q('.apply-submit'));
    expect(await screen.findByText('服务器响应超时，请稍后重试')).toBeTruthy();
    fireEvent.click(q('.apply-submit'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/cases/pages/submitted/index?number=370214-20261201-00042&code=K7Q3M9',
      }),
    );
    const [first, second] = sentTo(SUBMIT);
    expect(first!.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.header['Idempotency-Key']).toBe(first!.header['Idempotency-Key']);
    expect(second!.data).toEqual({
      itemCode: 'G-1',
      applicant: { kind: 'individual' },
      contactPhone: '13812345678',
      answers: { shopName: '城阳小馆' },
      materials: [{ materialId: 1, uploadIds: [id], certificateNumbers: [] }],
      delivery: { method: 'pickup' },
    });
    // Leaving step 1 saved the draft.
    expect(sentTo('PUT /api/v1/cases/drafts/G-1')[0]!.data).toMatchObject({
      answers: { shopName: '城阳小馆' },
      contactPhone: '13812345678',
    });
  });

  it('sends no contact phone when the resident keeps the bound one', async () => {
    serveNothingToUpload();
    const page = open();
    const { q } = page;
    await screen.findByText('申请须知');
    expect(screen.getByText('使用绑定的手机号 138****5678')).toBeTruthy();
    fillToReview(page);
    expect(q('.apply-review').textContent).toContain('138****5678（绑定的手机号）');
    fireEvent.click(q('.apply-submit'));
    await waitFor(() => expect(sentTo(SUBMIT)).toHaveLength(1));
    expect(sentTo(SUBMIT)[0]!.data).toEqual({
      itemCode: 'G-1',
      applicant: { kind: 'individual' },
      answers: { shopName: '城阳小馆' },
      materials: [],
      delivery: { method: 'pickup' },
    });
  });

  it('posts the result home when chosen, with the recipient checked as typed', async () => {
    serveNothingToUpload();
    const page = open();
    const { q, type } = page;
    await screen.findByText('申请须知');
    fillToReview(page);
    expect(q('.apply-delivery .apply-choice.is-checked').textContent).toContain('窗口领取');
    fireEvent.click(screen.getByText('邮寄到家'));
    fireEvent.click(q('.apply-submit'));
    expect(q('.apply-delivery-recipient .field-error').textContent).toBe('请输入收件人姓名');
    expect(q('.apply-delivery-phone .field-error').textContent).toBe('请输入手机号，用于快递员联系');
    expect(q('.apply-delivery-address .field-error').textContent).toBe('请填写详细地址（街道、门牌号）');
    expect(sentTo(SUBMIT)).toHaveLength(0);
    type('.apply-delivery-recipient', '张三');
    type('.apply-delivery-phone', '13912345678');
    type('.apply-delivery-address', '城阳区正阳路100号1单元');
    fireEvent.click(q('.apply-submit'));
    await waitFor(() => expect(sentTo(SUBMIT)).toHaveLength(1));
    expect((sentTo(SUBMIT)[0]!.data as { delivery: unknown }).delivery).toEqual({
      method: 'post',
      recipient: '张三',
      phone: '13912345678',
      address: '城阳区正阳路100号1单元',
    });
  });

  it('resumes a saved draft', async () => {
    serve({
      [DRAFT]: () => [200, savedDraft({ contactPhone: '13812345678', answers: { shopName: '城阳小馆', hasBranch: true, branchCount: 2 } })],
    });
    const { q } = open();
    expect(await screen.findByText('已为您恢复上次未提交的填写内容')).toBeTruthy();
    expect((q('.apply-field-shopName input') as HTMLInputElement).value).toBe('城阳小馆');
    expect((q('.apply-field-branchCount input') as HTMLInputElement).value).toBe('2');
    expect((q('.apply-contact-phone input') as HTMLInputElement).value).toBe('13812345678');
  });

  it("resumes a draft's files from my pending uploads: their names and thumbnails, not offered again", async () => {
    const id = '3f1c2a9e-0000-4000-8000-000000000001';
    vi.mocked(Taro.downloadFile).mockResolvedValue({ statusCode: 200, tempFilePath: 'blob:thumb' } as never);
    serve({
      [DRAFT]: () => [200, savedDraft({ materials: [{ materialId: 1, uploadIds: [id], certificateNumbers: [] }] })],
      'GET /api/v1/uploads/mine': () => [200, { items: [{ ...upload(id), fileName: '门头照片.jpg', usedFor: [], pending: true }] }],
    });
    const { q, next, container } = open();
    await screen.findByText('已为您恢复上次未提交的填写内容');
    next();
    expect(await screen.findByText('门头照片.jpg')).toBeTruthy();
    expect(q('.apply-file.is-done .apply-file-ok').textContent).toBe('已上传');
    await waitFor(() => expect(container.querySelector('.apply-file img')?.getAttribute('src')).toBe('blob:thumb'));
    expect(vi.mocked(Taro.downloadFile).mock.calls[0]?.[0]).toMatchObject({
      url: expect.stringContaining(`/api/v1/uploads/${id}/thumbnail`),
    });
    expect(screen.queryByText(/使用以前上传的材料/)).toBeNull();
  });

  it('sends a resident without real-name verification to 实名认证 first', async () => {
    serve({ 'GET /api/v1/me': () => [200, me()] });
    const { q } = open();
    expect(await screen.findByText('请先完成实名认证')).toBeTruthy();
    fireEvent.click(q('.apply-go-realname'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/identity/pages/real-name/index' });
  });
});
