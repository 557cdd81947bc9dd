// WeChat subscription-message values: each key's type is the letters of its name (`thing2`,
// `character_string1`, `time4`), and WeChat refuses the whole message (47003) when one value breaks
// its type's rule. Free text (thing, name) is shortened to fit, with an ellipsis; values that
// identify something (a case number in character_string, a number, a time) are never cut — they
// either fit or the message is not sent on WeChat at all (the next channel takes it). Zod-free.

export const WECHAT_KEY_TYPES = [
  'thing',
  'character_string',
  'phrase',
  'time',
  'date',
  'number',
  'letter',
  'symbol',
  'name',
  'phone_number',
  'amount',
  'car_number',
] as const;
export type WechatKeyType = (typeof WECHAT_KEY_TYPES)[number];

/** The type a key's name declares (`character_string12` → character_string), or null for a name WeChat would not have. */
export function wechatKeyType(key: string): WechatKeyType | null {
  const m = /^([a-z_]+?)(\d+)$/.exec(key);
  const type = m?.[1];
  return type && (WECHAT_KEY_TYPES as readonly string[]).includes(type) ? (type as WechatKeyType) : null;
}

export class WechatValueError extends Error {
  override readonly name = 'WechatValueError';
}

const chars = (s: string) => Array.from(s);
const HAN = /^\p{Script=Han}+$/u;

/** Free text cut to `max` characters, the last one an ellipsis when anything was cut. */
function shorten(value: string, max: number): string {
  const c = chars(value.replace(/\s+/g, ' ').trim());
  return c.length <= max ? c.join('') : `${c.slice(0, max - 1).join('')}…`;
}
function exact(type: WechatKeyType, value: string, ok: boolean): string {
  if (!ok) throw new WechatValueError(`value does not fit WeChat type ${type} (${chars(value).length} characters)`);
  return value;
}

// 2025-01-02 → 2025年1月2日; 2025-01-02 09:30 → 2025年1月2日 09:30 (WeChat's 24-hour forms).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}))?/;
function chineseDate(value: string, withTime: boolean): string | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const date = `${m[1] ?? ''}年${Number(m[2])}月${Number(m[3])}日`;
  return withTime && m[4] ? `${date} ${m[4]}` : date;
}

/**
 * The value as WeChat accepts it for `key`'s type: shortened (thing ≤ 20, name ≤ 10), reformatted
 * (time, date), or checked and kept as it is (character_string ≤ 32 letters, digits and symbols;
 * phrase ≤ 5 Chinese characters; number; amount; phone_number…). Throws WechatValueError when a
 * value cannot be made to fit without changing what it says.
 */
export function wechatValue(key: string, raw: string): string {
  const type = wechatKeyType(key);
  if (!type) throw new WechatValueError(`${key} is not a WeChat key name`);
  const value = raw.trim();
  if (!value) throw new WechatValueError(`${key} is empty`);
  switch (type) {
    case 'thing':
      return shorten(value, 20);
    case 'name':
      return shorten(value, 10);
    case 'character_string':
      return exact(type, value, value.length <= 32 && /^[\x21-\x7e]+$/.test(value));
    case 'phrase':
      return exact(type, value, chars(value).length <= 5 && HAN.test(value));
    case 'time':
      return exact(type, chineseDate(value, true) ?? value, ISO.test(value) || /^\d{1,2}:\d{2}$/.test(value));
    case 'date':
      return exact(type, chineseDate(value, false) ?? value, ISO.test(value));
    case 'number':
      return exact(type, value, value.length <= 32 && /^-?\d+(?:\.\d+)?$/.test(value));
    case 'letter':
      return exact(type, value, value.length <= 32 && /^[A-Za-z]+$/.test(value));
    case 'symbol':
      return exact(type, value, value.length <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(value));
    case 'phone_number':
      return exact(type, value, value.length <= 17 && /^[\d+\-() ]+$/.test(value));
    case 'amount':
      return exact(type, value, value.length <= 11 && /^¥?-?\d+(?:\.\d{1,2})?元?$/.test(value));
    case 'car_number':
      return exact(type, value, chars(value).length <= 8);
  }
}
