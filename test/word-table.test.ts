import { describe, expect, it } from 'vitest';
import { FNV_START, WordMemo, WordTable, fnvFinish, fnvStep, wordHash } from '../src/util/word-table.js';
import { tokenize } from '../src/index.js';

describe('WordTable (function words on the hot path)', () => {
  const table = new WordTable<number>([['yang', 1], ['dan', 1], ['the', -1], ['via', 0], ['sedangkan', 1]]);

  it('finds every key with its value, zero included', () => {
    expect(table.get('yang')).toBe(1);
    expect(table.get('the')).toBe(-1);
    expect(table.get('via')).toBe(0);
    expect(table.get('sedangkan')).toBe(1);
    expect(table.size).toBe(5);
  });

  it('misses words of the same shape and words longer than its longest key', () => {
    // same length, first two and last two letters as a key: the hash collides, the strings differ
    expect(table.get('yaang')).toBeUndefined();
    expect(table.get('dan ')).toBeUndefined();
    expect(table.get('tie')).toBeUndefined();
    expect(table.get('sedangkanlah')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(table.maxLength).toBe('sedangkan'.length);
  });

  it('holds hundreds of short keys sharing first and last letters', () => {
    const keys: string[] = [];
    for (let i = 0; i < 600; i++) keys.push('k' + String.fromCharCode(97 + (i % 26)) + 'x'.repeat(i % 7) + String.fromCharCode(97 + ((i / 26) | 0)) + 'z');
    const t = new WordTable(keys.map((k, i) => [k, i] as const));
    const unique = new Map<string, number>();
    keys.forEach((k, i) => unique.set(k, i));
    for (const [k, v] of unique) expect(t.get(k)).toBe(v);
    expect(t.size).toBe(unique.size);
  });
});

describe('WordMemo (per-word results, bounded)', () => {
  it('returns what was set, null values included, and overwrites', () => {
    const m = new WordMemo<string | null>(16);
    m.set('bukunya', 'buku');
    m.set('sekolah', null);
    expect(m.get('bukunya')).toBe('buku');
    expect(m.get('sekolah')).toBeNull();
    expect(m.get('rumahnya')).toBeUndefined();
    m.set('bukunya', 'buku!');
    expect(m.get('bukunya')).toBe('buku!');
    expect(m.size).toBe(2);
  });

  it('starts afresh when half full instead of growing', () => {
    const m = new WordMemo<number>(16);
    for (let i = 0; i < 8; i++) m.set('w' + i, i);
    expect(m.size).toBe(8);
    m.set('w8', 8);
    expect(m.size).toBe(1);
    expect(m.get('w8')).toBe(8);
    expect(m.get('w0')).toBeUndefined();
  });

  it('rejects a size that is not a power of two', () => {
    expect(() => new WordMemo(100)).toThrow(/power of two/);
  });
});

describe('hyphenated words whether or not an English contraction shifted the tokens', () => {
  const find = (text: string, word: string) => tokenize(text).find((t) => t.text === word)!;

  it('without a contraction', () => {
    expect(find('The Russia-Turkey talks ended. Negara-negara itu menolak.', 'Russia-Turkey').parts?.map((p) => p.text)).toEqual(['Russia', 'Turkey']);
    const r = find('The Russia-Turkey talks ended. Negara-negara itu menolak.', 'Negara-negara');
    expect([r.base, r.redup, r.parts]).toEqual(['negara', true, undefined]);
  });

  it('after a contraction split', () => {
    const text = "He didn't attend the Russia-Turkey talks. Negara-negara itu menolak usulan pro-Rusia.";
    expect(tokenize(text).slice(1, 3).map((t) => t.text)).toEqual(['did', "n't"]);
    expect(find(text, 'Russia-Turkey').parts?.map((p) => p.text)).toEqual(['Russia', 'Turkey']);
    const r = find(text, 'Negara-negara');
    expect([r.base, r.redup]).toEqual(['negara', true]);
    expect(find(text, 'pro-Rusia').parts?.map((p) => p.text)).toEqual(['pro', 'Rusia']);
  });
});

describe('WordTable.getHashed (hash computed by the caller while reading the word)', () => {
  const table = new WordTable<number>([['yang', 1], ['the', -1]]);
  function fnv(w: string): number {
    let h = FNV_START;
    for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
    return fnvFinish(h);
  }

  it('agrees with get when the hash is built step by step', () => {
    expect(fnv('yang')).toBe(wordHash('yang', 0, 4));
    expect(table.getHashed('yang', fnv('yang'))).toBe(1);
    expect(table.getHashed('the', fnv('the'))).toBe(-1);
    expect(table.getHashed('dan', fnv('dan'))).toBeUndefined();
  });

  it("compares the strings when hashes agree (a word given another key's hash is not found)", () => {
    expect(table.getHashed('tha', fnv('the'))).toBeUndefined();
  });
});
