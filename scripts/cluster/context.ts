// What every scenario of the suite gets: the API instances, a connection to each database node,
// fresh verified residents on demand, and the booking setup (an item with slots of capacity 5).
import type mysql from 'mysql2/promise';
import { at } from '../lib/at';
import { type Answer, request, type Call } from './http';
import type { Instance } from './instances';
import type { Report } from './report';
import { createResidents, type Resident } from './residents';

export const HALL = 'cy-district';
export const BOOKING_ITEM_NAME = '居住证办理';
export const CAPACITY = 5;
export const PHONE = '13900000000';

export interface BookingDay {
  date: string;
  slotIds: number[];
}

export interface Context {
  report: Report;
  instances: Instance[];
  /** One connection per database node, in node order (one for the single MariaDB). */
  nodes: mysql.Connection[];
  /** Whether the nodes are a Galera cluster. */
  galera: boolean;
  itemCode: string;
  /** Released future days, each with its 40 slots of capacity 5. */
  days: BookingDay[];
  residents(count: number): Promise<Resident[]>;
}

/** Request `i` of a burst goes to instance i mod n — a round-robin load balancer. */
export function send<T = Record<string, unknown>>(ctx: Pick<Context, 'instances'>, i: number, path: string, c?: Call): Promise<Answer<T>> {
  const instance = at(ctx.instances, i % ctx.instances.length);
  return request<T>(instance.baseUrl, instance.index, path, c);
}

/**
 * Residents written through the first node, then read back on every node before use. Galera
 * applies a write set on the other nodes just after COMMIT returns, and a read there does not wait
 * for it (wsrep_sync_wait = 0, the default): a token used on another node a moment too early would
 * meet no session. The read back waits (our connections set wsrep_sync_wait).
 */
export function residentsFrom(nodes: mysql.Connection[]): (count: number) => Promise<Resident[]> {
  let next = 0;
  return async (count) => {
    const made = await createResidents(at(nodes, 0), next, count);
    next += count;
    for (const db of nodes) await db.query('SELECT COUNT(*) FROM refresh_token');
    return made;
  };
}
