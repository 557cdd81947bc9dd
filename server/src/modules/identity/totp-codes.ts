// TOTP codes (RFC 6238: SHA-1, 6 digits, 30 s steps, as every authenticator app): a code is
// accepted in the current step or one step either side, and never twice — the last accepted step
// is stored and only a later one passes.
import type { EntityManager } from 'typeorm';
import { verify } from 'otplib';
import { UserEntity, type UserRow } from './entities';

export const TOTP_ISSUER = '便民政务';
export const TOTP_PERIOD_SECONDS = 30;

/**
 * The time step `code` belongs to, if it is valid now (±1 step) and later than `lastStep`; else null.
 * Consuming the step is the caller's, with {@link consumeTotpStep} in its transaction.
 */
export async function matchTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Records `step` as used, unless another request used it (or a later one) first: one conditional update decides. */
export async function consumeTotpStep(em: EntityManager, userId: string, step: number): Promise<boolean> {
  const r = await em
    .createQueryBuilder()
    .update(UserEntity)
    .set({ totpLastStep: step })
    .where('id = :userId AND (totp_last_step IS NULL OR totp_last_step < :step)', { userId, step })
    .execute();
  return r.affected === 1;
}

export const isTotpEnabled = (user: Pick<UserRow, 'totpEnabledAt' | 'totpSecretEnc'>): boolean =>
  !!user.totpEnabledAt && !!user.totpSecretEnc;
