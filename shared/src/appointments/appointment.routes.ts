// Appointment routes (预约服务): residents, window staff, administrators. Zod-free: schemas as types
// only (see guide.routes.ts).
import type {
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
import type { CalendarImportRequest, CalendarImportResult } from './calendar-import.schema';
import { route } from '../http/route';

type Id = { params: typeof AppointmentIdParam };
type StaffAction = Id & { response: typeof StaffAppointment };

export const appointmentRoutes = {
  options: route<{ query: typeof BookingOptionsQuery; response: typeof BookingOptions }>('GET', '/api/v1/appointments/options', 'public'),
  availability: route<{ query: typeof AvailabilityQuery; response: typeof Availability }>(
    'GET',
    '/api/v1/appointments/availability',
    'public',
  ),
  slots: route<{ query: typeof SlotsQuery; response: typeof SlotList }>('GET', '/api/v1/appointments/slots', 'public'),
  book: route<{ body: typeof BookRequest; headers: typeof IdempotencyHeaders; response: typeof Appointment }>(
    'POST',
    '/api/v1/appointments',
    'signed-in',
  ),
  mine: route<{ query: typeof MyAppointmentsQuery; response: typeof AppointmentList }>('GET', '/api/v1/appointments/mine', 'signed-in'),
  get: route<Id & { response: typeof Appointment }>('GET', '/api/v1/appointments/:id', 'signed-in'),
  cancel: route<Id & { response: typeof Appointment }>('POST', '/api/v1/appointments/:id/cancel', 'signed-in'),
  reschedule: route<Id & { body: typeof RescheduleRequest; headers: typeof IdempotencyHeaders; response: typeof Appointment }>(
    'POST',
    '/api/v1/appointments/:id/reschedule',
    'signed-in',
  ),

  staffDay: route<{ query: typeof StaffAppointmentsQuery; response: typeof StaffAppointmentList }>(
    'GET',
    '/api/v1/staff/appointments',
    'staff',
  ),
  checkIn: route<{ body: typeof CheckInRequest; response: typeof StaffAppointment }>(
    'POST',
    '/api/v1/staff/appointments/check-in',
    'staff',
  ),
  served: route<StaffAction>('POST', '/api/v1/staff/appointments/:id/served', 'staff'),
  noShow: route<StaffAction>('POST', '/api/v1/staff/appointments/:id/no-show', 'staff'),
  confirm: route<StaffAction>('POST', '/api/v1/staff/appointments/:id/confirm', 'staff'),
  decline: route<StaffAction & { body: typeof DeclineRequest }>('POST', '/api/v1/staff/appointments/:id/decline', 'staff'),

  schedules: route<{ response: typeof ScheduleList }>('GET', '/api/v1/admin/schedules', 'admin'),
  putSchedule: route<{ body: typeof ScheduleInput; response: typeof Schedule }>('PUT', '/api/v1/admin/schedules', 'admin'),
  calendar: route<{ response: typeof CalendarStatus }>('GET', '/api/v1/admin/calendar', 'admin'),
  putCalendarOverride: route<{ body: typeof CalendarOverrideInput; response: typeof CalendarStatus }>(
    'PUT',
    '/api/v1/admin/calendar/overrides',
    'admin',
  ),
  deleteCalendarOverride: route<{ params: typeof CalendarDateParam; response: typeof CalendarStatus }>(
    'DELETE',
    '/api/v1/admin/calendar/overrides/:date',
    'admin',
  ),
  addClosure: route<{ body: typeof ClosureInput; response: typeof ClosureResult }>('POST', '/api/v1/admin/closures', 'admin'),
  importCalendar: route<{ body: typeof CalendarImportRequest; response: typeof CalendarImportResult }>(
    'POST',
    '/api/v1/admin/calendar/imports',
    'admin',
  ),
} as const;
