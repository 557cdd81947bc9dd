// Posted results (邮政快递送证到家): the courier's tracking, polled, closes a case once the parcel is
// signed for (送达). A returned parcel needs a person; it stays for the window to follow up.
import { IsNull, type DataSource } from 'typeorm';
import type { CourierClient } from '../../../platform/index';
import { CourierError } from '../../../platform/clients/courier/errors';
import { AppError } from '../../../errors';
import { CaseEntity, type CaseRow } from '../entities';

export async function trackPostedResults(d: {
  dataSource: DataSource;
  courier: CourierClient;
  deliver: (p: null, number: string, body: object, ip: null, row: CaseRow) => Promise<unknown>;
}): Promise<number> {
  const posted = (
    await d.dataSource.getRepository(CaseEntity).find({ where: { status: 'concluded', deliveredAt: IsNull() }, take: 500 })
  ).filter((c) => c.dispatch?.method === 'post' && c.dispatch.trackingNumber);
  let delivered = 0;
  for (const c of posted) {
    try {
      const tracking = await d.courier.track(c.dispatch?.trackingNumber ?? '');
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
