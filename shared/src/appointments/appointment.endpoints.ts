// The appointment routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { appointmentRoutes } from './appointment.routes';
import {
  Appointment,
  AppointmentIdParam,
  AppointmentList,
  Availability,
  AvailabilityQuery,
  BookingOptions,
  BookingOptionsQuery,
  BookRequest,
  CalendarDateParam,
  CalendarOverrideInput,
  CalendarStatus,
  CheckInRequest,
  ClosureInput,
  ClosureResult,
  DeclineRequest,
  IdempotencyHeaders,
  MyAppointmentsQuery,
  RescheduleRequest,
  Schedule,
  ScheduleInput,
  ScheduleList,
  SlotList,
  SlotsQuery,
  StaffAppointment,
  StaffAppointmentList,
  StaffAppointmentsQuery,
} from './appointment.schema';
import { CalendarImportRequest, CalendarImportResult } from './calendar-import.schema';

const T = '预约服务';
const W = '窗口（工作人员）';
const ADMIN = '管理';
const params = AppointmentIdParam;
const staffAction = { params, response: StaffAppointment };

export const appointmentEndpoints = endpoints(appointmentRoutes, {
  options: {
    schemas: { query: BookingOptionsQuery, response: BookingOptions },
    summary: '可预约该事项的大厅（按距离）',
    tag: T,
    errors: [400],
  },
  availability: { schemas: { query: AvailabilityQuery, response: Availability }, summary: '各工作日余号与放号时间', tag: T, errors: [400] },
  slots: { schemas: { query: SlotsQuery, response: SlotList }, summary: '某日的时段与余号', tag: T, errors: [400] },
  book: {
    schemas: { body: BookRequest, headers: IdempotencyHeaders, response: Appointment },
    summary: '预约（需 Idempotency-Key 请求头；同一个键重复提交返回第一次的结果）',
    tag: T,
    errors: [400, 401, 403, 409, 422],
    status: 201,
  },
  mine: {
    schemas: { query: MyAppointmentsQuery, response: AppointmentList },
    summary: '我的预约（upcoming / past）',
    tag: T,
    errors: [401],
  },
  get: { schemas: { params, response: Appointment }, summary: '预约详情（含取号二维码）', tag: T, errors: [401, 404] },
  cancel: { schemas: { params, response: Appointment }, summary: '取消预约（截止时间前）', tag: T, errors: [401, 404, 409] },
  reschedule: {
    schemas: { params, body: RescheduleRequest, headers: IdempotencyHeaders, response: Appointment },
    summary: '改约（需 Idempotency-Key 请求头；新时段与旧时段在同一事务中交换）',
    tag: T,
    errors: [400, 401, 404, 409],
  },

  staffDay: {
    schemas: { query: StaffAppointmentsQuery, response: StaffAppointmentList },
    summary: '本大厅某日预约',
    tag: W,
    errors: [400, 401, 404],
  },
  checkIn: {
    schemas: { body: CheckInRequest, response: StaffAppointment },
    summary: '扫码或输入预约码签到',
    tag: W,
    errors: [400, 401, 404, 409],
  },
  served: { schemas: staffAction, summary: '办结', tag: W, errors: [401, 404, 409] },
  noShow: { schemas: staffAction, summary: '标记未到', tag: W, errors: [401, 404, 409] },
  confirm: { schemas: staffAction, summary: '确认待确认的预约', tag: W, errors: [401, 404, 409] },
  decline: { schemas: { ...staffAction, body: DeclineRequest }, summary: '不通过（须填写原因）', tag: W, errors: [400, 401, 404, 409] },

  schedules: { schemas: { response: ScheduleList }, summary: '预约排班', tag: ADMIN, errors: [401, 404] },
  putSchedule: {
    schemas: { body: ScheduleInput, response: Schedule },
    summary: '设置大厅（或事项）的排班、号源与放号规则',
    tag: ADMIN,
    errors: [400, 401, 404],
  },
  calendar: { schemas: { response: CalendarStatus }, summary: '工作日历：数据覆盖情况与调整', tag: ADMIN, errors: [401, 404] },
  putCalendarOverride: {
    schemas: { body: CalendarOverrideInput, response: CalendarStatus },
    summary: '调整某日为工作日或休息日',
    tag: ADMIN,
    errors: [400, 401, 404],
  },
  deleteCalendarOverride: {
    schemas: { params: CalendarDateParam, response: CalendarStatus },
    summary: '撤销某日的调整（恢复为公布的节假日安排）',
    tag: ADMIN,
    errors: [400, 401, 404],
  },
  addClosure: {
    schemas: { body: ClosureInput, response: ClosureResult },
    summary: '大厅（或全区）某日停办；当日已有预约由系统取消并告知原因',
    tag: ADMIN,
    errors: [400, 401, 404],
    status: 201,
  },
  importCalendar: {
    schemas: { body: CalendarImportRequest, response: CalendarImportResult },
    summary: '导入国务院办公厅公布的年度节假日安排（格式见 docs/calendar-import.md；同一文件重复导入不作改动）',
    tag: ADMIN,
    errors: [400, 401, 404],
  },
});
