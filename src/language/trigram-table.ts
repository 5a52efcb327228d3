/**
 * An open-addressing hash table from trigrams (three UTF-16 code units) to small integers, in
 * one interleaved typed array: lookups allocate nothing and touch one cache line, which matters
 * at thousands of trigrams per article.
 */
export class TrigramTable {
  /** Slot i holds [first unit or -1 when empty, second and third units, value] at 3i. */
  private readonly slots: Int32Array;
  private count = 0;
  private readonly mask: number;

  /** A table for `capacity` trigrams, or one over slots saved from another (see `slots`). */
  constructor(capacity: number, saved?: { slots: Int32Array; size: number }) {
    if (saved) {
      this.slots = saved.slots;
      this.mask = saved.slots.length / 3 - 1;
      this.count = saved.size;
      return;
    }
    let size = 16;
    while (size < capacity * 1.5) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 3);
    for (let i = 0; i < this.slots.length; i += 3) this.slots[i] = -1;
  }

  /** The storage, to save a built table (with `size`) and load it without rebuilding. */
  get storage(): Int32Array {
    return this.slots;
  }

  get size(): number {
    return this.count;
  }

  /** Mask of the slot index; with `storage`, for lookups inlined in hot loops (see `slotOf`). */
  get indexMask(): number {
    return this.mask;
  }

  /** The value stored for the trigram of code units a, b, c, or -1. */
  get(a: number, b: number, c: number): number {
    const slot = this.find(a, (b << 16) | c);
    return this.slots[slot] === -1 ? -1 : (this.slots[slot + 2] as number);
  }

  /** Stores value for the trigram of code units a, b, c unless it is there; true when added. */
  add(a: number, b: number, c: number, value: number): boolean {
    const first = a;
    const rest = (b << 16) | c;
    const slot = this.find(first, rest);
    if (this.slots[slot] !== -1) return false;
    this.slots[slot] = first;
    this.slots[slot + 1] = rest;
    this.slots[slot + 2] = value;
    this.count++;
    return true;
  }

  private find(first: number, rest: number): number {
    return slotOf(this.slots, this.mask, first, rest);
  }
}

/**
 * Index in `slots` of the trigram (first code unit; second and third as (b << 16) | c), or of
 * the empty slot where it would go. A plain function, so hot loops can call it on a table's
 * `storage` without method dispatch.
 */
export function slotOf(slots: Int32Array, mask: number, first: number, rest: number): number {
  let index = hash(first, rest) & mask;
  let slot = index * 3;
  while (slots[slot] !== -1 && (slots[slot] !== first || slots[slot + 1] !== rest)) {
    index = (index + 1) & mask;
    slot = index * 3;
  }
  return slot;
}

/** Mixes all bits of the three code units into the low bits the mask keeps. */
function hash(first: number, rest: number): number {
  let h = Math.imul(rest ^ Math.imul(first, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
