// The queue routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { queueRoutes } from './queue.routes';
import {
  AppointmentQueue,
  CallNextRequest,
  HallQueue,
  HallQueueParam,
  QueueAppointmentParam,
  QueueTicketParam,
  StaffQueueBoard,
  StaffQueueQuery,
  StaffQueueTicket,
  WalkInRequest,
  WalkInTicket,
} from './queue.schema';

const T = '排队叫号';
const W = '窗口叫号（工作人员）';
const ticketAction = { params: QueueTicketParam, response: StaffQueueTicket };

export const queueEndpoints = endpoints(queueRoutes, {
  hall: { schemas: { params: HallQueueParam, response: HallQueue }, summary: '大厅各窗口组等候人数', tag: T, errors: [400, 404] },
  appointment: {
    schemas: { params: QueueAppointmentParam, response: AppointmentQueue },
    summary: '我的排队号（签到后；支持 ETag / If-None-Match，轮询用）',
    tag: T,
    errors: [400, 401],
  },
  board: {
    schemas: { query: StaffQueueQuery, response: StaffQueueBoard },
    summary: '本窗口叫号台：当前号码与等候队列',
    tag: W,
    errors: [400, 401, 404],
  },
  callNext: { schemas: { body: CallNextRequest, response: StaffQueueTicket }, summary: '叫下一位', tag: W, errors: [400, 401, 404, 409] },
  recall: { schemas: ticketAction, summary: '重新叫号', tag: W, errors: [400, 401, 404, 409] },
  skip: { schemas: ticketAction, summary: '过号（叫号未到）', tag: W, errors: [400, 401, 404, 409] },
  complete: { schemas: ticketAction, summary: '办结', tag: W, errors: [400, 401, 404, 409] },
  walkIn: {
    schemas: { body: WalkInRequest, response: WalkInTicket },
    summary: '现场取号（自助机，凭身份证号）',
    tag: W,
    errors: [400, 401, 404, 409],
    status: 201,
  },
});
