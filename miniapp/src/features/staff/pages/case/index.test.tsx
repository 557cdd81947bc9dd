import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { sentTo, serveApi } from '@/test/fake-api';
import { guideDetail, material } from '@/test/fixtures';
import { STAFF_ID, staffCase } from '@/test/staff-fixtures';
import { GET, NUMBER, openOnTheCase, reviewer, STEP, type, windowStaff } from './case-page-fixture';
import StaffCasePage from './index';

/** The step's button, once the case has loaded. */
const action = (container: HTMLElement, step: string) =>
  waitFor(() => {
    const button = container.querySelector(`.staff-case-action-${step}`);
    if (!button) throw new Error(`no ${step} button yet`);
    return button;
  });

describe('办件审查', () => {
  openOnTheCase();

  it('accepts after a confirmation and shows the new status, with everything the case holds', async () => {
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
      [GET]: () => [200, staffCase()],
      [STEP('accept')]: () => [200, staffCase({ status: 'accepted', statusLabel: '已受理', actions: [] })],
    });
    const { container } = render(<StaffCasePage />);
    await screen.findByText('城阳小馆');
    expect(container.querySelector('.staff-case-status')!.textContent).toBe('已提交');
    expect(container.querySelector('.staff-case-head .staff-card')!.textContent).toBe('绿牌（正常）');
    expect(container.querySelector('.staff-acceptance-due .staff-row-value')!.textContent).toBe('2026年12月8日前');
    expect(container.querySelector('.staff-case-notes')!.textContent).toContain('内部，申请人不可见');
    await waitFor(() => expect(container.querySelector('.staff-thumb')!.getAttribute('src')).toBe('blob:thumb'));
    expect(vi.mocked(fetch).mock.calls[0]).toEqual([
      '/api/v1/uploads/0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22/thumbnail',
      { headers: { Authorization: 'Bearer access-1' } },
    ]);
    const buttons = [...container.querySelectorAll('.staff-action-buttons .nut-button')].map(
      (b) => /staff-case-action-\w+/.exec(b.className)?.[0],
    );
    expect(buttons).toEqual(['staff-case-action-accept', 'staff-case-action-not_accept', 'staff-case-action-request_correction']);

    fireEvent.click(container.querySelector('.staff-case-action-accept')!);
    await waitFor(() => expect(container.querySelector('.staff-case-status')!.textContent).toBe('已受理'));
    expect(Taro.showModal).toHaveBeenCalled();
    expect(sentTo(STEP('accept'))).toHaveLength(1);
    expect(container.querySelector('.staff-case-success')!.textContent).toContain('已受理');
    expect(container.querySelector('.staff-no-actions')).toBeTruthy();
  });

  it('shows the server’s message when the case moved on meanwhile', async () => {
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
      [GET]: () => [200, staffCase()],
      [STEP('accept')]: () => [409, { code: 'CASE_STATE', message: '办件状态已变化或不允许该操作，请刷新后再试' }],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'accept'));
    expect(await screen.findByText('办件状态已变化或不允许该操作，请刷新后再试')).toBeTruthy();
    fireEvent.click(container.querySelector('.staff-step-reload')!);
    await waitFor(() => expect(sentTo(GET)).toHaveLength(2));
  });

  it('sends a correction notice with every ticked material and field and what is wrong with each', async () => {
    const guide = guideDetail({
      code: 'G-1',
      materials: [material(), material({ id: 2, name: '营业执照', sharedProof: true }), material({ id: 3, name: '经营场所使用证明' })],
      applicationForm: {
        applicantKinds: ['individual'],
        notes: [],
        fields: [
          { key: 'shopName', label: '店铺名称', type: 'text', required: true },
          { key: 'area', label: '经营面积', type: 'number', required: true },
        ],
      },
    });
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
      [GET]: () => [200, staffCase()],
      'GET /api/v1/guides/G-1': () => [200, guide],
      [STEP('request-correction')]: () => [200, staffCase({ status: 'correction_requested', statusLabel: '待补正', actions: [] })],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'request_correction'));
    await screen.findByText('经营场所使用证明', { exact: false });
    const entry = (k: string) => container.querySelector(`.staff-correction-entry[data-entry="${k}"]`)!;
    expect([...container.querySelectorAll('.staff-correction-entry')].map((e) => e.getAttribute('data-entry'))).toEqual([
      'material:1',
      'material:3',
      'field:shopName',
      'field:area',
    ]);
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    expect(container.querySelector('.staff-correction-none')!.textContent).toBe('请至少勾选一项需要补正的材料或内容');

    fireEvent.click(entry('material:3').querySelector('.staff-correction-check')!);
    fireEvent.click(entry('field:area').querySelector('.staff-correction-check')!);
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    expect(entry('material:3').querySelector('.field-error')!.textContent).toBe('请写明需要补正的内容');
    fireEvent.change(entry('material:3').querySelector('input')!, { target: { value: '租赁合同缺少出租方签字页' } });
    fireEvent.change(entry('field:area').querySelector('input')!, { target: { value: '面积与平面图不一致' } });
    type(container, 'staff-field-note', '请一并补正');
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    await waitFor(() => expect(container.querySelector('.staff-case-status')!.textContent).toBe('待补正'));
    expect(sentTo(STEP('request-correction'))[0]!.data).toEqual({
      note: '请一并补正',
      items: [
        { kind: 'material', ref: '3', problem: '租赁合同缺少出租方签字页' },
        { kind: 'field', ref: 'area', problem: '面积与平面图不一致' },
      ],
    });
    expect(container.querySelector('.staff-case-success')!.textContent).toBe('已一次性告知补正2项');
  });

  it('approves with a certificate', async () => {
    const underReview = staffCase({ status: 'under_review', statusLabel: '审查中', actions: ['request_correction', 'approve', 'deny'] });
    serveApi({
      'GET /api/v1/me': () => [200, reviewer],
      [GET]: () => [200, underReview],
      [STEP('decide')]: () => [
        200,
        staffCase({
          status: 'approved',
          statusLabel: '准予许可',
          actions: [],
          decision: {
            result: 'approve',
            reason: null,
            basis: null,
            at: '2026-12-05T02:00:00.000Z',
            documentUrl: `/api/v1/cases/${NUMBER}/decision.pdf`,
          },
        }),
      ],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'approve'));
    expect(container.querySelector('.staff-case-action-note')).toBeTruthy();
    expect(container.querySelector('.staff-case-action-extend')).toBeTruthy();
    fireEvent.click(container.querySelector('.staff-certificate-toggle')!);
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    expect(container.querySelector('.staff-field-certificate-type .field-error')!.textContent).toBe('请填写证照名称');
    type(container, 'staff-field-certificate-type', '食品经营许可证');
    fireEvent.change(container.querySelector('.staff-field-valid-from .picker-control')!, { target: { value: '2026-12-05' } });
    fireEvent.change(container.querySelector('.staff-field-valid-to .picker-control')!, { target: { value: '2031-12-04' } });
    type(container, 'staff-field-note', '经审查符合条件');
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    await waitFor(() => expect(container.querySelector('.staff-case-status')!.textContent).toBe('准予许可'));
    expect(sentTo(STEP('decide'))[0]!.data).toEqual({
      result: 'approve',
      note: '经审查符合条件',
      certificate: { type: '食品经营许可证', validFrom: '2026-12-05', validTo: '2031-12-04' },
    });
    expect(container.querySelector('.staff-case-success')!.textContent).toBe('已准予许可，电子证照已颁发');
    expect(container.querySelector('.staff-decision-document')!.textContent).toContain('准予行政许可决定书');
  });

  it('posts the result without a tracking number: the courier books the waybill', async () => {
    const approved = staffCase({
      status: 'approved',
      statusLabel: '准予许可',
      actions: ['conclude'],
      delivery: { ...staffCase().delivery, method: 'post', recipient: '张*', phone: '138****5678', address: '城阳区正阳路***' },
    });
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
      [GET]: () => [200, approved],
      [STEP('dispatch')]: () => [
        200,
        staffCase({
          status: 'concluded',
          statusLabel: '已办结',
          actions: ['deliver'],
          delivery: { ...approved.delivery, trackingNumber: 'EMS1234567890', dispatchedAt: '2026-12-06T02:00:00.000Z' },
        }),
      ],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'conclude'));
    expect(container.querySelector('.staff-dispatch-post.is-active')).toBeTruthy();
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    await waitFor(() => expect(container.querySelector('.staff-case-status')!.textContent).toBe('已办结'));
    expect(sentTo(STEP('dispatch'))[0]!.data).toEqual({ method: 'post' });
    expect(container.querySelector('.staff-case-success')!.textContent).toBe('已办结，已向邮政下单寄送，快递单号已发送给申请人');
  });

  it('shows why the courier could not take the parcel', async () => {
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
      [GET]: () => [200, staffCase({ status: 'approved', statusLabel: '准予许可', actions: ['conclude'] })],
      [STEP('dispatch')]: () => [
        400,
        {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误',
          fieldErrors: { method: ['快递公司无法识别收件地址，请联系申请人核实地址'] },
        },
      ],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'conclude'));
    fireEvent.click(container.querySelector('.staff-dispatch-post')!);
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    expect(await screen.findByText('快递公司无法识别收件地址，请联系申请人核实地址')).toBeTruthy();
  });

  it('delivers at the window only with the right pickup code, showing the server’s field error', async () => {
    const concluded = staffCase({
      status: 'concluded',
      statusLabel: '已办结',
      actions: ['deliver'],
      card: 'green',
      delivery: { ...staffCase().delivery, dispatchedAt: '2026-12-06T02:00:00.000Z' },
    });
    serveApi({
      'GET /api/v1/me': () => [200, windowStaff],
      [GET]: () => [200, concluded],
      [STEP('deliver')]: () => [
        400,
        {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误，请按提示修改后重试',
          fieldErrors: { pickupCode: ['取件码不正确，请让申请人出示办件页面上的取件码'] },
        },
      ],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'deliver'));
    type(container, 'staff-field-pickup-code', '12345');
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    expect(container.querySelector('.staff-field-pickup-code .field-error')!.textContent).toBe('取件码为6位数字');
    expect(sentTo(STEP('deliver'))).toHaveLength(0);
    type(container, 'staff-field-pickup-code', '123456');
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    await waitFor(() =>
      expect(container.querySelector('.staff-field-pickup-code .field-error')!.textContent).toBe(
        '取件码不正确，请让申请人出示办件页面上的取件码',
      ),
    );
    expect(sentTo(STEP('deliver'))[0]!.data).toEqual({ pickupCode: '123456' });
    expect(container.querySelector('.staff-case-status')!.textContent).toBe('已办结');
  });

  it('lets a reviewer take the case on, write an internal note, and shows why an extension is refused', async () => {
    const accepted = staffCase({ status: 'accepted', statusLabel: '已受理', actions: ['start_review'] });
    const reviewing = staffCase({ status: 'under_review', statusLabel: '审查中', actions: [], handler: { id: STAFF_ID, name: '王审查' } });
    serveApi({
      'GET /api/v1/me': () => [200, reviewer],
      [GET]: () => [200, accepted],
      [STEP('assign')]: () => [200, reviewing],
      [STEP('notes')]: ({ text }) => [200, { ...reviewing, notes: [{ at: '2026-12-03T02:00:00.000Z', author: '王审查', text }] }],
      [STEP('extend')]: () => [409, { code: 'CASE_STATE', message: '只能在审查期间延期一次' }],
    });
    const { container } = render(<StaffCasePage />);
    fireEvent.click(await action(container, 'assign'));
    fireEvent.click(container.querySelector('.staff-assign-self')!);
    await waitFor(() => expect(container.querySelector('.staff-case-status')!.textContent).toBe('审查中'));
    expect(sentTo(STEP('assign'))[0]!.data).toEqual({ handlerId: STAFF_ID });
    expect(container.querySelector('.staff-case-handler')!.textContent).toContain('王审查');

    fireEvent.click(container.querySelector('.staff-case-action-note')!);
    type(container, 'staff-field-text', '场所面积与平面图一致');
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    await waitFor(() => expect(container.querySelector('.staff-note-text')!.textContent).toBe('场所面积与平面图一致'));
    expect(container.querySelector('.staff-case-success')!.textContent).toBe('审查意见已保存');

    fireEvent.click(container.querySelector('.staff-case-action-extend')!);
    type(container, 'staff-field-reason', '需现场核查');
    type(container, 'staff-field-approved-by', '王强 副局长');
    fireEvent.click(container.querySelector('.staff-form-submit')!);
    expect(await screen.findByText('只能在审查期间延期一次')).toBeTruthy();
    expect(container.querySelector('.staff-case-action-procedure_start')).toBeTruthy();
  });
});
