/**
 * Language of a sentence, Indonesian or English, from function words and affixes.
 * Indonesian articles carry English photo captions; English articles quote Indonesian names.
 */
import type { Language, Token } from '../types.js';
import { FUNCTION_WORDS_ID } from '../lang/id/words.js';
import { FUNCTION_WORDS_EN } from '../lang/en/words.js';
import { WordTable } from '../util/word-table.js';

const weights = new Map<string, number>();
for (const w of FUNCTION_WORDS_ID) weights.set(w, 1);
for (const w of FUNCTION_WORDS_EN) weights.set(w, (weights.get(w) ?? 0) - 1);
/** +1 Indonesian function word, -1 English, 0 both (`via`) */
const WEIGHT = new WordTable(weights);

/** Letters before a final -s that make an English plural (t d l g m w y), by char code. */
const S_AFTER = new Uint8Array(128);
for (const ch of 'tdlgmwy') S_AFTER[ch.charCodeAt(0)] = 1;

/** Positive: Indonesian, negative: English, 0: no evidence. Stops once the evidence is clear. */
export function languageScore(tokens: Token[], from: number, to: number): number {
  let score = 0;
  let seen = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // names tell no language (`Perdana Menteri Israel Benjamin Netanyahu … The New York Times`):
    // capitalized words count only first in the sentence or after punctuation
    const c = t.text.charCodeAt(0);
    // an English possessive, on a name or not (`Singapore's Prime Minister`): Indonesian has none
    const last = t.text.charCodeAt(t.text.length - 1);
    if ((last === 115 || last === 83) && t.text.length > 2 && (t.text.charCodeAt(t.text.length - 2) === 39 || t.text.charCodeAt(t.text.length - 2) === 0x2019)) {
      score -= 1;
      if (score <= -4) return score;
      continue;
    }
    if (c >= 65 && c <= 90 && seen > 0 && tokens[i - 1]!.kind !== 'punct') continue;
    if (++seen > 12) break; // the first twelve other words decide a sentence
    const w = t.norm;
    const fw = WEIGHT.get(w);
    if (fw !== undefined) {
      score += fw;
      if (score >= 4 || score <= -4) return score;
      continue;
    }
    const n = w.length;
    // an English plural or third person after a consonant (`diplomats`, `expels`): Indonesian words
    // end in -s only after a vowel (`jelas`, `tugas`, `status`) or in loans after n, k, r, p (`respons`,
    // `indeks`, `kurs`, `kolaps`)
    // (affixes of lower-case words only: a sentence may open with a name, `United langsung merespons`)
    const lower = !(c >= 65 && c <= 90);
    if (lower && n > 3 && w.charCodeAt(n - 1) === 115 && S_AFTER[w.charCodeAt(n - 2)] === 1) score -= 0.4;
    if (n > 5) {
      // (on char codes: this runs for most words of every sentence)
      const z = w.charCodeAt(n - 1), y = w.charCodeAt(n - 2), x = w.charCodeAt(n - 3);
      const ed = z === 100 && y === 101; // -ed
      const tion = (z === 110 || (z === 115 && y === 110)) && endsWithTion(w, z === 115 ? n - 1 : n); // -tion, -tions
      if (lower || !(ed || (tion && z === 110))) {
        const a = w.charCodeAt(0), b = w.charCodeAt(1), c2 = w.charCodeAt(2), d = w.charCodeAt(3);
        const idAffix =
          (z === 97 && y === 121 && x === 110) || // -nya
          (z === 110 && y === 97 && x === 107) || // -kan
          (a === 109 && b === 101 && c2 === 110 && (d === 103 || d === 121)) || // meng-, meny-
          (a === 98 && b === 101 && c2 === 114) || // ber-
          (a === 100 && b === 105); // di-
        if (idAffix) score += 0.3;
        // (Indonesian has no words in -ed or -tion, but many in -ing: `penting`, `asing`, `masing`)
        else if (ed || tion) score -= 0.6;
        else if ((z === 103 && y === 110 && x === 105) || (z === 121 && y === 108)) score -= 0.3; // -ing, -ly
      }
    }
  }
  return score;
}

export function decideLanguage(score: number, fallback: Language): Language {
  if (score > 0.5) return 'id';
  if (score < -0.5) return 'en';
  return fallback;
}

/** w[0, end) ends in `tion` */
function endsWithTion(w: string, end: number): boolean {
  return end >= 4 && w.charCodeAt(end - 1) === 110 && w.charCodeAt(end - 2) === 111 && w.charCodeAt(end - 3) === 105 && w.charCodeAt(end - 4) === 116;
}
