import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import { session } from '@/lib/auth';
import { resetApi, sentTo, serveApi, signInAs, tokenPair } from '@/test/fake-api';
import { caseDetail, guideDetail, material } from '@/test/fixtures';
import { fakeUploads, upload } from '@/test/fake-uploads';
import { elderMode } from '@/lib/elder-mode';
import { notices } from '@/lib/elder-mode-notices';
import CaseDetailPage from './index';

const NUMBER = '370214-20261201-00042';
const GET = `GET /api/v1/cases/${NUMBER}`;
const WITHDRAW = `POST /api/v1/cases/${NUMBER}/withdraw`;
const RESUBMIT = `POST /api/v1/cases/${NUMBER}/resubmit`;

describe('办件详情', () => {
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro.showModal).mockClear();
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER } } as never);
  });

  it('brings a resident who opened their case signed out back to it once they sign in on 我的', async () => {
    await session.signOut();
    vi.mocked(Taro.navigateTo).mockClear();
    const router = { path: '/features/cases/pages/detail/index', params: { number: NUMBER, $taroTimestamp: '1' } };
    const opened = vi.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router } as never);
    try {
      render(<CaseDetailPage />);
      fireEvent.click(await screen.findByText('去登录'));
      expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/mine/index' });
      session.start(tokenPair(3));
      await waitFor(() => expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/features/cases/pages/detail/index?number=${NUMBER}` }));
    } finally {
      opened.mockRestore();
    }
  });

  it('shows status, dates, record, answers, materials and a correction notice', async () => {
    serveApi({
      [GET]: () => [
        200,
        caseDetail({
          status: 'correction_requested',
          statusLabel: '待补正',
          correction: {
            requestedAt: '2026-12-02T02:00:00.000Z',
            note: '请补充材料',
            items: [{ kind: 'material', ref: '1', label: '食品经营许可申请书', problem: '缺少法定代表人签字' }],
          },
          canWithdraw: false,
        }),
      ],
    });
    const { container } = render(<CaseDetailPage />);
    expect(await screen.findByText('补正告知')).toBeTruthy();
    expect(screen.getByText('缺少法定代表人签字')).toBeTruthy();
    expect(container.querySelector('.case-status')!.textContent).toBe('待补正');
    expect(container.querySelector('.case-acceptance-due .case-row-value')!.textContent).toBe('2026年12月8日前');
    expect(container.querySelector('.case-promised .case-row-value')!.textContent).toBe('受理后5个工作日内');
    expect(screen.getByText('城阳小馆')).toBeTruthy();
    expect(container.querySelectorAll('.case-material-file')).toHaveLength(1);
    expect(container.querySelector('.case-withdraw')).toBeNull();
  });

  it('withdraws after a confirmation, with the optional reason', async () => {
    serveApi({
      [GET]: () => [200, caseDetail()],
      [WITHDRAW]: () => [
        200,
        caseDetail({ status: 'withdrawn', statusLabel: '已撤回', canWithdraw: false, nextStep: '申请已撤回，如需办理请重新申请。' }),
      ],
    });
    const { container } = render(<CaseDetailPage />);
    fireEvent.click(await screen.findByText('撤回申请'));
    fireEvent.change(container.querySelector('.case-withdraw-reason input')!, { target: { value: '材料准备不全' } });
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);
    await waitFor(() => expect(container.querySelector('.case-status')!.textContent).toBe('已撤回'));
    expect(Taro.showModal).toHaveBeenCalled();
    expect(sentTo(WITHDRAW)[0]!.data).toEqual({ reason: '材料准备不全' });
    expect(container.querySelector('.case-withdraw-form')).toBeNull();
  });

  it('sends nothing when the resident thinks again, and shows a refusal', async () => {
    serveApi({
      [GET]: () => [200, caseDetail()],
      [WITHDRAW]: () => [409, { code: 'CASE_STATE', message: '办件已作出决定，不能撤回' }],
    });
    const { container } = render(<CaseDetailPage />);
    fireEvent.click(await screen.findByText('撤回申请'));
    vi.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never);
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(sentTo(WITHDRAW)).toHaveLength(0);
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);
    expect(await screen.findByText('办件已作出决定，不能撤回')).toBeTruthy();
  });

  it('shows the decision with 查看决定书, the pickup code in full, and reused certificates', async () => {
    serveApi({
      [GET]: () => [
        200,
        caseDetail({
          status: 'approved',
          statusLabel: '准予许可',
          canWithdraw: false,
          decision: {
            result: 'approve',
            reason: '申请材料齐全，符合法定形式',
            basis: '《中华人民共和国行政许可法》第三十八条',
            at: '2026-12-05T02:00:00.000Z',
            documentUrl: `/api/v1/cases/${NUMBER}/decision.pdf`,
          },
          delivery: { ...caseDetail().delivery, pickupCode: '482913', dispatchedAt: '2026-12-05T03:00:00.000Z', dueOn: '2026-12-19' },
          materials: [
            { materialId: 2, name: '营业执照', files: [], certificates: [{ number: 'ZZ370214-20261101-00003', type: '营业执照' }] },
          ],
        }),
      ],
    });
    vi.mocked(Taro.downloadFile).mockResolvedValue({ statusCode: 200, tempFilePath: 'blob:decision' } as never);
    const fetchMock = vi.fn(() => Promise.resolve(new Response(new Blob(['%PDF']), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const tab = { location: { href: '' }, close: vi.fn() };
    vi.spyOn(window, 'open').mockReturnValue(tab as never);
    URL.createObjectURL = vi.fn(() => 'blob:decision');
    const { container } = render(<CaseDetailPage />);
    expect(await screen.findByText('办理结果')).toBeTruthy();
    expect(container.querySelector('.case-decision-result .case-row-value')!.textContent).toBe('准予许可');
    expect(container.querySelector('.case-decision-basis')!.textContent).toContain('第三十八条');
    expect(container.querySelector('.case-pickup-code')!.textContent).toBe('482913');
    expect(screen.getByText('凭取件码到窗口领取')).toBeTruthy();
    expect(container.querySelector('.case-delivery-due .case-row-value')!.textContent).toBe('2026年12月19日前');
    expect(screen.getByText('使用电子证照：营业执照（证照编号 ZZ370214-20261101-00003）')).toBeTruthy();

    fireEvent.click(screen.getByText('查看决定书'));
    await waitFor(() => expect(tab.location.href).toBe('blob:decision'));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain(`/api/v1/cases/${NUMBER}/decision.pdf`);
    expect(init.headers).toEqual({ Authorization: 'Bearer access-1' });
    vi.unstubAllGlobals();
  });

  it('shows a posted result by its tracking number, without a pickup code', async () => {
    serveApi({
      [GET]: () => [
        200,
        caseDetail({
          status: 'concluded',
          statusLabel: '已办结',
          canWithdraw: false,
          delivery: {
            method: 'post',
            recipient: '张*',
            phone: '138****5678',
            address: '城阳区正阳路***',
            pickupCode: null,
            trackingNumber: 'EMS1234567890',
            dispatchedAt: '2026-12-05T03:00:00.000Z',
            deliveredAt: null,
            dueOn: '2026-12-19',
          },
        }),
      ],
    });
    const { container } = render(<CaseDetailPage />);
    expect(await screen.findByText('领取方式')).toBeTruthy();
    expect(container.querySelector('.case-tracking-number .case-row-value')!.textContent).toBe('EMS1234567890');
    expect(container.querySelector('.case-delivery-method')!.textContent).toContain('邮寄到家');
    expect(container.querySelector('.case-pickup-code')).toBeNull();
  });

  it('补正: fixes the listed field and uploads the listed material, then resubmits with one key', async () => {
    const id = '0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a33';
    fakeUploads([[201, upload(id)]]);
    const correcting = caseDetail({
      item: { code: 'G-1', name: '食品经营许可（新办）', department: { code: 'xzsp', name: '区行政审批服务局' } },
      status: 'correction_requested',
      statusLabel: '待补正',
      canWithdraw: false,
      answers: [
        { key: 'shopName', label: '店铺名称', type: 'text', value: '城阳' },
        { key: 'area', label: '经营面积', type: 'number', value: '30平方米' },
      ],
      correction: {
        requestedAt: '2026-12-02T02:00:00.000Z',
        note: null,
        items: [
          { kind: 'field', ref: 'shopName', label: '店铺名称', problem: '与营业执照不一致' },
          { kind: 'material', ref: '1', label: '食品经营许可申请书', problem: '缺少法定代表人签字' },
        ],
      },
    });
    let calls = 0;
    serveApi({
      [GET]: () => [200, correcting],
      'GET /api/v1/guides/G-1': () => [
        200,
        guideDetail({
          code: 'G-1',
          onlineSubmission: true,
          applicationForm: {
            applicantKinds: ['individual'],
            notes: [],
            fields: [
              { key: 'shopName', label: '店铺名称', type: 'text', required: true, minLength: 4 },
              { key: 'area', label: '经营面积', type: 'number', required: true, unit: '平方米' },
            ],
          },
          materials: [material({ id: 1 })],
        }),
      ],
      'GET /api/v1/uploads/mine': () => [200, { items: [] }],
      [RESUBMIT]: () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' });
        return [200, caseDetail({ status: 'submitted', statusLabel: '已提交', canWithdraw: false })];
      },
    });
    const { container } = render(<CaseDetailPage />);
    const submit = await screen.findByText('提交补正');
    const input = container.querySelector('.case-resubmit .apply-field-shopName input')!;
    expect((input as HTMLInputElement).value).toBe('城阳');
    fireEvent.click(submit);
    expect(await screen.findByText('店铺名称至少填写4个字')).toBeTruthy();
    expect(screen.getByText('请上传新的“食品经营许可申请书”')).toBeTruthy();
    expect(sentTo(RESUBMIT)).toHaveLength(0);

    fireEvent.input(input, { target: { value: '城阳小馆' } });
    fireEvent.change(container.querySelector('.case-resubmit .apply-file-input')!, {
      target: { files: [new File(['jpeg'], '申请书.jpg', { type: 'image/jpeg' })] },
    });
    expect(await screen.findByText('已上传')).toBeTruthy();
    fireEvent.click(screen.getByText('提交补正'));
    expect(await screen.findByText('服务器响应超时，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('提交补正'));
    await waitFor(() => expect(container.querySelector('.case-status')!.textContent).toBe('已提交'));
    expect(container.querySelector('.case-resubmit')).toBeNull();
    const [first, second] = sentTo(RESUBMIT);
    expect(first!.data).toEqual({
      answers: { shopName: '城阳小馆' },
      materials: [{ materialId: 1, uploadIds: [id], certificateNumbers: [] }],
    });
    expect(second!.header['Idempotency-Key'] ?? second!.header['idempotency-key']).toBe(
      first!.header['Idempotency-Key'] ?? first!.header['idempotency-key'],
    );
  });
});

describe('办件详情 in 长辈版: no pop-ups', () => {
  const withdrawn = caseDetail({ status: 'withdrawn', statusLabel: '已撤回', canWithdraw: false });
  beforeEach(() => {
    resetApi();
    signInAs(1);
    vi.mocked(Taro.showModal).mockClear();
    vi.mocked(Taro.showToast).mockClear();
    vi.mocked(useRouter).mockReturnValue({ params: { number: NUMBER } } as never);
    elderMode.set(true);
  });
  afterEach(() => {
    elderMode.set(false);
    const shown = notices.current();
    if (shown) notices.dismiss(shown.id);
  });

  it('says on the page what withdrawing means, withdraws on 确认撤回 and tells so in place', async () => {
    serveApi({ [GET]: () => [200, caseDetail()], [WITHDRAW]: () => [200, withdrawn] });
    const { container } = render(<CaseDetailPage />);
    fireEvent.click(await screen.findByText('撤回申请'));
    const step = container.querySelector('.case-withdraw-form')!;
    expect(step.textContent).toContain('撤回后本次申请终止办理，如需办理须重新申请。');
    fireEvent.change(container.querySelector('.case-withdraw-reason input')!, { target: { value: '材料准备不全' } });
    fireEvent.click(container.querySelector('.case-withdraw-confirm')!);

    await waitFor(() => expect(container.querySelector('.case-status')!.textContent).toBe('已撤回'));
    expect(sentTo(WITHDRAW)[0]!.data).toEqual({ reason: '材料准备不全' });
    expect(Taro.showModal).not.toHaveBeenCalled();
    expect(Taro.showToast).not.toHaveBeenCalled();
    expect(container.querySelector('.inline-notice-text')!.textContent).toBe('申请已撤回');
  });

  it('goes back without withdrawing on 不撤回了', async () => {
    serveApi({ [GET]: () => [200, caseDetail()], [WITHDRAW]: () => [200, withdrawn] });
    const { container } = render(<CaseDetailPage />);
    fireEvent.click(await screen.findByText('撤回申请'));
    fireEvent.click(container.querySelector('.case-withdraw-cancel')!);

    expect(container.querySelector('.case-withdraw-form')).toBeNull();
    expect(container.querySelector('.case-withdraw')).toBeTruthy();
    expect(container.querySelector('.case-status')!.textContent).toBe('已提交');
    expect(sentTo(WITHDRAW)).toHaveLength(0);
    expect(Taro.showModal).not.toHaveBeenCalled();
  });
});
