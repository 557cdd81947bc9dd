// Staff views of a case for component tests (typed by the shared DTOs, so drift fails typecheck).
import type { StaffCase, StaffCaseSummary } from '@bianmin/shared/cases/handling.schema';

export const STAFF_ID = '5f0c2b9e-3a41-4c7d-9e62-0d8a7b1c2e33';

export const staffCase = (over: Partial<StaffCase> = {}): StaffCase => ({
  number: '370214-20261201-00042',
  item: { code: 'G-1', name: '食品经营许可（新办）', department: { code: 'xzsp', name: '区行政审批服务局' } },
  catalogueVersion: 'test',
  status: 'submitted',
  statusLabel: '已提交',
  channel: 'online',
  applicant: { kind: 'individual', name: '张*', idNumber: '370214********1234', creditCode: null, legalRepresentative: null },
  contactPhone: '138****5678',
  answers: [{ key: 'shopName', label: '店铺名称', type: 'text', value: '城阳小馆' }],
  materials: [
    {
      materialId: 1,
      name: '食品经营许可申请书',
      files: [
        {
          uploadId: '0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22',
          kind: 'image',
          fileName: '申请书.jpg',
          size: 120_000,
          url: '/api/v1/uploads/0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22',
          thumbnailUrl: '/api/v1/uploads/0b6d0c1e-8d52-4a39-9b7b-2f6f2d0f6a22/thumbnail',
        },
      ],
      certificates: [],
    },
  ],
  timeline: [
    { at: '2026-12-01T02:00:00.000Z', action: 'submit', status: 'submitted', statusLabel: '已提交', actor: 'applicant', note: null },
  ],
  dates: {
    submittedAt: '2026-12-01T02:00:00.000Z',
    acceptanceDueOn: '2026-12-08',
    acceptedOn: null,
    legalLimitDays: 20,
    promisedLimitDays: 5,
    legalDeadline: null,
    promisedDeadline: null,
    workingDaysUsed: null,
  },
  progress: { step: 1, of: 5, label: '提交申请' },
  correction: null,
  delivery: {
    method: 'pickup',
    recipient: null,
    phone: null,
    address: null,
    pickupCode: null,
    trackingNumber: null,
    dispatchedAt: null,
    deliveredAt: null,
    dueOn: null,
  },
  decision: null,
  canWithdraw: false,
  nextStep: '窗口工作人员将在5个工作日内审核材料并决定是否受理，结果会通知您。',
  parcelReturned: false,
  handler: null,
  notes: [],
  actions: ['request_correction', 'accept', 'not_accept'],
  card: 'green',
  extension: null,
  ...over,
});

export const staffCaseSummary = (over: Partial<StaffCaseSummary> = {}): StaffCaseSummary => {
  const c = staffCase();
  return {
    number: c.number,
    item: c.item,
    status: c.status,
    statusLabel: c.statusLabel,
    channel: c.channel,
    applicantName: '张*',
    handler: null,
    submittedAt: c.dates.submittedAt,
    dueOn: '2026-12-08',
    dueKind: 'acceptance',
    card: 'green',
    progress: c.progress,
    parcelReturned: false,
    ...over,
  };
};
