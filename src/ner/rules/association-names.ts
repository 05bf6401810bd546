/**
 * Rule `association-name`: a noun of associations (`Serikat`, `Aliansi`, `Forum`, `Koalisi`, …) and
 * the capitalized words after it are one organization: `Serikat Petani Indonesia`, `Aliansi Mahasiswa
 * Papua`, `Forum Guru Honorer Jawa Barat`, `Koalisi Masyarakat Sipil untuk Reformasi Sektor Keamanan`.
 * Indonesian unions, alliances and forums are named with ordinary words, often ending in the place
 * they speak for; the tagger, reading a sentence's first capitals as no evidence, left some out, and
 * a place at the end made the rest look like words around a known name (`Serikat Petani [Indonesia]`
 * is not Indonesia). The run stops at a lower-case word (but `untuk` and a capital go on), at
 * punctuation, at a calendar word, before a person warta knows or a tagged person opening with a
 * given name (`Ketua Forum Guru Honorer Budi Santoso`: the holder), and after eight words. A name warta
 * knows whole is the gazetteer's; the span replaces the tagged spans inside it and is kept whole.
 * Indonesian sentences only.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { isOwnSpan, placeOwnSpan } from './regional-office.js';
import { isCalendarWord } from './drop-not-names.js';
import { isFacilityAt } from './facility-names.js';
import { nerLexicon } from '../lexicon.js';
import { knownWords } from '../../morph/lexicon.js';

/** Heads of civil-society names (not of state bodies: `Badan`, `Dewan` name those, and the gazetteer knows them), and of task forces (`Satgas Operasi Damai Cartenz`: formed for one operation, the gazetteer cannot know them). */
const ASSOCIATION_HEADS = new Set([
  'serikat', 'aliansi', 'forum', 'himpunan', 'ikatan', 'persatuan', 'perhimpunan', 'perkumpulan', 'asosiasi', 'federasi',
  'konfederasi', 'gerakan', 'front', 'koalisi', 'paguyuban', 'solidaritas', 'komunitas', 'gabungan', 'barisan', 'laskar',
  'jaringan', 'persekutuan', 'lembaga', 'yayasan', 'satgas',
]);

/** Capital initials of the heads (a cheap test before the set). */
const INITIALS = new Uint8Array(128);
for (const h of ASSOCIATION_HEADS) INITIALS[h.toUpperCase().charCodeAt(0)] = 1;

function nameWord(t: Token | undefined): boolean {
  if (t === undefined || !(t.kind === 'word' || t.kind === 'abbreviation' || t.kind === 'number')) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && t.text.charAt(0) !== t.text.charAt(0).toLowerCase());
}

/**
 * A person starting at token j after the head at `head`: one warta knows, or the tagger's person
 * opening with a given name, or, after two words of the name, with a word that is no ordinary word
 * (`Jaringan Buruh Migran` + `Savitri Wisnuwardhani`).
 */
function holderAt(tokens: Token[], spans: TaggedSpan[], j: number, head: number, knownPersonAt: (i: number) => boolean): boolean {
  if (knownPersonAt(j)) return true;
  const names = nerLexicon().names;
  for (const sp of spans) {
    if (sp.type !== 'PER' || sp.start > j || sp.end <= j) continue;
    const n = tokens[j]!.norm;
    // (inside a person the tagger began a word early, `[Daring Budi Santoso]`: the given name opens it)
    if (sp.start < j) return names.has(n);
    if (names.has(n)) return true;
    // (or split it off, `[Daring] [Budi Santoso]`: a given name next opens the holder's name)
    if (j + 1 < tokens.length && names.has(tokens[j + 1]!.norm)) return false;
    return j - head - 1 >= 2 && !knownWords().has(n);
  }
  return false;
}

/**
 * `knownAcross(i)`: a name warta knows runs across token i (`Partai Persatuan Pembangunan`: no
 * `Persatuan …` of its own); `knownOrgStart(i)`: one starts there (`Gerakan Pemuda Ansor Jawa Timur`
 * is Ansor's, named with its province).
 */
export function associationNames(
  tokens: Token[], spans: TaggedSpan[], from: number, to: number, known: (a: number, b: number) => boolean, knownPersonAt: (i: number) => boolean,
  knownOrgStart: (i: number) => boolean, knownAcross: (i: number) => boolean,
): TaggedSpan[] {
  let out = spans;
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i]!;
    const c0 = t.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90 || INITIALS[c0] === 0 || !ASSOCIATION_HEADS.has(t.norm) || !nameWord(tokens[i + 1])) continue;
    // (the head inside a longer name the tagger took is that name's: `Ketua Umum [Persatuan Guru …]`
    // starts at the head, `[Komisi Nasional …] Forum` does not)
    // (and a facility's head is the facility's: `Lembaga Pemasyarakatan …` is a prison)
    if (isFacilityAt(tokens, i)) continue;
    let inside = false;
    for (const sp of out) if ((sp.start < i && sp.end > i) || (sp.start === i && isOwnSpan(sp))) { inside = true; break; }
    // (a person right after the head: the head is a word of a title, `Direktur … Antar Lembaga Robert …`;
    // with no capitalized word before the head it opens the name: `Yayasan Lestari Alam melaporkan …`)
    const titled = i > from && nameWord(tokens[i - 1]);
    if (inside || knownOrgStart(i) || knownAcross(i) || (titled ? holderAt(tokens, out, i + 1, i, knownPersonAt) : knownPersonAt(i + 1))) continue;
    let e = i + 1;
    while (e < to && e - i <= 8) {
      const w = tokens[e]!;
      if (nameWord(w) && !isCalendarWord(w.norm) && !(e > i + 1 && holderAt(tokens, out, e, i, knownPersonAt))) e++;
      else if (w.norm === 'untuk' && e > i + 1 && nameWord(tokens[e + 1]) && !isCalendarWord(tokens[e + 1]!.norm)) e += 2;
      else break;
    }
    if (e - i < 2 || known(i, e)) {
      i = e - 1;
      continue;
    }
    out = placeOwnSpan(out, { start: i, end: e, type: 'ORG' });
    i = e - 1;
  }
  return out;
}
