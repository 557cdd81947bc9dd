// Pinyin readings of normalised text, one "slot" per unit. A Han character keeps every reading
// it has (行 = xing/hang/heng) instead of guessing from context: matching stays right for 银行
// and 行政 alike, and readings can be cached per character, which keeps index builds fast.
import { pinyin } from 'pinyin-pro';
import { isHanUnit, splitUnits } from './tokens';

const readingCache = new Map<string, string[]>();

/** Toneless readings of one Han character, most common first (ü written v). */
export function readingsOf(han: string): string[] {
  let readings = readingCache.get(han);
  if (!readings) {
    const all = pinyin(han, { toneType: 'none', type: 'array', multiple: true, v: true });
    readings = [...new Set(all.filter((r) => /^[a-z]+$/.test(r)))];
    if (readings.length === 0) readings = [han];
    readingCache.set(han, readings);
  }
  return readings;
}

/**
 * Interned reading sets: slots store a small integer. A set is "abbreviable" when it belongs to
 * a Han character (jhdj may stand for 结婚登记; a Latin word like etc cannot be abbreviated).
 */
export class ReadingSets {
  readonly sets: string[][] = [];
  readonly abbreviable: boolean[] = [];
  private readonly ids = new Map<string, number>();
  /** Reading → ids of the sets containing it. */
  readonly setsWithReading = new Map<string, number[]>();

  intern(readings: string[], abbreviable: boolean): number {
    const key = (abbreviable ? 'h:' : 'w:') + readings.join(' ');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.ids.set(key, id);
      this.sets.push(readings);
      this.abbreviable.push(abbreviable);
      for (const r of readings) {
        const list = this.setsWithReading.get(r);
        if (list) list.push(id);
        else this.setsWithReading.set(r, [id]);
      }
    }
    return id;
  }

  private readonly unitSets = new Map<string, number>();

  /** Reading set of one unit (a Han character by its readings, anything else as itself). */
  ofUnit(unit: string): number {
    let id = this.unitSets.get(unit);
    if (id === undefined) {
      const han = isHanUnit(unit);
      id = this.intern(han ? readingsOf(unit) : [unit], han);
      this.unitSets.set(unit, id);
    }
    return id;
  }

  /** Is `text` a whole reading somewhere in the catalogue? */
  isReading(text: string): boolean {
    return this.setsWithReading.has(text);
  }
}

export interface Slots {
  /** Reading-set id of each unit. */
  sets: number[];
  /** Offset of each unit in the normalised text, and its length. */
  offsets: number[];
  lengths: number[];
}

/** Slots of normalised text: Han characters by reading, Latin runs and other characters as is. */
export function toSlots(text: string, readings: ReadingSets): Slots {
  const slots: Slots = { sets: [], offsets: [], lengths: [] };
  let offset = 0;
  for (const unit of splitUnits(text)) {
    slots.sets.push(readings.ofUnit(unit));
    slots.offsets.push(offset);
    slots.lengths.push(unit.length);
    offset += unit.length;
  }
  return slots;
}
