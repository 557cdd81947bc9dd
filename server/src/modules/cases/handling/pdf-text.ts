// For tests: the text of a PDF this module renders (pdfkit, one embedded CID font), read back
// through the font's ToUnicode map — so a test can say what a notice tells the applicant.
import { inflateSync } from 'node:zlib';

export function pdfText(pdf: Buffer): string {
  const streams: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      streams.push(inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1'));
    } catch {
      // Not deflated (an image): holds no text.
    }
  }
  const glyphs = new Map<number, string>();
  for (const cmap of streams.filter((s) => s.includes('beginbfrange'))) {
    for (const [, start, , list] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[([^\]]*)\]/gi)) {
      [...(list ?? '').matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) =>
        glyphs.set(parseInt(start ?? '0', 16) + i, String.fromCodePoint(parseInt(u[1] ?? '0', 16))),
      );
    }
  }
  const lines: string[] = [];
  for (const content of streams.filter((s) => s.includes(' TJ'))) {
    for (const [, shown] of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(shown ?? '').matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1] ?? '').join('');
      lines.push((hex.match(/.{4}/g) ?? []).map((g) => glyphs.get(parseInt(g, 16)) ?? '?').join(''));
    }
  }
  return lines.join('\n');
}
