/**
 * Token facts: one 32-bit code per scanned token, written by the scanner while the token's
 * characters are still in hand, so that the passes after it (sentence boundaries, the language
 * of each sentence, which words the morphology must look at) read a small typed array instead of
 * going back to every token object and its strings.
 *
 * Why: measured on the 750 IndoSum articles, those three passes re-read each token's `kind`,
 * its text's first and last characters and its folded form; with the tokens' strings out of the
 * cache by then, they cost about as much again as the scan itself (segment ~5 ms, language
 * ~10 ms, morphology loop ~5 ms per pass, against ~20 ms of scanning). The facts cost the scanner
 * a few comparisons per token on characters it has just read.
 *
 * Layout of a code: bits 0–10 flags (below), bits 11–12 the line breaks in the gap before the
 * token (0, 1, or 2 for two or more), bits 16–23 the word's language evidence in tenths,
 * biased by 128 (see `wordLanguage` in language.ts).
 */
import type { Token } from '../types.js';

/** kind `word` */
export const F_WORD = 1;
/** kind `punct` */
export const F_PUNCT = 2;
/** punctuation that may end a sentence: `.`, `!`, `?`, `…` (runs included) */
export const F_TERMINAL = 4;
/** kind `abbreviation` */
export const F_ABBR = 8;
/** first code unit an ASCII capital */
export const F_UPPER = 16;
/** an English possessive (`Singapore's`) */
export const F_POSS = 32;
/** a function word of either language (the sentence's evidence is checked after it) */
export const F_FUNCTION = 64;
/** a word whose folded form may carry an Indonesian clitic (`mayCarryClitic`) */
export const F_CLITIC = 128;
/** a word with an inner hyphen */
export const F_HYPHEN = 256;

export const NL_SHIFT = 11;
export const LANG_SHIFT = 16;

/** Line breaks in a gap as the facts keep them: 0, 1, or 2 for two or more. */
export function breaksCode(n: number): number {
  return (n > 2 ? 2 : n) << NL_SHIFT;
}

/** The line breaks (0, 1, 2+) in the gap before the token of this code. */
export function breaksOf(code: number): number {
  return (code >>> NL_SHIFT) & 3;
}

/** The word's language evidence in tenths (positive Indonesian, negative English). */
export function evidenceOf(code: number): number {
  return ((code >>> LANG_SHIFT) & 255) - 128;
}

/** A growable array of codes, reused from call to call (the tokenizer runs one text at a time). */
export class TokenFacts {
  codes = new Int32Array(1024);

  /** The code of token i. */
  put(i: number, code: number): void {
    if (i >= this.codes.length) this.grow(i);
    this.codes[i] = code;
  }

  /** Make room for index i. */
  private grow(i: number): void {
    let n = this.codes.length;
    while (n <= i) n *= 2;
    const next = new Int32Array(n);
    next.set(this.codes);
    this.codes = next;
  }
}

/** Flags of a token's kind and text (the part of a code that does not depend on the language). */
export function kindFlags(kind: Token['kind'], text: string): number {
  if (kind === 'word') return F_WORD;
  if (kind === 'abbreviation') return F_ABBR;
  if (kind !== 'punct') return 0;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 ? F_PUNCT | F_TERMINAL : F_PUNCT;
}
