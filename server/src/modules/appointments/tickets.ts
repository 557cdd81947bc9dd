// Ticket codes residents read out at the window, and signed QR tokens staff scan. The QR carries a
// MAC over the appointment id, so it cannot be guessed or forged from another ticket.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { QRCodeSegment } from 'qrcode';
import { qrModules } from './qr-mask';

// No 0/O, 1/I/L: codes are read aloud and typed by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TICKET_LENGTH = 8;

export function newTicketCode(): string {
  let code = '';
  for (let i = 0; i < TICKET_LENGTH; i++) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return code;
}

export function normalizeTicketCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]/g, '');
}

/**
 * Tokens are `BMA2.<id as 32 hex digits>.<80-bit MAC as 20 hex digits>` in capitals: every
 * character is in the QR code's alphanumeric set, so the code is version 3 (29 × 29 modules)
 * instead of the byte-mode version 5 (37 × 37) of the first format — larger modules at the same
 * size, easier for a worn screen or an old scanner, and less than half the CPU to draw. `BMA1`
 * tokens (already on residents' screens) still check in.
 */
export function createTicketSigner(secret: string) {
  const key = createHmac('sha256', secret).update('bianmin-appointment-qr').digest();
  const mac = (id: string) => createHmac('sha256', key).update(id).digest();
  const matches = (given: string, expected: string) =>
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  return {
    qrToken: (appointmentId: string) =>
      `BMA2.${appointmentId.replaceAll('-', '').toUpperCase()}.${mac(appointmentId).subarray(0, 10).toString('hex').toUpperCase()}`,
    /** The appointment id of a genuine token, else null. */
    verify(token: string): string | null {
      const [prefix, id, tag] = token.trim().split('.');
      if (!id || !tag) return null;
      if (prefix === 'BMA2' && /^[0-9A-F]{32}$/.test(id)) {
        const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`.toLowerCase();
        return matches(tag, mac(uuid).subarray(0, 10).toString('hex').toUpperCase()) ? uuid : null;
      }
      if (prefix === 'BMA1' && /^[0-9a-f-]{36}$/.test(id)) return matches(tag, mac(id).toString('base64url').slice(0, 22)) ? id : null;
      return null;
    },
  };
}
export type TicketSigner = ReturnType<typeof createTicketSigner>;

const QR_CACHE_SIZE = 500;
const qrCache = new Map<string, string>();
/** Pixels per module, and the quiet zone around the code in modules. */
const QR_SCALE = 6;
const QR_MARGIN = 1;

/** PNG data URL of the ticket's QR code; recent tickets are cached. */
export function qrDataUrl(token: string): string {
  const cached = qrCache.get(token);
  if (cached) return cached;
  const url = `data:image/png;base64,${qrPng(token).toString('base64')}`;
  if (qrCache.size >= QR_CACHE_SIZE) {
    const oldest = qrCache.keys().next(); // a Map iterates in insertion order
    if (!oldest.done) qrCache.delete(oldest.value);
  }
  qrCache.set(token, url);
  return url;
}

/**
 * The QR code as a black-and-white PNG, one bit per pixel. qrcode's own PNG renderer draws 32-bit
 * pixels one by one and filters and compresses them all (~2.5 ms of CPU a ticket, 15 % of the
 * API's CPU in a booking rush); a 1-bit image of the same size is 32× less data, written row by
 * row (~0.1 ms). The module matrix is qrcode's, its mask chosen by `qrModules`.
 */
export function qrPng(token: string): Buffer {
  const { size, data } = qrModules(qrSegment(token));
  const width = (size + 2 * QR_MARGIN) * QR_SCALE;
  const stride = 1 + Math.ceil(width / 8); // filter byte (0: none), then 8 pixels a byte, 1 = white
  const raw = Buffer.alloc(stride * width, 0xff);
  for (let y = 0; y < width; y += QR_SCALE) {
    const row = raw.subarray(y * stride, (y + 1) * stride);
    row[0] = 0;
    const my = y / QR_SCALE - QR_MARGIN;
    if (my >= 0 && my < size) {
      for (let mx = 0; mx < size; mx++) {
        if (!data[my * size + mx]) continue;
        for (let x = (mx + QR_MARGIN) * QR_SCALE, end = x + QR_SCALE; x < end; x++) {
          const i = 1 + (x >> 3);
          row[i] = (row[i] ?? 0) & ~(0x80 >> (x & 7));
        }
      }
    }
    for (let k = 1; k < QR_SCALE; k++) row.copy(raw, (y + k) * stride); // a module is QR_SCALE rows tall
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * One segment, its mode chosen by the token's characters: searching for the shortest mix of modes
 * costs as much again as the rest of the drawing.
 */
export function qrSegment(token: string): QRCodeSegment {
  return /^[0-9A-Z $%*+\-./:]*$/.test(token) ? { data: token, mode: 'alphanumeric' } : { data: Buffer.from(token), mode: 'byte' };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, body: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const out = Buffer.alloc(4 + typed.length + 4);
  out.writeUInt32BE(body.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), 8 + body.length);
  return out;
}
