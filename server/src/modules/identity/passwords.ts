// Staff passwords: Argon2id via a maintained native library (prebuilt binaries, no compile step).
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string) => hash(password);

/** Constant work even for unknown users, so response time does not reveal which usernames exist. */
const DUMMY = hash('not-a-real-password-0');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await DUMMY, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
