/**
 * Cell texts by their bytes: the same labels repeat down whole columns ("Trực tiếp", "Thủ tục"), so a text read
 * once is found again from the bytes alone — no decoding, no normalising, no new string per cell. One table per
 * workbook read, for one kind of cell (the text a cell's bytes give depends on its type).
 */

/** Texts longer than this (in bytes) are not kept: long texts rarely repeat. */
const MAX_KEY = 64;
/** Entries kept before the table starts again (bounded memory on sheets of unique texts). */
const MAX_ENTRIES = 4096;
const SLOTS = MAX_ENTRIES * 4;
const MASK = SLOTS - 1;
const POOL = 64 * 1024;
/** FNV-1a, 32 bits: h = (h ^ byte) * HASH_PRIME from HASH_START (the scanner hashes a text on its way to its end). */
export const HASH_START = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export class ByteTexts {
  /** Entry number per slot (open addressing by hash); 0 is an empty slot, entries count from 1. */
  private readonly slots = new Int32Array(SLOTS);
  private readonly hashes = new Int32Array(MAX_ENTRIES + 1);
  /** Each entry's key bytes: pool[starts[e], starts[e] + lengths[e]). */
  private readonly starts = new Int32Array(MAX_ENTRIES + 1);
  private readonly lengths = new Int32Array(MAX_ENTRIES + 1);
  private readonly pool = new Uint8Array(POOL);
  private used = 0;
  private values: string[] = [''];

  /** Hash of bytes[from, to), to pass to {@link get} and {@link set}. */
  static hash(bytes: Uint8Array, from: number, to: number): number {
    let h = HASH_START;
    for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], HASH_PRIME);
    return h;
  }

  /** The text kept for bytes[from, to), or undefined. */
  get(bytes: Uint8Array, from: number, to: number, hash: number): string | undefined {
    const n = to - from;
    if (n > MAX_KEY) return undefined;
    const pool = this.pool;
    for (let s = hash & MASK; ; s = (s + 1) & MASK) {
      const e = this.slots[s];
      if (e === 0) return undefined;
      if (this.hashes[e] !== hash || this.lengths[e] !== n) continue;
      const k = this.starts[e] - from;
      let i = from;
      while (i < to && pool[k + i] === bytes[i]) i++;
      if (i === to) return this.values[e];
    }
  }

  /** Keeps `text` as what bytes[from, to) read as (after a {@link get} that found nothing). */
  set(bytes: Uint8Array, from: number, to: number, hash: number, text: string): void {
    const n = to - from;
    if (n > MAX_KEY) return;
    if (this.values.length > MAX_ENTRIES || this.used + n > POOL) {
      this.slots.fill(0);
      this.values = [''];
      this.used = 0;
    }
    const e = this.values.length;
    this.values.push(text);
    this.hashes[e] = hash;
    this.starts[e] = this.used;
    this.lengths[e] = n;
    const pool = this.pool;
    for (let i = from, k = this.used; i < to; i++, k++) pool[k] = bytes[i];
    this.used += n;
    let s = hash & MASK;
    while (this.slots[s] !== 0) s = (s + 1) & MASK;
    this.slots[s] = e;
  }
}
