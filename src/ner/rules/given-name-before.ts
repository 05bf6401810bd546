/**
 * Rule `given-name-before`: a capitalized given name right before a person's name is the name's
 * first word, also when it is a common word too: `Hari Wibowo`, `Intan Permatasari`, `Fajar Nugroho`.
 * The tagger learned such words (`hari` is "day") mostly as no names and starts the person one word
 * late. The word joins only when it is on the list of given and family names, is no title, rank or
 * other cue, opens no name of the gazetteer, and no other span holds it, and when the span's own
 * first word is no common word (`Hari Raya Waisak`, `Hari Bhakti …` are holidays).
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { nerLexicon } from '../lexicon.js';
import { knownWords } from '../../morph/lexicon.js';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export function givenNameBefore(tokens: Token[], spans: TaggedSpan[], sentenceStart: number, known: (i: number) => boolean): TaggedSpan[] {
  const lex = nerLexicon();
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    const p = sp.start - 1;
    if (sp.type !== 'PER' || p < sentenceStart) continue;
    if (k > 0 && spans[k - 1]!.end > p) continue;
    const t = tokens[p]!;
    if (t.kind !== 'word' || !NAME_WORD.test(t.text) || !lex.names.has(t.norm) || lex.cueBits.has(t.norm) || known(p)) continue;
    // (the name's own first word is no common word either: `Hari Raya Waisak` is a holiday)
    if (knownWords().has(tokens[sp.start]!.norm)) continue;
    sp.start = p;
  }
  return spans;
}

/**
 * Balinese names open with a word of gender (`I`, `Ni`) and words of birth order or caste (`Wayan`,
 * `Made`, `Nyoman`, `Ketut`, `Putu`, `Gusti`, `Ida Bagus`, `Anak Agung`, `Cokorda`): `I Made
 * Mudharta`, `I Gusti Ngurah Rai`, `Ni Luh Djelantik`. The tagger, reading `I` as a numeral or a
 * letter and `Gusti`, `Anak` as common words, starts the person late; those words are the person's
 * name (the people's own gazetteer rows write them so: `I Gusti Ngurah Jaya Negara`). Indonesian
 * sentences only (`I made` is English), and only a run that starts at `I`/`Ni` or at a caste word
 * and reaches the span's first word.
 */
const BALI_ORDER = new Set(['wayan', 'made', 'nyoman', 'ketut', 'putu', 'gede', 'gde', 'kadek', 'komang', 'nengah', 'luh', 'desak', 'dewa', 'gusti', 'ngurah', 'ayu', 'bagus', 'agung', 'cokorda', 'tjokorda', 'ida', 'anak']);
const NUMBERED = new Set(['komisi', 'kodam', 'pangdam', 'dunia', 'babak', 'tahap', 'jilid', 'seri', 'kelas', 'golongan', 'angkatan', 'zona', 'sesi', 'pasal', 'bab', 'ayat', 'lantai', 'gelombang', 'grup', 'liga', 'divisi', 'batalyon', 'brigade', 'kompi', 'regional', 'dapil', 'korem', 'kodim', 'lantamal', 'koarmada', 'kostrad', 'pasukan', 'wilayah', 'sektor', 'termin']);
const BALI_OPENERS = new Set(['gusti', 'cokorda', 'tjokorda', 'ida', 'anak', 'desak', 'dewa']);

export function balineseNames(tokens: Token[], spans: TaggedSpan[], sentenceStart: number, known: (i: number) => boolean): TaggedSpan[] {
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    if (sp.type !== 'PER') continue;
    // (a body's span the tagger ran on over the gender word: `Kepala [Dinas Pariwisata Ni] [Made Sriasih]`)
    const prev = k > 0 ? spans[k - 1]! : undefined;
    if (prev && prev.end === sp.start && prev.end - prev.start >= 2 && BALI_ORDER.has(tokens[sp.start]!.norm) && genderWord(tokens, sp.start - 1)) {
      prev.end--;
      sp.start--;
      continue;
    }
    const floor = k > 0 ? Math.max(sentenceStart, spans[k - 1]!.end) : sentenceStart;
    // (the words before the span, back over capitalized words of birth order or caste)
    let a = sp.start;
    while (a - 1 >= floor && sp.start - a < 4 && BALI_ORDER.has(tokens[a - 1]!.norm) && NAME_WORD.test(tokens[a - 1]!.text) && !known(a - 1)) a--;
    // (the gender word: `I`, `Ni`, right before the name's first Balinese word)
    const first = tokens[a]!;
    // (not the roman numeral of a numbered body or part before the name: `anggota Komisi I Made Urip`)
    const opened = BALI_ORDER.has(first.norm) && a - 1 >= floor && genderWord(tokens, a - 1);
    if (opened) a--;
    else if (a < sp.start && !BALI_OPENERS.has(first.norm)) a = sp.start;
    // `Anak` and `Ida` open a name only with their pair (`Anak Agung`, `Ida Bagus`, `Ida Ayu`)
    if (!opened && a < sp.start && (first.norm === 'anak' || first.norm === 'ida') && !/^(agung|bagus|ayu)$/.test(tokens[a + 1]!.norm)) a = sp.start;
    sp.start = a;
  }
  return spans;
}

/** `Ni`, or `I` that is no roman numeral of a numbered body or part before it (`Komisi I`). */
function genderWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return t === 'Ni' || (t === 'I' && !NUMBERED.has(tokens[i - 1]?.norm ?? ''));
}

/**
 * Rule `buton-name`: `La Ode` and `Wa Ode` open the names of men and women of Buton and Muna
 * (Southeast Sulawesi): `La Ode Hasrun`, `Wa Ode Nurhayati`. The tagger, reading `La` as a foreign
 * article, starts the span at `Ode` and may take it for a place; the span takes the opener and is a person.
 */
export function butonNames(tokens: Token[], spans: TaggedSpan[], sentenceStart: number): TaggedSpan[] {
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    if (tokens[sp.start]!.text === 'Ode' && sp.end - sp.start >= 2 && sp.start - 1 >= sentenceStart && /^(La|Wa)$/.test(tokens[sp.start - 1]!.text) && !(k > 0 && spans[k - 1]!.end > sp.start - 1)) {
      sp.start--;
      sp.type = 'PER';
    } else if (/^(La|Wa)$/.test(tokens[sp.start]!.text) && tokens[sp.start + 1]?.text === 'Ode' && sp.end - sp.start >= 3) sp.type = 'PER';
  }
  return spans;
}
