/**
 * Rule `company-name`: `PT`, `CV` or `Perum` and the capitalized words after it are one company:
 * `PT Kalimantan Sawit Lestari`, `PT Graha Sentosa Abadi Tbk`, `PT Wijaya Karya (Persero) Tbk`.
 * Indonesian company names are made of ordinary words (`sawit` palm oil, `lestari` lasting, `abadi`
 * eternal); the tagger, reading those as words, cut the name short (`PT Kalimantan` + a person
 * `Sawit Lestari`). The run stops at a lower-case word, at punctuation other than the parentheses of
 * `(Persero)`, and after seven words; `Tbk` and `(Persero)` end it. The span replaces the tagged
 * spans inside it and is kept whole (see `isOwnSpan`); a company warta knows keeps its link, and a
 * person named after the company (`Direktur PT X Budi`) ends it.
 */
import type { Token } from '../../types.js';
import { placeSpan, type TaggedSpan } from '../tagger.js';
import { markOwnSpan } from './regional-office.js';
import { upperStart } from '../../text/chars.js';
import { CUE_TITLE, nerLexicon } from '../lexicon.js';
import { knownWords } from '../../morph/lexicon.js';

const OPENERS = new Set(['pt', 'pt.', 'cv', 'cv.', 'perum']);

/** Words that end companies' names, not people's (`Coal`, `Energy`, `Mining`, `Resources`, `Group`). */
const BUSINESS_WORDS = /^(coal|energy|energi|mining|minerals|resources|group|holdings|holding|industries|industri|nickel|gold|oil|gas|petroleum|power|cement|semen|steel|baja|logistics|logistik|properti|property|realty|finance|capital|investama|tbk|persero)$/;

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'abbreviation' || t.kind === 'number') && (upperStart(t.text) || /^\d/.test(t.text));
}

/**
 * A person's name at token j after the company opened at `opener`: one warta knows, or the tagger's
 * person with a given name, or after two words or an acronym.
 */
function holderAt(tokens: Token[], spans: TaggedSpan[], j: number, opener: number, knownPersonAt: (i: number) => boolean): boolean {
  if (knownPersonAt(j)) return true;
  let tagged: TaggedSpan | undefined;
  for (const sp of spans) if (sp.type === 'PER' && sp.start === j) { tagged = sp; break; }
  if (!tagged) return false;
  // (a run ending in a word of business is the company's: `PT Kaltim Prima Coal`, `PT Adaro Energy`)
  if (BUSINESS_WORDS.test(tokens[tagged.end - 1]!.norm)) return false;
  // (one word no list knows as a given name goes on the company's name: `PT Weda Bay Nickel`)
  // (a given name is the holder's only when a title opens the company: `Direktur PT Transportasi
  // Jakarta Budi Kaliwono`; with none the run is the company's name, `kepada PT Anugerah Surya Pratama`)
  return (nerLexicon().names.has(tokens[j]!.norm) && titleBefore(tokens, opener)) || (j - opener - 1 >= 2 && !knownWords().has(tokens[j]!.norm) && tagged.end - tagged.start >= 2)
    // (a company written as an acronym is whole: `PT SIS` + `Yohan Yahya`; with no title before it, a
    // word that is also a common word is the company's, `usulan PT BIBU Panji Sakti`)
    || (j - opener - 1 === 1 && /^[A-Z0-9]{2,6}$/.test(tokens[opener + 1]!.text) && (titleBefore(tokens, opener) || (nerLexicon().names.has(tokens[j]!.norm) && !knownWords().has(tokens[j]!.norm))));
}

/** A title (`Direktur`, `pemilik`, `bos`) within two words before the company's opener. */
function titleBefore(tokens: Token[], opener: number): boolean {
  const cues = nerLexicon().cueBits;
  for (let k = opener - 1; k >= Math.max(0, opener - 2); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (((cues.get(t.norm) ?? 0) & CUE_TITLE) !== 0) return true;
  }
  return false;
}

/**
 * The spans that do not cross [a, e) (a function of its own: a closure in the loop would capture the
 * loop's `let` variables and make V8 allocate a context on every iteration, ~20 MB a pass over the
 * 750 IndoSum articles).
 */
function withoutCrossing(spans: TaggedSpan[], a: number, e: number): TaggedSpan[] {
  return spans.filter((sp) => !(sp.start < e && sp.end > a) || (sp.start >= a && sp.end <= e));
}

export function companyNames(
  tokens: Token[], spans: TaggedSpan[], from: number, to: number, known: (a: number, b: number) => boolean, knownPersonAt: (i: number) => boolean,
  knownFirmStart: (i: number) => boolean,
): TaggedSpan[] {
  let out = spans;
  // a person's name after the company (`Direktur PT Transportasi Jakarta Budi Kaliwono`): the tagger's
  // person, or one warta knows, ends the company's name
  // (a tagged person right after a one-word company, opening with no given name, is the company's
  // name going on: `PT Kalimantan` + `Sawit Lestari`; after two words or with a given name it is
  // the holder: `PT Transportasi Jakarta` + `Budi Kaliwono`)
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i]!;
    // (cheap test first: every opener starts with P or C)
    const c0 = t.text.charCodeAt(0);
    if (c0 !== 80 && c0 !== 67) continue;
    if (!OPENERS.has(t.norm) || !/^[A-Z]/.test(t.text) || !nameWord(tokens[i + 1])) continue;
    // a company warta knows (`PT PP`, `PT Pertamina`) is the gazetteer's to name (`knownFirmStart`: a
    // known body that is no public one: `PT PBB` is a company, not the United Nations)
    if (knownFirmStart(i) || knownFirmStart(i + 1)) continue;
    let e = i + 1;
    while (e < to && e - i <= 7 && !/^tbk\.?$/.test(tokens[e]!.norm) && !(e > i + 1 && holderAt(tokens, out, e, i, knownPersonAt))) {
      if (nameWord(tokens[e])) e++;
      else if (tokens[e]!.text === '&' && nameWord(tokens[e + 1])) e += 2;
      else break;
    }
    const core = e;
    // `(Persero)` and `Tbk` close the name; a short form in parentheses after it is its own (`(AGIT)`)
    if (tokens[e]?.text === '(' && tokens[e + 1]?.norm === 'persero' && tokens[e + 2]?.text === ')') e += 3;
    if (tokens[e] && /^tbk\.?$/.test(tokens[e]!.norm)) e++;
    if (tokens[e]?.text === '(') {
      let c = e + 1;
      while (c < to && c - e <= 3 && nameWord(tokens[c])) c++;
      if (c > e + 1 && tokens[c]?.text === ')') e = c + 1;
    }
    // (a name warta knows, with or without `PT`, `Tbk`, `(Persero)`, keeps its link: `PT Timah Tbk`;
    // not a public body's, which after `PT` is a company's acronym: `PT PBB`)
    if (core - i < 2 || known(i, e) || known(i, core) || ((known(i + 1, e) || known(i + 1, core)) && knownFirmStart(i + 1))) { i = e - 1; continue; }
    const span: TaggedSpan = { start: i, end: e, type: 'ORG' };
    const next = placeSpan(withoutCrossing(out, i, e), span);
    if (next) {
      markOwnSpan(span);
      out = next;
    }
    i = e - 1;
  }
  return out;
}

/** Words that end a company's name after a parent's or a place's (`Pertamina International Shipping`, `Zhejiang Huayou Cobalt`). */
const SUBSIDIARY_TAILS = /^(coal|energy|energi|mining|minerals|resources|group|holdings|holding|industries|nickel|cobalt|lithium|petroleum|power|cement|steel|logistics|shipping|shipyard|airlines|airways|motors|chemical|chemicals|technologies|technology|materials|metals|securities|insurance|finance|capital|ventures|pharma|pharmaceutical|pharmaceuticals)$/;

/**
 * Rule `subsidiary-name`: a known organization or place the tagger cut off from the capitalized words
 * after it, which end in a word of business, is one company's name with them: `[Pertamina]
 * [International Shipping]`, `[Zhejiang] [Huayou Cobalt]` (the tagger, told the known name, stops at its
 * end). The span is kept whole (see `isOwnSpan`): the company is not its parent or its province.
 * `knownBefore(i)`: where a known organization or place (no country) ending at token i starts, else -1.
 */
export function subsidiaryNames(tokens: Token[], spans: TaggedSpan[], from: number, to: number, knownBefore: (i: number) => number, knownStart: (i: number) => boolean): TaggedSpan[] {
  let out = spans;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !upperStart(t.text) || !SUBSIDIARY_TAILS.test(t.norm)) continue;
    // (back over the capitalized words no known name opens, three at most, to a known name's end)
    let j = i;
    while (j > from && i - j < 2 && !knownStart(j) && nameWord(tokens[j - 1]) && knownBefore(j) < 0) j--;
    if (knownStart(j)) continue;
    const a = knownBefore(j);
    // (the known name opens the run: not inside a longer name, `PT Borneo Prima Coal`, `Marygops Asia Group`)
    if (a < from || (a > from && nameWord(tokens[a - 1])) || out.some((sp) => sp.start < a && sp.end > a)) continue;
    const span: TaggedSpan = { start: a, end: i + 1, type: 'ORG' };
    const next = placeSpan(withoutCrossing(out, a, i + 1), span);
    if (next) {
      markOwnSpan(span);
      out = next;
    }
  }
  return out;
}
