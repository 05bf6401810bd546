/**
 * A small read-only table of short words, for lookups on the tokenizer's hot path.
 *
 * A JavaScript Map keyed by a token's text hashes the string first, and a freshly sliced token
 * string has no hash yet: V8 computes it in a call into the runtime, which costs more than the
 * lookup itself (a CPU profile of tokenize put ~a fifth of the language decision on one
 * `Map.get` of function words). This table is keyed by `wordHash`, which a caller may compute
 * as it reads the word's characters anyway (the scanner does: `FNV_START`, `fnvStep` per code
 * unit, then `getHashed`), and probes an array small enough to stay in cache; a probe compares
 * strings only when the full hashes agree.
 */
export class WordTable<V> {
  private readonly keys: Array<string | undefined>;
  private readonly hashes: Int32Array;
  private readonly values: Array<V | undefined>;
  private readonly mask: number;
  /** length of the longest key: longer words are not looked up at all */
  readonly maxLength: number;
  readonly size: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let slots = 8;
    while (slots < list.length * 4) slots <<= 1;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    let max = 0;
    let size = 0;
    for (const [k, v] of list) {
      if (k.length === 0) throw new Error('WordTable: empty key');
      const h = wordHash(k, 0, k.length);
      let slot = h & this.mask;
      while (this.keys[slot] !== undefined && this.keys[slot] !== k) slot = (slot + 1) & this.mask;
      if (this.keys[slot] === undefined) size++;
      this.keys[slot] = k;
      this.hashes[slot] = h;
      this.values[slot] = v;
      if (k.length > max) max = k.length;
    }
    this.maxLength = max;
    this.size = size;
  }

  get(w: string): V | undefined {
    const n = w.length;
    if (n > this.maxLength || n === 0) return undefined;
    return this.getHashed(w, wordHash(w, 0, n));
  }

  /** `get` with the word's `wordHash` already known. */
  getHashed(w: string, h: number): V | undefined {
    let slot = h & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) return undefined;
      if (this.hashes[slot] === h && k === w) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  has(w: string): boolean {
    return this.get(w) !== undefined;
  }
}

/** FNV-1a's starting state and step, for callers that hash a word as they read it. */
export const FNV_START = 0x811c9dc5 | 0;
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
/** The finishing mix of `wordHash` (so that low bits depend on every code unit). */
export function fnvFinish(h: number): number {
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) ^ (h >>> 13);
}

/** FNV-1a over UTF-16 code units of s[from, to), finished with a multiply so low bits mix. */
export function wordHash(s: string, from: number, to: number): number {
  let h = FNV_START;
  for (let i = from; i < to; i++) h = fnvStep(h, s.charCodeAt(i));
  return fnvFinish(h);
}

/**
 * A memo keyed by words, hashed like `WordTable`, for results computed once per distinct word.
 * It holds at most half its slots and starts afresh when full, so memory stays bounded over a
 * corpus of any size (a later lookup of a dropped word just computes it again).
 */
export class WordMemo<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private readonly mask: number;
  private count = 0;

  constructor(slots: number) {
    if (!(slots >= 8 && (slots & (slots - 1)) === 0)) throw new Error('WordMemo: slots must be a power of two >= 8');
    this.mask = slots - 1;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  get size(): number {
    return this.count;
  }

  get(w: string): V | undefined {
    let slot = wordHash(w, 0, w.length) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) return undefined;
      if (k === w) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  set(w: string, v: V): void {
    if (this.count >= (this.mask + 1) >> 1) this.clear();
    let slot = wordHash(w, 0, w.length) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) break;
      if (k === w) {
        this.values[slot] = v;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = w;
    this.values[slot] = v;
    this.count++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }
}
