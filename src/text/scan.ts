/**
 * The scanner: one left-to-right pass over char codes that cuts the text into raw tokens.
 * Language-independent; `tokenize.ts` runs the language-specific passes (English contractions,
 * Indonesian clitics and reduplication) once sentences and their language are known.
 *
 * Every loop advances by at least one code unit and never looks back more than a few units,
 * so time is linear in the input whatever it contains (100k dots, one 1 MB word, …).
 */
import type { Token, TokenKind } from '../types.js';
import { ABBREVIATIONS } from '../lang/abbreviations.js';
import {
  C_DIGIT, C_HIGH, C_INVISIBLE, C_LETTER, C_LOW, C_MARK, C_PUNCT, C_SPACE,
  astralClass, charClass, isEmojiCodePoint,
} from './chars.js';
import { fold } from './fold.js';
import { F_CLITIC, F_HYPHEN, F_WORD, TokenFacts, breaksCode, kindFlags } from './facts.js';
import { wordEvidence, wordLanguage } from './language.js';
import { mayCarryClitic, mayCarryCliticCodes } from '../morph/analyze-id.js';
import { FNV_START, fnvFinish, fnvStep } from '../util/word-table.js';

const DOT = 46, HYPHEN = 45, COMMA = 44, COLON = 58, SLASH = 47, APOS = 39, RSQUO = 0x2019, MODAPOS = 0x02bc;
const AT = 64, HASH = 35, PERCENT = 37, DOLLAR = 36, UNDERSCORE = 95, LPAREN = 40;

/** Top-level domains that keep `Kompas.com`, `kemlu.go.id` one token. */
const TLDS = new Set([
  'com', 'id', 'net', 'org', 'co', 'go', 'ac', 'or', 'sch', 'mil', 'web', 'my', 'sg', 'uk', 'au', 'us', 'tv', 'io',
  'info', 'news', 'biz', 'gov', 'edu', 'int', 'ru', 'tr', 'cn', 'jp', 'de', 'fr', 'nl', 'in', 'ph', 'th', 'vn', 'eu', 'ai', 'app', 'xyz',
]);

const CURRENCY_PREFIX = new Set(['rp', 'us$', 's$', 'a$', 'hk$', 'nz$', 'c$', 'rm', 'usd', 'idr', 'eur', 'sgd', 'myr', 'jpy', 'cny', 'rmb']);

/**
 * ASCII characters that end a word of plain letters with nothing more to decide: not a period
 * (abbreviations), hyphen or apostrophe (compounds, `Jum'at`), digit (`Rp2,5`), `@`, `$`, `%`.
 */
const PLAIN_END = new Uint8Array(128);
for (let c = 0; c <= 32; c++) PLAIN_END[c] = 1;
for (const ch of '!"(),:;?[]{}/') PLAIN_END[ch.charCodeAt(0)] = 1;

function isWordClass(k: number): boolean {
  return k === C_LETTER || k === C_DIGIT || k === C_MARK;
}

/** Class of the code point starting at i (astral letters count as letters). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = charClass(c);
  if (k === C_HIGH && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return k;
}

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

const normCache = new Map<string, string>();
/** Folded form, memoized: the same surface strings recur all through a corpus. */
export function normOf(text: string): string {
  let n = normCache.get(text);
  if (n === undefined) {
    n = fold(text);
    if (normCache.size > 200_000) normCache.clear();
    normCache.set(text, n);
  }
  return n;
}

/**
 * Every token is created with the same fields, in the same order (optional ones undefined, which
 * JSON leaves out), so all tokens share one hidden class and the hot loops stay monomorphic.
 *
 * Tokens are built by a constructor, not an object literal: V8 tracks each literal's allocation
 * site and, once it has seen a site's objects survive a minor GC (an article's tokens live until
 * its extract returns), allocates all of them in the old generation. Every token then died there,
 * with the strings it points to kept alive through the next minor GCs: on the 750 IndoSum articles
 * that was ~33 MB of old-generation garbage per pass (sampling heap profile, objects collected by
 * major GC: 145 MB → 10 MB over four passes with the constructor) and about a fifth of extract's time
 * in GC and cache misses. Constructed objects are not pretenured by allocation site.
 */
export function makeToken(text: string, start: number, end: number, kind: TokenKind, norm: string): Token {
  return new TokenRecord(text, start, end, kind, norm);
}

/** A token as `makeToken` builds it (a plain record: JSON and structured clone see its fields). */
class TokenRecord implements Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  norm: string;
  base: string | undefined;
  clitics: Token['clitics'];
  redup: Token['redup'];
  parts: Token['parts'];
  constructor(text: string, start: number, end: number, kind: TokenKind, norm: string) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.norm = norm;
    this.base = undefined;
    this.clitics = undefined;
    this.redup = undefined;
    this.parts = undefined;
  }
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Next non-space position at or after i. */
function skipSpace(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = charClass(text.charCodeAt(i));
    if (k !== C_SPACE && k !== C_INVISIBLE) break;
    i++;
  }
  return i;
}

/** Length of an ASCII letter run starting at i. */
function letterRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  return j - i;
}

/**
 * Scan a dotted abbreviation (`U.S.`, `S.H.`, `a.n.`, `M.Si.`, `Ph.D.`) starting at i, where
 * text[i..dot) are 1–3 letters and text[dot] is a period followed by a letter. Returns the end
 * (after the final period when there is one), or -1 when the shape does not hold.
 */
function scanDotted(text: string, i: number, dot: number): number {
  let j = dot;
  let segments = 1;
  while (j < text.length && text.charCodeAt(j) === DOT) {
    const len = letterRun(text, j + 1);
    if (len === 0) return segments >= 2 ? j + 1 : -1;
    if (len > 3) return -1;
    j = j + 1 + len;
    segments++;
  }
  // ended on a letter run with no final period (`U.S`)
  if (segments < 2) return -1;
  const after = j < text.length ? charClass(text.charCodeAt(j)) : C_SPACE;
  if (after === C_LETTER || after === C_DIGIT) return -1;
  return j;
}

/** Valid d/m or d/m/y date shape in text[i..j) made of digits and slashes. */
function dateValue(s: string): boolean {
  const p = s.split('/');
  if (p.length < 2 || p.length > 3) return false;
  const d = Number(p[0]);
  const m = Number(p[1]);
  if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return false;
  if (p.length === 3) {
    const y = p[2]!;
    return y.length === 2 || y.length === 4;
  }
  return p[0]!.length <= 2 && p[1]!.length <= 2;
}

function timeValue(s: string, sep: string): boolean {
  const p = s.split(sep);
  if (p.length < 2 || p.length > 3) return false;
  const h = Number(p[0]);
  const m = Number(p[1]);
  return p[0]!.length <= 2 && p[1]!.length === 2 && h >= 0 && h <= 24 && m >= 0 && m <= 59 && (p.length === 2 || p[2]!.length === 2);
}

/**
 * Cut `text` into raw tokens (no language-specific analysis yet). When `facts` is given, each
 * token's code (facts.ts: kind, line breaks before it, language evidence, morphology flags) is
 * written at its index, for the passes that follow the scan.
 */
export function scan(text: string, facts?: TokenFacts): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // line breaks in the gap before the next token (a lone \r counts only when there is no \n)
  let lf = 0;
  let cr = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // (most gaps are one plain space)
      i++;
      continue;
    }
    const k = charClass(c);
    if (k === C_SPACE || k === C_INVISIBLE) {
      if (c === 10 || c === 0x2029) lf++;
      else if (c === 13) cr++;
      i++;
      continue;
    }
    const gap = lf + cr === 0 ? 0 : breaksCode(lf > 0 ? lf : cr);
    lf = cr = 0;
    let kind: TokenKind;
    let j: number;
    const cls = k === C_HIGH ? classAt(text, i) : k;

    if ((c === 104 || c === 72 || c === 119 || c === 87) && (j = scanUrl(text, i)) > i) {
      kind = 'url';
    } else if (isWordClass(cls)) {
      // fast path, most of any text: ASCII letters up to a character that ends a word whatever
      // precedes it (space, comma, closing bracket …), which scanWord would take the same way
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        // (what the token facts need is gathered while reading: the hash of the lower-case word
        // for the function-word table, its first and last three letters for the affix tests)
        const a = c | 32;
        let h = fnvStep(FNV_START, a);
        let z = a, y = 0, x = 0;
        let e = i + 1;
        let upper = c <= 90;
        let d = 0;
        while (e < n) {
          d = text.charCodeAt(e);
          if (d >= 97 && d <= 122) {
            // lower case
          } else if (d >= 65 && d <= 90) {
            upper = true;
            d |= 32;
          } else break;
          h = fnvStep(h, d);
          x = y;
          y = z;
          z = d;
          e++;
        }
        if (e >= n || (d < 128 && PLAIN_END[d] === 1)) {
          const t = text.slice(i, e);
          const norm = upper ? t.toLowerCase() : t;
          if (facts !== undefined) {
            const len = e - i;
            const b = a === 107 && len > 1 ? text.charCodeAt(i + 1) | 32 : 0;
            facts.put(out.length, gap | F_WORD | wordEvidence(norm, fnvFinish(h), c <= 90, a, z, y, x) | (mayCarryCliticCodes(len, z, y, x, a, b) ? F_CLITIC : 0));
          }
          out.push(makeToken(t, i, e, 'word', norm));
          i = e;
          continue;
        }
      }
      sawUpper = false;
      sawNonAscii = false;
      j = scanWord(text, i, out);
      kind = wordKind;
      const t = text.slice(i, j);
      const norm = kind === 'word' ? (sawNonAscii ? fold(t) : sawUpper ? t.toLowerCase() : t) : kind === 'number' || kind === 'date' || kind === 'time' ? t : fold(t);
      facts?.put(out.length, gap | (kind === 'word' ? wordFacts(t, norm) | (wordHyphen ? F_HYPHEN : 0) : kindFlags(kind, t)));
      out.push(makeToken(t, i, j, kind, norm));
      i = j;
      continue;
    } else if (c === AT || c === HASH) {
      j = i + 1;
      const prevWord = i > 0 && isWordClass(charClass(text.charCodeAt(i - 1)));
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordClass(classAt(text, j)) || d === UNDERSCORE) j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        else if (c === AT && d === DOT && j + 1 < n && isWordClass(charClass(text.charCodeAt(j + 1)))) j++;
        else break;
      }
      if (j > i + 1 && !prevWord) kind = c === AT ? 'mention' : 'hashtag';
      else { j = i + 1; kind = 'symbol'; }
    } else if (k === C_PUNCT || c === 0x2026) {
      j = i + 1;
      if (c === DOT || c === HYPHEN || c === 0x2014 || c === 0x2013) {
        while (j < n && text.charCodeAt(j) === c) j++;
      } else if (c === 33 || c === 63) {
        while (j < n && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      }
      kind = 'punct';
    } else if (k === C_HIGH) {
      const cp = codePointAt(text, i);
      if (isEmojiCodePoint(cp)) { j = scanEmoji(text, i); kind = 'emoji'; }
      else { j = i + (cp > 0xffff ? 2 : 1); kind = 'symbol'; }
    } else if (k === C_LOW) {
      j = i + 1;
      kind = 'symbol';
    } else {
      // symbols: currency before a number, emoji in the BMP, anything else one unit at a time
      if ((c === DOLLAR || c === 0x20ac || c === 0xa3 || c === 0xa5) && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1))) {
        j = scanNumberBody(text, i + 1);
        kind = 'money';
      } else if (isEmojiCodePoint(c)) {
        j = scanEmoji(text, i);
        kind = 'emoji';
      } else {
        j = i + 1;
        kind = 'symbol';
      }
    }
    const t = text.slice(i, j);
    facts?.put(out.length, gap | kindFlags(kind, t));
    out.push(makeToken(t, i, j, kind, kind === 'punct' ? t : fold(t)));
    i = j;
  }
  return out;
}

/** The facts of a word token (kind, language evidence, clitic candidate). */
function wordFacts(t: string, norm: string): number {
  return F_WORD | wordLanguage(t, norm) | (mayCarryClitic(norm) ? F_CLITIC : 0);
}

/** Digits with inner `.`/`,` groups (`1.000.000`, `2,5`, `3.000,50`). Starts on a digit. */
function scanNumberBody(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isAsciiDigit(d) || charClass(d) === C_DIGIT) j++;
    else if ((d === DOT || d === COMMA) && j + 1 < n && isAsciiDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}

function scanEmoji(text: string, i: number): number {
  const n = text.length;
  let j = i + (codePointAt(text, i) > 0xffff ? 2 : 1);
  let regional = codePointAt(text, i) >= 0x1f1e6 && codePointAt(text, i) <= 0x1f1ff ? 1 : 0;
  while (j < n) {
    const cp = codePointAt(text, j);
    const w = cp > 0xffff ? 2 : 1;
    if (cp === 0x200d) {
      // zero-width joiner: joins the next emoji
      const next = j + 1 < n ? codePointAt(text, j + 1) : 0;
      if (isEmojiCodePoint(next)) { j += 1 + (next > 0xffff ? 2 : 1); continue; }
      break;
    }
    if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f)) {
      j += w;
      continue;
    }
    if (regional === 1 && cp >= 0x1f1e6 && cp <= 0x1f1ff) { j += w; regional = 2; continue; }
    break;
  }
  return j;
}

/** ASCII lower case of the char code at i (NaN past the end, which equals nothing). */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** URL starting with http(s):// or www. — up to whitespace, trailing punctuation trimmed. */
function scanUrl(text: string, i: number): number {
  // (on char codes, case-insensitive: this runs for every word starting with h or w)
  let j: number;
  if (lowerAt(text, i) === 104 && lowerAt(text, i + 1) === 116 && lowerAt(text, i + 2) === 116 && lowerAt(text, i + 3) === 112) {
    const s = lowerAt(text, i + 4) === 115 ? i + 5 : i + 4; // https / http
    if (text.charCodeAt(s) !== COLON || text.charCodeAt(s + 1) !== SLASH || text.charCodeAt(s + 2) !== SLASH) return i;
    j = s + 3;
  } else if (lowerAt(text, i) === 119 && lowerAt(text, i + 1) === 119 && lowerAt(text, i + 2) === 119 && text.charCodeAt(i + 3) === DOT && i + 4 < text.length && isWordClass(charClass(text.charCodeAt(i + 4)))) j = i + 4;
  else return i;
  if (i > 0 && isWordClass(charClass(text.charCodeAt(i - 1)))) return i;
  const n = text.length;
  let depth = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    const k = charClass(d);
    if (k === C_SPACE || k === C_INVISIBLE || d === 34 || d === 60 || d === 62 || d === 0x201c || d === 0x201d) break;
    if (d === 40) depth++;
    if (d === 41) { if (depth === 0) break; depth--; }
    j++;
  }
  // trim trailing punctuation that belongs to the sentence
  while (j > i) {
    const d = text.charCodeAt(j - 1);
    if (d === DOT || d === COMMA || d === 59 || d === COLON || d === 33 || d === 63 || d === APOS || d === RSQUO) j--;
    else break;
  }
  return j;
}

/** Case/ASCII facts about the last word scanned, so its folded form is computed only when needed. */
let sawUpper = false;
let sawNonAscii = false;

/** Did the last word scanned have an inner hyphen? */
let wordHyphen = false;

/** Kind of the last word scanned (scanWord returns its end: no result object per word). */
let wordKind: TokenKind = 'word';

/**
 * A word-like run starting on a letter, digit or mark: letters, digits and marks, joined by
 * inner hyphens, apostrophes, zero-width characters, and by `.,:/` between digits. Then decides
 * its kind and whether a following period belongs to it (abbreviations).
 */
function scanWord(text: string, i: number, prev: Token[]): number {
  const n = text.length;
  let j = i;
  let letters = 0;
  let digits = 0;
  let sawDigitSep = 0; // 1 '.', 2 ',', 4 ':', 8 '/'
  let sawHyphen = false;
  let sawAt = false;
  for (;;) {
    if (j >= n) break;
    let d = text.charCodeAt(j);
    // most of a word is ASCII letters: take the run in a tight loop
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
      const run = j;
      for (;;) {
        if (d <= 90) sawUpper = true;
        if (++j >= n) break;
        d = text.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
      }
      letters += j - run;
      continue;
    }
    let k = charClass(d);
    if (k === C_SPACE) break;
    if (k === C_HIGH) k = classAt(text, j);
    if (k === C_LETTER || k === C_MARK) {
      letters++;
      if (d < 128) {
        if (d <= 90) sawUpper = true;
        j++;
      } else {
        sawNonAscii = true;
        j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
      continue;
    }
    if (k === C_DIGIT) {
      if (digits === 0 && letters > 0 && letters <= 3 && j - i === letters && CURRENCY_PREFIX.has(text.slice(i, j).toLowerCase())) {
        return ((wordKind = 'money'), scanNumberBody(text, j)); // Rp2.500.000
      }
      digits++;
      j++;
      continue;
    }
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    const nk = j + 1 < n ? classAt(text, j + 1) : C_SPACE;
    const pk = charClass(text.charCodeAt(j - 1));
    if (k === C_INVISIBLE) {
      if (isWordClass(nk)) { sawNonAscii = true; j++; continue; }
      break;
    }
    if (d === HYPHEN || d === 0x2010 || d === 0x2011) {
      // inner hyphen; digit-digit is a range (2014-2019), split there
      if (isWordClass(nk) && isWordClass(pk) && !(pk === C_DIGIT && nk === C_DIGIT && letters === 0)) {
        sawHyphen = true;
        if (d !== HYPHEN) sawNonAscii = true;
        j++;
        continue;
      }
      break;
    }
    if (d === APOS || d === RSQUO || d === MODAPOS) {
      if ((pk === C_LETTER || pk === C_MARK) && nk === C_LETTER) { if (d !== APOS) sawNonAscii = true; j++; continue; }
      break;
    }
    if (d === DOT) {
      if (pk === C_DIGIT && isAsciiDigit(next) && letters === 0) { sawDigitSep |= 1; j++; continue; }
      if (isAsciiLetter(next) && letters > 0 && !sawHyphen && digits === 0) {
        // dotted abbreviation U.S. / a.n. / M.Si.
        if (j - i <= 3 && letterRun(text, i) === j - i) {
          const e = scanDotted(text, i, j);
          if (e > 0) return ((wordKind = 'abbreviation'), e);
        }
        // domain name Kompas.com, kemlu.go.id
        const tl = letterRun(text, j + 1);
        const tld = text.slice(j + 1, j + 1 + tl).toLowerCase();
        const afterK = j + 1 + tl < n ? charClass(text.charCodeAt(j + 1 + tl)) : C_SPACE;
        if (TLDS.has(tld) && afterK !== C_LETTER && afterK !== C_DIGIT) {
          sawUpper = true;
          j = j + 1 + tl;
          continue;
        }
      }
      break;
    }
    if (d === COMMA) {
      if (pk === C_DIGIT && isAsciiDigit(next) && letters === 0) { sawDigitSep |= 2; j++; continue; }
      break;
    }
    if (d === COLON) {
      if (pk === C_DIGIT && isAsciiDigit(next) && letters === 0) { sawDigitSep |= 4; j++; continue; }
      break;
    }
    if (d === SLASH) {
      if (pk === C_DIGIT && isAsciiDigit(next) && letters === 0) { sawDigitSep |= 8; j++; continue; }
      break;
    }
    if (d === AT && !sawAt && letters + digits > 0 && isWordClass(nk)) {
      // e-mail: local part already scanned, take the domain
      let e = j + 1;
      let dots = 0;
      while (e < n) {
        const x = text.charCodeAt(e);
        if (isWordClass(charClass(x)) || x === HYPHEN) e++;
        else if (x === DOT && e + 1 < n && isWordClass(charClass(text.charCodeAt(e + 1)))) { dots++; e++; }
        else break;
      }
      if (dots > 0) return ((wordKind = 'email'), e);
      break;
    }
    if (d === PERCENT && digits > 0 && letters === 0) return ((wordKind = 'percent'), j + 1);
    if (d === DOLLAR && letters > 0 && letters <= 2 && digits === 0 && j - i <= 2) {
      // US$, S$, HK$ … optionally glued to the amount
      let e = j + 1;
      if (e < n && isAsciiDigit(text.charCodeAt(e))) return ((wordKind = 'money'), scanNumberBody(text, e));
      return ((wordKind = 'symbol'), e);
    }
    break;
  }

  // e-mail local parts with dots/underscores (first.last@host) are rare in news; handled above for simple ones.
  const end = j;
  if (letters === 0) {
    const s = text.slice(i, end);
    if (sawDigitSep === 0) {
      return ((wordKind = 'number'), end);
    }
    if (sawDigitSep === 8 && dateValue(s)) {
      // d/m/y always a date; bare d/m only inside parentheses (`Minggu (2/1)`)
      if (s.split('/').length === 3 || (i > 0 && text.charCodeAt(i - 1) === LPAREN)) return ((wordKind = 'date'), end);
      return ((wordKind = 'number'), end);
    }
    if (sawDigitSep === 4 && timeValue(s, ':')) return ((wordKind = 'time'), end);
    if (sawDigitSep === 1 && timeValue(s, '.') && isClockContext(text, i, end, prev)) return ((wordKind = 'time'), end);
    return ((wordKind = 'number'), end);
  }

  // currency glued to the amount: Rp2,5 / Rp.2.500 / Rp 2,5 is three tokens (see values.ts)
  if (letters <= 3 && digits === 0 && end < n) {
    const d = text.charCodeAt(end);
    const glued = isAsciiDigit(d) || (d === DOT && end + 1 < n && isAsciiDigit(text.charCodeAt(end + 1)));
    if (glued && CURRENCY_PREFIX.has(text.slice(i, end).toLowerCase())) {
      return ((wordKind = 'money'), scanNumberBody(text, d === DOT ? end + 1 : end));
    }
  }

  // a period after the word: abbreviation or sentence punctuation?
  if (end < n && text.charCodeAt(end) === DOT && !(end + 1 < n && text.charCodeAt(end + 1) === DOT)) {
    if (takesPeriod(text, i, end, prev)) return ((wordKind = 'abbreviation'), end + 1);
  }
  wordHyphen = sawHyphen;
  return ((wordKind = 'word'), end);
}

/** `19.30` is a clock time after `pukul`/`jam` or before `WIB`/`WITA`/`WIT`. */
function isClockContext(text: string, i: number, end: number, prev: Token[]): boolean {
  const p = prev[prev.length - 1];
  if (p) {
    const w = p.norm;
    if (w === 'pukul' || w === 'jam' || w === 'pkl' || w === 'pkl.') return true;
  }
  const s = skipSpace(text, end);
  const l = letterRun(text, s);
  if (l >= 3 && l <= 4) {
    const z = text.slice(s, s + l).toLowerCase();
    if (z === 'wib' || z === 'wita' || z === 'wit' || z === 'gmt' || z === 'utc') return true;
  }
  return false;
}

/** Does the period at `end` belong to the word text[i..end)? */
function takesPeriod(text: string, i: number, end: number, prev: Token[]): boolean {
  const len = end - i;
  const first = text.charCodeAt(i);
  const after = skipSpace(text, end + 1);
  const nextC = after < text.length ? text.charCodeAt(after) : 0;
  // single capital letter: an initial before another capitalized word (Retno L. Marsudi, H. Agus)
  if (len === 1 && isUpperAscii(first)) {
    return after > end + 1 && (isUpperAscii(nextC) || charClass(nextC) === C_LETTER && nextC >= 128) && after < text.length;
  }
  if (len > 8) return false;
  const lower = text.slice(i, end).toLowerCase();
  const cat = ABBREVIATIONS.get(lower);
  if (cat === undefined) return false;
  switch (cat) {
    case 'title':
      // "Jl." "Prof." — capitalized use, or lower-case forms that are only abbreviations
      return after < text.length;
    case 'number':
      return isAsciiDigit(nextC);
    case 'month': {
      if (isAsciiDigit(nextC)) return true;
      const p = prev[prev.length - 1];
      return p !== undefined && p.kind === 'number' && p.end >= i - 2;
    }
    case 'final':
    case 'inner':
      return true;
  }
  return false;
}
