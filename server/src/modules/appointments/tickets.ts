// Ticket codes residents read out at the window, and signed QR tokens staff scan. The QR carries a
// MAC over the appointment id, so it cannot be guessed or forged from another ticket.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';

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

export function createTicketSigner(secret: string) {
  const key = createHmac('sha256', secret).update('bianmin-appointment-qr').digest();
  const mac = (id: string) => createHmac('sha256', key).update(id).digest('base64url').slice(0, 22);
  return {
    qrToken: (appointmentId: string) => `BMA1.${appointmentId}.${mac(appointmentId)}`,
    /** The appointment id of a genuine token, else null. */
    verify(token: string): string | null {
      const [prefix, id, tag] = token.trim().split('.');
      if (prefix !== 'BMA1' || !id || !tag || !/^[0-9a-f-]{36}$/.test(id)) return null;
      const expected = Buffer.from(mac(id));
      const given = Buffer.from(tag);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
    },
  };
}
export type TicketSigner = ReturnType<typeof createTicketSigner>;

const QR_CACHE_SIZE = 500;
const qrCache = new Map<string, string>();

/**
 * PNG data URL of the ticket's QR code. 6 px per module with the "up" PNG filter (QR rows repeat
 * down the image) renders ~3× faster than the default; recent tickets are cached.
 */
export async function qrDataUrl(token: string): Promise<string> {
  const cached = qrCache.get(token);
  if (cached) return cached;
  const url = await QRCode.toDataURL(token, {
    errorCorrectionLevel: 'M',
    margin: 1,
    scale: 6,
    rendererOpts: { filterType: 2 },
  } as QRCode.QRCodeToDataURLOptions);
  if (qrCache.size >= QR_CACHE_SIZE) {
    const oldest = qrCache.keys().next(); // a Map iterates in insertion order
    if (!oldest.done) qrCache.delete(oldest.value);
  }
  qrCache.set(token, url);
  return url;
}
