// The ticket QR drawn with our mask choice is the symbol qrcode itself would draw: same mask, same
// modules — so scanners see exactly what the standard's mask selection gives, only sooner.
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { formatBits, qrModules } from './qr-mask';
import { createTicketSigner, qrSegment } from './tickets';

describe('the ticket QR mask', () => {
  it('has the format words of the standard for level M (ISO/IEC 18004, table C.1)', () => {
    const words = [0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0];
    expect(words.map((_, mask) => formatBits(mask))).toEqual(words);
  });

  it('is the one qrcode chooses, module for module, for new and old ticket tokens', () => {
    const signer = createTicketSigner('qr-mask-test');
    const ids = Array.from({ length: 200 }, () => randomUUID());
    // BMA1 tokens (byte mode, version 5) are still shown on residents' screens.
    const tokens = [...ids.map((id) => signer.qrToken(id)), ...ids.slice(0, 40).map((id) => `BMA1.${id}.${id.slice(0, 22)}`)];
    const masksSeen = new Set<number>();
    const different: string[] = [];
    for (const token of tokens) {
      const theirs = QRCode.create([qrSegment(token)], { errorCorrectionLevel: 'M' });
      const ours = qrModules(qrSegment(token));
      masksSeen.add(ours.mask);
      if (
        ours.mask !== theirs.maskPattern ||
        ours.size !== theirs.modules.size ||
        !Buffer.from(ours.data).equals(Buffer.from(theirs.modules.data))
      )
        different.push(token);
    }
    expect(different).toEqual([]);
    // Not one mask by luck: the choice really varies with the content.
    expect(masksSeen.size).toBeGreaterThan(3);
  });
});
