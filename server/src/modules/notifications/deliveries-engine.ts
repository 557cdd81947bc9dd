// The delivery engine: claims due rows with a lease, sends each through its channel, records the
// outcome. The claim is a conditional UPDATE (`… WHERE id IN (…) AND <still due> AND <lease free>`),
// which SQLite, MySQL, MariaDB and Galera all arbitrate — a row goes to one claimer, on whatever
// node. We do not use `FOR UPDATE SKIP LOCKED` (MySQL ≥ 8, MariaDB ≥ 10.6): on Galera its row
// locks are local to one node and exclude nobody on another, and it would not work on SQLite.
// Candidates are read first and shuffled so that workers reading the same due rows mostly claim
// different ones. A worker that dies keeps its rows until the lease runs out; then they are due
// again and another worker sends them (at least once: the dedupe key marks a resend).
import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { backoffMs, outcomeOf, type Sent, type Senders } from './deliveries-channels';
import { DeliveryEntity, type DeliveryRow, type DeliveryStatus } from './deliveries-entity';
import { type Outcome, recordOutcome, recordOutcomes } from './deliveries-outcomes';

export interface EngineOptions {
  /** Identifies this worker's leases. */
  id: string;
  leaseMs: number;
  batch: number;
  /** Sends in flight at once per worker. */
  concurrency: number;
  /** Temporary failures retry this long after the event (NOTIFY_RETRY_FOR_MS), then fall back. */
  retryForMs: number;
  retryBaseMs: number;
  retryCapMs: number;
}

/** Outcomes recorded per transaction (see runOnce). */
const RECORD_EVERY = 25;
const DUE: DeliveryStatus[] = ['created', 'sending', 'temporary-failure', 'technical-failure'];
const WHERE_DUE = 'status IN (:...due) AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)';

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

export function createDeliveryEngine(d: { dataSource: DataSource; tx: UnitOfWork; senders: Senders }, o: EngineOptions) {
  const repo = () => d.dataSource.getRepository(DeliveryEntity);
  const lease = o.id;

  async function claim(now: Date): Promise<DeliveryRow[]> {
    const candidates = await repo()
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .where(WHERE_DUE.replace(/(status|next_attempt_at|lease_until)/g, 'd.$1'), { due: DUE, now })
      .orderBy('d.next_attempt_at', 'ASC')
      .limit(o.batch * 3)
      .getRawMany<{ id: string }>();
    if (!candidates.length) return [];
    const ids = shuffle(candidates.map((c) => c.id)).slice(0, o.batch);
    const until = new Date(now.getTime() + o.leaseMs);
    await d.tx.run((em) =>
      em
        .getRepository(DeliveryEntity)
        .createQueryBuilder()
        .update()
        .set({ status: 'sending', leaseOwner: lease, leaseUntil: until, attempts: () => 'attempts + 1', updatedAt: now })
        .where(`id IN (:...ids) AND ${WHERE_DUE}`, { ids, due: DUE, now })
        .execute(),
    );
    return repo().createQueryBuilder('d').where('d.id IN (:...ids) AND d.lease_owner = :lease', { ids, lease }).getMany();
  }

  /** Rows claimed but not sent: due again at once, for any worker, the attempt not counted. */
  async function release(em: EntityManager, ids: string[]) {
    await em
      .getRepository(DeliveryEntity)
      .createQueryBuilder()
      .update()
      .set({ leaseOwner: null, leaseUntil: null, attempts: () => 'attempts - 1' })
      .where('id IN (:...ids) AND lease_owner = :lease', { ids, lease })
      .execute();
  }

  /** A row sent again by staff takes a new subscription credit (queueing took the first); false: none left. */
  async function creditFor(row: DeliveryRow): Promise<boolean> {
    const template = row.message.wechat?.templateId;
    if (row.channel !== 'wechat' || row.creditTaken || !template) return true;
    return d.tx.run(async (em) => {
      if (!(await d.senders.takeCredit(em, row.userId, template))) return false;
      const kept = await em
        .getRepository(DeliveryEntity)
        .createQueryBuilder()
        .update()
        .set({ creditTaken: true })
        .where('id = :id AND lease_owner = :lease', { id: row.id, lease })
        .execute();
      if (!kept.affected) throw new LeaseLost(); // rolls the credit back: the row's new holder takes it
      return true;
    });
  }

  function outcome(row: DeliveryRow, result: unknown, now: Date): Outcome {
    if (result && typeof result === 'object' && 'awaitReceipt' in result) {
      const sent = result as Sent;
      return { status: sent.awaitReceipt ? 'sending' : 'delivered', code: null, providerId: sent.providerId };
    }
    const failed = outcomeOf(result);
    const status: DeliveryStatus = `${failed.kind}-failure`;
    if (failed.kind === 'permanent') return { status, code: failed.code };
    const retryAt = new Date(now.getTime() + backoffMs(row.attempts, o.retryBaseMs, o.retryCapMs));
    const inPeriod = retryAt.getTime() <= row.eventAt.getTime() + o.retryForMs;
    return { status, code: failed.code, retryAt: inPeriod ? retryAt : null };
  }

  /** Sends one row; its outcome, or null when the row is no longer this worker's. */
  async function send(row: DeliveryRow, now: Date, openids: Map<string, string>): Promise<Outcome | null> {
    try {
      if (!(await creditFor(row))) return { status: 'permanent-failure', code: 'no-credit' };
    } catch (err) {
      if (err instanceof LeaseLost) return null;
      throw err;
    }
    const sending = row.channel === 'sms' ? d.senders.sms(row) : d.senders.wechat(row, openids.get(row.userId) ?? null);
    const result: unknown = await sending.catch((err: unknown) => err);
    return outcome(row, result, now);
  }

  return {
    /**
     * One pass: claim due rows and send them, `concurrency` at a time. Outcomes are recorded in
     * groups of RECORD_EVERY, one transaction each: a commit per message is what limits a worker
     * on MySQL. A crash loses at most a group's records — those rows are sent again after the
     * lease, under the same dedupe key. Returns each claimed row's status (null: lease lost).
     */
    async runOnce(now = new Date()): Promise<(DeliveryStatus | null)[]> {
      const rows = await claim(now);
      const openids = await d.senders.openidsOf([...new Set(rows.filter((r) => r.channel === 'wechat').map((r) => r.userId))]);
      const results: (DeliveryStatus | null)[] = [];
      const pending: { row: DeliveryRow; outcome: Outcome }[] = [];
      let recording: Promise<void> = Promise.resolve();
      const record = () => {
        const group = pending.splice(0);
        if (!group.length) return recording;
        recording = recording.then(async () => {
          // A final failure hands the message on to the next channel (a statement or more each);
          // everything else is recorded with one statement for the group.
          const handsOn = (o: Outcome) => o.status.endsWith('-failure') && !o.retryAt;
          const last = group.filter((p) => handsOn(p.outcome));
          const rest = group.filter((p) => !handsOn(p.outcome));
          const kept = await d.tx.run(async (em) => {
            const out: boolean[] = await recordOutcomes(em, rest, lease, now);
            for (const p of last) out.push(await recordOutcome(em, p.row, lease, p.outcome, now));
            return out;
          });
          [...rest, ...last].forEach((p, i) => results.push(kept[i] ? p.outcome.status : null));
        });
        return recording;
      };
      // No send starts once half the lease is gone: past its end another worker may hold the row
      // (a slow provider or a starved machine), and sending then would send twice.
      const sendBy = Date.now() + o.leaseMs / 2;
      const unsent: string[] = [];
      let next = 0;
      const lane = async () => {
        for (let row = rows.at(next++); row; row = rows.at(next++)) {
          if (Date.now() > sendBy) {
            unsent.push(row.id);
            continue;
          }
          const sent = await send(row, now, openids);
          if (!sent) results.push(null);
          else if (pending.push({ row, outcome: sent }) >= RECORD_EVERY) void record();
        }
      };
      await Promise.all(Array.from({ length: Math.min(o.concurrency, rows.length) }, lane));
      await record();
      if (unsent.length) await d.tx.run((em) => release(em, unsent));
      return results;
    },
  };
}
export type DeliveryEngine = ReturnType<typeof createDeliveryEngine>;

class LeaseLost extends Error {}
