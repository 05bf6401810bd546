/**
 * Character classes for the tokenizer, computed on char codes (no regex per character).
 * ASCII is a fixed table; other BMP code points are classified once with Unicode property
 * regexes and cached in a 64k table, so the hot loop is a single array read.
 */

export const C_OTHER = 1; // symbols, anything not below
export const C_SPACE = 2; // whitespace incl. NBSP and other Unicode spaces
export const C_LETTER = 3;
export const C_DIGIT = 4;
export const C_MARK = 5; // combining marks (NFD diacritics), continue a word
export const C_INVISIBLE = 6; // zero-width joiners/spaces, BOM, word joiner, soft hyphen
export const C_PUNCT = 7;
export const C_HIGH = 8; // high surrogate
export const C_LOW = 9; // low surrogate

const table = new Uint8Array(65536);

const reLetter = /^\p{L}$/u;
const reMark = /^\p{M}$/u;
const reDigit = /^\p{Nd}$/u;
const reSpace = /^[\s\p{Zs}\u2028\u2029]$/u;
const rePunct = /^\p{P}$/u;

function classifySlow(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return C_HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return C_LOW;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad) return C_INVISIBLE;
  if (c >= 0xfe00 && c <= 0xfe0f) return C_MARK; // variation selectors
  const ch = String.fromCharCode(c);
  if (reSpace.test(ch)) return C_SPACE;
  if (reLetter.test(ch)) return C_LETTER;
  if (reMark.test(ch)) return C_MARK;
  if (reDigit.test(ch)) return C_DIGIT;
  if (rePunct.test(ch)) return C_PUNCT;
  return C_OTHER;
}

for (let c = 0; c < 128; c++) table[c] = classifySlow(c);
// ASCII control characters other than whitespace are symbols; keep them tokens so nothing is lost.

/** Class of a UTF-16 code unit. */
export function charClass(c: number): number {
  const k = table[c]!;
  if (k !== 0) return k;
  const v = classifySlow(c);
  table[c] = v;
  return v;
}

const reAstralLetter = /^\p{L}$/u;
const reAstralMark = /^\p{M}$/u;

/** Class of an astral code point (from a surrogate pair). */
export function astralClass(cp: number): number {
  const s = String.fromCodePoint(cp);
  if (reAstralLetter.test(s)) return C_LETTER;
  if (reAstralMark.test(s)) return C_MARK;
  return C_OTHER;
}

/** True for code points that render as emoji or belong to an emoji sequence. */
export function isEmojiCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
    cp === 0x200d ||
    cp === 0x20e3 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// Unicode-property patterns live here, built once: the bundler (esbuild, for a node20 target) turns
// a `/\p{…}/u` literal into `new RegExp(…)`, which inside a function builds a fresh RegExp object
// on every call (measured: the largest allocation site of extract()).
const reUpperStart = /^\p{Lu}/u;
const reLowerStart = /^\p{Ll}/u;
/** A capitalized word: one capital, then lower-case letters only (`Jakarta`, `Çavuşoğlu`). */
export const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether `s` begins with an upper-case letter (`^\p{Lu}`), ASCII without a regex. */
export function upperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return reUpperStart.test(s);
}

/** Whether `s` begins with a lower-case letter (`^\p{Ll}`), ASCII without a regex. */
export function lowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return reLowerStart.test(s);
}
