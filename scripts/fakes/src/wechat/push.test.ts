// The fake's encrypted push has WeChat's shape: a body of ToUserName and Encrypt (兼容模式 adds the
// plain fields), whole 32-byte blocks, and a query signed over the token, timestamp and nonce and,
// for msg_signature, the ciphertext too.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealedPush } from './push';

const secrets = { token: 'pushToken', encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', appId: 'wxfake0000000000' };
const message = { ToUserName: 'gh_x', FromUserName: 'o-1', CreateTime: 1, MsgType: 'event', Event: 'subscribe_msg_popup_event' };
const sha1 = (parts: string[]) => createHash('sha1').update(parts.sort().join('')).digest('hex');

describe('sealedPush', () => {
  it('signs the query twice and seals the message in whole blocks', () => {
    const { query, body } = sealedPush(secrets, message, { now: 1_700_000_000_000 });
    const q = new URLSearchParams(query);
    const [timestamp, nonce, encrypt] = [q.get('timestamp') ?? '', q.get('nonce') ?? '', String(body.Encrypt)];
    expect(timestamp).toBe('1700000000');
    expect(q.get('signature')).toBe(sha1([secrets.token, timestamp, nonce]));
    expect(q.get('msg_signature')).toBe(sha1([secrets.token, timestamp, nonce, encrypt]));
    expect([q.get('encrypt_type'), q.get('openid')]).toEqual(['aes', 'o-1']);
    expect(Object.keys(body).sort()).toEqual(['Encrypt', 'ToUserName']);
    expect(Buffer.from(encrypt, 'base64').length % 32).toBe(0);
  });

  it('keeps the plain fields beside the ciphertext in 兼容模式', () => {
    const { body } = sealedPush(secrets, message, { compatible: true });
    expect(body).toMatchObject({ ...message, Encrypt: expect.any(String) as string });
  });
});
