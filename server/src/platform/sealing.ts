// Personal-data sealing. At rest: AES-256-GCM (authenticated) with a key id in every value so keys
// can rotate, and a keyed HMAC beside it for equality lookup ("is this ID number already bound?").
// Every other hash over data that may hold personal data is keyed too (`keyedHash`): an unkeyed
// hash of a phone number is a phone number, as eleven digits are brute-forced in seconds.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface DataProtector {
  readonly currentKeyId: string;
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash for lookups; never reversible. */
  lookupHash(plain: string): string;
  /** Keyed hash with its own purpose label, so hashes made for one use never match another's. */
  keyedHash(purpose: string, plain: string): string;
  /** True when a value was sealed with an older key and should be re-encrypted. */
  needsRotation(sealed: string): boolean;
  /** Files (photos of ID cards): the same AES-256-GCM with the key id, as bytes. */
  sealBytes(plain: Buffer): Buffer;
  unsealBytes(sealed: Buffer): Buffer;
  /** True when a sealed file was sealed with an older key. */
  bytesNeedRotation(sealed: Buffer): boolean;
}

/** Binary sealed files: 'BMS1', key-id length, key id, 12-byte IV, 16-byte tag, then the body. */
const BYTES_MAGIC = Buffer.from('BMS1');

const FORMAT = 'v1';

/** `keys`: `id:base64,id:base64` — the first encrypts, every one decrypts. */
export function createDataProtector(cfg: { encryptionKeys: string; hashKey: string }): DataProtector {
  const keys = new Map<string, Buffer>();
  let currentKeyId = '';
  for (const part of cfg.encryptionKeys
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, b64] = part.split(':');
    const key = Buffer.from(b64 ?? '', 'base64');
    if (!id || !/^[A-Za-z0-9_-]{1,20}$/.test(id) || key.length !== 32) {
      throw new Error('Invalid configuration: DATA_ENCRYPTION_KEYS entries must be keyId:base64 of 32 bytes');
    }
    keys.set(id, key);
    currentKeyId ||= id;
  }
  const hashKey = Buffer.from(cfg.hashKey, 'base64');
  // Key ids are never empty, so there is a current key exactly when there was an entry.
  const current = keys.get(currentKeyId);
  if (!current) throw new Error('Invalid configuration: DATA_ENCRYPTION_KEYS is empty');
  if (hashKey.length < 32) throw new Error('Invalid configuration: DATA_HASH_KEY must be at least 32 bytes (base64)');

  return {
    currentKeyId,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      // The key id is authenticated too, so a value cannot be re-labelled to another key.
      cipher.setAAD(Buffer.from(currentKeyId));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, currentKeyId, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(
        '.',
      );
    },
    decrypt(sealed) {
      const [format, keyId, iv, body, tag] = sealed.split('.');
      const key = keyId ? keys.get(keyId) : undefined;
      if (format !== FORMAT || !keyId || !key || !iv || body === undefined || !tag)
        throw new Error(`cannot decrypt: unknown format or key ${keyId ?? '?'}`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    lookupHash(plain) {
      return createHmac('sha256', hashKey).update(plain, 'utf8').digest('hex');
    },
    keyedHash(purpose, plain) {
      return createHmac('sha256', hashKey).update(`${purpose}\0`, 'utf8').update(plain, 'utf8').digest('hex');
    },
    needsRotation(sealed) {
      return sealed.split('.')[1] !== currentKeyId;
    },
    sealBytes(plain) {
      const iv = randomBytes(12);
      const id = Buffer.from(currentKeyId);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(id);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([BYTES_MAGIC, Buffer.from([id.length]), id, iv, cipher.getAuthTag(), body]);
    },
    bytesNeedRotation(sealed) {
      const idLength = sealed[4] ?? 0;
      return sealed.subarray(5, 5 + idLength).toString() !== currentKeyId;
    },
    unsealBytes(sealed) {
      const idLength = sealed[4] ?? 0;
      const id = sealed.subarray(5, 5 + idLength);
      const key = keys.get(id.toString());
      if (!sealed.subarray(0, 4).equals(BYTES_MAGIC) || !key)
        throw new Error(`cannot decrypt file: unknown format or key ${id.toString()}`);
      const at = 5 + idLength;
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(at, at + 12));
      decipher.setAAD(id);
      decipher.setAuthTag(sealed.subarray(at + 12, at + 28));
      return Buffer.concat([decipher.update(sealed.subarray(at + 28)), decipher.final()]);
    },
  };
}
