import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { sentTo } from '@/test/fake-api';
import { caseDetail, guideDetail, material } from '@/test/fixtures';
import { fakeUploads, upload } from '@/test/fake-uploads';
import { form, GUIDE, open, serve, signedInEachTime } from './apply-page-fixture';

const SUBMIT = 'POST /api/v1/cases';

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

describe('申请办理: materials, contact phone, delivery and submitting', () => {
  signedInEachTime();

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
});
