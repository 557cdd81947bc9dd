// The ticket QR's module matrix with the data mask the QR standard (ISO/IEC 18004, 7.8) prescribes:
// of the eight masks, the one whose symbol scores the lowest penalty (long runs, 2 × 2 blocks,
// finder-like patterns, dark/light imbalance). qrcode makes that choice through BitMatrix
// accessors, one call per module per rule: 0.35 ms of the 0.45 ms a ticket took to draw, the
// largest single cost of a booking in a rush. Here the same rules, with qrcode's exact scoring and
// tie-break, run on each row and column as one integer (a symbol up to 30 modules wide: the
// version 3 of today's tokens), a few word operations per rule instead of one call per module.
// qrcode lays out everything else (one symbol drawn with mask 0), and the test holds the result
// equal to qrcode's own choice, module for module. Wider symbols (old BMA1 tokens) keep qrcode's.
import QRCode, { type QRCodeSegment } from 'qrcode';

/** Error correction level M: its two format bits are 00. */
const LEVEL_M_BITS = 0b00;
const MASKS: ((row: number, col: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The 15 format bits for level M and `mask`: BCH(15, 5) with generator 0x537, XORed with 0x5412. */
export function formatBits(mask: number): number {
  const data = (LEVEL_M_BITS << 3) | mask;
  let rest = data << 10;
  for (let bit = 14; bit >= 10; bit--) if (rest & (1 << bit)) rest ^= 0x537 << (bit - 10);
  return ((data << 10) | rest) ^ 0x5412;
}

/** Where format bit i goes, [row, col], both copies, as qrcode places them. */
function formatPlaces(size: number): [number, number][][] {
  return Array.from({ length: 15 }, (_, i) => [
    [i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8],
    [8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1],
  ]);
}

/** Set bits of a 32-bit integer. */
function ones(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** N1 of one line: a run of k ≥ 5 equal modules scores k − 2 (3 + the excess over 5). */
function runs(line: number, full: number): number {
  // Bit i: modules i … i + 4 all dark (all light); a run of k gives k − 4 such bits in one block.
  const light = ~line & full;
  const dark5 = line & (line >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4);
  const light5 = light & (light >>> 1) & (light >>> 2) & (light >>> 3) & (light >>> 4);
  return ones(dark5) + 2 * ones(dark5 & ~(dark5 << 1)) + ones(light5) + 2 * ones(light5 & ~(light5 << 1));
}

/** N3 of one line: 1:1:3:1:1 with four light modules on one side, in qrcode's 11-module window. */
function finderLike(line: number, size: number): number {
  let found = 0;
  for (let end = 10; end < size; end++) {
    const window = (line >>> (size - 1 - end)) & 0x7ff;
    if (window === 0x5d0 || window === 0x05d) found++;
  }
  return found;
}

/**
 * qrcode's penalty (N1 + N2 + N3 + N4) of a symbol given as rows and columns, each an integer whose
 * bit (size − 1 − i) is module i (1 = dark).
 */
export function penalty(rows: Int32Array, cols: Int32Array, size: number): number {
  const full = 2 ** size - 1;
  let points = 0;
  let dark = 0;
  for (let i = 0; i < size; i++) {
    const row = rows[i] ?? 0;
    const col = cols[i] ?? 0;
    points += runs(row, full) + runs(col, full) + 40 * (finderLike(row, size) + finderLike(col, size));
    dark += ones(row);
    if (i === size - 1) continue;
    // N2: 2 × 2 blocks of one colour, this row and the next.
    const next = rows[i + 1] ?? 0;
    const both = row & next;
    const neither = ~row & ~next & full;
    points += 3 * (ones(both & (both >>> 1)) + ones(neither & (neither >>> 1)));
  }
  return points + 10 * Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
}

interface Layout {
  /** Per mask: the rows and the columns of 1s where it darkens a module. */
  maskRows: Int32Array[];
  maskCols: Int32Array[];
  format: [number, number][][];
  /** Working lines, reused: allocating typed arrays costs more than the rules (the work is synchronous). */
  lines: Int32Array[];
}
const layouts = new Map<number, Layout>();
/** What depends only on the symbol's size, worked out once per size. */
function layoutOf(size: number): Layout {
  let found = layouts.get(size);
  if (!found) {
    const lines = (dark: (i: number, j: number) => boolean, byColumn: boolean) =>
      Int32Array.from({ length: size }, (_, a) => {
        let v = 0;
        for (let b = 0; b < size; b++) if (byColumn ? dark(b, a) : dark(a, b)) v |= 1 << (size - 1 - b);
        return v;
      });
    found = {
      maskRows: MASKS.map((m) => lines(m, false)),
      maskCols: MASKS.map((m) => lines(m, true)),
      format: formatPlaces(size),
      lines: Array.from({ length: 7 }, () => new Int32Array(size)),
    };
    layouts.set(size, found);
  }
  return found;
}

type Lines = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

/** Columns from rows: bit (size − 1 − r) of column c is bit (size − 1 − c) of row r. */
function transpose(rows: Int32Array, cols: Int32Array, size: number): void {
  for (let c = 0; c < size; c++) {
    let col = 0;
    for (let r = 0; r < size; r++) col = (col << 1) | (((rows[r] ?? 0) >>> (size - 1 - c)) & 1);
    cols[c] = col;
  }
}

/** Largest symbol whose lines fit a 32-bit integer with room for the shifts above. */
const WIDEST = 30;

/** The symbol for `segment` at level M with the standard's best mask: its size and modules (1 = dark). */
export function qrModules(segment: QRCodeSegment): { size: number; data: Uint8Array; mask: number } {
  const drawn = QRCode.create([segment], { errorCorrectionLevel: 'M', maskPattern: 0 }).modules;
  const { size, data, reservedBit } = drawn;
  if (size > WIDEST) {
    const own = QRCode.create([segment], { errorCorrectionLevel: 'M' });
    return { size, data: own.modules.data, mask: own.maskPattern ?? 0 };
  }
  const { maskRows, maskCols, format, lines } = layoutOf(size);
  // The lines as drawn with mask 0, and which of their modules a mask may change (not function
  // patterns or format bits).
  const [drawnRows, drawnCols, openRows, openCols, rows, cols, bestRows] = lines as Lines;
  for (let r = 0; r < size; r++) {
    let row = 0;
    let open = 0;
    for (let c = 0; c < size; c++) {
      row = (row << 1) | (data[r * size + c] ?? 0);
      open = (open << 1) | (reservedBit[r * size + c] ? 0 : 1);
    }
    drawnRows[r] = row;
    openRows[r] = open;
  }
  transpose(drawnRows, drawnCols, size);
  transpose(openRows, openCols, size);

  let [bestMask, bestScore] = [0, Infinity];
  for (let mask = 0; mask < MASKS.length; mask++) {
    // Mask 0 undone, this mask applied: one XOR with both where modules are open.
    const [rowFlip, colFlip, row0, col0] = [maskRows[mask], maskCols[mask], maskRows[0], maskCols[0]];
    for (let i = 0; i < size; i++) {
      rows[i] = (drawnRows[i] ?? 0) ^ (((rowFlip?.[i] ?? 0) ^ (row0?.[i] ?? 0)) & (openRows[i] ?? 0));
      cols[i] = (drawnCols[i] ?? 0) ^ (((colFlip?.[i] ?? 0) ^ (col0?.[i] ?? 0)) & (openCols[i] ?? 0));
    }
    const bits = formatBits(mask);
    for (let i = 0; i < 15; i++) {
      const bit = (bits >> i) & 1;
      for (const [r, c] of format[i] ?? []) {
        rows[r] = ((rows[r] ?? 0) & ~(1 << (size - 1 - c))) | (bit << (size - 1 - c));
        cols[c] = ((cols[c] ?? 0) & ~(1 << (size - 1 - r))) | (bit << (size - 1 - r));
      }
    }
    const score = penalty(rows, cols, size);
    if (score < bestScore) {
      // The first of equals, as qrcode.
      [bestMask, bestScore] = [mask, score];
      bestRows.set(rows);
    }
  }
  const out = new Uint8Array(size * size);
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) out[r * size + c] = ((bestRows[r] ?? 0) >>> (size - 1 - c)) & 1;
  return { size, data: out, mask: bestMask };
}
