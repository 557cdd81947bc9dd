// Contract-shaped sample data for component tests (typed by the shared DTOs, so drift fails typecheck).
import type { GuideDetail, GuideMaterial, GuideSummary } from '@bianmin/shared/guides/guide.schema';
import type { Appointment, StaffAppointment } from '@bianmin/shared/appointments/appointment.schema';
import type { Case, CaseSummary } from '@bianmin/shared/cases/case.schema';

export const guideSummary = (over: Partial<GuideSummary> = {}): GuideSummary => ({
  code: '11370214MB28595541-370214-001',
  name: '食品经营许可（新办）',
  kind: 'permit',
  audiences: ['individual', 'organization'],
  department: { code: 'xzsp', name: '区行政审批服务局' },
  summary: null,
  promisedLimitDays: 5,
  onlineDepth: 4,
  fullyOnline: true,
  onSiteVisits: 0,
  appointmentAvailable: true,
  onlineSubmission: true,
  highlights: [],
  matchedAlias: null,
  ...over,
});

export const material = (over: Partial<GuideMaterial> = {}): GuideMaterial => ({
  id: 1,
  name: '食品经营许可申请书',
  requirement: 'required',
  condition: null,
  originals: 1,
  copies: 0,
  source: '申请人自备',
  notes: null,
  sharedProof: false,
  filledOnline: false,
  upload: { kinds: ['image', 'pdf'], maxFiles: 5, photoOfOriginal: true },
  blankFormUrl: null,
  sampleFormUrl: null,
  ...over,
});

export const guideDetail = (over: Partial<GuideDetail> = {}): GuideDetail => ({
  ...guideSummary(),
  department: { code: 'xzsp', name: '区行政审批服务局', phone: '0532-87867100' },
  implementingBody: '青岛市城阳区行政审批服务局',
  legalLimitDays: 20,
  conditions: ['有与经营的食品品种、数量相适应的经营场所'],
  legalBasis: [{ title: '《中华人民共和国食品安全法》', article: '第三十五条' }],
  materials: [material()],
  fee: { charged: false, items: [] },
  process: [
    { name: '申请', description: '网上或窗口提交材料' },
    { name: '决定', description: '审查后作出决定' },
  ],
  consultPhone: '0532-87867100',
  complaintPhone: '0532-12345',
  aliases: ['开饭店'],
  lifeEvents: [{ code: 'open-restaurant', name: '开饭店' }],
  servicePoints: [],
  applicationForm: null,
  catalogueVersion: 'test',
  ...over,
});

export const appointment = (over: Partial<Appointment> = {}): Appointment => ({
  id: '5f0c3a52-7d1e-4c1b-9a55-0f4d8e2b7c11',
  status: 'booked',
  statusLabel: '已预约',
  item: { code: 'MARRIAGE', name: '结婚登记' },
  hall: { code: 'cy-district', name: '城阳区政务服务中心', address: '青岛市城阳区正阳路236号', phone: '0532-87861000' },
  date: '2026-11-27',
  start: '09:00',
  end: '09:30',
  ticketCode: 'K7Q2M9XD',
  qrToken: 'qr-token',
  qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  contactPhone: '138****5678',
  canCancel: true,
  cancelDeadline: '2026-11-26T23:00:00.000Z',
  declineReason: null,
  createdAt: '2026-11-20T02:00:00.000Z',
  ...over,
});

export const staffAppointment = (over: Partial<StaffAppointment> = {}): StaffAppointment => ({
  id: '9a1b2c3d-0000-4000-8000-000000000001',
  status: 'booked',
  statusLabel: '已预约',
  ticketCode: 'K7Q2M9XD',
  item: { code: 'MARRIAGE', name: '结婚登记' },
  date: '2026-11-27',
  start: '09:00',
  end: '09:30',
  residentName: '张*',
  contactPhone: '138****5678',
  requiresConfirmation: false,
  ...over,
});

export const caseDetail = (over: Partial<Case> = {}): Case => ({
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
      certificates: [],
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
  canWithdraw: true,
  nextStep: '窗口工作人员将在5个工作日内审核材料并决定是否受理，结果会通知您。',
  ...over,
});

export const caseSummary = (over: Partial<CaseSummary> = {}): CaseSummary => {
  const c = caseDetail();
  return {
    number: c.number,
    item: c.item,
    status: c.status,
    statusLabel: c.statusLabel,
    channel: c.channel,
    submittedAt: c.dates.submittedAt,
    acceptanceDueOn: c.dates.acceptanceDueOn,
    promisedDeadline: null,
    progress: c.progress,
    nextStep: c.nextStep,
    ...over,
  };
};
