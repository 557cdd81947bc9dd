// Masking of personal data wherever it is shown or logged without entitlement to the full value.

/** `370214199001011234` → `370214********1234` (region kept: staff recognise local residents by it). */
export function maskChineseId(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** `张三` → `张*`, `张三丰` → `张*丰`, `欧阳娜娜` → `欧**娜`: the common notice-board form. */
export function maskName(name: string): string {
  // Code points, not UTF-16 units, so a rare character outside the BMP (𠮷) stays one; graphemes
  // (Intl.Segmenter) would be finer still, but mini-program runtimes do not all have it.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are what is meant here
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
