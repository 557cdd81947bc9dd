// Queue routes (排队叫号): the hall's waiting counts (public), the resident's number, the window's
// calling and the kiosk. Zod-free: schemas as types only (see guide.routes.ts).
import type {
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
import { route } from '../http/route';

type TicketAction = { params: typeof QueueTicketParam; response: typeof StaffQueueTicket };

export const queueRoutes = {
  hall: route<{ params: typeof HallQueueParam; response: typeof HallQueue }>('GET', '/api/v1/queue/halls/:id', 'public'),
  appointment: route<{ params: typeof QueueAppointmentParam; response: typeof AppointmentQueue }>(
    'GET',
    '/api/v1/queue/appointments/:id',
    'signed-in',
  ),
  board: route<{ query: typeof StaffQueueQuery; response: typeof StaffQueueBoard }>('GET', '/api/v1/staff/queue', 'staff'),
  callNext: route<{ body: typeof CallNextRequest; response: typeof StaffQueueTicket }>('POST', '/api/v1/staff/queue/call-next', 'staff'),
  recall: route<TicketAction>('POST', '/api/v1/staff/queue/tickets/:id/recall', 'staff'),
  skip: route<TicketAction>('POST', '/api/v1/staff/queue/tickets/:id/skip', 'staff'),
  complete: route<TicketAction>('POST', '/api/v1/staff/queue/tickets/:id/complete', 'staff'),
  walkIn: route<{ body: typeof WalkInRequest; response: typeof WalkInTicket }>('POST', '/api/v1/staff/queue/walk-ins', 'staff'),
} as const;
