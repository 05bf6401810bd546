/**
 * Clause analysis without a parser: what each entity mention of a sentence can be.
 * A mention can be a subject only if it is not
 *   - inside an attribution (`Seperti dilansir AFP, Senin (3/1/2022),`, `…, jelas Kremlin`),
 *   - inside a relative clause (`Turki yang merupakan negara anggota NATO sejak 1952,`),
 *   - after a preposition (`ke Ukraina`, `dengan separatis`),
 *   - the country or organization inside a title (`Presiden Rusia, Vladimir Putin`).
 * Coordinated mentions (`Putin dan Erdogan`, `A, B, dan C`) form one group.
 */
import type { Entity, Language, Sentence, Token, Value } from '../types.js';
import type { DocMention } from '../ner/entities.js';
import { nerLexicon, CUE_HONORIFIC, CUE_RANK, CUE_SPEECH, CUE_TITLE } from '../ner/lexicon.js';
import { titleStartingAt } from '../ner/rules/role-before-name.js';
import { roleBeforePerson } from './roles.js';
import { upperStart, lowerStart } from '../text/chars.js';
import { knownWords } from '../morph/lexicon.js';
import { FUNCTION_WORDS_ID } from '../lang/id/words.js';
import { FUNCTION_WORDS_EN } from '../lang/en/words.js';

export const PREPOSITIONS: Record<Language, Set<string>> = {
  id: new Set(['di', 'ke', 'dari', 'dengan', 'kepada', 'terhadap', 'antara', 'untuk', 'pada', 'dalam', 'atas', 'oleh', 'bagi', 'soal', 'terkait', 'tentang', 'mengenai', 'melawan', 'oleh', 'sejak', 'hingga', 'sampai', 'bersama', 'tanpa', 'menuju', 'sekitar', 'melalui', 'lewat', 'via', 'seperti', 'buatan', 'milik', 'produksi', 'asal']),
  en: new Set(['in', 'at', 'on', 'to', 'from', 'with', 'by', 'for', 'of', 'against', 'between', 'about', 'into', 'over', 'during', 'after', 'before', 'since', 'via', 'through', 'toward', 'towards', 'near', 'like', 'along', 'across', 'off', 'within', 'around', 'beyond', 'under', 'amid', 'despite']),
};

/** First-person pronouns: in a quote, the speaker (events.ts); as a relation's subject, the speaker's own act (qualifiers.ts). */
export const FIRST_PERSON = new Set(['kami', 'kita', 'saya', 'aku', 'we', 'i']);

/** Words that may stand between a subject and its verb. */
export const AUX: Record<Language, Set<string>> = {
  id: new Set(['telah', 'sudah', 'akan', 'bakal', 'sedang', 'tengah', 'masih', 'juga', 'pun', 'pula', 'segera', 'kembali', 'langsung', 'tidak', 'tak', 'belum', 'bukan', 'bisa', 'dapat', 'mampu', 'ingin', 'hendak', 'mau', 'berencana', 'berniat', 'siap', 'harus', 'wajib', 'perlu', 'sempat', 'pernah', 'baru', 'lalu', 'kemudian', 'secara', 'resmi', 'terus', 'selalu', 'kerap', 'sering', 'diam-diam', 'ikut', 'turut', 'justru', 'bahkan', 'hanya', 'saling', 'sama-sama', 'bersama-sama', 'enggan', 'terpaksa', 'berhasil', 'gagal', 'mulai', 'sebelumnya', 'lagi', 'bersedia', 'sanggup', 'rela', 'berusaha', 'berupaya', 'mencoba', 'bertekad']),
  en: new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'also', 'not', "n't", 'never', 'already', 'just', 'reportedly', 'allegedly', 'again', 'then', 'later', 'recently', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'to', 'plans', 'planned', 'wants', 'wanted', 'threatened']),
};

/** Words for one's counterpart (`mitranya dari Rusia, X`, `his Chinese counterpart X`). */
export const COUNTERPART = new Set(['counterpart', 'counterparts', 'mitranya', 'sejawatnya', 'koleganya', 'rekannya', 'mitra', 'sejawat', 'kolega']);

/**
 * The mention of the person named from token q on after `counterpart`: a comma and a title or
 * honorific may come first (`his Saudi counterpart, Prince Faisal bin Farhan`, `mitranya dari Rusia,
 * Sergei Lavrov`).
 */
export function counterpartNameAt(v: SentenceView, q: number): MentionInfo | undefined {
  const cues = nerLexicon().cueBits;
  for (let j = q; j < Math.min(v.s.tokenEnd, q + 4); j++) {
    const p = v.at.get(j);
    if (p) return p.m.part ? undefined : p;
    const t = v.tokens[j]!;
    if (t.text !== ',' && !(j > q && upperStart(t.text) && (cues.get(t.norm) ?? 0) & (CUE_TITLE | CUE_HONORIFIC | CUE_RANK))) return undefined;
  }
  return undefined;
}
/** Connectors after which a verb has no subject of its own. */
export const SHARE_SUBJECT: Record<Language, Set<string>> = {
  id: new Set(['dengan', 'sambil', 'seraya', 'dan', 'serta', 'lalu', 'kemudian', 'sekaligus', 'guna', 'demi', 'tetapi', 'tapi', 'namun']),
  en: new Set(['and', 'by', 'while', 'then', 'after', 'before', 'since', 'without', 'upon', 'but', 'yet']),
};
export const OBJECT_CONTROL: Record<Language, Set<string>> = {
  id: new Set(['untuk', 'agar', 'supaya']),
  en: new Set(['to']),
};
export const REASON: Record<Language, Set<string>> = {
  id: new Set(['karena', 'sebab', 'lantaran', 'akibat']),
  en: new Set(['for', 'because']),
};

const REPORTED_WORDS = new Set(['dilaporkan', 'dikabarkan', 'disebut', 'disebut-sebut', 'kabarnya', 'reportedly', 'reported']);

const ATTRIBUTION_LEAD = new Set(['dilansir', 'dikutip', 'diberitakan', 'dilaporkan', 'mengutip', 'menurut', 'melansir', 'dikabarkan', 'according']);

/** Generic names of a state's bodies, which name no body of their own without the country. */
export const GENERIC_BODY = /^(supreme court|constitutional court|high court|national assembly|parliament|senate|congress|army|navy|air force|coast guard|national guard|armed forces|security forces|foreign ministry|defen[cs]e ministry|interior ministry|central bank|cabinet|government|military|police|national police|election commission|electoral commission)$/i;

export interface MentionInfo {
  m: DocMention;
  /** index in the sentence's mention list */
  k: number;
  /** the token before it, skipping demonym heads such as `pemerintah`, `pasukan` */
  prep: string | undefined;
  inAttribution: boolean;
  inRelative: boolean;
  /** a country or organization inside a title (`Presiden Rusia, Vladimir Putin`) */
  titleModifier: boolean;
  /** for a title modifier: the titled persons (indices in the list) and the role */
  roleOf?: number[];
  /** the role was written before a list (`yakni A, B, dan C`): every name of the list holds it */
  roleOfList?: boolean;
  /** a person's title that names its organization (`Kapolri X`): the role, the organization id, the title's tokens */
  impliedRole?: { role: string; org: string; start: number; end: number };
  role?: string;
  /** for a party named between an organization and a person (`dari fraksi PAN`): the person */
  partyOf?: number;
  /** index (in the sentence's list) of the first mention of its coordination group */
  group: number;
  /** the mention names a person */
  person: boolean;
  /** the mention names a country */
  country: boolean;
  /** the mention names a place (LOCATION) */
  place: boolean;
}

export interface SentenceView {
  s: Sentence;
  lang: Language;
  tokens: Token[];
  mentions: MentionInfo[];
  /** token index → mention info of the (non-part) mention starting there */
  at: Map<number, MentionInfo>;
  /** token index → the (non-part) mention covering it */
  cover: Map<number, MentionInfo>;
  /** token index just past a (non-part) mention → that mention */
  endAt: Map<number, MentionInfo>;
  /** coordination group → its members (no parts, no title modifiers) */
  groups: Map<number, MentionInfo[]>;
  /** the sentence reports what others say (`dilaporkan`, `dikabarkan`) */
  reported: boolean;
  /** full dates (ISO) of the sentence with their offsets */
  dates: Array<{ start: number; value: string }>;
  /** entity index of the attribution source (`jelas Kremlin`, `dilansir AFP`, `menurut X`), if any */
  source?: number;
  /** the source speaks (reported speech) rather than being a news agency cited */
  speech: boolean;
  /** the document's entities (mention `entity` indices point into it) */
  entities: Entity[];
}

/** Tokens [i, end) are a few lower-case words then the comma of an appositive: `pemimpin pemberontak ,` before a name. */
function appositiveBefore(tokens: Token[], i: number, end: number): boolean {
  if (end - i < 2 || end - i > 5 || tokens[end - 1]!.text !== ',') return false;
  for (let k = i; k < end - 1; k++) if (tokens[k]!.kind !== 'word' || !lowerStart(tokens[k]!.text)) return false;
  return true;
}

function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.text === ',';
}

function mentionInfo(m: DocMention, k: number): MentionInfo {
  return { m, k, prep: undefined, inAttribution: false, inRelative: false, titleModifier: false, roleOf: undefined, roleOfList: undefined, impliedRole: undefined, role: undefined, partyOf: undefined, group: k, person: false, country: false, place: false };
}

// Every field of a mention view is written once here with each kind of value it takes, so that V8
// settles the fields' representations (a number where `undefined` was, …) before any code is
// optimized: otherwise the first `partyOf` or `roleOf` written in a document deprecates the shape,
// and every optimized function reading mention views is thrown away and compiled again.
{
  const primer = mentionInfo({ start: 0, end: 1, sentence: 0, tokenStart: 0, tokenEnd: 1, entity: 0, part: false, demonym: false, score: 0.5, role: undefined }, 0);
  primer.prep = 'di';
  primer.roleOf = [0];
  primer.roleOfList = true;
  primer.impliedRole = { role: 'Head', org: 'x', start: 0, end: 1 };
  primer.role = 'Head';
  primer.partyOf = 1;
  primer.group = 1;
}

/** `values` are the sentence's own values (dates for the relations' time). */
export function viewSentence(s: Sentence, tokens: Token[], mentions: DocMention[], entities: Entity[], values: Value[] = []): SentenceView {
  const lang = s.language;
  const list = mentions.filter((m) => m.sentence === s.index).sort((a, b) => a.start - b.start);
  const at = new Map<number, MentionInfo>();
  const infos: MentionInfo[] = list.map(mentionInfo);
  for (const mi of infos) {
    mi.person = entities[mi.m.entity]!.type === 'PERSON';
    mi.country = entities[mi.m.entity]!.type === 'COUNTRY';
    mi.place = entities[mi.m.entity]!.type === 'LOCATION';
    if (!mi.m.part && !at.has(mi.m.tokenStart)) at.set(mi.m.tokenStart, mi);
  }

  const from = s.tokenStart;
  const to = s.tokenEnd;
  // each step a function of its own: V8 recompiles a whole function when one of its assumptions
  // fails, and this one, at 200 lines, took ~100 ms each time, on the same cores as the work
  const { attrib, source, speech } = attribution(tokens, from, to, infos, at, lang);
  const relative = relativeClauses(tokens, from, to);
  placeMentions(infos, tokens, from, lang, attrib, relative, entities);
  // mentions by the token just past them
  const endAt = new Map<number, MentionInfo>();
  for (const mi of infos) if (!mi.m.part) endAt.set(mi.m.tokenEnd, mi);
  titleModifiers(infos, tokens, from, entities, endAt);
  unitModifiers(infos, tokens, entities);
  const fromPlace = personPlaces(infos, entities, endAt);
  coordinate(infos, tokens, entities, fromPlace, from, to);
  const cover = new Map<number, MentionInfo>();
  const groups = new Map<number, MentionInfo[]>();
  for (const mi of infos) {
    if (mi.m.part) continue;
    for (let i = mi.m.tokenStart; i < mi.m.tokenEnd; i++) cover.set(i, mi);
    if (mi.titleModifier) continue;
    const g = groups.get(mi.group);
    if (g) g.push(mi);
    else groups.set(mi.group, [mi]);
  }
  let reported = false;
  // (`dilaporkan ke Polda`, `reported to the police`: a report to the authorities is an act, not hearsay)
  for (let i = from; i < to && !reported; i++) reported = REPORTED_WORDS.has(tokens[i]!.norm) && !/^(ke|kepada|oleh|to|by)$/.test(tokens[i + 1]?.norm ?? '');
  const dates: SentenceView['dates'] = [];
  for (const x of values) {
    if (x.kind === 'date' && typeof x.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x.value)) dates.push({ start: x.start, value: x.value });
  }
  return { s, lang, tokens, mentions: infos, at, cover, endAt, groups, reported, dates, source, speech, entities };
}

/** Attribution of the sentence: its tokens, the source (an entity index) and whether the source speaks. */
function attribution(tokens: Token[], from: number, to: number, infos: MentionInfo[], at: Map<number, MentionInfo>, lang: Language): { attrib: Uint8Array; source: number | undefined; speech: boolean } {
  const lex = nerLexicon();
  const attrib = new Uint8Array(to - from);
  let source: number | undefined;
  let speech = false;
  // fronted attribution: (Seperti) dilansir AFP, [Senin (3/1/2022),]
  for (let i = from; i < Math.min(to, from + 3); i++) {
    if (!ATTRIBUTION_LEAD.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    let commas = 0;
    while (j < to && j - i < 14) {
      if (isComma(tokens[j])) {
        commas++;
        const next = tokens[j + 1];
        // a date after the first comma belongs to the attribution too
        if (commas === 1 && next && /^[A-Z]/.test(next.text) && tokens[j + 2]?.text === '(') { j++; continue; }
        break;
      }
      j++;
    }
    if (j < to) {
      for (let x = from; x <= j; x++) attrib[x - from] = 1;
      let src: MentionInfo | undefined;
      for (const mi of infos) if (mi.m.tokenStart > i && mi.m.tokenStart < j) { src = mi; break; }
      if (src) {
        source = src.m.entity;
        speech = tokens[i]!.norm === 'menurut' || tokens[i]!.norm === 'according';
      }
    }
    break;
  }
  // closing attribution: …," jelas Kremlin. / kata Putin / said Putin
  for (let i = from + 1; i < to; i++) {
    const prev = tokens[i - 1]!;
    if (!(prev.text === ',' || prev.text === '"' || prev.text === '”' || prev.text === "'")) continue;
    const t = tokens[i]!;
    const bits = lex.cueBits.get(t.norm) ?? 0;
    if (!(bits & CUE_SPEECH) || /^[A-Z]/.test(t.text)) continue;
    // the speaker, maybe after a title: `kata Menlu Inggris`, `ujar Kapolri Jenderal X`
    const title = titleStartingAt(tokens, i + 1, to);
    const src = at.get(title ? title.end : i + 1) ?? at.get(i + 1);
    if (src) {
      source = src.m.entity;
      speech = true;
      for (let x = i; x < to; x++) attrib[x - from] = 1;
    }
  }
  // English closing attribution after the last comma: `…, the Palestinian health ministry said (on
  // Monday).`, `…, Defence Minister Israel Katz told reporters.`, `…, according to the ministry.`
  if (source === undefined && lang === 'en' && infos.length) {
    let c = to - 1;
    while (c > from && !isComma(tokens[c])) c--;
    if (c > from && c < to - 2) {
      let k = -1;
      for (let j = c + 1; j < to; j++) if (CLOSING_SPEECH.has(tokens[j]!.norm)) { k = j; break; }
      const according = tokens[c + 1]!.norm === 'according' && tokens[c + 2]?.norm === 'to';
      // (after the verb only a time or a manner: `said on Monday`, `said in a statement`, `told Reuters`)
      let tail = true;
      if (k > c + 1) for (let j = k + 1; j < to; j++) if (!/^[.!?"”]$/.test(tokens[j]!.text) && !CLOSING_TAIL.has(tokens[j]!.norm) && !at.has(j) && !(tokens[j - 1] && at.get(j - 1))) { tail = false; break; }
      let src: MentionInfo | undefined;
      if (according) src = infos.find((mi) => mi.m.tokenStart > c + 2 && !mi.m.part);
      else if (k > c + 1 && tail) for (const mi of infos) if (mi.m.tokenStart > c && mi.m.tokenEnd <= k && !mi.m.part) src = mi;
      if (src) {
        source = src.m.entity;
        speech = true;
        for (let x = c + 1; x < to; x++) attrib[x - from] = 1;
      }
    }
  }
  return { attrib, source, speech };
}

/** English verbs of a closing attribution (`…, the ministry said.`). */
const CLOSING_SPEECH = new Set(['said', 'says', 'told', 'reported', 'reports', 'added', 'announced', 'stated', 'confirmed', 'claimed', 'wrote', 'tweeted', 'posted']);
/** Words that may follow it: a time, a manner, whom it was told. */
const CLOSING_TAIL = new Set(['on', 'in', 'a', 'an', 'the', 'statement', 'late', 'early', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'afternoon', 'evening', 'reporters', 'journalists', 'media', 'news', 'conference', 'briefing', 'interview', 'post', 'its', 'his', 'her', 'their', 'social', 'televised', 'speech', 'address', 'x', 'told', 'at', 'press', 'daily', 'regular', 'local']);

/** Tokens inside relative clauses: `yang` … up to the next comma (when there is one within reach). */
function relativeClauses(tokens: Token[], from: number, to: number): Uint8Array {
  const relative = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    // (`Hungary, whose Prime Minister Viktor Orbán has …, vetoed`: a `whose` clause set off by commas too)
    const n = tokens[i]!.norm;
    if (n !== 'yang' && n !== 'which' && n !== 'who' && !(n === 'whose' && i > from && isComma(tokens[i - 1]))) continue;
    // (`WHO` in capitals is the World Health Organization)
    if (n === 'who' && tokens[i]!.text === 'WHO') continue;
    let j = i + 1;
    while (j < to && j - i < 20 && !isComma(tokens[j])) j++;
    if (j < to && isComma(tokens[j])) for (let x = i; x < j; x++) relative[x - from] = 1;
    else for (let x = i; x < Math.min(to, i + 1); x++) relative[x - from] = 1;
  }
  return relative;
}

/** Where each mention stands: in the attribution, in a relative clause, after which preposition. */
const PLACE_PREP = new Set(['di', 'ke', 'dari', 'in', 'to', 'from', 'near', 'across']);
const PLACE_PARTS = new Set(['depan', 'dalam', 'luar', 'sekitar', 'atas', 'bawah', 'belakang', 'samping', 'dekat', 'seberang', 'tengah', 'sela', 'sela-sela', 'sepanjang', 'perbatasan', 'wilayah', 'kawasan',
  // (`in central Seoul`, `in southern Lebanon`, `across northern Gaza`)
  'central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'occupied', 'rural']);
const LAW_NAMES = new Set(['uu', 'ruu', 'undang-undang', 'perppu', 'perpres', 'pp', 'perda', 'permen', 'perpu']);

function isPlace(e: Entity | undefined): boolean {
  return e !== undefined && (e.type === 'LOCATION' || e.type === 'COUNTRY');
}

/** Indonesian compass words of one word, before a place (`di timur laut Ukraina`) or after it (`Beirut selatan`). */
export const COMPASS_WORD_ID = /^(selatan|utara|timur|barat|tengah|tenggara)$/;

function placeMentions(infos: MentionInfo[], tokens: Token[], from: number, lang: Language, attrib: Uint8Array, relative: Uint8Array, entities: Entity[]): void {
  let last: MentionInfo | undefined;
  for (const mi of infos) {
    const m = mi.m;
    const before = last;
    last = mi;
    mi.inAttribution = attrib[m.tokenStart - from] === 1;
    mi.inRelative = relative[m.tokenStart - from] === 1;
    // the word before, skipping heads like `pemerintah`, `pasukan`, `warga` (they stand for the country)
    let p = m.tokenStart - 1;
    // (and `Fraksi` of a party, capitalized: `dari Fraksi PDI Perjuangan`)
    while (p >= from && !m.part && ((/^(pemerintah|pasukan|tentara|militer|warga|otoritas|pejabat|rakyat|delegasi|kedutaan|pihak|kantor|juru|bicara|presiden|kepresidenan|the|government|forces|troops|officials|military)$/.test(tokens[p]!.norm) && !/^[A-Z]/.test(tokens[p]!.text)) || tokens[p]!.norm === 'fraksi')) p--;
    // a country's mission (`menuju Komisi Tinggi India`, `di depan Kedutaan Besar AS`, `outside the U.S.
    // Embassy`): the words of the mission belong to the adjunct
    if (entities[m.entity]?.type === 'COUNTRY') {
      let q = p;
      while (q >= from && q > p - 3 && /^(kedutaan|kedubes|besar|komisi|tinggi|konsulat|jenderal|embassy|high|commission|consulate|general)$/.test(tokens[q]!.norm)) q--;
      if (q < p && /^(kedutaan|kedubes|komisi|konsulat|embassy|high|consulate)$/.test(tokens[q + 1]!.norm)) p = q;
    }
    mi.prep = p >= from && PREPOSITIONS[lang].has(tokens[p]!.norm) ? tokens[p]!.norm : undefined;
    // (`across the Gaza Strip`, `throughout Ukraine`: where, as `in`)
    if (mi.prep === undefined && p >= from && lang === 'en' && /^(across|throughout)$/.test(tokens[p]!.norm)) mi.prep = 'in';
    // a place noun between the preposition and the name: `di depan Istana Negara`, `ke luar Jakarta`,
    // `in front of the embassy`; a law named after a body: `revisi UU TNI` (the body is no party)
    if (mi.prep === undefined && p > from && PLACE_PREP.has(tokens[p - 1]!.norm) && PLACE_PARTS.has(tokens[p]!.norm)) mi.prep = tokens[p - 1]!.norm;
    else if (mi.prep === undefined && p > from && tokens[p]!.norm === 'of' && tokens[p - 1]!.norm === 'front' && tokens[p - 2]?.norm === 'in') mi.prep = 'in';
    else if (mi.prep === undefined && p >= from && LAW_NAMES.has(tokens[p]!.norm)) mi.prep = 'uu';
    // a place after a comma that goes on a place adjunct is in it too: `di Senayan, Jakarta, …`, `in
    // Kupang, East Nusa Tenggara`
    // (a compass word may end the place before the comma: `di Beirut selatan, Lebanon, …`)
    else if (mi.prep === undefined && !m.part && tokens[p]?.text === ',' && before && !before.m.part && (before.m.tokenEnd === p || (before.m.tokenEnd === p - 1 && COMPASS_WORD_ID.test(tokens[p - 1]!.norm) && /^[a-z]/.test(tokens[p - 1]!.text))) && before.prep !== undefined && /^(di|ke|dari|in|at|to|from|near)$/.test(before.prep)
      && isPlace(entities[m.entity]) && isPlace(entities[before.m.entity])) mi.prep = before.prep;
    // the particle of a phrasal verb is no preposition: `called on Myanmar to release …`
    if ((mi.prep === 'on' || mi.prep === 'upon') && /^call(s|ed|ing)?$/.test(tokens[p - 1]?.norm ?? '')) mi.prep = undefined;
    // `the government of Sudan`, `the President of France`: the country is the head's, not an adjunct
    if (mi.prep === 'of' && /^(government|president|prime|minister|army|military|forces|troops|police|people|ministry|king|queen|leader|leaders|foreign|parliament|embassy|navy|authorities|officials)$/.test(tokens[p - 1]?.norm ?? '')) mi.prep = undefined;
    // `Police in Papua New Guinea detained …`: the country's police
    if (mi.prep === 'in' && /^(police|troops|forces|authorities|officials|prosecutors|soldiers|army|military)$/.test(tokens[p - 1]?.norm ?? '')) mi.prep = undefined;
    // `Judges at the International Criminal Court rejected …`: the court acts through its judges
    if ((mi.prep === 'at' || mi.prep === 'of') && /^(judges|prosecutors|investigators|officials|inspectors)$/.test(tokens[p - 1]?.norm ?? '') && (p - 1 === from || /^(the|[,"“])$/.test(tokens[p - 2]!.norm) || tokens[p - 2]!.kind === 'punct')) mi.prep = undefined;
    // a conjunction opening a clause with this subject: `… after Israel attacked Gaza`, `since Russia
    // invaded`, `setelah Israel menyerang Gaza` (its verb follows the name)
    if (mi.prep !== undefined && CLAUSE_OPENERS.has(mi.prep) && clauseVerbAt(tokens[m.tokenEnd], lang)) mi.prep = undefined;
  }
}

const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'setelah', 'sebelum', 'sejak', 'hingga', 'sampai', 'usai', 'seusai', 'sesudah']);

/** A word that can be a finite verb right after a subject: `attacked`, `has`, `menyerang`, `telah`. */
function clauseVerbAt(t: Token | undefined, lang: Language): boolean {
  if (!t || t.kind !== 'word' || !lowerStart(t.text)) return false;
  if (lang === 'en') return /(ed|s)$/.test(t.norm) && !/^(is|was|has)$/.test(t.norm) ? true : /^(has|had|have|was|were|is|are|will|would|could|did|launched|fired|sent|struck|took|began|made)$/.test(t.norm);
  return /^(me|di|ber|ter|telah|sudah|akan|sedang|tengah|masih)/.test(t.norm);
}

/** Title modifiers: `Presiden Rusia, Vladimir Putin`, `Menlu Turki Mevlut Cavusoglu`, `Russian President Vladimir Putin`. */
function titleModifiers(infos: MentionInfo[], tokens: Token[], from: number, entities: Entity[], endAt: Map<number, MentionInfo>): void {
  for (const mi of infos) {
    if (mi.m.part || entities[mi.m.entity]!.type !== 'PERSON') continue;
    const r = roleBeforePerson(tokens, mi.m.tokenStart, from, (end) => {
      const x = endAt.get(end);
      if (!x) return undefined;
      const e = entities[x.m.entity]!;
      return { start: x.m.tokenStart, place: e.type === 'LOCATION', known: e.known, country: e.type === 'COUNTRY', person: e.type === 'PERSON' };
    });
    if (r?.org) {
      // every other name inside the title (`Bareskrim Mabes Polri`, `DPR - RI`, `Pusat Data … BNPB`) only qualifies it
      // (the mentions are in text order: only those between the title's end and the name are looked at)
      const titleEndAt = tokens[r.titleEnd]?.start ?? 0;
      for (let q = mi.k - 1; q >= 0 && infos[q]!.m.start >= titleEndAt; q--) {
        const other = infos[q]!;
        if (!other.m.part && other.m.tokenStart >= r.titleEnd && other.m.tokenEnd <= mi.m.tokenStart && entities[other.m.entity]!.type !== 'PERSON') other.titleModifier = true;
      }
      const org = endAt.get(r.org.end);
      if (org && entities[org.m.entity]!.type !== 'PERSON') {
        org.titleModifier = true;
        (org.roleOf ??= []).push(mi.k);
        org.role = r.role;
        if (r.list) org.roleOfList = true;
      }
    }
    // `A dan [Perwakilan Dagang AS] Jamieson Greer`: a body right before a person coordinated after `dan`
    // is the person's (their office), no party of its own beside them
    if (!r?.org) {
      const before = endAt.get(mi.m.tokenStart);
      if (before && !before.m.part && entities[before.m.entity]!.type === 'ORGANIZATION' && /^(dan|and|serta)$/.test(tokens[before.m.tokenStart - 1]?.norm ?? '')) before.titleModifier = true;
    }
    if (r?.impliedOrg) {
      mi.impliedRole = { role: r.role, org: r.impliedOrg, start: r.titleStart, end: r.titleEnd };
      // a name inside a title that names its organization (`Panglima TNI Agus Subiyanto`) only qualifies it
      for (let q = mi.k - 1; q >= 0 && infos[q]!.m.tokenEnd > r.titleStart; q--) {
        const other = infos[q]!;
        if (!other.m.part && other.m.tokenStart >= r.titleStart && other.m.tokenEnd <= r.titleEnd && entities[other.m.entity]!.type !== 'PERSON') other.titleModifier = true;
      }
    }
    if (r?.party) {
      const party = endAt.get(r.party.end);
      if (party && entities[party.m.entity]!.type === 'ORGANIZATION') {
        party.titleModifier = true;
        party.partyOf = mi.k;
      }
    }
  }
}

/** `Densus 88 Antiteror Polri`, `Bareskrim Polri`: a unit, then its parent; the parent only qualifies it. */
function unitModifiers(infos: MentionInfo[], tokens: Token[], entities: Entity[]): void {
  for (let k = 1; k < infos.length; k++) {
    const unit = infos[k - 1]!;
    const parent = infos[k]!;
    if (unit.m.part || parent.m.part || parent.titleModifier || unit.titleModifier) continue;
    // `Walhi Kalimantan Timur menggugat …`, `PDIP Jawa Tengah mengusung …`: an Indonesian region right
    // after a body names the body's branch there; the body acts
    const region = entities[parent.m.entity]!;
    if (entities[unit.m.entity]!.type === 'ORGANIZATION' && region.type === 'LOCATION' && region.country === 'IDN' && parent.m.tokenStart === unit.m.tokenEnd) {
      parent.titleModifier = true;
      continue;
    }
    if (entities[unit.m.entity]!.type !== 'ORGANIZATION' || entities[parent.m.entity]!.type !== 'ORGANIZATION') continue;
    if (parent.m.entity === unit.m.entity || parent.m.tokenStart < unit.m.tokenEnd) continue;
    let ok = parent.m.tokenStart - unit.m.tokenEnd <= 2;
    for (let x = unit.m.tokenEnd; ok && x < parent.m.tokenStart; x++) ok = upperStart(tokens[x]!.text);
    if (ok) parent.titleModifier = true;
  }
}

/**
 * `Angela Merkel dari Jerman dan Emmanuel Macron dari Prancis`: where a person is from only
 * qualifies the person (static.ts makes `X dari PKB` a member_of); it is not in the list. Returns
 * the tokens of those places (and of their `dari`).
 */
function personPlaces(infos: MentionInfo[], entities: Entity[], endAt: Map<number, MentionInfo>): Set<number> {
  const fromPlace = new Set<number>();
  for (const mi of infos) {
    if (mi.m.part || mi.prep !== 'dari' || mi.titleModifier) continue;
    const before = endAt.get(mi.m.tokenStart - 1);
    if (before && !before.m.part && entities[before.m.entity]!.type === 'PERSON') {
      mi.titleModifier = true;
      fromPlace.add(mi.m.tokenStart - 1);
      for (let x = mi.m.tokenStart; x < mi.m.tokenEnd; x++) fromPlace.add(x);
    }
  }
  return fromPlace;
}

/** Tokens [i, end) are lower-case nouns only (`pengusaha`, `mantan pejabat`): no verb, no function word. */
function describesPerson(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^[a-z]/.test(t.text) || isIdVerb(t) || FUNCTION_WORDS_ID.has(t.norm) || FUNCTION_WORDS_EN.has(t.norm) || /(ed|ing)$/.test(t.norm)) return false;
  }
  return true;
}

/** Coordination: A dan B, A, B, dan C (a mention's group is the first of its list). */
function coordinate(infos: MentionInfo[], tokens: Token[], entities: Entity[], fromPlace: Set<number>, from: number, to: number): void {
  // a headline (no final stop) may list with a comma alone: `Pakistan, Afghanistan exchange fire`
  const headline = to > from && !/^[.!?"”]$/.test(tokens[to - 1]!.text);
  // (`Singapore's Lawrence Wong`: the possessor describes the person after it, it is no member of a list)
  // (`Japan's Inpex`: nor the country of a company or body named after it)
  // (the mentions by start token, looked up once per possessive instead of a pass over all of them)
  const startsAt = new Map<number, MentionInfo[]>();
  for (const y of infos) if (!y.m.part) { const l = startsAt.get(y.m.tokenStart); if (l) l.push(y); else startsAt.set(y.m.tokenStart, [y]); }
  const possessor = (x: MentionInfo) => /^['’]s$/.test(tokens[x.m.tokenEnd]?.text ?? '') && (startsAt.get(x.m.tokenEnd + 1) ?? []).some((y) => entities[y.m.entity]!.type === 'PERSON' || (entities[y.m.entity]!.type === 'ORGANIZATION' && entities[x.m.entity]!.type === 'COUNTRY'));
  // (`and his Kazakh counterpart Kassym-Jomart Tokayev`: the demonym describes the counterpart, it is no member of a list)
  const counterpartOf = (x: MentionInfo) => x.m.demonym && /^(counterpart|counterparts)$/.test(tokens[x.m.tokenEnd]?.norm ?? '');
  const heads = infos.filter((x) => !x.m.part && !x.titleModifier && !possessor(x) && !counterpartOf(x));
  const listed = new Set<number>();
  for (let k = 1; k < heads.length; k++) {
    const a = heads[k - 1]!;
    const b = heads[k]!;
    // `Badan Pengawas Pemilu (Bawaslu)`: the name and its short form are two mentions of one span
    if (b.m.tokenStart === a.m.tokenStart && b.m.tokenEnd === a.m.tokenEnd) {
      b.group = a.group;
      continue;
    }
    // `Indonesia dan Uni Emirat Arab (UEA) sepakat …`: the short form in parentheses after a name is
    // that name again, in its group
    if (b.m.entity === a.m.entity && tokens[a.m.tokenEnd]?.text === '(' && b.m.tokenStart === a.m.tokenEnd + 1) {
      b.group = a.group;
      continue;
    }
    let i = a.m.tokenEnd;
    let sawAnd = false;
    let ok = true;
    while (i < b.m.tokenStart) {
      const t = tokens[i]!;
      // (a person's age after the name: `Ferdi Saputra (34) dan Agus Wibowo (29)`)
      if (t.text === '(' && tokens[i + 1]?.kind === 'number' && tokens[i + 2]?.text === ')' && entities[a.m.entity]!.type === 'PERSON') { i += 3; continue; }
      if (fromPlace.has(i)) { /* `X dari Jerman dan Y` */ }
      // a candidate pair, a dash between full names: `pasangan Andi Rahman–Siti Marlina`, `Agus
      // Harimurti Yudhoyono - Sylviana Murni` (one word on a side is a part of one name: `Pierre -
      // Emerick Aubameyang`, `Lee Jung - jin`)
      else if ((t.text === '–' || t.text === '-') && i === a.m.tokenEnd && i + 1 === b.m.tokenStart && a.m.tokenEnd - a.m.tokenStart >= 2 && b.m.tokenEnd - b.m.tokenStart >= 2 && entities[a.m.entity]!.type === 'PERSON' && entities[b.m.entity]!.type === 'PERSON') sawAnd = true;
      else if (t.norm === 'dan' || t.norm === 'serta' || t.norm === 'and' || t.norm === '&') sawAnd = true;
      // `Menhan Jepang X bersama Menlu Y akan bertolak …`: acting together (not a place: `bersama warga Bogor`)
      else if ((t.norm === 'bersama' || t.norm === 'beserta') && entities[a.m.entity]!.type !== 'LOCATION' && entities[b.m.entity]!.type !== 'LOCATION') sawAnd = true;
      else if (t.text === ',' || t.text === '(' || t.text === ')' || /^['’]s$/.test(t.text) || t.norm === 'the') { /* separators; `and Singapore's Prime Minister X`, `and the United States` */ }
      // `Ethiopia's government and the TPLF`, `pemerintah Ethiopia dan TPLF`
      else if (/^(government|authorities|forces|army|military|police|troops|pemerintah|otoritas|pasukan|militer)$/.test(t.norm)) { /* the name's own head */ }
      // an adjective of an armed group before the next name: `and the paramilitary Rapid Support Forces`
      // (Indonesian `dan kelompok X` was tried: it joined names that are no list in a probe set)
      else if (sawAnd && i + 1 === b.m.tokenStart && /^(paramilitary|rebel|militant|separatist|islamist|jihadist)$/.test(t.norm)) { /* the next name's kind */ }
      else if (/^[A-Z]/.test(t.text)) { /* title words: `Putin dan Presiden Turki Erdogan` */ }
      // (`and Secretary of State Marco Rubio`: `of` inside capitalized title words)
      // (and an envoy's posting: `dan Duta Besar Inggris untuk Indonesia Dominic Jermey`)
      else if (sawAnd && (t.norm === 'of' || ((t.norm === 'untuk' || t.norm === 'to') && infos.some((x) => x.m.tokenEnd === i && x.titleModifier))) && i > a.m.tokenEnd && /^[A-Z]/.test(tokens[i - 1]!.text) && /^[A-Z]/.test(tokens[i + 1]?.text ?? '') && entities[b.m.entity]!.type === 'PERSON') { /* title words */ }
      // `and his Kazakh counterpart Tokayev`, `dan mitranya dari Rusia`: the counterpart named after
      else if (sawAnd && entities[b.m.entity]!.type === 'PERSON' && /^(his|her|their|its|counterpart|counterparts)$/.test(t.norm)) { /* the counterpart's words; `and its leader X` */ }
      // a lower-case title before the next name: `Araghchi and U.S. envoy Steve Witkoff`
      else if (sawAnd && entities[b.m.entity]!.type === 'PERSON' && titleStartingAt(tokens, i, b.m.tokenStart + 1) !== undefined && titleStartingAt(tokens, i, b.m.tokenStart + 1)!.end <= b.m.tokenStart) { /* the title of the next name */ }
      else if (sawAnd && appositiveBefore(tokens, i, b.m.tokenStart)) break; // `dan pemimpin pemberontak, Riek Machar`
      // a lower-case noun that describes the next person: `Fahmi Mochtar dan pengusaha Halim Kalla`,
      // `X and businessman Y` (one or two words, no verb or function word among them)
      else if (sawAnd && b.m.tokenStart - i <= 2 && entities[a.m.entity]!.type === 'PERSON' && entities[b.m.entity]!.type === 'PERSON' && describesPerson(tokens, i, b.m.tokenStart)) { i = b.m.tokenStart; continue; }
      else { ok = false; break; }
      i++;
    }
    // a list of bodies runs on into no people (`diusung PDIP, PPP, Golkar serta Sudirman Said dan Ida
    // Fauziyah yang …`: the next candidates, not more of the parties)
    // (the bodies before `serta` are a list of their own)
    if (ok && (entities[a.m.entity]!.type === 'PERSON') !== (entities[b.m.entity]!.type === 'PERSON') && entities[a.m.entity]!.type !== 'LOCATION' && entities[b.m.entity]!.type !== 'LOCATION' && a.group !== a.k) {
      ok = false;
      if (sawAnd) listed.add(a.group);
    }
    // `Di sela KTT ASEAN di Kuala Lumpur, Perdana Menteri Thailand X dan …`: a place after its
    // preposition, then a comma and a person, is where the clause's people act, no member of their list
    if (ok && !sawAnd && entities[a.m.entity]!.type === 'LOCATION' && a.prep !== undefined && /^(di|ke|dari|in|at|to|from)$/.test(a.prep) && entities[b.m.entity]!.type === 'PERSON') ok = false;
    // `Sabah, Malaysia`: a place then its country or region is an address (located_in), not a list
    // (not two known places of different countries: `Washington, Tokyo and Seoul condemned …`)
    const ea = entities[a.m.entity]!, eb = entities[b.m.entity]!;
    const apart = ea.known && eb.known && ea.country !== undefined && (eb.type === 'COUNTRY' ? eb.iso3 : eb.country) !== undefined && ea.country !== (eb.type === 'COUNTRY' ? eb.iso3 : eb.country);
    const address = !sawAnd && ea.type === 'LOCATION' && (eb.type === 'COUNTRY' || eb.type === 'LOCATION') && !apart;
    if (ok && !address && (sawAnd || tokens[a.m.tokenEnd]?.text === ',')) {
      b.group = a.group;
      if (sawAnd) listed.add(a.group);
      // (the two names open the headline, each of the same type, one comma between)
      else if (headline && a.group === a.k && a.m.tokenStart === from && b.m.tokenStart === a.m.tokenEnd + 1 && entities[a.m.entity]!.type === entities[b.m.entity]!.type && entities[a.m.entity]!.type !== 'LOCATION') listed.add(a.group);
    }
  }
  // commas alone make no list: `di wilayah Palestina, Michael Lynk, menuding …` is an appositive;
  // a list ends with `dan`/`serta` (`A, B, dan C`)
  for (const mi of heads) if (mi.group !== mi.k && !listed.has(mi.group)) mi.group = mi.k;
  // `pimpinan Komisi II DPR yakni A, B, C, dan D`: the role of the first name is the role of the list
  for (const org of infos) {
    if (!org.roleOf?.length || !org.roleOfList) continue;
    const first = infos[org.roleOf[0]!]!;
    for (const other of infos) {
      if (other !== first && other.group === first.group && !other.m.part && entities[other.m.entity]!.type === 'PERSON' && !org.roleOf.includes(other.k)) org.roleOf.push(other.k);
    }
  }
}

/** `me-` + l/w/y words that are no verbs. */
const NOT_ME_VERBS = new Set(['melalui', 'melainkan', 'melawan', 'melati', 'melodi', 'melulu', 'melayu']);

/**
 * An Indonesian verb form by its prefix: `me-`/`ber-` words, and `di-`/`ter-` words whose rest is
 * a known word (`dikritik`, `terlibat`; not `diplomat`, `direktur`, `teroris`).
 */
export function isIdVerb(t: Token): boolean {
  if (t.kind !== 'word' || upperStart(t.text)) return false;
  const w = t.norm;
  if (/^(me[mnr]|meng|meny|ber)[a-z]{3,}/.test(w)) return w !== 'menteri' && w !== 'berita';
  // me- before l, w, y, r (`melakukan`, `melarang`, `mewakili`, `meyakini`), not `melalui`, `melawan`
  if (/^me[lwy][a-z]{3,}/.test(w)) return !NOT_ME_VERBS.has(w);
  // (ter- words are mostly adjectives inside a noun phrase: `tiga terduga anggota JAD`, `tertinggi`)
  const m = /^(di)([a-z]{3,})$/.exec(w);
  if (!m) return false;
  const rest = m[2]!;
  const known = knownWords();
  return known.has(rest) || known.has(rest.replace(/(kan|i)$/, ''));
}
