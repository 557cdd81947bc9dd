// Idempotency-Key: the first result for (resident, key) is stored and replayed, so a double tap or
// a retried request never books twice. Concurrent duplicates wait for the first to finish.
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from '../../errors';
import { IdempotencyEntity } from './entities';
import { isDuplicateKey } from '../../db/errors';

export interface StoredResponse { status: number; body: unknown }
const IN_PROGRESS = 0;
const WAIT_MS = 15_000;

export async function idempotent(
  dataSource: DataSource, userId: string, key: string, request: unknown, run: () => Promise<StoredResponse>,
  /** A cheap refusal that changes nothing (a full slot in the morning rush): answered without storing. */
  precheck?: () => Promise<void>,
): Promise<StoredResponse> {
  const repo = dataSource.getRepository(IdempotencyEntity);
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  if (precheck) {
    try {
      await precheck();
    } catch (err) {
      // A key already used must still replay its first answer (which may have been the booking).
      const seen = await dataSource.query('SELECT 1 AS seen FROM idempotency_record WHERE user_id = ? AND idem_key = ?', [userId, key]) as unknown[];
      if (err instanceof AppError && seen.length === 0) throw err;
      if (!(err instanceof AppError)) throw err;
      return replay(dataSource, userId, key, requestHash);
    }
  }
  try {
    await repo.insert({ userId, idemKey: key, requestHash, status: IN_PROGRESS, body: null, createdAt: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return replay(dataSource, userId, key, requestHash);
  }
  let response: StoredResponse;
  try {
    response = await run();
  } catch (err) {
    if (!(err instanceof AppError)) {
      // Not an answer worth replaying: let the client try again with the same key.
      await repo.delete({ userId, idemKey: key });
      throw err;
    }
    response = { status: err.status, body: { code: err.code, message: err.message, fieldErrors: err.fieldErrors } };
  }
  await repo.update({ userId, idemKey: key }, { status: response.status, body: JSON.stringify(response.body) });
  return response;
}

async function replay(dataSource: DataSource, userId: string, key: string, requestHash: string): Promise<StoredResponse> {
  const repo = dataSource.getRepository(IdempotencyEntity);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const row = await repo.findOne({ where: { userId, idemKey: key } });
    if (!row) throw new AppError('SERVICE_UNAVAILABLE', 503, '上一次提交未完成，请稍后重试');
    if (row.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 422, '同一个请求编号不能用于不同的预约内容，请刷新页面后重试');
    }
    if (row.status !== IN_PROGRESS) return { status: row.status, body: JSON.parse(row.body ?? 'null') as unknown };
    if (Date.now() > deadline) throw new AppError('SERVICE_UNAVAILABLE', 503, '预约正在处理中，请稍后在“我的预约”中查看');
    await new Promise((r) => setTimeout(r, 50));
  }
}
