// Aliyun's RPC signature (SignatureVersion 1.0, HMAC-SHA1), as its documentation describes it:
// the parameters sorted by name, each percent-encoded per RFC 3986, joined into a canonical query,
// then `METHOD&%2F&<encoded canonical query>` signed with the secret followed by "&". The fake
// checks it; the API's SMS client computes it with its own copy (the wire is the contract).
import { createHmac } from 'node:crypto';

/** RFC 3986: only A–Z a–z 0–9 - _ . ~ stay as they are (encodeURIComponent leaves ! ' ( ) * too). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function aliyunSignature(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
    .join('&');
  const toSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}
