/**
 * Rule `english-of-names` (Indonesian sentences): an English institution's name quoted in Indonesian
 * text, its head noun then `of` (or `for`: `Centre for Strategic and International Studies`) and more
 * capitalized words, is one organization: `dimuat di Journal of
 * Epidemiology and Community Health`, `peneliti Massachusetts Institute of Technology`, `Journal of
 * the American Heart Association`. The tagger reads Indonesian, where `of` is no word of a name: it
 * cut such names at `of` and typed the pieces at random (`Journal` a place, `Community Health` a
 * person). The run may open with capitalized words before the head (no Indonesian words) and carries `and`, `of`, `the`,
 * `for` and `&` between capitalized words. A name warta knows whole is the gazetteer's; the span
 * replaces the tagged spans inside it (see `placeOwnSpan`).
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { placeOwnSpan } from './regional-office.js';
import { upperStart } from '../../text/chars.js';
import { FUNCTION_WORDS_ID } from '../../lang/id/words.js';
import { commonWords } from '../../gazetteer/load.js';

/** English heads of institutions' names that take `of` after them. */
const HEADS = new Set([
  'Journal', 'University', 'Institute', 'School', 'College', 'Academy', 'Museum', 'Society', 'Association', 'Federation',
  'Bank', 'Department', 'Ministry', 'Council', 'Centre', 'Center', 'Chamber', 'Board', 'Office', 'Church', 'Library',
  'Foundation', 'Federal', 'Royal', 'Order', 'League', 'Union', 'Court', 'Commission', 'Agency', 'Bureau', 'Corporation',
]);
const INNER = new Set(['and', 'of', 'the', 'for', 'on', '&']);

function capital(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'abbreviation') && upperStart(t.text) && !FUNCTION_WORDS_ID.has(t.norm);
}

function onlyCommonWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!commonWords().has(tokens[k]!.norm)) return false;
  return true;
}

export function englishOfNames(tokens: Token[], spans: TaggedSpan[], from: number, to: number, known: (a: number, b: number) => boolean): TaggedSpan[] {
  let out = spans;
  for (let i = from + 1; i + 1 < to; i++) {
    // (cheap test first: `of` is rare in Indonesian text)
    // (and `for`: `Centre for Strategic and International Studies`, `Institute for Policy Analysis of Conflict`)
    const n = tokens[i]!.norm;
    if ((n !== 'of' && n !== 'for') || !HEADS.has(tokens[i - 1]!.text) || !capital(tokens[i + (tokens[i + 1]!.norm === 'the' ? 2 : 1)])) continue;
    // (capitalized words before the head, not Indonesian words: `Massachusetts Institute of …`, not
    // the `Kesehatan Publik` of `Sekolah Kesehatan Publik University of British Columbia`)
    let a = i - 1;
    while (a - 1 >= from && i - a < 4 && capital(tokens[a - 1]) && !commonWords().has(tokens[a - 1]!.norm)) a--;
    let e = i + 1;
    while (e < to && e - i < 10) {
      if (capital(tokens[e])) e++;
      // (`and`, `of`, `for`, `&` before a capital, `of the` before one)
      else if (INNER.has(tokens[e]!.norm) && (capital(tokens[e + 1]) || (tokens[e + 1]?.norm === 'the' && capital(tokens[e + 2])))) e++;
      else break;
    }
    while (e > i + 1 && !capital(tokens[e - 1])) e--;
    if (e <= i + 1 || known(a, e)) continue;
    // (a tagged span running in from ordinary Indonesian words before the name gives them up: `Laporan
    // [International Centre] for Sports Studies`)
    out = out.filter((sp) => !(sp.start < a && sp.end > a && sp.end <= e && onlyCommonWords(tokens, sp.start, a)));
    // (and a tail of it taken with its short form in parentheses gives the tail up: `International Centre
    // for [Sports Studies (CIES)]`)
    if (tokens[e]?.text === '(') out = out.filter((sp) => !(sp.start > a && sp.start < e && sp.end > e && sp.end <= e + 3 && tokens[sp.end - 1]!.text === ')'));
    out = placeOwnSpan(out, { start: a, end: e, type: 'ORG' });
    i = e - 1;
  }
  return out;
}
