/**
 * Features of the NER tagger, as 32-bit hashes (no feature strings are built): word identity and
 * shape, affixes, context words, cue classes of neighbours (titles, speech verbs, organization and
 * location heads), gazetteer hits, name lists. Per-word facts are computed once per distinct word
 * and memoized; a token costs ~30 integer hashes.
 */
import type { Token } from '../types.js';
import { CUE_CONNECTOR, nerLexicon } from './lexicon.js';
import { knownWords } from '../morph/lexicon.js';

/** FNV-1a of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combine a template id with up to two values into one feature id (never 0). */
export function feat(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b1, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x27d4eb2f);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}

export interface WordInfo {
  w: number;
  shape: number;
  pre3: number;
  suf3: number;
  suf2: number;
  suf4: number;
  len: number;
  cue: number;
  /** capital first letter, all capitals, has digit, has lower-case letter after the first */
  cap: boolean;
  caps: boolean;
  name: boolean;
  /** an ordinary Indonesian word (Wordnet Bahasa lemma or function word) */
  known: boolean;
  /** a name-like token that can be inside an entity */
  nameLike: boolean;
  /** summed weights of this word's role features (ROLES × NT), for the model in `vecOwner` */
  vec?: Float64Array;
  vecOwner?: object;
}

/** Short shape: runs of X (capital), x (lower), d (digit) collapsed; other characters kept. */
export function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 8; i++) {
    const c = s.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) {
      const ch = s.charAt(i);
      k = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : s.charAt(i);
    } else k = s.charAt(i);
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const cache = new Map<string, WordInfo>();

export function wordInfo(t: Token): WordInfo {
  let wi = cache.get(t.text);
  if (wi) return wi;
  const lex = nerLexicon();
  const n = t.norm;
  const text = t.text;
  const c0 = text.charAt(0);
  const cap = c0 !== c0.toLowerCase();
  const caps = cap && text === text.toUpperCase() && text.length > 1;
  const hasUpperInside = !cap && text !== text.toLowerCase();
  const cue = lex.cueBits.get(n) ?? 0;
  wi = {
    w: hashString(n),
    shape: hashString(shapeOf(text)),
    pre3: hashString(n.slice(0, 3)),
    suf3: hashString(n.slice(-3)),
    suf2: hashString(n.slice(-2)),
    suf4: hashString(n.slice(-4)),
    len: Math.min(n.length, 12),
    cue,
    cap,
    caps,
    name: lex.names.has(n),
    known: knownWords().has(n),
    nameLike: isNameLike(t),
    vec: undefined,
    vecOwner: undefined,
  };
  if (cache.size > 300_000) cache.clear();
  cache.set(t.text, wi);
  return wi;
}

/** A token that can be (inside) a name: capitalized, all capitals, or capitals inside (`detikNews`, `al-Ghu`). */
export function isNameLike(t: Token): boolean {
  const text = t.text;
  const c = text.charCodeAt(0);
  // the scanner leaves `norm` the very same string as `text` for plain lower-case ASCII words
  if (t.norm === text && c >= 97) return false;
  if (t.kind !== 'word' && t.kind !== 'abbreviation' && t.kind !== 'number') return false;
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 || c >= 48 && c <= 57) {
    // lower-case or digit start: a capital inside makes it name-like
    for (let i = 1; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d >= 65 && d <= 90) return true;
    }
    return text !== text.toLowerCase() && c > 127;
  }
  if (c < 128) return text !== text.toLowerCase();
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase() || text !== text.toLowerCase();
}

export function isConnector(t: Token): boolean {
  return ((nerLexicon().cueBits.get(t.norm) ?? 0) & CUE_CONNECTOR) !== 0;
}

// template ids
const T = {
  BIAS: 1, W: 2, WP: 3, WN: 4, WP2: 5, WN2: 6, SH: 7, SHP: 8, SHN: 9, SUF3: 10, PRE3: 11, SUF2: 12, WPW: 13, WWN: 14,
  CUEP: 15, CUE: 16, CUEN: 17, CUEP2: 18, GAZ: 19, GAZP: 20, GAZN: 21, NAME: 22, INIT: 24, PAREN: 25, SH3: 26,
  LANG: 27, POS: 28, CAPS: 29, NAMEP: 30, NAMEN: 31, GAZSH: 32, WPSH: 33, SUF4: 34, LEN: 35, CUEN2: 36, SHWN: 37, PRE3N: 38, PRE3P: 39, SUF3N: 40, OOV: 41, OOVP: 42, OOVN: 43,
};

const NONE = 0x5bd1e995; // hash standing for "no word here"

/** Roles a word plays for the token being tagged: itself, or a neighbour at -2, -1, +1, +2. */
export const ROLE_CUR = 0, ROLE_PREV = 1, ROLE_NEXT = 2, ROLE_PREV2 = 3, ROLE_NEXT2 = 4;
export const ROLES = 5;

/** Stands for "no word here" (sentence edges). */
export const MISSING: WordInfo = {
  w: NONE, shape: NONE, pre3: NONE, suf3: NONE, suf2: NONE, suf4: NONE, len: 0, cue: 0, cap: false, caps: false, name: false, known: false, nameLike: false,
  vec: undefined, vecOwner: undefined,
};

/**
 * Features that depend on one word and its role only. Their weights are summed once per distinct
 * word (see NerModel.roleVector), which makes tagging several times faster.
 */
export function roleFeatures(wi: WordInfo, role: number, out: Int32Array, k: number): number {
  switch (role) {
    case ROLE_CUR:
      out[k++] = feat(T.BIAS, 0);
      out[k++] = feat(T.W, wi.w);
      out[k++] = feat(T.SH, wi.shape);
      out[k++] = feat(T.SUF3, wi.suf3);
      out[k++] = feat(T.PRE3, wi.pre3);
      out[k++] = feat(T.SUF2, wi.suf2);
      out[k++] = feat(T.CUE, wi.cue);
      out[k++] = feat(T.NAME, wi.name ? 1 : 0, wi.cap ? 1 : 0);
      out[k++] = feat(T.CAPS, wi.caps ? 1 : 0, wi.w);
      out[k++] = feat(T.SUF4, wi.suf4);
      out[k++] = feat(T.LEN, wi.len, wi.shape);
      // a capitalized word that is no ordinary word: a proper noun the lexicon does not know
      out[k++] = feat(T.OOV, (wi.cap ? 1 : 0) | (wi.known ? 2 : 0) | (wi.name ? 4 : 0));
      break;
    case ROLE_PREV:
      out[k++] = feat(T.OOVP, (wi.cap ? 1 : 0) | (wi.known ? 2 : 0));
      out[k++] = feat(T.WP, wi.w);
      out[k++] = feat(T.SHP, wi.shape);
      out[k++] = feat(T.CUEP, wi.cue);
      // the morphology of the neighbours: `Israel menyerang` (an actor), `di Israel` (a place)
      out[k++] = feat(T.PRE3P, wi.pre3);
      break;
    case ROLE_NEXT:
      out[k++] = feat(T.OOVN, (wi.cap ? 1 : 0) | (wi.known ? 2 : 0));
      out[k++] = feat(T.WN, wi.w);
      out[k++] = feat(T.SHN, wi.shape);
      out[k++] = feat(T.CUEN, wi.cue);
      out[k++] = feat(T.PRE3N, wi.pre3);
      out[k++] = feat(T.SUF3N, wi.suf3);
      break;
    case ROLE_PREV2:
      out[k++] = feat(T.WP2, wi.w);
      out[k++] = feat(T.CUEP2, wi.cue);
      break;
    case ROLE_NEXT2:
      out[k++] = feat(T.WN2, wi.w);
      break;
  }
  return k;
}

/**
 * Features that combine two words or a word with its position, gazetteer hits or language:
 * hashed per token. `infos` are the WordInfo of tokens[from..to); `gaz` the gazetteer bits per
 * token (gaz-bits.ts); `regionStart/End` the tagging region the token is in.
 */
export function pairFeatures(
  tokens: Token[], infos: WordInfo[], from: number, to: number, i: number, gaz: Uint8Array, lang: number,
  regionStart: number, regionEnd: number, out: Int32Array, k: number,
): number {
  const cur = infos[i - from]!;
  const p = i - 1 >= from ? infos[i - 1 - from]! : MISSING;
  const nx = i + 1 < to ? infos[i + 1 - from]! : MISSING;
  const n2 = i + 2 < to ? infos[i + 2 - from]! : MISSING;
  out[k++] = feat(T.WPW, p.w, cur.w);
  out[k++] = feat(T.WWN, cur.w, nx.w);
  const g = gaz[i]!;
  out[k++] = feat(T.GAZ, g);
  out[k++] = feat(T.GAZP, i - 1 >= from ? gaz[i - 1]! : 255);
  out[k++] = feat(T.GAZN, i + 1 < to ? gaz[i + 1]! : 255);
  out[k++] = feat(T.GAZSH, g, cur.shape);
  out[k++] = feat(T.NAMEP, p.name ? 1 : 0, nx.name ? 1 : 0);
  out[k++] = feat(T.INIT, i === from ? 1 : 0, cur.shape);
  const prevText = i - 1 >= from ? tokens[i - 1]!.text : '';
  const nextText = i + 1 < to ? tokens[i + 1]!.text : '';
  out[k++] = feat(T.PAREN, prevText === '(' ? 1 : 0, nextText === ')' ? 1 : 0);
  out[k++] = feat(T.SH3, p.shape, Math.imul(cur.shape, 31) ^ nx.shape);
  out[k++] = feat(T.LANG, lang, cur.shape);
  const pos = (i === regionStart ? 1 : 0) | (i === regionEnd - 1 ? 2 : 0);
  out[k++] = feat(T.POS, pos, Math.min(regionEnd - regionStart, 6));
  out[k++] = feat(T.WPSH, p.w, cur.shape);
  out[k++] = feat(T.CUEN2, n2.cue, nx.cue);
  out[k++] = feat(T.SHWN, cur.shape, nx.w);
  return k;
}

/** All features of token `i` (training): its role features, its neighbours', and the pairs. */
export function tokenFeatures(
  tokens: Token[], infos: WordInfo[], from: number, to: number, i: number, gaz: Uint8Array, lang: number,
  regionStart: number, regionEnd: number, out: Int32Array,
): number {
  let k = roleFeatures(infos[i - from]!, ROLE_CUR, out, 0);
  k = roleFeatures(i - 1 >= from ? infos[i - 1 - from]! : MISSING, ROLE_PREV, out, k);
  k = roleFeatures(i + 1 < to ? infos[i + 1 - from]! : MISSING, ROLE_NEXT, out, k);
  k = roleFeatures(i - 2 >= from ? infos[i - 2 - from]! : MISSING, ROLE_PREV2, out, k);
  k = roleFeatures(i + 2 < to ? infos[i + 2 - from]! : MISSING, ROLE_NEXT2, out, k);
  return pairFeatures(tokens, infos, from, to, i, gaz, lang, regionStart, regionEnd, out, k);
}

export const MAX_FEATURES = 48;
