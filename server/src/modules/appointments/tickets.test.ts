// The ticket's QR image: a valid PNG whose pixels are exactly the code's modules, so a scanner at
// the window reads the signed token back.
import { crc32, inflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createTicketSigner, qrDataUrl, qrPng, qrSegment } from './tickets';

/** Chunks of a PNG file, each with its CRC checked. */
function chunks(png: Buffer): { type: string; body: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typed));
    out.push({ type: typed.subarray(0, 4).toString('latin1'), body: typed.subarray(4) });
    at += 12 + length;
  }
  return out;
}

describe('the ticket QR code', () => {
  const token = createTicketSigner('test-secret').qrToken('3f2b8c1e-0d4a-4f6b-9c2d-7e8f9a0b1c2d');

  it('is a 1-bit greyscale PNG whose pixels are the modules, 6 px each, with a quiet zone of one module', () => {
    const png = chunks(qrPng(token));
    expect(png.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const [ihdr, idat] = png;
    if (!ihdr || !idat) throw new Error('missing chunks');
    const width = ihdr.body.readUInt32BE(0);
    expect(ihdr.body.readUInt32BE(4)).toBe(width);
    expect([...ihdr.body.subarray(8)]).toEqual([1, 0, 0, 0, 0]);

    const { size, data } = QRCode.create([qrSegment(token)], { errorCorrectionLevel: 'M' }).modules;
    expect(width).toBe((size + 2) * 6);
    const stride = 1 + Math.ceil(width / 8);
    const raw = inflateSync(idat.body);
    expect(raw.length).toBe(stride * width);
    const rows = Array.from({ length: width }, (_, y) => raw.subarray(y * stride, (y + 1) * stride));
    expect(rows.every((row) => row[0] === 0)).toBe(true); // filter type "none" on every row
    const dark = (x: number, y: number) => !((rows[y]?.[1 + (x >> 3)] ?? 0) & (0x80 >> (x & 7)));
    const wrong: string[] = [];
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        const [mx, my] = [Math.floor(x / 6) - 1, Math.floor(y / 6) - 1];
        const module = mx >= 0 && my >= 0 && mx < size && my < size && data[my * size + mx] === 1;
        if (dark(x, y) !== module) wrong.push(`${x},${y}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('comes as a data URL the mini-app shows as an image', () => {
    const url = qrDataUrl(token);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64').equals(qrPng(token))).toBe(true);
  });
});

describe('the ticket token', () => {
  const id = '3f2b8c1e-0d4a-4f6b-9c2d-7e8f9a0b1c2d';
  const signer = createTicketSigner('test-secret');

  it('is written in the QR alphanumeric set, so the code is version 3 (29 × 29 modules), not 5', () => {
    const token = signer.qrToken(id);
    expect(token).toMatch(/^BMA2\.[0-9A-F]{32}\.[0-9A-F]{20}$/);
    expect(qrSegment(token).mode).toBe('alphanumeric');
    const code = QRCode.create([qrSegment(token)], { errorCorrectionLevel: 'M' });
    expect(code.version).toBe(3);
    expect(code.modules.size).toBe(29);
  });

  it('checks in its own appointment, and nothing once a character is changed or another key signed it', () => {
    const token = signer.qrToken(id);
    expect(signer.verify(token)).toBe(id);
    expect(signer.verify(` ${token}\n`)).toBe(id);
    const flipped = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
    expect(signer.verify(flipped)).toBeNull();
    const otherId = signer.qrToken('3f2b8c1e-0d4a-4f6b-9c2d-7e8f9a0b1c2e');
    expect(signer.verify(`${otherId.slice(0, 38)}${token.slice(38)}`)).toBeNull(); // another id with this MAC
    expect(createTicketSigner('another-secret').verify(token)).toBeNull();
    expect(signer.verify(token.toLowerCase())).toBeNull();
    expect(signer.verify('BMA2..')).toBeNull();
  });

  it("still accepts the first format (BMA1), already on residents' screens", () => {
    // The first format, built as it was: the id as written, a 22-character base64url MAC.
    const key = createHmac('sha256', 'test-secret').update('bianmin-appointment-qr').digest();
    const first = `BMA1.${id}.${createHmac('sha256', key).update(id).digest('base64url').slice(0, 22)}`;
    expect(signer.verify(first)).toBe(id);
    expect(signer.verify(first.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull();
    expect(createTicketSigner('another-secret').verify(first)).toBeNull();
  });
});
