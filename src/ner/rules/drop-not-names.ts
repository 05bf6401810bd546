/**
 * Rule: day and month names, holidays and greetings (`Senin`, `Selamat Tahun Baru`, `Idul Fitri`)
 * are never names by themselves, whatever the tagger says (data/lexicon/not-names.txt); nor are
 * storms (`Topan Debbie`, `Typhoon Haiyan`), an ordinary word capitalized only because it opens an
 * Indonesian sentence (`Kendati …`, `Sang …`), or the title of a work (in quotes after `berjudul`, or
 * `The …` after a noun of a work: `serial dokumenter The Defiant Ones`).
 */
import type { Token } from '../../types.js';
import { titleStartingAt } from './role-before-name.js';
import { CUE_HONORIFIC, CUE_RANK, CUE_TITLE, nerLexicon } from '../lexicon.js';
import { commonWords } from '../../gazetteer/load.js';
import { FUNCTION_WORDS_ID } from '../../lang/id/words.js';
import { FUNCTION_WORDS_EN } from '../../lang/en/words.js';

const CALENDAR = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober',
  'november', 'desember', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'agu', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.',
  'okt', 'oct', 'oct.', 'nov', 'nov.', 'des', 'dec', 'dec.',
]);

/** A span of titles and honorifics only (`President`, `Menteri`) names nobody. */
export function isTitleOnly(tokens: Token[], a: number, b: number): boolean {
  const lex = nerLexicon();
  const cues = lex.cueBits;
  // the tail of a longer title (`Chief [Operating Officer]`): a title's first word just before
  for (let s = Math.max(0, a - 3); s < a; s++) {
    const n = tokens[s]!.norm;
    if (!lex.titles.has(n) && !lex.ranks.has(n)) continue;
    const t = titleStartingAt(tokens, s, b) ?? titleStartingAt(tokens, s, b, 'ranks');
    if (t && t.end === b) return true;
  }
  // the head of a longer title the span cut short (`[Perdana] Menteri China Li Qiang`)
  const head = titleStartingAt(tokens, a, tokens.length) ?? titleStartingAt(tokens, a, tokens.length, 'ranks');
  if (head && head.end > b) return true;
  for (let i = a; i < b; i++) if (!((cues.get(tokens[i]!.norm) ?? 0) & (CUE_TITLE | CUE_HONORIFIC | CUE_RANK))) return false;
  return true;
}

/** Holidays and greetings (`Selamat Tahun Baru`), with or without a leading `Selamat`. */
export function isNotName(tokens: Token[], a: number, b: number): boolean {
  const set = nerLexicon().notNames;
  // (the words inside parentheses: `warga negara Indonesia (WNI)`)
  if (b - a >= 3 && tokens[a]!.text === '(' && tokens[b - 1]!.text === ')') { a++; b--; }
  let key = '';
  for (let i = a; i < b; i++) key += (i > a ? ' ' : '') + tokens[i]!.norm;
  if (set.has(key)) return true;
  // a storm's name is no one acting (`Topan Debbie menghantam Queensland`, `Typhoon Haiyan`)
  if (b - a >= 2 && /^(topan|badai|siklon|taifun|cyclone|typhoon|hurricane)$/.test(tokens[a]!.norm)) return true;
  // `Hari Raya Waisak`, `Hari Raya Nyepi`: every `Hari Raya …` is a holiday, also when the tagger
  // left out `Hari` (`Hari [Raya Waisak]`, `Hari [Kartini]`)
  if (key.startsWith('hari raya ')) return true;
  if (a > 0 && tokens[a - 1]!.text === 'Hari') return key.startsWith('raya ') || set.has('hari ' + key);
  return false;
}

/**
 * A lone capital letter before a hyphen and a number is a code, not a name (`U - 23` of an age
 * group, `F - 16`, `S - 400`, as tokenized news writes them with spaces).
 */
export function isCodeLetter(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.text.length === 1 && tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number';
}

/** Day and month names are never a name on their own. */
export function isCalendarWord(norm: string): boolean {
  return CALENDAR.has(norm);
}

/**
 * An English attributive compound (`Saudi-led`, `Iranian-backed`, `British-flagged`, `Jakarta-based`)
 * names no one itself: the name is its first part, which the gazetteer links on its own.
 */
export function isAttributiveCompound(t: Token): boolean {
  return t.kind === 'word' && ATTRIBUTIVE_TAIL.test(t.norm);
}
const ATTRIBUTIVE_TAIL = /.-(led|backed|based|owned|flagged|born|made|funded|controlled|held|linked|allied|registered|operated|run|sponsored|supported|brokered|aligned|affiliated|bound|friendly|dominated|occupied|administered)$/;

/**
 * A lone capitalized word opening an Indonesian sentence that is an ordinary word of the language
 * (`Kendati …`, `Sang juru bicara …`, `Sebanyak …`, `Sempat …`): its capital is the sentence's, not a
 * name's. Only quotes and brackets may come before it, or a dateline (`Jakarta (ANTARA News) -
 * Kendati …`). A common word that is also a given name (`Putra`, `Unggul`) stays with the tagger; a
 * closed-class word does not (`Sang` is the last word of some people's names).
 */
export function isCapitalizedOpener(tokens: Token[], i: number, sentenceStart: number): boolean {
  const before = tokens[i - 1];
  const afterDateline = before !== undefined && DASHES.has(before.text) && i - 2 >= sentenceStart && i - sentenceStart <= 8 && (tokens[i - 2]!.text === ')' || /^[A-Z]/.test(tokens[i - 2]!.text));
  if (!afterDateline) for (let k = sentenceStart; k < i; k++) if (!OPENING_MARKS.has(tokens[k]!.text)) return false;
  const n = tokens[i]!.norm;
  return FUNCTION_WORDS_ID.has(n) || OPENERS_ID.has(n) || (commonWords().has(n) && !nerLexicon().names.has(n));
}
const OPENING_MARKS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '-', '\u2013', '\u2014']);
const DASHES = new Set(['-', '--', '\u2013', '\u2014']);
/** Words that open sentences and that the common-word list lacks: closed-class words, and `sebanyak`, `pebalap` (a racer), seen opening news sentences. */
const OPENERS_ID = new Set(['sang', 'si', 'kendati', 'pasca', 'jelang', 'menjelang', 'anda', 'beliau', 'sebanyak', 'pebalap', 'adapun', 'padahal', 'apalagi', 'akibatnya', 'selanjutnya']);

/** A noun of a work (film, series, album …) ends right before token i, maybe with a word or two of description between. */
export function workBefore(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    const n = tokens[k]!.norm;
    if (WORK_NOUNS.has(n)) return true;
    if (!/^(terbaru|baru|terbarunya|barunya|berjudul|bertajuk|hbo|netflix|disney|marvel|hollywood|animasi|laris|populer|dokumenter)$/.test(n)) return false;
  }
  return false;
}
const WORK_NOUNS = new Set(['film', 'serial', 'dokumenter', 'album', 'lagu', 'single', 'buku', 'novel', 'sinetron', 'drama', 'musikal', 'gim', 'game', 'acara', 'sekuel', 'trilogi', 'waralaba', 'franchise', 'seri']);

/** Token i lies inside quotes opened right after `berjudul`/`bertajuk`/`titled`/`entitled`, not yet closed. */
export function insideQuotedTitle(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k > from && i - k <= 12; k--) {
    const t = tokens[k]!.text;
    if (QUOTE_CLOSE.has(t) && k < i - 1 && !QUOTE_OPEN.has(t)) return false;
    if (QUOTE_OPEN.has(t)) return /^(berjudul|bertajuk|bertema|titled|entitled|called|dubbed)$/.test(tokens[k - 1]!.norm);
  }
  return false;
}
const QUOTE_OPEN = new Set(['"', '\u201c', "'", '\u2018']);
const QUOTE_CLOSE = new Set(['\u201d', '\u2019']);

/** Words that open a competition's name (`Piala Asia`, `Olimpiade Paris 2024`, `Kejuaraan Dunia`, `Copa del Rey`). */
const COMPETITION_HEAD = /^(Piala|Olimpiade|Paralimpiade|Kejuaraan|Copa)$/;
/** Words that end one (`Asian Cup`, `SEA Games`, `World Championships`). */
const COMPETITION_END = /^(Cup|Games|Olympics|Paralympics|Championship|Championships|Trophy)$/;
/** What `Games` a competition is (not `Epic Games`, `Riot Games`, companies). */
const GAMES = /^(SEA|Asian|Olympic|Paralympic|Commonwealth|Pan|American|Youth|Islamic|Para|Winter|Summer|Mediterranean|Pacific|Arafura|Solidarity|Beach|Indoor|Military|World|Invictus|\d+)$/;
/** A capitalized word or a number, no function word (`Thailand [Di] SEA Games`, `[Pada] Kejuaraan Dunia`). */
const capitalOrNumber = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || ((t.kind === 'word' || t.kind === 'abbreviation') && /^[\p{Lu}\d]/u.test(t.text) && !FUNCTION_WORDS_ID.has(t.norm) && !FUNCTION_WORDS_EN.has(t.norm)));

/**
 * Marks with 2 in `covered` (indexed from `from`) the tokens of competitions' names in [from, to):
 * a competition is no person, country, place or organization (`Qatar hosted the 2023 Asian Cup`,
 * `lolos ke Piala Dunia 2026`, `Piala AFF`), and the names inside it (`Asia`, `AFF`) are not mentioned.
 * A bigger name around the word is left alone (`Komite Olimpiade Indonesia`, `Southeast Asian Games Federation`).
 */
export function markCompetitions(tokens: Token[], from: number, to: number, covered: Uint8Array): void {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // (every word of the two lists opens with an ASCII capital: the regexes run on those alone)
    const c0 = t.text.charCodeAt(0);
    if (t.kind !== 'word' || c0 < 65 || c0 > 90) continue;
    if (COMPETITION_HEAD.test(t.text) && !(i > from && capitalOrNumber(tokens[i - 1]) && tokens[i - 1]!.kind === 'word')) {
      let e = i + 1;
      while (e < to && e - i <= 4 && (capitalOrNumber(tokens[e]) || ((tokens[e]!.text === '-' || /^(del|de|da|do)$/.test(tokens[e]!.text)) && capitalOrNumber(tokens[e + 1])))) e++;
      if (e > i + 1) covered.fill(2, i - from, shortFormEnd(tokens, e, to) - from);
      i = e - 1;
    } else if (COMPETITION_END.test(t.text) && (t.text !== 'Games' || GAMES.test(tokens[i - 1]?.text ?? '')) && i > from && capitalOrNumber(tokens[i - 1]) && !(i + 1 < to && tokens[i + 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[i + 1]!.text))) {
      let a = i;
      while (a - 1 >= from && i - a < 4 && capitalOrNumber(tokens[a - 1]) && !/^(The|the)$/.test(tokens[a - 1]!.text)) a--;
      let e = i + 1;
      while (e < to && e - i <= 2 && tokens[e]!.kind === 'number') e++;
      covered.fill(2, a - from, shortFormEnd(tokens, e, to) - from);
    }
  }
}

/** Words naming a law or regulation, whose title follows (`UU Cipta Kerja`, `Perppu Ormas`, `Permenkes`). `PP` and `PMK` also open bodies (`PP Muhammadiyah`, `Kemenko PMK`): not here. */
const LAW_WORD = /^(UU|RUU|Perppu|Perpu|Perpres|Perda|Perdes|Pergub|Perbup|Perwal|Perwali|Perkap|Perpol|Perma|Inpres|Keppres|Kepres|Undang-[Uu]ndang|Perm[ae]n[a-z]*)$/;

/** Capitalized words before a law's word that leave it a law (`Pansus RUU …`, `Revisi UU …`); any other makes a name of it (`Pasar Inpres`). */
const LAW_BEFORE = /^(Pansus|Panja|Revisi|Rancangan|Draf|Draft|Amandemen|Gugatan|Uji|Materi|Tolak|Cabut|Sahkan|Batalkan)$/;

/**
 * Marks with 3 in `covered` a law's name (`Perppu Ormas`, `UU Cipta Kerja`, `RUU Penyiaran`,
 * `Permenkes Gizi Seimbang`): a law is no person, place or body, and news annotators tag its title's
 * words as no name. A title that is one acronym is left to the gazetteer (`UU TNI`, `revisi UU KPK`:
 * the body the law is about is named); so is a name that opens with the word (`Pasar Inpres`). The
 * title stops at a given name (`anggota pansus RUU Minol Ihsan Yunus`): the caller trims a name the
 * tagger ran into it from.
 */
export function markLawTitles(tokens: Token[], from: number, to: number, covered: Uint8Array): void {
  const names = nerLexicon().names;
  const common = commonWords();
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i]!;
    const c0 = t.text.charCodeAt(0);
    if (t.kind !== 'word' && t.kind !== 'abbreviation') continue;
    if (c0 < 65 || c0 > 90 || !LAW_WORD.test(t.text) || (i > from && capitalOrNumber(tokens[i - 1]) && tokens[i - 1]!.kind === 'word' && !LAW_BEFORE.test(tokens[i - 1]!.text))) continue;
    let e = i + 1;
    let words = false;
    while (e < to && e - i <= 6 && capitalOrNumber(tokens[e]) && !(names.has(tokens[e]!.norm) && !common.has(tokens[e]!.norm))) {
      if (tokens[e]!.kind === 'word' && /\p{Ll}/u.test(tokens[e]!.text)) words = true;
      e++;
    }
    if (words) covered.fill(3, i - from, e - from);
    i = e - 1;
  }
}

/** The end of a short form in parentheses at `e` (`Islamic Solidarity Games (ISG)`), else `e`. */
function shortFormEnd(tokens: Token[], e: number, to: number): number {
  return e + 2 < to && tokens[e]!.text === '(' && tokens[e + 2]!.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[e + 1]!.text) ? e + 3 : e;
}
