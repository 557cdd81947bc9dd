export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** `?a=1&b=x` without empty values, so optional filters simply disappear from the URL. */
export function buildQuery(query: Query = {}): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * Page parameters arrive percent-encoded on some platforms (weapp) and decoded on others (H5).
 * Decoding twice is harmless for our values except a stray `%`, which is then kept as is.
 */
export function decodeParam(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The URL a page was opened with (path and its own parameters), to open it again — e.g. after the
 * resident signs in on the 我的 tab, which closes every other page. Taro's own parameters
 * (`$taroTimestamp`, `stamp`) are left out. Undefined when the router knows no path.
 */
export function pageUrlOf(router: { path?: string; params?: Record<string, string | undefined> } | null | undefined): string | undefined {
  const path = router?.path?.split('?')[0];
  if (!path) return undefined;
  const own: Query = {};
  for (const [key, value] of Object.entries(router.params ?? {}))
    if (!key.startsWith('$') && key !== 'stamp') own[key] = decodeParam(value);
  return `${path.startsWith('/') ? path : `/${path}`}${buildQuery(own)}`;
}
