// 统一发件 and 送达: the result leaves with a pickup code or by post (a waybill from the courier
// for the applicant's address, or a tracking number the window types), and a delivery — the
// pickup code shown at the window, or the courier's signature — closes the case.
import { randomInt } from 'node:crypto';
import type { StaffCase } from '@bianmin/shared';
import { AppError, ValidationError } from '../../../errors';
import { COURIER_CODES, CourierError } from '../../../platform/clients/courier/errors';
import type { CaseWork, Principal } from '../../identity/index';
import type { CaseRow } from '../entities';
import type { HandlingDeps } from './handling-service';
import { stateConflict, type Transition } from './transition';

export function createDispatchSteps(
  d: HandlingDeps,
  transition: Transition,
  working: (p: Principal, number: string, work: CaseWork) => Promise<CaseRow>,
  done: (p: Principal, c: CaseRow) => Promise<StaffCase>,
) {
  const who = (p: Principal, ip: string | null) => ({ userId: p.userId, ip });
  const now = () => d.clock.now();

  /** `orderNo`: the courier answers the same waybill for the same one, so a retry never posts twice. */
  async function postResult(c: CaseRow, orderNo: string): Promise<string> {
    if (!c.deliveryEnc) throw new ValidationError({ method: ['申请人选择了窗口领取，没有邮寄地址；如需邮寄请填写快递单号'] });
    const to = JSON.parse(d.protector.decrypt(c.deliveryEnc)) as { recipient: string; phone: string; address: string };
    const snapshot = await d.catalogue.current();
    const item = snapshot.itemByCode.get(c.itemCode);
    const hall = item ? snapshot.servicePoints(item)[0]?.hall : undefined;
    try {
      const waybill = await d.courier.createWaybill({
        orderNo,
        sender: {
          name: snapshot.departmentByCode.get(c.departmentCode)?.name ?? '政务服务中心',
          phone: hall?.phone ?? '12345',
          address: hall?.address ?? '政务服务中心',
        },
        recipient: { name: to.recipient, phone: to.phone, address: to.address },
        itemDescription: `办件结果（${c.number}）`,
      });
      return waybill.waybillNo;
    } catch (err) {
      if (!(err instanceof CourierError)) throw err;
      if (err.code === COURIER_CODES.addressUnrecognised)
        throw new ValidationError({ method: ['快递公司无法识别收件地址，请联系申请人核实地址'] });
      throw new AppError('SERVICE_UNAVAILABLE', 503, '快递下单暂时失败，请稍后重试或手工填写快递单号');
    }
  }

  return {
    /** 统一发件: the result is ready — a pickup code for the window, or a tracking number for the post; the case is concluded (办结). */
    async dispatch(
      p: Principal,
      number: string,
      body: { method: 'pickup' } | { method: 'post'; trackingNumber?: string },
      ip: string | null,
    ) {
      const c = await working(p, number, 'receive');
      // A returned parcel (退件) is sent again: a new waybill (its own order number) or the window.
      const again = c.status === 'concluded' && !!c.parcelReturnedAt && !c.deliveredAt;
      if (!c.decision || (c.status === 'concluded' && !again)) throw stateConflict();
      const orderNo = again ? `${c.number}-R${c.version}` : c.number;
      const trackingNumber = body.method === 'post' ? (body.trackingNumber ?? (await postResult(c, orderNo))) : null;
      const at = now();
      const pickupCode = body.method === 'pickup' ? String(randomInt(1_000_000)).padStart(6, '0') : null;
      const dispatch = {
        method: body.method,
        trackingNumber,
        pickupCodeEnc: pickupCode ? d.protector.encrypt(pickupCode) : null,
        at: at.toISOString(),
        byUserId: p.userId,
      };
      const sent = body.method === 'pickup' ? '结果可到窗口凭取件码领取' : `结果已交寄，快递单号 ${trackingNumber ?? ''}`;
      const next = await transition(
        c,
        {
          action: again ? null : 'conclude',
          timeline: 'dispatch',
          patch: again ? { dispatch, parcelReturnedAt: null } : { dispatch, concludedAt: at },
          note: again ? `重新发件：${sent}` : `已办结，${sent}`,
          event: {
            type: 'case.dispatched',
            payload: { method: body.method, trackingNumber: dispatch.trackingNumber, pickupCodeSealed: dispatch.pickupCodeEnc },
          },
          audit: { action: again ? 'case.redispatch' : 'case.dispatch', detail: { method: body.method } },
        },
        who(p, ip),
        at,
      );
      return done(p, next);
    },

    /** 送达: collected at the window with the right pickup code, or signed for by the courier. */
    async deliver(p: Principal | null, number: string, body: { pickupCode?: string }, ip: string | null, row?: CaseRow) {
      const c = row ?? (p ? await working(p, number, 'receive') : null);
      if (!c?.dispatch) throw new AppError('CASE_STATE', 409, '该办件尚未发件');
      if (c.parcelReturnedAt) throw new AppError('CASE_STATE', 409, '邮件已被退回，请联系申请人后重新发件');
      if (c.dispatch.method === 'pickup') {
        const expected = c.dispatch.pickupCodeEnc ? d.protector.decrypt(c.dispatch.pickupCodeEnc) : null;
        if (!body.pickupCode || body.pickupCode !== expected)
          throw new ValidationError({ pickupCode: ['取件码不正确，请让申请人出示办件页面上的取件码'] });
      }
      const at = now();
      const next = await transition(
        c,
        {
          action: 'deliver',
          patch: { deliveredAt: at },
          actor: p ? 'staff' : 'system',
          note: c.dispatch.method === 'pickup' ? '申请人已凭取件码领取结果，办理完成' : '快递已签收，办理完成',
          event: { type: 'case.delivered', payload: { method: c.dispatch.method } },
          audit: { action: 'case.deliver', detail: { method: c.dispatch.method } },
        },
        p ? who(p, ip) : { userId: null, ip: null },
        at,
      );
      return p ? done(p, next) : null;
    },
  };
}
