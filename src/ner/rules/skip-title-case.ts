/**
 * Rule: in a headline or any sentence written in title case, capitals prove nothing, so the
 * tagger does not run there; only names the gazetteer knows are taken.
 */
import type { Token } from '../../types.js';
import { knownWords } from '../../morph/lexicon.js';

/**
 * A sentence written in title case (a headline in the body): every word capitalized, ordinary
 * words included (`Petani Malang Gagal Panen`). Capitals prove nothing there.
 */
export function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    const c = t.text.charAt(0);
    if (c === c.toLowerCase()) return false;
  }
  if (words < 4) return false;
  let ordinary = 0;
  const known = knownWords();
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && known.has(tokens[i]!.norm)) ordinary++;
  return ordinary >= 2;
}

