// A message push as WeChat sends it in 安全模式 (and in 兼容模式, which adds the plain fields to
// the same body): the JSON message sealed with the EncodingAESKey — 16 random bytes, the length,
// the message, the AppID, PKCS#7-padded to 32 bytes, AES-256-CBC with the key's first 16 bytes as
// IV — and a query signed twice: `signature` over token, timestamp, nonce; `msg_signature` over
// those and the ciphertext. Written from WeChat's description, apart from the server's code.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

export interface PushSecrets {
  token: string;
  /** 43 characters: base64 of the 32-byte key without its trailing "=". */
  encodingAesKey: string;
  appId: string;
}

const sha1 = (parts: string[]) => createHash('sha1').update(parts.sort().join('')).digest('hex');

export function sealMessage(secrets: PushSecrets, message: string, random = randomBytes(16)): string {
  const key = Buffer.from(`${secrets.encodingAesKey}=`, 'base64');
  const text = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(text.length);
  const body = Buffer.concat([random, length, text, Buffer.from(secrets.appId, 'utf8')]);
  const pad = 32 - (body.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([body, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

/** The query string and body of one encrypted push of `message` (an event such as subscribe_msg_popup_event). */
export function sealedPush(
  secrets: PushSecrets,
  message: { ToUserName: string; FromUserName: string } & Record<string, unknown>,
  opts: { compatible?: boolean; now?: number } = {},
): { query: string; body: Record<string, unknown> } {
  const timestamp = String(Math.floor((opts.now ?? Date.now()) / 1000));
  const nonce = String(randomBytes(4).readUInt32BE());
  const encrypt = sealMessage(secrets, JSON.stringify(message));
  const query = new URLSearchParams({
    signature: sha1([secrets.token, timestamp, nonce]),
    timestamp,
    nonce,
    openid: message.FromUserName,
    encrypt_type: 'aes',
    msg_signature: sha1([secrets.token, timestamp, nonce, encrypt]),
  });
  const body = opts.compatible ? { ...message, Encrypt: encrypt } : { ToUserName: message.ToUserName, Encrypt: encrypt };
  return { query: query.toString(), body };
}
