/**
 * Rule `facility-name`: a capitalized facility or institution head and the capitalized words after
 * it are one name: `Stadion Patriot Chandrabaga`, `Pondok Pesantren At-Taqwa`, `Lembaga
 * Pemasyarakatan Klas IIA Bentiring`, `Bandara Kualanamu`, `RSUD Dr. Soetomo`. Indonesian writes
 * the kind of place before its name, and such names are rare in any gazetteer; the tagger, trained
 * on short names, leaves them out or cuts them up (`Lembaga Pemasyarakatan Klas` + `IIA Bentiring`
 * as a person). The span replaces tagged spans lying inside it; it stops at punctuation, a
 * lower-case word, a title, or a known place after its first word (`Stadion Manahan Solo`: Solo is
 * the city), and after five words. A head after a capitalized word (not the sentence's first) is
 * inside a longer name (`Balai Pelaksana Jalan Nasional`) and left to the tagger.
 *
 * Administrative heads (`Kota`, `Kabupaten`, `Provinsi`, `Desa`) are not here: the gazetteer knows
 * those names, and `Wali Kota` is a title.
 */
import type { Token } from '../../types.js';
import { placeSpan, type TaggedSpan } from '../tagger.js';
import { CUE_HONORIFIC, CUE_TITLE, nerLexicon } from '../lexicon.js';
import { upperStart } from '../../text/chars.js';

/** heads (folded, words joined by spaces) → type */
const HEADS = new Map<string, 'LOC' | 'ORG'>([
  ['stadion', 'LOC'], ['gedung', 'LOC'], ['bandara', 'LOC'], ['pelabuhan', 'LOC'], ['masjid', 'LOC'], ['gereja', 'LOC'],
  ['pura', 'LOC'], ['candi', 'LOC'], ['hotel', 'LOC'], ['pasar', 'LOC'], ['terminal', 'LOC'], ['stasiun', 'LOC'],
  ['lapangan', 'LOC'], ['taman', 'LOC'], ['rumah sakit', 'LOC'], ['rs', 'LOC'], ['rsud', 'LOC'], ['lapas', 'LOC'],
  ['rutan', 'LOC'], ['lembaga pemasyarakatan', 'LOC'], ['pondok pesantren', 'LOC'], ['ponpes', 'LOC'],
  ['jalan', 'LOC'], ['jl.', 'LOC'], ['jln.', 'LOC'], ['gunung', 'LOC'], ['bukit', 'LOC'], ['sungai', 'LOC'], ['danau', 'LOC'],
  ['halte', 'LOC'], ['kompleks', 'LOC'], ['bendungan', 'LOC'], ['waduk', 'LOC'],
  ['pangkalan udara', 'LOC'], ['pangkalan militer', 'LOC'], ['pangkalan angkatan', 'LOC'], ['lanud', 'LOC'], ['lanal', 'LOC'],
]);
/** words after `Pasar` that make a market of the economy, not a place (`Pasar Modal Indonesia`) */
const MARKETS = new Set(['modal', 'uang', 'saham', 'valas', 'komoditas', 'global', 'bebas', 'tunggal', 'keuangan', 'obligasi']);
/** first words of the two-word heads */
const FIRST = new Set([...HEADS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** A word that can continue a facility's name: capitalized, or a code with capitals and digits (`IIA`, `IX`, `88`). */
function nameWord(t: Token | undefined): boolean {
  if (!t || (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'abbreviation')) return false;
  // (an Arabic article joined to a capitalized word: `Ain al-Asad`, `Masjid al-Aqsa`)
  return upperStart(t.text) || (t.kind === 'number' && t.text.length <= 3) || /^(al|el|ad|as|ar|an|at|az|ash)-\p{Lu}/u.test(t.text);
}

/**
 * `placeStart(i)`: a known place or country name starts at token i (gazetteer).
 * Returns the spans with facility names added (sorted by start).
 */
export function facilityNames(tokens: Token[], spans: TaggedSpan[], from: number, to: number, placeStart: (i: number) => boolean): TaggedSpan[] {
  let out = spans;
  const cues = nerLexicon().cueBits;
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i]!;
    // every head starts with an ASCII capital: most tokens stop at this test
    const c0 = t.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90 || (t.kind !== 'word' && t.kind !== 'abbreviation')) continue;
    const headLen = headAt(tokens, i, to, true);
    if (!headLen) continue;
    const type = HEADS.get(headLen === 2 ? t.norm + ' ' + tokens[i + 1]!.norm : t.norm)!;
    if (t.norm === 'pasar' && MARKETS.has(tokens[i + 1]!.norm)) continue;
    // inside a longer name (`Balai Pelaksana Jalan Nasional`): the tagger's call
    const before = tokens[i - 1];
    if (i - 1 > from && before && before.kind === 'word' && upperStart(before.text)) continue;
    let end = i + headLen;
    while (end < to && end - (i + headLen) < 5) {
      // `At - Taqwa` (a hyphen written with spaces) between two words of the name
      if (tokens[end]!.text === '-' && end > i + headLen && nameWord(tokens[end + 1]) && end + 1 < to) {
        end += 2;
        continue;
      }
      if (!nameWord(tokens[end])) break;
      const bits = cues.get(tokens[end]!.norm) ?? 0;
      if (bits & (CUE_TITLE | CUE_HONORIFIC) && end > i + headLen) break;
      if (end > i + headLen && placeStart(end)) break;
      end++;
    }
    if (end === i + headLen) continue;
    // (a tagged span that crosses the name's edges is the tagger's call: `Jalan Sudirman Budi`)
    const next = placeSpan(out, { start: i, end, type });
    if (!next) continue;
    out = next;
    i = end - 1;
  }
  return out;
}

/**
 * The length in tokens (2, 1, or 0: none) of the facility head at token i (`Rumah Sakit`, `Stadion`),
 * before `to`; `capital`: a two-word head's second word is capitalized too.
 */
function headAt(tokens: Token[], i: number, to: number, capital: boolean): number {
  const t = tokens[i];
  if (!t) return 0;
  const u = i + 1 < to ? tokens[i + 1] : undefined;
  if (u && FIRST.has(t.norm) && (!capital || upperStart(u.text)) && HEADS.has(t.norm + ' ' + u.norm)) return 2;
  return HEADS.has(t.norm) ? 1 : 0;
}

/** Token i opens with a facility head (`Jalan`, `Stasiun`, `Rumah Sakit`): such a name contains no other place. */
export function isFacilityAt(tokens: Token[], i: number): boolean {
  return headAt(tokens, i, tokens.length, false) > 0;
}
