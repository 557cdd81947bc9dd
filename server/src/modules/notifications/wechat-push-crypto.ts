// WeChat's 安全模式 for the mini-program's message push: the body carries `Encrypt`, AES-256-CBC
// under the EncodingAESKey (43 characters of base64 without its "=": the key is 32 bytes, the IV its
// first 16), PKCS#7-padded to 32-byte blocks, holding 16 random bytes, the message's length (4 bytes,
// big-endian), the message and the mini-program's AppID. The query's `msg_signature` is the sha1 of
// the sorted token, timestamp, nonce and `Encrypt`. Anything that does not open to exactly this shape
// — a wrong key, another AppID, bad padding, a length that overruns — is refused, never half-read.
import { createDecipheriv, createHash } from 'node:crypto';

const BLOCK = 32;

export function wechatMsgSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join('')).digest('hex');
}

export class SealedPushError extends Error {}

/** The plaintext message of an encrypted push, or SealedPushError. */
export function openWechatPush(encodingAesKey: string, appId: string, encrypt: string): string {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new SealedPushError('EncodingAESKey is not 43 characters of base64');
  const sealed = Buffer.from(encrypt, 'base64');
  if (sealed.length === 0 || sealed.length % BLOCK !== 0) throw new SealedPushError('not whole blocks');
  let padded: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
    decipher.setAutoPadding(false); // WeChat pads to 32-byte blocks, not AES's 16
    padded = Buffer.concat([decipher.update(sealed), decipher.final()]);
  } catch {
    throw new SealedPushError('does not decrypt');
  }
  const pad = padded.at(-1) ?? 0;
  if (pad < 1 || pad > BLOCK || !padded.subarray(padded.length - pad).every((b) => b === pad)) throw new SealedPushError('bad padding');
  const plain = padded.subarray(0, padded.length - pad);
  if (plain.length < 20) throw new SealedPushError('too short');
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new SealedPushError('length overruns');
  if (plain.subarray(20 + length).toString('utf8') !== appId) throw new SealedPushError('sealed for another AppID');
  return plain.subarray(20, 20 + length).toString('utf8');
}
