import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Draft } from '@bianmin/shared/cases/case.schema';
import { me } from '@/test/fake-api';
import { upload } from '@/test/fake-uploads';
import { DRAFT, open, serve, signedInEachTime } from './apply-page-fixture';

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

describe('申请办理: filling in the form, resuming a draft', () => {
  signedInEachTime();

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
