// Inverted lists packed in one Int32Array: a Map from key to list number, and offsets into the
// pool. Tens of thousands of small typed arrays would cost more in headers than in data.

export class PostingsBuilder<K extends string | number> {
  private readonly lists = new Map<K, number[]>();

  /** Adds an entry; an entry equal to the list's last one is dropped (same document, same field). */
  add(key: K, entry: number): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  }

  build(): Postings<K> {
    const ids = new Map<K, number>();
    const offsets = new Int32Array(this.lists.size + 1);
    let total = 0;
    for (const list of this.lists.values()) total += list.length;
    const pool = new Int32Array(total);
    let id = 0;
    let at = 0;
    for (const [key, list] of this.lists) {
      ids.set(key, id);
      offsets[id] = at;
      for (let i = 0; i < list.length; i++) pool[at + i] = list[i]!;
      at += list.length;
      id++;
    }
    offsets[id] = at;
    this.lists.clear();
    return new Postings(ids, offsets, pool);
  }
}

export class Postings<K extends string | number> {
  constructor(
    private readonly ids: Map<K, number>,
    /** List i is pool[offsets[i] .. offsets[i + 1]). */
    readonly offsets: Int32Array,
    readonly pool: Int32Array,
  ) {}

  /** List number of the key, or -1. */
  list(key: K): number {
    return this.ids.get(key) ?? -1;
  }

  /** Number of entries under the key (0 when absent). */
  count(key: K): number {
    const id = this.ids.get(key);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  get keyCount(): number {
    return this.ids.size;
  }
}
