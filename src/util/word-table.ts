/**
 * A small read-only table of short words, for lookups on the tokenizer's hot path.
 *
 * A JavaScript Map keyed by a token's text hashes the string first, and a freshly sliced token
 * string has no hash yet: V8 computes it in a call into the runtime, which costs more than the
 * lookup itself (a CPU profile of tokenize put ~a fifth of the language decision on one
 * `Map.get` of function words). This table hashes the char codes in JavaScript, rejects words
 * longer than its longest key before hashing, and probes an array small enough to stay in cache.
 */
export class WordTable<V> {
  private readonly keys: Array<string | undefined>;
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
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    let max = 0;
    let size = 0;
    for (const [k, v] of list) {
      if (k.length === 0) throw new Error('WordTable: empty key');
      let slot = shapeHash(k, k.length) & this.mask;
      while (this.keys[slot] !== undefined && this.keys[slot] !== k) slot = (slot + 1) & this.mask;
      if (this.keys[slot] === undefined) size++;
      this.keys[slot] = k;
      this.values[slot] = v;
      if (k.length > max) max = k.length;
    }
    this.maxLength = max;
    this.size = size;
  }

  get(w: string): V | undefined {
    const n = w.length;
    if (n > this.maxLength || n === 0) return undefined;
    let slot = shapeHash(w, n) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) return undefined;
      if (k === w) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  has(w: string): boolean {
    return this.get(w) !== undefined;
  }
}

/** FNV-1a over UTF-16 code units of s[from, to), finished with a multiply so low bits mix. */
export function wordHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) ^ (h >>> 13);
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

/**
 * A hash of a word's length and its first two and last two code units, with no loop over the
 * word: enough to spread a few hundred short keys (collisions are resolved by comparing strings).
 */
function shapeHash(w: string, n: number): number {
  const h = Math.imul(w.charCodeAt(0) ^ Math.imul(w.charCodeAt(n - 1), 0x9e37), 0x85ebca6b) ^ Math.imul((n > 1 ? w.charCodeAt(1) ^ (w.charCodeAt(n - 2) << 7) : 0) + n * 0x3b, 0xc2b2ae35);
  return h ^ (h >>> 15);
}
