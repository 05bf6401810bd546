/**
 * Rule: in a headline or any sentence written in title case, capitals prove nothing, so the
 * tagger does not run there; only names the gazetteer knows are taken.
 */
import type { Token } from '../../types.js';
import { knownWords } from '../../morph/lexicon.js';
// (the relation lexicon's predicates are the surest sign of a headline's verb; it is data, loaded once)
import { predicateLexicon } from '../../relations/lexicon.js';
import { CUE_HONORIFIC, CUE_LOCHEAD, CUE_ORGHEAD, CUE_ORGTAIL, CUE_RANK, CUE_TITLE, nerLexicon } from '../lexicon.js';

/**
 * Words a headline leaves in lower case inside it (Indonesian spelling rules: prepositions,
 * conjunctions and the relative `yang`; English: articles, short prepositions, conjunctions):
 * `Israel Gempur Rafah, Puluhan Warga Palestina Tewas dalam Semalam`, `Talks Between Russia and
 * Ukraine to Resume in Istanbul`.
 */
const HEADLINE_LOWER = new Set([
  'di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'oleh', 'atau', 'bagi', 'serta', 'soal', 'usai', 'jelang', 'antara',
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'and', 'or', 'but', 'with', 'from', 'as', 'vs', 'over', 'after', 'amid',
]);

/** Cue words capitalized in running text too: titles, honorifics, heads of names (`Presiden`, `Kota`); not `warga`. */
const CUES = CUE_TITLE | CUE_HONORIFIC | CUE_RANK | CUE_ORGHEAD | CUE_ORGTAIL | CUE_LOCHEAD;

/**
 * A sentence written in title case (a headline in the body or given alone): every word capitalized
 * but the few a headline leaves in lower case, with at least two capitalized ordinary words that are
 * neither a title or head of a name nor inside a name found (`Petani Malang Gagal Panen`, `Amerika
 * Serikat Kecam Serangan Rusia ke Ukraina`; not `Kepala Kejaksaan Tinggi Jawa Barat Asep Mulyana di
 * Bandung`, whose capitals are all names and titles). Capitals prove nothing there.
 */
export function isTitleCase(tokens: Token[], from: number, to: number, inName?: (i: number) => boolean): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const c = t.text.charAt(0);
    if (c === c.toLowerCase()) {
      // (the first word is capitalized in any sentence; a lower-case one after it must be a headline's)
      if (words === 0 || !HEADLINE_LOWER.has(t.norm)) return false;
      continue;
    }
    words++;
  }
  if (words < 4) return false;
  let ordinary = 0;
  let k = 0;
  const known = knownWords();
  const cueBits = nerLexicon().cueBits;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || HEADLINE_LOWER.has(t.text)) continue;
    k++;
    if ((cueBits.get(t.norm) ?? 0) & CUES) continue;
    if ((known.has(t.norm) || (k > 1 && (known.has(unsuffixed(t.norm)) || indonesianPredicate(t.norm)))) && !inName?.(i)) ordinary++;
  }
  return ordinary >= 2;
}

/** A word without its suffix: `Temui` → temu, `Tetapkan` → tetap (headlines drop meN-), `Puluhan` → puluh. */
function unsuffixed(w: string): string {
  if (w.length > 6 && w.endsWith('kan')) return w.slice(0, -3);
  if (w.length > 5 && w.endsWith('an')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('i')) return w.slice(0, -1);
  return w;
}

/** A form of an Indonesian predicate of the relation lexicon, or its headline form (`Gempur`, `Bahas`). */
function indonesianPredicate(w: string): boolean {
  const lex = predicateLexicon();
  if (lex.byHeadline.has(w)) return true;
  const hits = lex.byFirst.get(w);
  if (hits) for (const h of hits) if (h.row.lang === 'id') return true;
  return false;
}
