/**
 * Language of a sentence, Indonesian or English, from function words and affixes.
 * Indonesian articles carry English photo captions; English articles quote Indonesian names.
 *
 * Each word's evidence is computed once, by the scanner (`wordLanguage`, into the token facts of
 * facts.ts); a sentence's score then reads only those codes. Evidence is kept in tenths, as
 * integers, so that sums are exact.
 */
import type { Language, Token } from '../types.js';
import { FUNCTION_WORDS_ID } from '../lang/id/words.js';
import { FUNCTION_WORDS_EN } from '../lang/en/words.js';
import { WordTable, wordHash } from '../util/word-table.js';
import { F_FUNCTION, F_POSS, F_PUNCT, F_UPPER, F_WORD, LANG_SHIFT, evidenceOf, kindFlags } from './facts.js';

const weights = new Map<string, number>();
for (const w of FUNCTION_WORDS_ID) weights.set(w, 10);
for (const w of FUNCTION_WORDS_EN) weights.set(w, (weights.get(w) ?? 0) - 10);
/** +10 Indonesian function word, -10 English, 0 both (`via`) */
const WEIGHT = new WordTable(weights);

/** Letters before a final -s that make an English plural (t d l g m w y), by char code. */
const S_AFTER = new Uint8Array(128);
for (const ch of 'tdlgmwy') S_AFTER[ch.charCodeAt(0)] = 1;

/**
 * The language facts of one word token: `F_UPPER`, `F_POSS`, `F_FUNCTION` and its evidence in
 * tenths (shifted into place), from its text and folded form. (The scanner computes the same
 * through `wordEvidence` from what it holds after reading the word.)
 */
export function wordLanguage(text: string, norm: string): number {
  const tn = text.length;
  // an English possessive, on a name or not (`Singapore's Prime Minister`): Indonesian has none
  const last = text.charCodeAt(tn - 1);
  if ((last === 115 || last === 83) && tn > 2 && (text.charCodeAt(tn - 2) === 39 || text.charCodeAt(tn - 2) === 0x2019)) {
    return F_POSS | ((128 - 10) << LANG_SHIFT);
  }
  const n = norm.length;
  const c = text.charCodeAt(0);
  const z = n > 0 ? norm.charCodeAt(n - 1) : 0, y = n > 1 ? norm.charCodeAt(n - 2) : 0, x = n > 2 ? norm.charCodeAt(n - 3) : 0;
  return wordEvidence(norm, wordHash(norm, 0, n), c >= 65 && c <= 90, norm.charCodeAt(0), z, y, x);
}

/**
 * The language facts of a word that is not an English possessive, from its folded form `norm`
 * and what a reader of its characters holds: `h`, its `wordHash` (the scanner builds it with
 * `fnvStep` as it reads, then `fnvFinish`), its first code unit `a` and its last three `z` (last), `y`, `x`
 * (0 where the word is shorter). `upper`: the word's first character is an ASCII capital.
 */
export function wordEvidence(norm: string, h: number, upper: boolean, a: number, z: number, y: number, x: number): number {
  const flags = upper ? F_UPPER : 0;
  const n = norm.length;
  if (n <= WEIGHT.maxLength) {
    const fw = WEIGHT.getHashed(norm, h);
    if (fw !== undefined) return flags | F_FUNCTION | ((128 + fw) << LANG_SHIFT);
  }
  let e = 0;
  // an English plural or third person after a consonant (`diplomats`, `expels`): Indonesian words
  // end in -s only after a vowel (`jelas`, `tugas`, `status`) or in loans after n, k, r, p (`respons`,
  // `indeks`, `kurs`, `kolaps`)
  // (affixes of lower-case words only: a sentence may open with a name, `United langsung merespons`)
  if (!upper && n > 3 && z === 115 && S_AFTER[y] === 1) e -= 4;
  if (n > 5) {
    const ed = z === 100 && y === 101; // -ed
    // -tion, -tions
    const tion = z === 110 ? y === 111 && x === 105 && norm.charCodeAt(n - 4) === 116 : z === 115 && y === 110 && x === 111 && norm.charCodeAt(n - 4) === 105 && norm.charCodeAt(n - 5) === 116;
    if (!upper || !(ed || (tion && z === 110))) {
      const idAffix =
        (z === 97 && y === 121 && x === 110) || // -nya
        (z === 110 && y === 97 && x === 107) || // -kan
        (a === 109 && norm.charCodeAt(1) === 101 && norm.charCodeAt(2) === 110 && (norm.charCodeAt(3) === 103 || norm.charCodeAt(3) === 121)) || // meng-, meny-
        (a === 98 && norm.charCodeAt(1) === 101 && norm.charCodeAt(2) === 114) || // ber-
        (a === 100 && norm.charCodeAt(1) === 105); // di-
      if (idAffix) e += 3;
      // (Indonesian has no words in -ed or -tion, but many in -ing: `penting`, `asing`, `masing`)
      else if (ed || tion) e -= 6;
      else if ((z === 103 && y === 110 && x === 105) || (z === 121 && y === 108)) e -= 3; // -ing, -ly
    }
  }
  return flags | ((128 + e) << LANG_SHIFT);
}

/**
 * Score of the tokens [from, to) from their facts, in tenths: positive Indonesian, negative
 * English, 0 no evidence. Stops once the evidence is clear.
 */
export function languageScore(codes: Int32Array, from: number, to: number): number {
  let score = 0;
  let seen = 0;
  for (let i = from; i < to; i++) {
    const f = codes[i]!;
    if ((f & F_WORD) === 0) continue;
    if ((f & F_POSS) !== 0) {
      score -= 10;
      if (score <= -40) return score;
      continue;
    }
    // names tell no language (`Perdana Menteri Israel Benjamin Netanyahu … The New York Times`):
    // capitalized words count only first in the sentence or after punctuation
    if ((f & F_UPPER) !== 0 && seen > 0 && (codes[i - 1]! & F_PUNCT) === 0) continue;
    if (++seen > 12) break; // the first twelve other words decide a sentence
    score += evidenceOf(f);
    if ((f & F_FUNCTION) !== 0 && (score >= 40 || score <= -40)) return score;
  }
  return score;
}

/** The language of a score in tenths (`languageScore`), or the fallback when it is too weak. */
export function decideLanguage(score: number, fallback: Language): Language {
  if (score > 5) return 'id';
  if (score < -5) return 'en';
  return fallback;
}

/** The language of a list of tokens made elsewhere (pre-tokenized input), by the same evidence. */
export function tokensLanguage(tokens: readonly Token[], fallback: Language): Language {
  const codes = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = kindFlags(t.kind, t.text);
    codes[i] = (k & F_WORD) !== 0 ? k | wordLanguage(t.text, t.norm) : k;
  }
  return decideLanguage(languageScore(codes, 0, codes.length), fallback);
}
