// Posted results (邮政快递送证到家): the courier's tracking, polled, closes a case once the parcel is
// signed for (送达). A returned parcel (退件) needs a person: the case is flagged for the window,
// which contacts the applicant and dispatches again (dispatch.ts); it is not polled meanwhile.
import { IsNull, type DataSource } from 'typeorm';
import type { CourierClient } from '../../../platform/index';
import { CourierError } from '../../../platform/clients/courier/errors';
import { AppError } from '../../../errors';
import { CaseEntity, type CaseRow } from '../entities';
import type { Transition } from './transition';

export async function trackPostedResults(d: {
  dataSource: DataSource;
  courier: CourierClient;
  transition: Transition;
  now: () => Date;
  deliver: (p: null, number: string, body: object, ip: null, row: CaseRow) => Promise<unknown>;
}): Promise<number> {
  const posted = (
    await d.dataSource
      .getRepository(CaseEntity)
      .find({ where: { status: 'concluded', deliveredAt: IsNull(), parcelReturnedAt: IsNull() }, take: 500 })
  ).filter((c) => c.dispatch?.method === 'post' && c.dispatch.trackingNumber);
  let delivered = 0;
  for (const c of posted) {
    try {
      const tracking = await d.courier.track(c.dispatch?.trackingNumber ?? '');
      if (tracking.status === 'returned') await markReturned(d, c);
      if (tracking.status !== 'delivered') continue;
      await d.deliver(null, c.number, {}, null, c);
      delivered++;
    } catch (err) {
      // Try again next round: the courier was busy, or staff closed it a moment ago.
      if (err instanceof CourierError || (err instanceof AppError && err.code === 'CASE_STATE')) continue;
      throw err;
    }
  }
  return delivered;
}

async function markReturned(d: { transition: Transition; now: () => Date }, c: CaseRow): Promise<void> {
  const at = d.now();
  await d.transition(
    c,
    {
      action: null,
      timeline: 'parcel_returned',
      patch: { parcelReturnedAt: at },
      actor: 'system',
      note: '邮件被退回，请联系申请人',
      audit: { action: 'case.parcel_returned', detail: { trackingNumber: c.dispatch?.trackingNumber ?? null } },
    },
    { userId: null, ip: null },
    at,
  );
}
