// OpenAPI entries of the appointment capability.
import {
  Appointment, AppointmentList, Availability, AvailabilityQuery, BookingOptions, BookingOptionsQuery, BookRequest, CalendarOverrideInput,
  CalendarStatus, CheckInRequest, ClosureInput, ClosureResult, DeclineRequest, MyAppointmentsQuery, RescheduleRequest, Schedule, ScheduleInput,
  ScheduleList, SlotList, SlotsQuery, StaffAppointment, StaffAppointmentList, StaffAppointmentsQuery,
} from '@bianmin/shared';
import type { Endpoint } from './openapi';

const ID = { id: '预约编号' };
const T = '预约服务';
const W = '窗口（工作人员）';

export const APPOINTMENT_ENDPOINTS: Endpoint[] = [
  { path: '/api/v1/appointments/options', summary: '可预约该事项的大厅（按距离）', tag: T, query: BookingOptionsQuery, response: BookingOptions, errors: [400] },
  { path: '/api/v1/appointments/availability', summary: '各工作日余号与放号时间', tag: T, query: AvailabilityQuery, response: Availability, errors: [400] },
  { path: '/api/v1/appointments/slots', summary: '某日的时段与余号', tag: T, query: SlotsQuery, response: SlotList, errors: [400] },
  { path: '/api/v1/appointments', method: 'post', summary: '预约（需 Idempotency-Key 请求头；同一个键重复提交返回第一次的结果）', tag: T, auth: true, body: BookRequest, response: Appointment, errors: [400, 401, 403, 409, 422] },
  { path: '/api/v1/appointments/mine', summary: '我的预约（upcoming / past）', tag: T, auth: true, query: MyAppointmentsQuery, response: AppointmentList, errors: [401] },
  { path: '/api/v1/appointments/{id}', summary: '预约详情（含取号二维码）', tag: T, auth: true, pathParams: ID, response: Appointment, errors: [401, 404] },
  { path: '/api/v1/appointments/{id}/cancel', method: 'post', summary: '取消预约（截止时间前）', tag: T, auth: true, pathParams: ID, response: Appointment, errors: [401, 404, 409] },
  { path: '/api/v1/appointments/{id}/reschedule', method: 'post', summary: '改约（新时段与旧时段在同一事务中交换）', tag: T, auth: true, pathParams: ID, body: RescheduleRequest, response: Appointment, errors: [400, 401, 404, 409] },
  { path: '/api/v1/staff/appointments', summary: '本大厅某日预约', tag: W, auth: true, query: StaffAppointmentsQuery, response: StaffAppointmentList, errors: [400, 401, 404] },
  { path: '/api/v1/staff/appointments/check-in', method: 'post', summary: '扫码或输入预约码签到', tag: W, auth: true, body: CheckInRequest, response: StaffAppointment, errors: [400, 401, 404, 409] },
  { path: '/api/v1/staff/appointments/{id}/served', method: 'post', summary: '办结', tag: W, auth: true, pathParams: ID, response: StaffAppointment, errors: [401, 404, 409] },
  { path: '/api/v1/staff/appointments/{id}/no-show', method: 'post', summary: '标记未到', tag: W, auth: true, pathParams: ID, response: StaffAppointment, errors: [401, 404, 409] },
  { path: '/api/v1/staff/appointments/{id}/confirm', method: 'post', summary: '确认待确认的预约', tag: W, auth: true, pathParams: ID, response: StaffAppointment, errors: [401, 404, 409] },
  { path: '/api/v1/staff/appointments/{id}/decline', method: 'post', summary: '不通过（须填写原因）', tag: W, auth: true, pathParams: ID, body: DeclineRequest, response: StaffAppointment, errors: [400, 401, 404, 409] },
  { path: '/api/v1/admin/schedules', summary: '预约排班', tag: '管理', auth: true, response: ScheduleList, errors: [401, 404] },
  { path: '/api/v1/admin/schedules', method: 'put', summary: '设置大厅（或事项）的排班、号源与放号规则', tag: '管理', auth: true, body: ScheduleInput, response: Schedule, errors: [400, 401, 404] },
  { path: '/api/v1/admin/calendar', summary: '工作日历：数据覆盖情况与调整', tag: '管理', auth: true, response: CalendarStatus, errors: [401, 404] },
  { path: '/api/v1/admin/calendar/overrides', method: 'put', summary: '调整某日为工作日或休息日', tag: '管理', auth: true, body: CalendarOverrideInput, response: CalendarStatus, errors: [400, 401, 404] },
  { path: '/api/v1/admin/closures', method: 'post', summary: '大厅（或全区）某日停办；当日已有预约由系统取消并告知原因', tag: '管理', auth: true, body: ClosureInput, response: ClosureResult, errors: [400, 401, 404] },
];
