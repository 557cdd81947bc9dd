// Appointment API: residents (public availability, signed-in booking), window staff, administrators.
import type { Context } from 'koa';
import Router from 'koa-router';
import {
  AppointmentIdParam, AvailabilityQuery, BookingOptionsQuery, BookRequest, CalendarOverrideInput, CheckInRequest, ClosureInput,
  DeclineRequest, IdempotencyKey, MyAppointmentsQuery, RescheduleRequest, ScheduleInput, SlotsQuery, StaffAppointmentsQuery,
} from '@bianmin/shared';
import { isIsoDate } from '@bianmin/shared/calendar/working-days';
import { ValidationError } from '../../errors';
import { parseInput, singleValues } from '../../http/validate';
import { assertCan, principalOf } from '../identity/index';
import { requestMeta } from '../identity/http-auth';
import type { AppointmentServices } from './index';
import { idempotent } from './idempotency';

const body = (ctx: Context) => (ctx.request as { body?: unknown }).body ?? {};
const query = (ctx: Context) => singleValues(ctx.query);

function idempotencyKey(ctx: Context): string {
  const key = ctx.get('Idempotency-Key');
  if (!key) throw new ValidationError({ 'Idempotency-Key': ['缺少 Idempotency-Key 请求头（每次提交生成一个UUID，重试时沿用）'] });
  return parseInput(IdempotencyKey, key);
}

export function appointmentRoutes(s: AppointmentServices): Router {
  const r = new Router({ prefix: '/api/v1' });
  const { resident, staff, schedules, calendar } = s;

  r.get('/appointments/options', async (ctx) => {
    const q = parseInput(BookingOptionsQuery, query(ctx));
    ctx.body = await resident.options(q.item, q.near);
  });
  r.get('/appointments/availability', async (ctx) => {
    const q = parseInput(AvailabilityQuery, query(ctx));
    ctx.body = await resident.availability(q.item, q.hall);
  });
  r.get('/appointments/slots', async (ctx) => {
    const q = parseInput(SlotsQuery, query(ctx));
    ctx.body = await resident.slots(q.item, q.hall, q.date);
  });
  r.post('/appointments', async (ctx) => {
    const p = principalOf(ctx);
    const key = idempotencyKey(ctx);
    const req = parseInput(BookRequest, body(ctx));
    const result = await idempotent(
      s.dataSource, p.userId, key, { op: 'book', req },
      async () => ({ status: 201, body: await resident.book(p, req) }),
      () => resident.refuseIfFull(req.slotId),
    );
    ctx.status = result.status;
    ctx.body = result.body;
  });
  r.get('/appointments/mine', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await resident.mine(p, parseInput(MyAppointmentsQuery, query(ctx)).when);
  });
  r.get('/appointments/:id', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await resident.get(p, parseInput(AppointmentIdParam, ctx.params).id);
  });
  r.post('/appointments/:id/cancel', async (ctx) => {
    const p = principalOf(ctx);
    ctx.body = await resident.cancel(p, parseInput(AppointmentIdParam, ctx.params).id);
  });
  r.post('/appointments/:id/reschedule', async (ctx) => {
    const p = principalOf(ctx);
    const key = idempotencyKey(ctx);
    const id = parseInput(AppointmentIdParam, ctx.params).id;
    const { slotId } = parseInput(RescheduleRequest, body(ctx));
    const result = await idempotent(s.dataSource, p.userId, key, { op: 'reschedule', id, slotId }, async () => ({ status: 200, body: await resident.reschedule(p, id, slotId) }));
    ctx.status = result.status;
    ctx.body = result.body;
  });

  r.get('/staff/appointments', async (ctx) => {
    const p = principalOf(ctx);
    const q = parseInput(StaffAppointmentsQuery, query(ctx));
    ctx.body = await staff.day(p, q.hall, q.date, q.status);
  });
  r.post('/staff/appointments/check-in', async (ctx) => {
    const p = principalOf(ctx);
    const req = parseInput(CheckInRequest, body(ctx));
    ctx.body = await staff.checkIn(p, req.hall, req.ticket, requestMeta(ctx).ip);
  });
  for (const action of ['served', 'no-show', 'confirm'] as const) {
    r.post(`/staff/appointments/:id/${action}`, async (ctx) => {
      const p = principalOf(ctx);
      const id = parseInput(AppointmentIdParam, ctx.params).id;
      const ip = requestMeta(ctx).ip;
      ctx.body = action === 'served' ? await staff.served(p, id, ip) : action === 'no-show' ? await staff.noShow(p, id, ip) : await staff.confirm(p, id, ip);
    });
  }
  r.post('/staff/appointments/:id/decline', async (ctx) => {
    const p = principalOf(ctx);
    const id = parseInput(AppointmentIdParam, ctx.params).id;
    ctx.body = await staff.decline(p, id, parseInput(DeclineRequest, body(ctx)).reason, requestMeta(ctx).ip);
  });

  const admin = (ctx: Context) => {
    const p = principalOf(ctx);
    assertCan(p, 'admin.appointments.manage');
    return p;
  };
  r.get('/admin/schedules', async (ctx) => { admin(ctx); ctx.body = await schedules.list(); });
  r.put('/admin/schedules', async (ctx) => {
    const p = admin(ctx);
    ctx.body = await schedules.put(p.userId, parseInput(ScheduleInput, body(ctx)), requestMeta(ctx).ip);
  });
  r.get('/admin/calendar', async (ctx) => { admin(ctx); ctx.body = await calendar.status(); });
  r.put('/admin/calendar/overrides', async (ctx) => {
    const p = admin(ctx);
    await calendar.setOverride(p.userId, parseInput(CalendarOverrideInput, body(ctx)), requestMeta(ctx).ip);
    ctx.body = await calendar.status();
  });
  r.delete('/admin/calendar/overrides/:date', async (ctx) => {
    const p = admin(ctx);
    if (!isIsoDate(ctx.params.date ?? '')) throw new ValidationError({ date: ['日期格式应为 YYYY-MM-DD'] });
    await calendar.removeOverride(p.userId, ctx.params.date!, requestMeta(ctx).ip);
    ctx.body = await calendar.status();
  });
  r.post('/admin/closures', async (ctx) => {
    const p = admin(ctx);
    const cancelled = await calendar.addClosure(p.userId, parseInput(ClosureInput, body(ctx)), requestMeta(ctx).ip);
    ctx.status = 201;
    ctx.body = { cancelledAppointments: cancelled };
  });
  return r;
}
