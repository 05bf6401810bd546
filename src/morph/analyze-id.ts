/**
 * Indonesian word analysis for later stages: clitics split off and reduplication collapsed.
 * Rules (each a small function below) are guarded by the list of known words, so `sekolah`
 * is not `seko` + `-lah` and `buku` is not `bu` + `-ku`. Results are memoized per folded word.
 */
import { knownWords } from './lexicon.js';
import { WordMemo } from '../util/word-table.js';

export interface IdAnalysis {
  base: string;
  clitics?: string[];
  redup?: boolean;
  /** hyphenated compound that is not a reduplication */
  compound?: boolean;
}

const PARTICLES = ['lah', 'kah', 'pun'] as const;

function hasVowel(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return true;
  }
  return false;
}

/** `bukunya` → `buku` + `nya`; `pihaknyalah` → `pihak` + `nya` + `lah`; `kuambil` → `ku-` + `ambil`. */
export function splitClitics(w: string, known: Set<string>): IdAnalysis | null {
  if (known.has(w) || w.length < 4) return null;
  let base = w;
  const tail: string[] = [];
  // emphatic particles come last
  for (const p of PARTICLES) {
    if (base.length > p.length + 2 && base.endsWith(p)) {
      const b = base.slice(0, -p.length);
      if (known.has(b) || (b.endsWith('nya') && b.length > 5)) {
        tail.unshift(p);
        base = b;
      }
      break;
    }
  }
  // possessives / objects
  if (base.length >= 6 && base.endsWith('nya') && !known.has(base)) {
    const b = base.slice(0, -3);
    if (known.has(b) || (b.length >= 4 && hasVowel(b))) {
      tail.unshift('nya');
      base = b;
    }
  } else if (base.length >= 5 && (base.endsWith('ku') || base.endsWith('mu')) && !known.has(base)) {
    const b = base.slice(0, -2);
    if (known.has(b) && b.length >= 3) {
      tail.unshift(base.slice(-2));
      base = b;
    }
  }
  let head: string | undefined;
  if (tail.length === 0) {
    if (base.startsWith('kau') && base.length >= 6 && known.has(base.slice(3))) {
      head = 'kau-';
      base = base.slice(3);
    } else if (base.startsWith('ku') && base.length >= 5 && known.has(base.slice(2))) {
      head = 'ku-';
      base = base.slice(2);
    }
  }
  if (base === w) return null;
  return { base, clitics: head ? [head, ...tail] : tail };
}

/**
 * Hyphenated words: full reduplication (`negara-negara`, `drone-drone`, `anak-anaknya`), partial
 * (`bermain-main`, `tarik-menarik`, `sayur-mayur`), or a compound (`Rusia-Turki`, `pro-Rusia`).
 */
export function analyzeHyphenated(w: string, known: Set<string>): IdAnalysis {
  const dash = w.indexOf('-');
  if (dash <= 0 || w.indexOf('-', dash + 1) !== -1) return { base: w, compound: true };
  const left = w.slice(0, dash);
  let right = w.slice(dash + 1);
  let clitics: string[] | undefined;
  if (right !== left) {
    const c = splitClitics(right, known);
    if (c && c.base === left) {
      right = c.base;
      clitics = c.clitics;
    }
  }
  const redup =
    right === left ||
    (left.length >= 4 && left.endsWith(right) && right.length >= 3) || // bermain-main
    (right.length > left.length && left.length >= 4 && right.endsWith(left.slice(1))) || // tarik-menarik
    (left.length >= 4 && left.length === right.length && left.slice(1) === right.slice(1) && left[0] !== right[0]); // sayur-mayur
  if (!redup) return { base: w, compound: true };
  const out: IdAnalysis = { base: left, redup: true };
  if (clitics && clitics.length) out.clitics = clitics;
  return out;
}

const memo = new WordMemo<IdAnalysis | null>(1 << 16);

/** Cheap test on char codes: can this word carry a clitic or be hyphenated at all? */
export function mayNeedAnalysis(w: string): boolean {
  return mayCarryClitic(w) || w.indexOf('-') > 0;
}

/** Cheap test on char codes: can this word carry a clitic (hyphens aside)? */
export function mayCarryClitic(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  return mayCarryCliticCodes(n, w.charCodeAt(n - 1), w.charCodeAt(n - 2), w.charCodeAt(n - 3), w.charCodeAt(0), w.charCodeAt(1));
}

/**
 * `mayCarryClitic` of a folded word of length n from its last three code units (z last, y, x)
 * and its first two (a, b): the scanner holds them after reading the word.
 */
export function mayCarryCliticCodes(n: number, z: number, y: number, x: number, a: number, b: number): boolean {
  if (n < 4) return false;
  // -nya, -lah, -kah, -pun, -ku, -mu, ku-/kau-
  if (z === 97 && y === 121) return true;
  if (z === 104 && y === 97 && (x === 108 || x === 107)) return true;
  if (z === 110 && y === 117 && x === 112) return true;
  if (z === 117 && (y === 107 || y === 109)) return true;
  return a === 107 && b === 117;
}

/** Analysis of a folded Indonesian word, or null when the word is its own base. Memoized. */
export function analyzeId(norm: string): IdAnalysis | null {
  let a = memo.get(norm);
  if (a !== undefined) return a;
  const known = knownWords();
  a = norm.indexOf('-') > 0 ? analyzeHyphenated(norm, known) : splitClitics(norm, known);
  memo.set(norm, a);
  return a;
}
