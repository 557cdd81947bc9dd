// Idempotency-Key: the first answer for (owner, key) is stored IN THE SAME TRANSACTION as the work
// it answers, and replayed for every later request with that key. There is no "in progress"
// state to be left behind by a crash: either the work and its record committed, or neither did.
// Two requests with the same key at once both run; the record's primary key lets only one commit
// (InnoDB blocks the second insert until the first commits, Galera aborts the loser at
// certification, SQLite runs them one after the other), and the loser replays the winner.
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors';
import { isDuplicateKey } from './db-errors';
import { IdempotencyEntity } from './entities';
import { insertRow } from './insert-row';
import type { ReadProbe } from './read-probe';
import type { DataProtector } from './sealing';
import type { UnitOfWork } from './unit-of-work';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotentRequest {
  /** Whose key it is: keys are unique per owner, not globally. */
  ownerId: string;
  key: string;
  /** What the key is used for (`appointment.book`): a key reused for another operation is refused. */
  operation: string;
  /** The request's content: hashed (keyed — it may hold a phone number) to refuse a key reused for different content. */
  request: unknown;
}

/**
 * Lets `check` learn whether the key already has an answer from its own read, instead of a second
 * round trip after a refusal: it adds `column` (an EXISTS, 1 or 0; its `params` in the order
 * written) to a single-row SELECT and hands the value to `saw`. One statement reads from one
 * snapshot, so "the key had no answer" and "the slot was full" were true at the same instant.
 */
export type KeyProbe = ReadProbe;

/** Thrown inside the transaction when the record's key is taken: someone committed this key first. */
class KeyTaken extends Error {}

const reused = () => new AppError('IDEMPOTENCY_KEY_REUSED', 422, '同一个请求编号不能用于不同的内容，请刷新页面后重试');

export function createIdempotency(deps: { tx: UnitOfWork; protector: DataProtector; retentionHours?: number }) {
  const { tx, protector } = deps;
  const retentionMs = (deps.retentionHours ?? 48) * 3_600_000;
  const hashOf = (r: IdempotentRequest) => protector.keyedHash('idempotency', `${r.operation}\n${stableJson(r.request)}`);

  async function insert(em: EntityManager, r: IdempotentRequest, hash: string, response: StoredResponse) {
    try {
      await insertRow(em, IdempotencyEntity, {
        userId: r.ownerId,
        idemKey: r.key,
        requestHash: hash,
        status: response.status,
        body: JSON.stringify(response.body),
        createdAt: new Date(),
      });
    } catch (err) {
      if (isDuplicateKey(err)) throw new KeyTaken();
      throw err;
    }
  }

  /** Plain SQL on purpose: this runs for every refusal of a rush (most of its requests). */
  async function stored(r: IdempotentRequest, hash: string): Promise<StoredResponse | null> {
    const [row] = await tx.read((em) =>
      em.query<{ request_hash: string; status: number | string; body: string | null }[]>(
        'SELECT request_hash, status, body FROM idempotency_record WHERE user_id = ? AND idem_key = ?',
        [r.ownerId, r.key],
      ),
    );
    if (!row) return null;
    if (row.request_hash !== hash) throw reused();
    return { status: Number(row.status), body: JSON.parse(row.body ?? 'null') as unknown };
  }

  async function replay(r: IdempotentRequest, hash: string): Promise<StoredResponse> {
    const found = await stored(r, hash);
    // Only reachable if the winner's record was purged between its commit and this read.
    if (!found) throw new AppError('SERVICE_UNAVAILABLE', 503, '上一次提交的结果暂时无法读取，请稍后在列表中查看');
    return found;
  }

  /** A refusal (AppError) of a request whose key already has an answer becomes that answer. */
  async function answerOr(r: IdempotentRequest, hash: string, err: unknown): Promise<StoredResponse> {
    if (!(err instanceof AppError)) throw err;
    const found = await stored(r, hash);
    if (found) return found;
    throw err;
  }

  return {
    /**
     * Runs `work` once per key: `work` gets the transaction and returns the answer to store with
     * it. `check` runs first, outside the transaction: the reads and rules that change nothing
     * (a full slot in the morning rush), so the transaction stays short; what it returns is
     * passed to `work`. A refusal (an AppError from `check`, or from `work`, whose writes then
     * roll back) is not stored —
     * nothing happened, so a retry may try again — but when the key already has an answer (the
     * refusal is often BECAUSE the first request with this key succeeded), that answer is replayed.
     * `last` runs after the record is written, just before commit: the write that locks a row
     * every concurrent request wants (a slot's counter), so that lock is held for one statement.
     * A check that reads the key with its `KeyProbe` saves the lookup: an answered key is replayed
     * at once, and its refusal of an unanswered key stands as it is.
     */
    async run<C = undefined>(
      r: IdempotentRequest,
      work: (em: EntityManager, checked: C) => Promise<StoredResponse>,
      check?: (probe: KeyProbe) => Promise<C>,
      last?: (em: EntityManager, checked: C) => Promise<void>,
    ): Promise<StoredResponse> {
      // Worked out only when needed: a refusal whose key the check saw unanswered (most of a rush)
      // never compares or stores the request.
      let hashed: string | undefined;
      const hash = () => (hashed ??= hashOf(r));
      const seen: { answered?: boolean } = {}; // what the check's own read saw, if it looked
      const probe: KeyProbe = {
        column: 'EXISTS (SELECT 1 FROM idempotency_record WHERE user_id = ? AND idem_key = ?)',
        params: [r.ownerId, r.key],
        saw: (value) => void (seen.answered = Number(value) === 1),
      };
      let checked: C;
      try {
        checked = (check ? await check(probe) : undefined) as C;
      } catch (err) {
        if (err instanceof AppError && seen.answered === false) throw err;
        return answerOr(r, hash(), err);
      }
      if (seen.answered) return replay(r, hash());
      try {
        return await tx.run(async (em) => {
          const response = await work(em, checked);
          await insert(em, r, hash(), response);
          if (last) await last(em, checked);
          return response;
        });
      } catch (err) {
        if (err instanceof KeyTaken) return replay(r, hash());
        return answerOr(r, hash(), err);
      }
    },

    /** Records older than the retention period go: a key is for retries, not for ever. */
    async purgeExpired(now = new Date()): Promise<number> {
      const cutoff = new Date(now.getTime() - retentionMs);
      const result = await tx.run((em) =>
        em.getRepository(IdempotencyEntity).createQueryBuilder().delete().where('created_at < :cutoff', { cutoff }).execute(),
      );
      return result.affected ?? 0;
    },
  };
}
export type Idempotency = ReturnType<typeof createIdempotency>;

/** JSON with object keys sorted, so equal requests hash equally whatever order their fields came in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- lib.d.ts says string, but JSON.stringify answers undefined for undefined (an array hole), functions and symbols
  return JSON.stringify(value) ?? 'null';
}
