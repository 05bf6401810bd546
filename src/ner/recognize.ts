/**
 * The NER stage. For every sentence:
 *   1. the gazetteer finds and links the names warta knows (gazetteer/),
 *   2. the learned tagger finds name spans, known or not, using the gazetteer hits and cue words
 *      as features (tagger.ts); rules mend the spans' edges (`Frank de Boer`, degrees cut, an
 *      unpaired parenthesis dropped, `Tsai Ing - wen`) (rules/),
 *   3. the two are merged: a tagger span that is a gazetteer match takes the linked entity; names
 *      the tagger does not see (inside compounds, in English captions) come from the gazetteer,
 *   4. roles stated before a person (`Presiden`, `Menlu`) are attached to the mention (rules/),
 *   5. a person named in full and later by one name alone, where nothing tagged it, gets that
 *      mention too (rules/name-echo.ts),
 *   6. in-document resolution groups mentions of one entity (`Erdogan` → Recep Tayyip Erdogan;
 *      `KPK` after `Komisi Pemberantasan Korupsi (KPK)`) (resolve.ts).
 */
import { CURRENCY_NAME } from '../lang/currency.js';
import { commonWords } from '../gazetteer/load.js';
import type { Entity, EntityType, Sentence, Token } from '../types.js';
import type { Gazetteer, RawMention } from '../gazetteer/gazetteer.js';
import { kotaOfWaliKota, linkMentions, type LinkedMention } from '../gazetteer/link.js';
import { attachMentions, entityFromEntry, type DocMention } from './entities.js';
import { gazBits } from './gaz-bits.js';
import { tagSentence, type TaggedSpan } from './tagger.js';
import type { NerModel } from './model.js';
import { roleBefore, titleEndingAt, titleStartingAt } from './rules/role-before-name.js';
import { insideQuotedTitle, isAttributiveCompound, isCalendarWord, isCapitalizedOpener, isCodeLetter, isNotName, isTitleOnly, markCompetitions, markLawTitles, workBefore } from './rules/drop-not-names.js';
import { NEWS_OUTLET, quotedSource } from './rules/publication-names.js';
import { isTitleCase } from './rules/skip-title-case.js';
import { associationNames } from './rules/association-names.js';
import { bareUnits } from './rules/bare-unit.js';
import { joinAcronyms } from './rules/join-acronym.js';
import { cutTitles } from './rules/cut-titles.js';
import { joinNameSyllables } from './rules/join-name-syllable.js';
import { agreeInLists } from './rules/list-agreement.js';
import { joinOrgPlace } from './rules/org-place-name.js';
import { expandAcronyms } from './rules/acronym-expansion.js';
import { REGIONAL_ROLES, judgeExtras, titledNameSplit } from './rules/known-name-in-span.js';
import { englishOfNames } from './rules/english-of-names.js';
import { possessedAcronyms } from './rules/possessed-acronym.js';
import { nameEchoes } from './rules/name-echo.js';
import { initialNames, nameParticles } from './rules/name-particles.js';
import { balineseNames, butonNames, givenNameBefore } from './rules/given-name-before.js';
import { facilityNames } from './rules/facility-names.js';
import { isOwnSpan, markOwnSpan, regionalOffices } from './rules/regional-office.js';
import { titledOrganizations } from './rules/titled-organization.js';
import { companyNames, subsidiaryNames } from './rules/company-names.js';
import { placeAppositiveAt } from './rules/place-appositive.js';
import { englishOrgHeads, GROUP_NOUNS } from './rules/english-org-heads.js';
import { CUE_RANK, nerLexicon } from './lexicon.js';
import { knownWords } from '../morph/lexicon.js';
import { resolveDocument, type Candidate } from './resolve.js';
import { englishNames } from './english.js';
import { FUNCTION_WORDS_EN, SENTENCE_STARTERS_EN } from '../lang/en/words.js';
import { FUNCTION_WORDS_ID } from '../lang/id/words.js';
import { upperStart, CAPITALIZED_WORD } from '../text/chars.js';

export interface NerResult {
  entities: Entity[];
  mentions: DocMention[];
  /** the spans in the tagger's own convention, for tagTokens (token indices) */
  spans: Array<{ start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }>;
}

/** Lower-case words that open or sit inside names (`de Gaulle`, `van der Sar`, `bin Salman`). */
/** English nouns of nationality, which open no name (`Englishman John Herdman`). */
const DEMONYM_NOUNS = /^(englishman|englishwoman|frenchman|frenchwoman|dutchman|dutchwoman|scotsman|scotswoman|irishman|irishwoman|welshman|welshwoman|spaniard|briton|swede|dane|englishmen|frenchmen|dutchmen|scotsmen|irishmen|welshmen|spaniards|britons|swedes|danes)$/;
const NAME_PARTICLES_EN = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'dos', 'das', 'bin', 'binti', 'ibn', 'abu', 'al', 'el', 'les', 'la', 'le', 'du', 'de', 'da', 'di', 'ter']);
const CONLL: Record<EntityType, 'PER' | 'ORG' | 'LOC'> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', LOCATION: 'LOC' };


/** `German`, `Russian`: an adjective of nationality, never a name by itself. */
/** Lower-case nouns after an English group's name (`the Viv Ansanm gang`); not `administration`, `government`, `family`. */
const GROUP_NOUNS_EN = new Set([...GROUP_NOUNS, 'militants']);

function isDemonymWord(t: Token): boolean {
  return /(?:an|ish|ese|ian|i|ic)$/.test(t.norm) && /^[A-Z][a-z]/.test(t.text) && demonymSet().has(t.norm);
}

let demonyms: Set<string> | undefined;
function demonymSet(): Set<string> {
  return (demonyms ??= new Set(DEMONYM_WORDS));
}
const DEMONYM_WORDS = ['american', 'british', 'german', 'french', 'russian', 'chinese', 'japanese', 'indonesian', 'turkish', 'italian', 'spanish', 'dutch', 'australian', 'indian', 'korean', 'iranian', 'israeli', 'palestinian', 'ukrainian', 'european', 'african', 'asian', 'arab', 'malaysian', 'thai', 'vietnamese', 'philippine', 'filipino', 'saudi', 'egyptian', 'syrian', 'iraqi', 'afghan', 'pakistani', 'canadian', 'mexican', 'brazilian', 'argentine', 'polish', 'swedish', 'norwegian', 'danish', 'finnish', 'greek', 'belgian', 'swiss', 'austrian', 'irish', 'scottish', 'welsh', 'english', 'islamic', 'muslim', 'christian', 'catholic', 'jewish', 'western', 'eastern', 'southern', 'northern'];

/** A capitalized plural ending a team's name after its place (`Pacers`, `Kings`, `Lakers`). */
const TEAM_PLURAL = /^[A-Z][a-z]+s$/;
/** Plurals that end places' names (`Cayman Islands`, `Golan Heights`, `Niagara Falls`). */
const PLACE_PLURALS = /^(Islands|Isles|Heights|Falls|Springs|Hills|Lakes|Keys|Rapids|Plains|Mountains|States|Emirates|Territories|Highlands|Lowlands|Gardens|Towers|Fields|Woods|Sands|Waters|Straits|Narrows|Glades|Downs|Flats|Meadows|Banks|Rocks|Reefs|Shoals|Atolls|Cays)$/;
/** Kinds of the Indonesian regions a regional office is named by (rules/regional-office.ts). */
const REGION_KINDS = new Set(['province', 'regency', 'city', 'capital']);
/** Kinds of bodies of the state and between states: never a company's name after `PT` (see knownFirmStart). */
const PUBLIC_BODY_KINDS = new Set(['igo', 'gov', 'legislature', 'court', 'police', 'military', 'armed', 'party', 'metonym', 'religious']);
/** English lower-case titles of people, right before a name (`spokesman X`, `envoy X`). */
const PERSON_TITLES_EN = /^(spokesman|spokeswoman|spokesperson|envoy|ambassador|minister|secretary|chairman|chairwoman|chairperson|chief|director|commander|governor|mayor|senator|lawmaker|president|premier|negotiator|adviser|advisor|prosecutor|judge|lawyer|activist|journalist|reporter|coach|manager|striker|midfielder|defender|goalkeeper|winger|forward|captain|player|boss)$/;
/** English lower-case nouns of companies and groups, right before a company's name. */
/** Lower-case nouns of bodies before an acronym that names one (`farmers' union FNSEA`). */
const BODY_NOUNS_BEFORE_ACRONYM = /^(union|unions|party|group|movement|militia|coalition|alliance|federation|association|agency|company|firm|regulator|watchdog|broadcaster|carrier|lender|miner|insurer|insurgents|rebels)$/;
const COMPANY_NOUNS_EN = /^(group|company|firm|giant|conglomerate|carrier|airline|miner|lender|bank|insurer|operator|carmaker|automaker|maker|manufacturer|producer|retailer|developer|startup|unicorn|broadcaster|newspaper|outlet|platform|app|exchange|fund|utility|refiner|shipper|shipbuilder|contractor)$/;
/** Words that make a name a body's, whatever precedes it. */
const ORG_WORDS_EN = /\b(Ministry|Party|Council|Court|Commission|Committee|Agency|Bank|Police|Army|Forces|Union|Front|Movement|Office|Department|Corporation|Company|Group|Association|Federation|Institute|University|Authority|Organization|Organisation|Fund|Foundation|Assembly|Parliament|Inc|Ltd|Corp)\b/;
/** Last words that make an English name an organization's, whatever the tagger read (`Lokataru Foundation`, `Setara Institute`, `Indonesia Corruption Watch`). */
const ORG_LAST_WORDS_EN = /^(Foundation|Institute|Institution|Center|Centre|Watch|Network|Forum|Alliance|Coalition|Association|Federation|Corporation|Company|Group|Bank|Agency|Commission|Committee|Council|Ministry|Party|University|Authority|Organization|Organisation|Fund|Inc|Ltd|Corp|Tbk)$/;
/** Prepositions of place: a name right after one is where something is (not `ke`, `dari`, `from`: `disampaikan ke Sjahril`). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'di']);
/** Short English portfolio words and the names ministries are listed under (`Foreign Ministry` → `Ministry of Foreign Affairs`). */
const MINISTRY_PORTFOLIOS: Record<string, string[]> = {
  Foreign: ['Foreign Affairs'], Home: ['Home Affairs'], Interior: ['Home Affairs'], Religious: ['Religious Affairs'], Social: ['Social Affairs'],
  Defence: ['Defense'], Defense: ['Defence'], Transport: ['Transportation'], Energy: ['Energy and Mineral Resources'], Fisheries: ['Marine Affairs and Fisheries'],
  Maritime: ['Marine Affairs and Fisheries'], Labour: ['Manpower'], Labor: ['Manpower'],
};

/** English nouns of settlements and regions before `of` and a name (`the Philippine town of Bamban`). */
const PLACE_OF_EN = /^(town|city|village|province|region|district|municipality|state|island|port|county|prefecture|governorate|oblast|enclave)$/;
/** Function words: never part of a name (capitalized only at a sentence's start). */
const CLOSED_WORDS = new Set([...FUNCTION_WORDS_ID, ...FUNCTION_WORDS_EN]);
/** Indonesian administrative nouns that open a place's name. */
const ADMIN_HEADS_ID = new Set(['Desa', 'Kecamatan', 'Kelurahan', 'Distrik', 'Dusun', 'Kampung', 'Nagari', 'Gampong', 'Kabupaten', 'Provinsi']);
/** English heads of region names (`Borno State`, `Kherson Oblast`, `Arauca Department`). */
const REGION_HEADS_EN = new Set(['State', 'Province', 'Region', 'Oblast', 'Governorate', 'County', 'Prefecture', 'Department', 'Territory']);

/** A party's boards: Dewan Pimpinan Pusat, Daerah, Wilayah, Cabang. */
const BOARDS = /^(DPP|DPD|DPW|DPC)$/;

/** A party of another country than Indonesia that no mention of the document places in its country. */
function foreignParty(gaz: Gazetteer, entity: number, raw: RawMention[]): boolean {
  const e = gaz.entities[entity]!;
  if (e.kind !== 'party' || !e.country || e.country === 'IDN') return false;
  return !raw.some((r) => r.hits.some((h) => { const x = gaz.entities[h.entity]!; return x.id === e.country || (x.country === e.country && x !== e); }));
}

/** `berinisial` (or `inisial`, `initials`) before token i, past a list of other initials (`RI, AB dan AS`). */
function initialsBefore(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    const t = tokens[k]!;
    if (/^(berinisial|inisial|initials|initial|berinisal)$/.test(t.norm)) return true;
    if (!(/^[A-Z]{1,4}$/.test(t.text) || t.text === ',' || /^(dan|serta|and)$/.test(t.norm))) return false;
  }
  return false;
}

/**
 * Known names that are no mentions here: a police or military rank before a name (`Kasat Reskrim
 * Polres Bogor, AKP Ahmad Fauzi`: the rank, not Turkey's AKP, in Indonesian sentences); the country
 * of a currency (`dolar AS`, `dolar Singapura`: IDNer tags no name there); one country's body named
 * before another country (`Timnas Israel`: no Indonesian team); a party's board before the party
 * (`DPP Partai Gerindra`); a neighbourhood unit (`RT 03/RW 05`); a person's initials (`berinisial AS`,
 * not the United States). And a short form in parentheses
 * right after an organization's full name is relinked to that organization.
 */
function dropNonMentions(raw: RawMention[], tokens: Token[], sentences: Sentence[], gaz: Gazetteer): RawMention[] {
  const cues = nerLexicon().cueBits;
  let out: RawMention[] | undefined;
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k]!;
    const next = tokens[m.tokenEnd];
    const rank = m.tokenEnd - m.tokenStart === 1 && !m.part && ((cues.get(tokens[m.tokenStart]!.norm) ?? 0) & CUE_RANK) !== 0
      && next !== undefined && next.kind === 'word' && upperStart(next.text) && sentences[m.sentence]?.language === 'id';
    // (a country naming a currency is no party: `dolar Singapura`, `500,000 Swiss francs`, `Australian dollars`)
    const currency = !m.part && ((m.tokenStart > 0 && /^(dolar|dollar)$/.test(tokens[m.tokenStart - 1]!.norm))
      || (CURRENCY_NAME.test(tokens[m.tokenEnd]?.norm ?? '') && m.tokenStart > 0 && (tokens[m.tokenStart - 1]!.kind === 'number' || /^(million|billion|juta|miliar|triliun|thousand|ribu|in|of|dalam)$/.test(tokens[m.tokenStart - 1]!.norm))
        && m.hits.every((h) => gaz.entities[h.entity]!.type === 'COUNTRY')));
    // a one-word name of one country's body before another country's name is that country's own
    // (`Timnas Israel U-20` is no Indonesian national team; nor is `Angkatan Darat Pakistan` the
    // Indonesian Army: a generic name of up to three words alike)
    let other = false;
    const nextM = raw[k + 1];
    if (!m.part && m.tokenEnd - m.tokenStart <= 3 && nextM && !nextM.part && nextM.tokenStart === m.tokenEnd && m.hits.length === 1) {
      const e = gaz.entities[m.hits[0]!.entity]!;
      const c = gaz.entities[nextM.hits[0]!.entity]!;
      // (a longer name only of an armed branch: the tagger reads `Kementerian Pertahanan Amerika
      // Serikat` as one body of its own, which it is)
      other = e.type === 'ORGANIZATION' && e.country !== undefined && c.type === 'COUNTRY' && c.id !== e.country && (m.tokenEnd - m.tokenStart === 1 || e.kind === 'military');
    }
    // a party's board before the party (`DPP Partai Gerindra`, `DPD Golkar`: Dewan Pimpinan Pusat,
    // Daerah, Wilayah, Cabang) is the party's, no body of its own (IDNer tags the party alone)
    // (alone in an Indonesian sentence it is the board of a party named elsewhere, not a foreign party
    // of the same letters, Taiwan's DPP, unless the document names that party's country)
    const board = !m.part && m.tokenEnd - m.tokenStart === 1 && BOARDS.test(tokens[m.tokenStart]!.text)
      && (nextM !== undefined && !nextM.part && nextM.tokenStart === m.tokenEnd && nextM.hits.some((h) => gaz.entities[h.entity]!.kind === 'party')
        || (sentences[m.sentence]?.language === 'id' && m.hits.every((h) => foreignParty(gaz, h.entity, raw))));
    // a neighbourhood unit (`warga RT 03/RW 05`, `Ketua RT`: rukun tetangga, rukun warga) is no name
    // (not Russia's RT)
    const unit = !m.part && m.tokenEnd - m.tokenStart === 1 && /^(RT|RW)$/.test(tokens[m.tokenStart]!.text) && sentences[m.sentence]?.language === 'id'
      && (next?.kind === 'number' || /^(ketua|pengurus|warga|tingkat|lingkungan|setiap|tiap|pak|bu)$/.test(tokens[m.tokenStart - 1]?.norm ?? ''));
    // a person's initials (`tersangka berinisial AS`, `berinisial RI dan AS`) are no country or body
    const initials = !m.part && m.tokenEnd - m.tokenStart === 1 && /^[A-Z]{2,4}$/.test(tokens[m.tokenStart]!.text) && initialsBefore(tokens, m.tokenStart, sentences[m.sentence]?.tokenStart ?? 0);
    if (rank || currency || other || board || unit || initials) {
      out ??= raw.slice(0, k);
      continue;
    }
    // a short form in parentheses right after an organization's full name is that name's, whatever
    // else the data knows by those letters: `Australian Federal Police (AFP)` (not the news agency),
    // `Partai Bulan Bintang (PBB)` (not the United Nations)
    const prevM = k > 0 ? raw[k - 1] : undefined;
    if (prevM && !m.part && !prevM.part && m.tokenEnd - m.tokenStart === 1 && prevM.tokenEnd - prevM.tokenStart >= 2
      && tokens[m.tokenStart - 1]?.text === '(' && prevM.tokenEnd === m.tokenStart - 1 && tokens[m.tokenEnd]?.text === ')'
      && /^[A-Z][A-Za-z]{1,6}$/.test(tokens[m.tokenStart]!.text)
      && prevM.hits.length === 1 && gaz.entities[prevM.hits[0]!.entity]!.type === 'ORGANIZATION'
      && m.hits.some((h) => h.entity !== prevM.hits[0]!.entity)) {
      out ??= raw.slice(0, k);
      out.push({ ...m, hits: [{ ...m.hits[0]!, entity: prevM.hits[0]!.entity }] });
      continue;
    }
    // `52 PMI`, `para PMI asal NTT`, `PMI ilegal`: Pekerja Migran Indonesia, Indonesia's citizens (as
    // `WNI` is), not the Red Cross of the same letters
    if (!m.part && m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart]!.text === 'PMI' && migrantWorkers(tokens, m.tokenStart)) {
      const idn = gaz.entityNamed('Indonesia');
      if (idn !== undefined) {
        out ??= raw.slice(0, k);
        out.push({ ...m, hits: [{ entity: idn, flags: 0 }] });
        continue;
      }
    }
    out?.push(m);
  }
  return out ?? raw;
}

/** Words before `PMI` that count or gather people (`52 PMI`, `ratusan PMI`, `para PMI`). */
const PEOPLE_COUNT = /^(para|sejumlah|puluhan|ratusan|ribuan|belasan|beberapa|seorang|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|banyak|korban|calon|perlindungan|pemulangan|penempatan|pengiriman|deportasi)$/;
/** Words after `PMI` that describe people (`PMI ilegal`, `PMI asal NTT`, `PMI nonprosedural`). */
const PEOPLE_AFTER = /^(ilegal|asal|nonprosedural|non-prosedural|unprosedural|yang|di|korban|bermasalah)$/;

/** Token i (`PMI`) names migrant workers, by the words around it. */
function migrantWorkers(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && (before.kind === 'number' || PEOPLE_COUNT.test(before.norm))) return true;
  return PEOPLE_AFTER.test(tokens[i + 1]?.norm ?? '');
}

/** `, the capital of …`, `, a town in …`, `, ibu kota Sudan`: an appositive that makes the name before the comma a place. */
function placeAppositive(tokens: Token[], i: number, end: number): boolean {
  const k = placeAppositiveAt(tokens, i, end);
  return k >= 0 && (/^(of|in|di|near|dekat)$/.test(tokens[k]!.norm) || (tokens[k - 1]!.norm === 'kota' && upperStart(tokens[k]!.text)));
}

/** A place candidate of the sentence starting at token i (a helper: see events.ts on closures in loops). */
function placeCandidateAt(cands: Candidate[], sentence: number, i: number): boolean {
  for (const c of cands) if (c.sentence === sentence && c.tokenStart === i && c.type === 'LOC') return true;
  return false;
}

/** Last words of a company's name (`… Construction Corporation`, `… Airlines`). */
const COMPANY_LAST = /^(Corporation|Corp\.?|Company|Co\.?|Airlines|Airways|Bank|Group|Holdings|Railway|Railways|Motors|Motor|Electronics|Steel|Energy|Petroleum|Oil|Gas|Telecom|Shipbuilding|Industries|Limited|Ltd\.?|Inc\.?|Construction|Engineering|Power|Mining|Resources|Chemical|Chemicals)$/;
/** Nouns of a kind of body before a company's country of origin (`perusahaan China X`, `the Chinese firm`). */
const BODY_KIND_BEFORE = /^(perusahaan|bumn|raksasa|konglomerat|grup|pabrikan|produsen|maskapai|bank|firma|kontraktor|investor|emiten|startup|company|firm|contractor|giant|maker|carrier|lender|state)$/;

/**
 * `conll`: tag every region to give the CoNLL view (tagTokens). Without it (extract), a region
 * that is exactly one gazetteer name is not tagged: the name is taken either way.
 */
export function recognize(text: string, tokens: Token[], sentences: Sentence[], gaz: Gazetteer, model: NerModel, date: string | undefined, conll = false): NerResult {
  const raw = dropNonMentions(gaz.match(tokens, sentences), tokens, sentences, gaz);
  const linked = linkMentions(gaz, raw, tokens, date, sentences);
  administrations(linked, tokens, sentences, gaz);
  const bits = gazBits(tokens.length, raw, gaz);
  // gazetteer mentions by first token (non-part)
  const byStart = new Map<number, LinkedMention>();
  for (let k = 0; k < linked.length; k++) if (!linked[k]!.part) byStart.set(linked[k]!.tokenStart, linked[k]!);
  // where the known organizations (their start by end), countries and people end
  const orgByEnd = new Map<number, number>();
  // (a country's entity by the token its name ends at)
  const countryByEnd = new Map<number, number>();
  const personByEnd = new Set<number>();
  for (const g of linked) {
    if (g.part) continue;
    const type = gaz.entities[g.entity]!.type;
    if (type === 'ORGANIZATION' && !orgByEnd.has(g.tokenEnd)) orgByEnd.set(g.tokenEnd, g.tokenStart);
    else if (type === 'COUNTRY' && !g.demonym) countryByEnd.set(g.tokenEnd, g.entity);
    else if (type === 'PERSON') personByEnd.add(g.tokenEnd);
  }
  const orgStart = (i: number) => orgByEnd.get(i) ?? -1;
  const countryEndingAt = (b: number) => countryByEnd.has(b);
  const knownPersonEndingAt = (b: number) => personByEnd.has(b);
  const knownPersonAt = (i: number) => {
    const g = byStart.get(i);
    return g !== undefined && gaz.entities[g.entity]!.type === 'PERSON';
  };
  const orgInside = (a: number, b: number) => {
    for (let i = a + 1; i <= b; i++) { const st = orgByEnd.get(i); if (st !== undefined && st >= a) return true; }
    return false;
  };

  // compromise reads English documents; English quotes, titles and line-ups inside an Indonesian
  // article are left to the tagger and the gazetteer (compromise costs ~80 µs a word), and it runs
  // only on sentences with a capitalized word nothing else explains
  let enWords = 0;
  for (const s of sentences) if (s.language === 'en') enWords += s.tokenEnd - s.tokenStart;
  const englishDocument = 2 * enWords >= tokens.length;
  const cands: Candidate[] = [];
  const spans: NerResult['spans'] = [];
  // (the rules' questions about known names, made once per document, not per sentence)
  const skip = conll ? undefined : (a: number, b: number) => byStart.get(a)?.tokenEnd === b;
  const known = (a: number, b: number) => byStart.get(a)?.tokenEnd === b;
  const placeEnd = (i: number) => {
    const g = byStart.get(i);
    const e = g ? gaz.entities[g.entity]! : undefined;
    return g && e && (e.type === 'LOCATION' || e.type === 'COUNTRY') && !g.demonym ? g.tokenEnd : -1;
  };
  // an Indonesian province, regency or city (not a country: `Kementerian Luar Negeri Rusia` is Russia's)
  const regionEnd = (i: number) => {
    const g = byStart.get(i);
    const e = g ? gaz.entities[g.entity]! : undefined;
    return g && e && e.type === 'LOCATION' && e.country === 'IDN' && REGION_KINDS.has(e.kind ?? '') ? g.tokenEnd : -1;
  };
  const knownStart = (i: number) => byStart.has(i);
  // where a known organization or place (no country) ending at token i starts, else -1
  const knownPlaceOrOrgBefore = (i: number) => {
    for (let k = firstLinkedFrom(linked, 0, i - gaz.longestAlias); k < linked.length && linked[k]!.tokenStart < i; k++) {
      const g = linked[k]!;
      const type = gaz.entities[g.entity]!.type;
      if (!g.part && g.tokenEnd === i && (type === 'ORGANIZATION' || type === 'LOCATION')) return g.tokenStart;
    }
    return -1;
  };
  const knownOrgStart = (i: number) => { const g = byStart.get(i); return g !== undefined && gaz.entities[g.entity]!.type === 'ORGANIZATION'; };
  // (after `PT`, a known body that is no business is a company's acronym colliding with it: `PT PBB`,
  // Persib's company, is not the United Nations)
  const knownFirmStart = (i: number) => {
    const g = byStart.get(i);
    const e = g ? gaz.entities[g.entity]! : undefined;
    return e !== undefined && e.type === 'ORGANIZATION' && !PUBLIC_BODY_KINDS.has(e.kind ?? '');
  };
  // a known person or organization inside [a, b) or crossing its edges
  // (linked is in text order and no mention is longer than the longest alias: only the mentions that
  // can reach [a, b) are looked at, not all of the document's)
  const knownAgentIn = (a: number, b: number) => {
    for (let k = firstLinkedFrom(linked, 0, a - gaz.longestAlias); k < linked.length && linked[k]!.tokenStart < b; k++) {
      const g = linked[k]!;
      if (g.part || g.tokenEnd <= a) continue;
      const type = gaz.entities[g.entity]!.type;
      if (type === 'PERSON' || type === 'ORGANIZATION') return true;
    }
    return false;
  };
  const placeAt = (i: number) => placeEnd(i) >= 0;
  const knownAcross = (i: number) => {
    for (let k = firstLinkedFrom(linked, 0, i - gaz.longestAlias); k < linked.length && linked[k]!.tokenStart < i; k++) if (!linked[k]!.part && linked[k]!.tokenEnd > i) return true;
    return false;
  };
  // tokens inside a known name, marked the first time a sentence may be in title case
  let named: Uint8Array | undefined;
  const inKnownName = (i: number) => {
    if (!named) {
      named = new Uint8Array(tokens.length);
      for (const g of linked) if (!g.part) named.fill(1, g.tokenStart, g.tokenEnd);
    }
    return named[i] === 1;
  };
  let li = 0;
  for (const s of sentences) {
    if (s.zone === 'editorCode') continue;
    const titleCase = s.zone === 'headline' || isTitleCase(tokens, s.tokenStart, s.tokenEnd, inKnownName);
    let tagged: TaggedSpan[] = titleCase ? [] : joinOrgPlace(tokens, agreeInLists(tokens, expandAcronyms(
      tokens,
      givenNameBefore(tokens, nameParticles(tokens, joinNameSyllables(tokens, cutTitles(tokens, joinAcronyms(tokens, tagSentence(model, tokens, s.tokenStart, s.tokenEnd, bits, s.language === 'en' ? 1 : 0, skip), conll), s.tokenEnd, conll), s.tokenEnd), s.tokenEnd, knownStart, !conll), s.tokenStart, knownStart),
      s.tokenStart, s.tokenEnd, known,
    ), known), placeEnd, known);
    if (!titleCase && s.language === 'id') tagged = balineseNames(tokens, tagged, s.tokenStart, knownStart);
    if (!titleCase && s.language === 'id') tagged = butonNames(tokens, tagged, s.tokenStart);
    if (!titleCase && !conll) tagged = initialNames(tokens, tagged, s.tokenStart, s.tokenEnd, knownStart);
    if (!titleCase) {
      tagged = facilityNames(tokens, tagged, s.tokenStart, s.tokenEnd, placeAt);
      tagged = regionalOffices(tokens, tagged, s.tokenStart, s.tokenEnd, orgStart, placeEnd, regionEnd, known);
      tagged = titledOrganizations(tokens, tagged, s.tokenStart, s.tokenEnd, known, orgInside, countryEndingAt, knownPersonAt, knownPersonEndingAt);
      if (s.language === 'en' && !conll) tagged = englishOrgHeads(tokens, tagged, s.tokenStart, s.tokenEnd, known, knownAgentIn);
      if (s.language === 'en' && !conll) tagged = possessedAcronyms(tokens, tagged, s.tokenStart, s.tokenEnd, countryEndingAt, knownStart);
      if (!conll) tagged = companyNames(tokens, tagged, s.tokenStart, s.tokenEnd, known, knownPersonAt, knownFirmStart);
      if (!conll) tagged = subsidiaryNames(tokens, tagged, s.tokenStart, s.tokenEnd, knownPlaceOrOrgBefore, knownStart);
      if (!conll && s.language === 'id') tagged = associationNames(tokens, tagged, s.tokenStart, s.tokenEnd, known, knownPersonAt, knownOrgStart, knownAcross);
      if (s.language === 'id') tagged = englishOfNames(tokens, tagged, s.tokenStart, s.tokenEnd, known);
    }
    // a dateline's unknown town before its country or region is a place, whatever the tagger read in
    // its capitals (`CELAYA, Mexico (AP) -`, `MBINGA, Tanzania (Reuters) -`)
    // (not an outlet's web address: `JUARA.NET, KUALA LUMPUR -`)
    let datelineTown = -1;
    if (s.zone === 'dateline' && !conll && !byStart.has(s.tokenStart)) {
      let e = s.tokenStart;
      while (e < s.tokenEnd && e - s.tokenStart < 3 && tokens[e]!.kind === 'word' && upperStart(tokens[e]!.text) && !tokens[e]!.text.includes('.')) e++;
      if (e > s.tokenStart && tokens[e]?.text === ',' && placeAt(e + 1)) {
        tagged = [{ start: s.tokenStart, end: e, type: 'LOC' }, ...tagged.filter((t) => t.start >= e)];
        datelineTown = s.tokenStart;
      }
    }
    const covered = new Uint8Array(s.tokenEnd - s.tokenStart);
    markCompetitions(tokens, s.tokenStart, s.tokenEnd, covered);
    if (s.language === 'id') markLawTitles(tokens, s.tokenStart, s.tokenEnd, covered);
    while (li < linked.length && linked[li]!.sentence < s.index) li++;
    // (the end of the last tagged span taken in this sentence)
    let takenEnd = -1;
    for (let ti = 0; ti < tagged.length; ti++) {
      const t = tagged[ti]!;
      // (inside a competition's name: `Piala [Asia]`, `[World Cup]`)
      // (a name the tagger ran into a law's title: `RUU Minol [Ihsan Yunus]`; a person of three words or
      // more that opens inside one is the title's last word and the person: `RUU [Sisdiknas] Hetifah Sjaifudian`)
      if (covered[t.start - s.tokenStart] === 3 && t.type === 'PER' && t.end - t.start >= 3 && covered[t.start + 1 - s.tokenStart] === 3) {
        t.start++;
        for (let k = t.start; k < t.end; k++) covered[k - s.tokenStart] = 0;
      }
      if (covered[t.start - s.tokenStart] === 2 || covered[t.end - 1 - s.tokenStart] === 2 || covered[t.end - 1 - s.tokenStart] === 3) continue;
      if (covered[t.start - s.tokenStart] === 3) {
        while (covered[t.start - s.tokenStart] === 3) t.start++;
        if (!byStart.has(t.start) && !upperStart(tokens[t.start]!.text)) continue;
      }
      // an unknown name right after a preposition of place is a place (`in Lower Shabelle`, `di
      // Sagaing`): the tagger, reading capitals, took it for a person
      if (t.type === 'PER' && t.start > s.tokenStart && LOCATIVE.has(tokens[t.start - 1]!.norm) && !byStart.has(t.start)) t.type = 'LOC';
      // (and one after `the … town of`, `the city of`: `the Philippine town of Bamban`)
      if (t.type !== 'LOC' && s.language === 'en' && t.start - 2 > s.tokenStart && tokens[t.start - 1]!.norm === 'of' && PLACE_OF_EN.test(tokens[t.start - 2]!.text) && !byStart.has(t.start)) t.type = 'LOC';
      // an English article inside an Indonesian sentence opens the name (`rombongan The Jakmania`,
      // `Sumber: The Verge`): Indonesian has no `The` of its own
      if (s.language === 'id' && t.start - 1 > s.tokenStart && tokens[t.start - 1]!.text === 'The' && !byStart.has(t.start)) t.start--;
      // (a work named after its kind is no one: `serial dokumenter HBO terbaru The Defiant Ones`, `film The Last Jedi`)
      if (s.language === 'id' && tokens[t.start]!.text === 'The' && workBefore(tokens, t.start, s.tokenStart)) { covered.fill(1, t.start - s.tokenStart, t.end - s.tokenStart); continue; }
      // (and after a word of passing through, before `, <known place>`: `melalui Mae Sot, Thailand`)
      if (t.type === 'PER' && t.start > s.tokenStart && /^(melalui|via|lewat|through|transit)$/.test(tokens[t.start - 1]!.norm) && tokens[t.end]?.text === ',' && placeAt(t.end + 1) && !byStart.has(t.start)) t.type = 'LOC';
      // an unknown name a report is quoted from is a publication (`seperti dikutip dari Marca`,
      // `dilansir dari Xinhua`, `Sumber: The Verge`), and so is a one-word outlet named `…news`
      // (`Rimanews -` opening the article, `kata X kepada Rimanews`)
      if (t.type !== 'ORG' && !byStart.has(t.start) && (quotedSource(tokens, t.start, s.tokenStart) || (t.end - t.start === 1 && NEWS_OUTLET.test(tokens[t.start]!.text)))) t.type = 'ORG';
      // an unknown name right after a person's lower-case title is a person (`Foreign Ministry spokesman
      // Rolliansyah Soemirat condemned …`: the tagger read the sentence's verbs and took it for a body)
      if (t.type === 'ORG' && s.language === 'en' && t.start > s.tokenStart && PERSON_TITLES_EN.test(tokens[t.start - 1]!.text) && !byStart.has(t.start) && !ORG_WORDS_EN.test(text.slice(tokens[t.start]!.start, tokens[t.end - 1]!.end))) t.type = 'PER';
      // and one right after a lower-case noun of companies is a company (`telecoms group Viettel`,
      // `state miner Antam`, `the carmaker VinFast`)
      if (t.type === 'PER' && s.language === 'en' && t.start > s.tokenStart && COMPANY_NOUNS_EN.test(tokens[t.start - 1]!.text) && !byStart.has(t.start)) t.type = 'ORG';
      // an unknown "person" ending in an English head noun of organizations is one, in either
      // language (`Direktur Eksekutif Lokataru Foundation, X`, `peneliti Setara Institute`)
      if (t.type === 'PER' && t.end - t.start >= 2 && ORG_LAST_WORDS_EN.test(tokens[t.end - 1]!.text) && !byStart.has(t.start)) t.type = 'ORG';
      // an award's category is no name (`Aktris Terburuk`, `Penata Busana Terbaik`, `Film Terfavorit`)
      if (t.end - t.start >= 2 && /^(terbaik|terburuk|terfavorit|favorit|terpopuler)$/.test(tokens[t.end - 1]!.norm) && !byStart.has(t.start)) { covered.fill(1, t.start - s.tokenStart, t.end - s.tokenStart); continue; }
      // (and an unknown name between such a preposition and `, <known place>` is a place: `in Ryazan, Russia`)
      if (t.type === 'ORG' && t.end - t.start === 1 && t.start > s.tokenStart && LOCATIVE.has(tokens[t.start - 1]!.norm) && !byStart.has(t.start) && tokens[t.end]?.text === ',' && placeAt(t.end + 1)) t.type = 'LOC';
      // an Indonesian name opened by an administrative noun is a place (`Desa Sukaresmi`, `Kecamatan
      // Cisarua`), whatever the tagger read in its capitals
      if (t.type !== 'LOC' && t.end - t.start >= 2 && ADMIN_HEADS_ID.has(tokens[t.start]!.text) && !byStart.has(t.start)) t.type = 'LOC';
      // an unknown English name ending in a noun of regions is a place (`Borno State`, `Kherson Oblast`)
      if (t.type === 'PER' && s.language === 'en' && t.end - t.start >= 2 && REGION_HEADS_EN.has(tokens[t.end - 1]!.text) && !byStart.has(t.start)) t.type = 'LOC';
      // a place the tagger read, a known place then a capitalized plural, is a team (`Indiana Pacers`,
      // `Boston Celtics`): no place (not a person the tagger read: `Darwin Sitorus`)
      if (t.type === 'LOC' && t.end - t.start >= 2 && TEAM_PLURAL.test(tokens[t.end - 1]!.text) && !PLACE_PLURALS.test(tokens[t.end - 1]!.text) && placeAt(t.start)) t.type = 'ORG';
      // one ordinary Indonesian word warta knows no place or body by is no place or body (`di Laut, 74 km
      // …`, `dari Kementerian`, `Biro Hukum Kemnaker`): the tagger read its capital (a person's name is
      // often an ordinary word too, `Unggul`, `Utama`: persons stay; so do a word that is an alias,
      // `Demokrat`, one that opens a country's name, `di Korea`, a town before its region, `di Mulia,
      // Kabupaten Puncak Jaya`, and the tail of a known name the tagger cut, `[World] Bank President`)
      if (t.type !== 'PER' && t.end - t.start === 1 && !byStart.has(t.start) && !isOwnSpan(t) && commonWords().has(tokens[t.start]!.norm) && tokens[t.start]!.text !== tokens[t.start]!.text.toUpperCase() && !gaz.hasAlias(tokens[t.start]!.norm) && !gaz.opensCountryAlias(tokens[t.start]!.norm) && !(tokens[t.end]?.text === ',' && placeAt(t.end + 1)) && !knownAcross(t.start)) { covered.fill(1, t.start - s.tokenStart, t.end - s.tokenStart); continue; }
      // `Juned alias Ucok`: the name after `alias` is the person's other name, the one before it the
      // person's (the tagger, not knowing `Juned`, took only the alias)
      if (t.type === 'PER' && t.start - 2 >= s.tokenStart && tokens[t.start - 1]!.norm === 'alias') {
        const prev = tagged[ti - 1];
        if (prev && prev.type === 'PER' && prev.end === t.start - 1) {
          // (a one-word nickname after a name the tagger found is dropped; a full name after it stays a
          // mention of its own, which later mentions of a part of it find: `Naoko Nemoto alias Ratna Sari Dewi`)
          if (t.end - t.start === 1) { covered.fill(1, t.start - s.tokenStart, t.end - s.tokenStart); continue; }
        } else {
          // (the capitalized words right before `alias`, no span's, become the person's span)
          let a = t.start - 1;
          while (a - 1 >= s.tokenStart && t.start - 1 - a < 4 && tokens[a - 1]!.kind === 'word' && upperStart(tokens[a - 1]!.text) && !covered[a - 1 - s.tokenStart] && !byStart.has(a - 1)) a--;
          if (a < t.start - 1 && !(prev && prev.end > a)) { covered.fill(1, t.start - 1 - s.tokenStart, t.end - s.tokenStart); t.end = t.start - 1; t.start = a; }
        }
      }
      // a word written in the style of a product (`iTunes`, `iPhone`, `eKTP`) is no place or person
      if (t.type !== 'ORG' && t.end - t.start === 1 && /^[a-z]{1,2}[A-Z]/.test(tokens[t.start]!.text) && !byStart.has(t.start)) { covered.fill(1, t.start - s.tokenStart, t.end - s.tokenStart); continue; }
      // an English name opens with no lower-case common noun the tagger ran over (`Chinese tuna [company
      // Dalian Ocean Fishing]`): particles stay (`de`, `van`, `al`, `bin`)
      while (s.language === 'en' && t.end - t.start >= 2 && tokens[t.start]!.kind === 'word' && /^[a-z]{3,}$/.test(tokens[t.start]!.text) && !NAME_PARTICLES_EN.has(tokens[t.start]!.text) && !byStart.has(t.start)) t.start++;
      // (nor an Indonesian one with a lower-case noun of a kind of body: `dengan [perusahaan] Prancis Naval Group`)
      if (s.language === 'id' && t.end - t.start >= 2 && /^(perusahaan|maskapai|klub|raksasa|grup|produsen|emiten|pabrikan|startup|operator|konglomerat)$/.test(tokens[t.start]!.text) && upperStart(tokens[t.start + 1]!.text)) t.start++;
      // nor with a noun of nationality (`appointed [Englishman] John Herdman`, `the Dutchman Patrick Kluivert`)
      while (t.end - t.start >= 2 && DEMONYM_NOUNS.test(tokens[t.start]!.norm) && !byStart.has(t.start)) t.start++;
      // `Wali Kota [Bandung]`: the `Kota` belongs to the title (see gazetteer/link.ts)
      if (t.end - t.start >= 2 && kotaOfWaliKota(tokens, t.start, s.tokenStart)) t.start++;
      // `kawasan Cawang`: a lower-case area noun is no part of the place's name (CoNLL keeps the span)
      if (!conll && t.end - t.start >= 2 && /^(kawasan|wilayah|daerah|kota|desa|kampung|pulau)$/.test(tokens[t.start]!.text)) t.start++;
      // the tagger saw only the tail of a known name (`Komisi V [DPR]`, `Komisi V [DPR Lasarus]`: a
      // roman numeral breaks its capitalized run): the span takes the whole known name
      const ownSpan = isOwnSpan(t);
      if (!conll && !ownSpan) growToKnownName(t, linked, li, s.index, gaz);
      // (two pieces of one known name grow into the same name: `[United Nations Office] for the
      // [Coordination of Humanitarian Affairs]`: the second is already taken; a span grown over the one
      // before, `[Go-Jek] [Bandung]` → `Go-Jek Bandung`, is no second name either)
      if (t.start < takenEnd) continue;
      if (t.end - t.start === 1 && (isCalendarWord(tokens[t.start]!.norm) || isAttributiveCompound(tokens[t.start]!) || isCodeLetter(tokens, t.start))) continue;
      if (isNotName(tokens, t.start, t.end) || isTitleOnly(tokens, t.start, t.end) || rankOnly(tokens, t.start, t.end)) continue;
      // `Pemerintah` alone before a region warta knows (`kepada Pemerintah Kabupaten Flores Timur`): the
      // region's government, which the region's own name stands for
      if (t.end - t.start === 1 && /^(pemerintah|pemerintahan)$/.test(tokens[t.start]!.norm) && !byStart.has(t.start) && (placeAt(t.end) || placeAt(t.end + 1))) continue;
      if (t.end - t.start === 1 && s.language === 'id' && !byStart.has(t.start) && isCapitalizedOpener(tokens, t.start, s.tokenStart)) continue;
      // a work's title in quotes is no name (`bukunya berjudul 'White Hart Lane – The Spurs Glory Years'`,
      // `lagu bertajuk "Bintang di Surga"`, `a film titled "…"`)
      // (its words are explained: no later rule takes them for a name either)
      if (insideQuotedTitle(tokens, t.start, s.tokenStart)) { covered.fill(1, t.start - s.tokenStart, t.end - s.tokenStart); continue; }
      if (t.end - t.start === 1 && s.language === 'en' && isDemonymWord(tokens[t.start]!)) continue;
      // an English demonym and the title after it (`[German Foreign] Minister Annalena Baerbock`,
      // `[Chinese Premier] Li Qiang`): the country and a title, no name (the gazetteer gives the country)
      if (s.language === 'en' && t.end - t.start >= 2 && byStart.get(t.start)?.demonym && byStart.get(t.start)!.tokenEnd === t.start + 1 && isTitleOnly(tokens, t.start + 1, t.end)) continue;
      // (or the tagger took the demonym and the title with the name: `[Indian Commerce Minister Piyush Goyal]`)
      if (s.language === 'en' && t.type === 'PER' && t.end - t.start >= 3 && byStart.get(t.start)?.demonym && byStart.get(t.start)!.tokenEnd === t.start + 1) {
        const title = titleStartingAt(tokens, t.start + 1, t.end);
        if (title && title.end < t.end) t.start = title.end;
      }
      // `the Viv Ansanm gang`, `the Tren de Aragua cartel`: an unknown name the tagger took for a person,
      // between `the` and a lower-case noun of armed or political groups, is the group's name
      if (s.language === 'en' && t.type === 'PER' && !byStart.has(t.start) && tokens[t.start - 1]?.norm === 'the' && GROUP_NOUNS_EN.has(tokens[t.end]?.text ?? '')) t.type = 'ORG';
      // a country right before a company's name is the name's first word (`China Railway Construction
      // Corporation`, `Korea Electric Power Corporation`): the tagger, seeing a known country, began the
      // name after it; not a company's origin after a noun of a kind of body (`perusahaan China Sinohydro
      // Corporation`, `asal Jepang`)
      if (!conll && t.type === 'ORG' && countryEndingAt(t.start) && !byStart.has(t.start) && COMPANY_LAST.test(tokens[t.end - 1]!.text)) {
        let k = t.start - 1;
        while (k > t.start - 4 && k >= s.tokenStart && byStart.get(k)?.tokenEnd !== t.start) k--;
        const before = tokens[k - 1];
        if (k >= s.tokenStart && byStart.get(k)?.tokenEnd === t.start && !(before && (BODY_KIND_BEFORE.test(before.norm) || /^(asal|dari|from)$/.test(before.norm)))) {
          t.start = k;
          markOwnSpan(t);
        }
      }
      // an unknown word the tagger took for a place right after a person, with nothing between, is the
      // person's family name (`kata Wali Kota Kharkiv [Ihor] [Terekhov].`: the period before misled it)
      if (t.type === 'PER' && tagged[ti + 1]?.type === 'LOC' && tagged[ti + 1]!.start === t.end && tagged[ti + 1]!.end === t.end + 1 && !byStart.has(t.end) && !gaz.hasAlias(tokens[t.end]!.norm) && tokens[t.end]!.kind === 'word' && upperStart(tokens[t.end]!.text)) {
        t.end++;
        tagged.splice(ti + 1, 1);
      }
      // `menahan mantan Bupati [Kutai], Rita Widyasari`: an unknown name between a regional head's title
      // and a comma before the holder's name is the region the title names, not a person
      if (s.language === 'id' && t.type === 'PER' && !byStart.has(t.start) && tokens[t.end]?.text === ',' && ((tagged[ti + 1]?.type === 'PER' && tagged[ti + 1]!.start === t.end + 1) || knownPersonAt(t.end + 1)) && REGIONAL_ROLES.test(titleEndingAt(tokens, t.start, s.tokenStart)?.role ?? '')) t.type = 'LOC';
      // two known names, the second in parentheses, are two names (`DOHA, Qatar (AP) —`: the news
      // agency after the dateline's country), not a name and its short form
      if (t.end - t.start >= 4 && tokens[t.end - 1]!.text === ')' && tokens[t.end - 3]!.text === '(') {
        const a = byStart.get(t.start), b = byStart.get(t.end - 2);
        if (a && b && a.tokenEnd === t.end - 3 && b.tokenEnd === t.end - 1 && a.entity !== b.entity) t.end -= 3;
      }
      // a country after a name's short form in parentheses is whose it is, no word of the name
      // (`Corrupt Practices Investigation Bureau (CPIB) Singapura`)
      if (t.end - t.start >= 5 && tokens[t.start]!.text !== '(') {
        for (let k = t.end - 3; k < t.end; k++) {
          const g = byStart.get(k);
          if (g && g.tokenEnd === t.end && !g.demonym && gaz.entities[g.entity]!.type === 'COUNTRY' && tokens[k - 1]!.text === ')' && tokens[k - 3]?.text === '(') { t.end = k; break; }
        }
      }
      // the gazetteer mentions inside this span
      const inside: LinkedMention[] = [];
      for (let i = t.start; i < t.end; i++) {
        const g = byStart.get(i);
        if (g && g.tokenEnd <= t.end) inside.push(g);
      }
      // `Ketua [Komnas HAM Nurkholis]`: the known organization, then the person (tagged on its own)
      let split = inside.length && !ownSpan ? titledNameSplit(tokens, t, inside, gaz, s.tokenStart) : -1;
      // (a split at the span's end leaves the person to the tagger's span right after, if there is one)
      if (split === t.end && !(tagged[ti + 1]?.type === 'PER' && tagged[ti + 1]!.start === t.end)) split = -1;
      if (split >= 0) {
        // (the tagger's person right after is the rest of the name: `[Garuda Indonesia Wamildan] [Tsani Panjaitan]`)
        const rest = tagged[ti + 1];
        if (rest && rest.type === 'PER' && rest.start === t.end) tagged.splice(ti + 1, 1, { start: split, end: rest.end, type: 'PER' });
        else tagged.splice(ti + 1, 0, { start: split, end: t.end, type: 'PER' });
        continue; // the organization is taken from the gazetteer below
      }
      // a known name alone in parentheses (`Amerika Serikat (AS)`, the tagger's `( AS )` span): the
      // gazetteer's mention of it, with its own type, is taken below
      // (CoNLL output keeps the tagger's span: IDNer tags `(Jokowi)` as a name of its own)
      if (!conll && t.end - t.start === 3 && tokens[t.start]!.text === '(' && tokens[t.end - 1]!.text === ')' && inside.length === 1 && inside[0]!.tokenStart === t.start + 1 && inside[0]!.tokenEnd === t.end - 1) continue;
      let exact: LinkedMention | undefined;
      for (const g of inside) if (g.tokenStart === t.start && g.tokenEnd === t.end) { exact = g; break; }
      let entity: number | undefined;
      if (exact) entity = exact.entity;
      else if (inside.length && !ownSpan) {
        const verdict = judgeExtras(tokens, t, inside, gaz);
        if (verdict === 'gazetteer') {
          // `Otoritas Turki`: for extract, the known name alone is the entity; CoNLL keeps the span
          spans.push(t);
          continue;
        }
        if (verdict === 'link') entity = inside[0]!.entity; // `Partai Golkar`, `Mahkamah Konstitusi (MK)`
      }
      // `Indonesia's Manpower Ministry`: an English `X Ministry` after a country's possessive is that
      // country's `Ministry of X`, when warta knows it (no bare `X Ministry` alias: every state has one)
      if (entity === undefined && t.type === 'ORG' && s.language === 'en' && t.end - t.start >= 2 && tokens[t.end - 1]!.text === 'Ministry' && /^['’]s$/.test(tokens[t.start - 1]?.text ?? '')) {
        const c = countryByEnd.get(t.start - 1);
        if (c !== undefined) {
          const country = gaz.entities[c]!.name;
          const written = tokens.slice(t.start, t.end - 1).map((x) => x.text).join(' ');
          for (const words of [written, ...(MINISTRY_PORTFOLIOS[written] ?? [])]) {
            const e = gaz.entityNamed(`Ministry of ${words} of ${country}`) ?? gaz.entityNamed(`Ministry of ${words} (${country})`);
            if (e !== undefined) {
              if (gaz.entities[e]!.type === 'ORGANIZATION') entity = e;
              break;
            }
          }
        }
      }
      spans.push(t);
      takenEnd = t.end;
      for (let i = t.start; i < t.end; i++) covered[i - s.tokenStart] = 1;
      // a parenthesis the span closes or opens without its pair is no part of the name
      // (`Jakarta (ANTARA News) -`: the tagger took the `)`)
      let a = t.start;
      let b = t.end;
      let depth = 0;
      for (let i = a; i < b; i++) depth += tokens[i]!.text === '(' ? 1 : tokens[i]!.text === ')' ? -1 : 0;
      if (depth < 0 && b - a > 1 && tokens[b - 1]!.text === ')') b--;
      else if (depth > 0 && b - a > 1 && tokens[a]!.text === '(') a++;
      cands.push({
        start: tokens[a]!.start, end: tokens[b - 1]!.end, tokenStart: a, tokenEnd: b, sentence: s.index,
        type: t.type, entity, score: exact ? exact.score : 0.6, part: false, demonym: exact?.demonym ?? false, role: undefined,
        ...(a === datelineTown && entity === undefined ? { capitals: true } : {}),
      });
    }
    // gazetteer names the tagger did not take: compounds, captions, known names in odd contexts
    while (li < linked.length && linked[li]!.sentence < s.index) li++;
    for (let k = li; k < linked.length && linked[k]!.sentence === s.index; k++) {
      const g = linked[k]!;
      let free = true;
      for (let i = g.tokenStart; i < g.tokenEnd; i++) if (covered[i - s.tokenStart]) { free = false; break; }
      // a compound inside a tagged span (`Rusia-Turki` tagged as one LOC) still names both parts
      if (!free && !g.part) continue;
      const e = gaz.entities[g.entity]!;
      // in CoNLL terms (tagTokens) the tagger's word stands where it saw the name and said no;
      // the gazetteer speaks where the tagger did not look (title case) or is weak (English)
      // (an English demonym is no name in CoNLL terms: `German`, `British` are MISC there)
      // (and a known organization speaks everywhere: the tagger, trained on a few thousand sentences,
      // has never seen most bodies' acronyms, `WHO`, `Al-Qaeda`, while the gazetteer's organization
      // aliases are names and nothing else; place names are often an ordinary word or stand in a
      // name the tagger read, `warga Tiongkok`, and stay the tagger's call)
      if (!g.part && !g.demonym && (titleCase || s.language === 'en' || e.type === 'ORGANIZATION')) spans.push({ start: g.tokenStart, end: g.tokenEnd, type: CONLL[e.type] });
      cands.push({
        start: g.start, end: g.end, tokenStart: g.tokenStart, tokenEnd: g.tokenEnd, sentence: s.index, type: CONLL[e.type],
        entity: g.entity, score: g.score, part: g.part, demonym: g.demonym, role: undefined,
      });
      for (let i = g.tokenStart; i < g.tokenEnd; i++) covered[i - s.tokenStart] = 1;
    }
    // English: names compromise finds where nothing else did (the tagger learned Indonesian)
    if (englishDocument && s.language === 'en' && !titleCase && hasUnexplainedCapital(tokens, s.tokenStart, s.tokenEnd, covered)) {
      for (const c of englishNames(text, tokens, s.tokenStart, s.tokenEnd)) {
        // (compromise keeps a title with the name: `Premier Doug Ford`)
        if (c.type === 'PER') cutTitles(tokens, [c], s.tokenEnd, conll);
        let free = true;
        for (let i = c.start; i < c.end; i++) if (covered[i - s.tokenStart] || isDemonymWord(tokens[i]!)) free = false;
        if (!free || isNotName(tokens, c.start, c.end) || isTitleOnly(tokens, c.start, c.end) || (c.end - c.start === 1 && (isCalendarWord(tokens[c.start]!.norm) || isAttributiveCompound(tokens[c.start]!)))) continue;
        spans.push(c);
        for (let i = c.start; i < c.end; i++) covered[i - s.tokenStart] = 1;
        cands.push({
          start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end, tokenStart: c.start, tokenEnd: c.end, sentence: s.index,
          type: c.type, entity: undefined, score: 0.5, part: false, demonym: false, role: undefined,
        });
      }
    }
    // English: a title, then capitalized words nothing explains, is a person (`Opposition leader
    // Kizza Besigye`): names neither the tagger nor compromise knows
    if (s.language === 'en' && !titleCase && !conll) {
      for (const c of titledEnglishNames(tokens, s.tokenStart, s.tokenEnd, covered)) {
        for (let i = c.start; i < c.end; i++) covered[i - s.tokenStart] = 1;
        cands.push({
          start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end, tokenStart: c.start, tokenEnd: c.end, sentence: s.index,
          type: 'PER', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined,
        });
      }
    }
    // English: capitalized words nothing explains after `the city of`, `the town of` are the place
    // (`the South Korean city of Gyeongju`, `the northern town of Mirebalais`)
    if (s.language === 'en' && !titleCase && !conll) {
      for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
        if (covered[i - s.tokenStart] || tokens[i - 1]!.norm !== 'of' || !/^(city|town|village|port|district|province|region)$/.test(tokens[i - 2]!.norm)) continue;
        let e = i;
        while (e < s.tokenEnd && e - i < 3 && !covered[e - s.tokenStart] && tokens[e]!.kind === 'word' && /^[A-Z][a-z]/.test(tokens[e]!.text) && !isCalendarWord(tokens[e]!.norm)) e++;
        if (e === i || (e < s.tokenEnd && tokens[e]!.kind === 'word' && upperStart(tokens[e]!.text))) continue;
        for (let j = i; j < e; j++) covered[j - s.tokenStart] = 1;
        cands.push({
          start: tokens[i]!.start, end: tokens[e - 1]!.end, tokenStart: i, tokenEnd: e, sentence: s.index,
          type: 'LOC', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined,
        });
        i = e;
      }
    }
    // English: an acronym nothing explains right after a noun of bodies is the body's name
    // (`France's largest farmers' union FNSEA`, `the opposition party BNP`, `the rebel group CODECO`)
    if (s.language === 'en' && !titleCase && !conll) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        const t = tokens[i]!;
        const c0 = t.text.charCodeAt(0);
        if (c0 < 65 || c0 > 90 || covered[i - s.tokenStart] || t.kind !== 'word' || !/^[A-Z][A-Z0-9]{2,5}$/.test(t.text) || !BODY_NOUNS_BEFORE_ACRONYM.test(tokens[i - 1]!.norm)) continue;
        covered[i - s.tokenStart] = 1;
        cands.push({
          start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: s.index,
          type: 'ORG', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined,
        });
      }
    }
    // capitalized words nothing explains between a preposition of place and `, <known place>` are a
    // place (`in Ulsan, South Korea`, `di Maiduguri, Nigeria`): `<place>, <where it is>` is how news
    // locates a town the reader may not know
    // (only in a sentence with `, <place>`: a look at its few names, not at every token)
    let commaPlace = false;
    for (let k = li; k < linked.length && linked[k]!.sentence === s.index && !commaPlace; k++) commaPlace = tokens[linked[k]!.tokenStart - 1]?.text === ',' && placeAt(linked[k]!.tokenStart);
    for (let k = cands.length - 1; k >= 0 && cands[k]!.sentence === s.index && !commaPlace; k--) commaPlace = cands[k]!.type === 'LOC' && tokens[cands[k]!.tokenStart - 1]?.text === ',';
    // (or `, the capital of …`, `, a town in …`, `, sebuah desa di …`: the appositive says it is a place)
    for (let k = s.tokenStart; k < s.tokenEnd - 2 && !commaPlace; k++) commaPlace = tokens[k]!.text === ',' && placeAppositive(tokens, k + 1, s.tokenEnd);
    if (!titleCase && !conll && commaPlace) {
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        // (the cheap tests first: most tokens are lower-case)
        const c0 = tokens[i]!.text.charCodeAt(0);
        if (c0 < 65 || (c0 > 90 && c0 < 128) || covered[i - s.tokenStart] || tokens[i]!.kind !== 'word' || !upperStart(tokens[i]!.text) || !LOCATIVE.has(tokens[i - 1]!.norm)) continue;
        let e = i;
        while (e < s.tokenEnd && e - i < 3 && !covered[e - s.tokenStart] && tokens[e]!.kind === 'word' && upperStart(tokens[e]!.text) && !isCalendarWord(tokens[e]!.norm) && !CLOSED_WORDS.has(tokens[e]!.norm)) e++;
        if (e === i || tokens[e]?.text !== ',' || !(placeAt(e + 1) || placeCandidateAt(cands, s.index, e + 1) || placeAppositive(tokens, e + 1, s.tokenEnd)) || isNotName(tokens, i, e) || isTitleOnly(tokens, i, e)) continue;
        for (let j = i; j < e; j++) covered[j - s.tokenStart] = 1;
        cands.push({
          start: tokens[i]!.start, end: tokens[e - 1]!.end, tokenStart: i, tokenEnd: e, sentence: s.index,
          type: 'LOC', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined,
        });
        i = e;
      }
    }
    // Indonesian: a title and the place or body it names, then a capitalized word nothing explains,
    // is the holder's name (`Bupati Kudus Hartopo terjaring …`, `Kepala ITPC Jeddah Gunawan`)
    if (s.language === 'id' && !titleCase && !conll) {
      for (const c of titledHolderNames(tokens, s.tokenStart, s.tokenEnd, covered, cands)) {
        for (let i = c.start; i < c.end; i++) covered[i - s.tokenStart] = 1;
        cands.push({
          start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end, tokenStart: c.start, tokenEnd: c.end, sentence: s.index,
          type: 'PER', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined,
        });
      }
    }
  }
  for (const c of cands) if (c.type === 'PER') c.role = roleBefore(tokens, c.tokenStart, sentences[c.sentence]!.tokenStart);
  // a person named in full, later by one name alone where nothing tagged it (`… meminta Puigdemont`)
  if (!conll) {
    const covered = new Uint8Array(tokens.length);
    for (const c of cands) for (let i = c.tokenStart; i < c.tokenEnd; i++) covered[i] = 1;
    // from people the document surely names: known to the gazetteer, titled, or with a known given
    // or family name (a mis-tagged `Golden Globe` must not spread)
    const names = nerLexicon().names;
    const sure = (c: Candidate) => {
      if (c.entity !== undefined || c.role) return true;
      for (let i = c.tokenStart; i < c.tokenEnd; i++) if (names.has(tokens[i]!.norm)) return true;
      return false;
    };
    const people = cands.filter((c) => c.type === 'PER' && !c.part && c.tokenEnd - c.tokenStart >= 2 && sure(c));
    const others = cands.filter((c) => c.type !== 'PER');
    for (const e of nameEchoes(tokens, people, others, covered, sentences)) {
      cands.push({
        start: tokens[e.start]!.start, end: tokens[e.end - 1]!.end, tokenStart: e.start, tokenEnd: e.end, sentence: e.sentence,
        type: 'PER', entity: undefined, score: 0.5, part: false, demonym: false, role: roleBefore(tokens, e.start, sentences[e.sentence]!.tokenStart),
      });
    }
  }
  if (!conll) shortCommissions(tokens, sentences, cands);
  if (!conll) bareUnits(tokens, sentences, cands);
  cands.sort((a, b) => a.start - b.start || b.end - a.end);

  const { entities, mentions } = resolveDocument(text, tokens, cands, gaz, entityFromEntry);
  attachMentions(text, entities, mentions);
  return { entities, mentions, spans };
}

/**
 * The first index at or after `lo` of a linked mention starting at or after token `token` (linked is
 * in text order: found by halving).
 */
function firstLinkedFrom(linked: LinkedMention[], lo: number, token: number): number {
  let hi = linked.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (linked[mid]!.tokenStart < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A tagged span that starts or ends inside a known (gazetteer) name grows to cover all of it; a
 * span that then equals the name takes the name's type.
 */
function growToKnownName(t: TaggedSpan, linked: LinkedMention[], from: number, sentence: number, gaz: Gazetteer): void {
  // (only the mentions that can reach the span: a sentence of thousands of names stays linear)
  for (let k = firstLinkedFrom(linked, from, t.start - gaz.longestAlias); k < linked.length && linked[k]!.sentence === sentence && linked[k]!.tokenStart < t.end; k++) {
    const g = linked[k]!;
    if (g.part || g.tokenEnd <= t.start || g.tokenStart >= t.end) continue;
    const startsInside = g.tokenStart < t.start && g.tokenEnd > t.start;
    const endsInside = g.tokenEnd > t.end && g.tokenStart < t.end && g.tokenStart >= t.start;
    if (!startsInside && !endsInside) continue;
    t.start = Math.min(t.start, g.tokenStart);
    t.end = Math.max(t.end, g.tokenEnd);
    if (t.start === g.tokenStart && t.end === g.tokenEnd) t.type = CONLL[gaz.entities[g.entity]!.type];
    return;
  }
}

/**
 * Capitalized words (1–3) nothing explains, right after a title and the place or organization it
 * names (one or two names, maybe a rank between): the holder's name. The words after must not be
 * capitalized (a longer run is some other name the tagger judged).
 */
function titledHolderNames(tokens: Token[], from: number, to: number, covered: Uint8Array, cands: Candidate[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const { cueBits: cues, names } = nerLexicon();
  const known = knownWords();
  // (a common word is no name, unless it is also a given name: `Umum` of `Dinas Pekerjaan Umum`, but `Gunawan`)
  const word = (t: Token | undefined) => t !== undefined && t.kind === 'word' && CAPITALIZED_WORD.test(t.text) && (!known.has(t.norm) || names.has(t.norm));
  for (let i = from + 2; i < to; i++) {
    // (cheap tests first: most tokens are covered, lower-case or punctuation)
    const c0 = tokens[i]!.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90 || covered[i - from]) continue;
    // (or a group and a word of leading before: `KKB pimpinan Egianus Kogoya`, `Persib asuhan Bojan Hodak`)
    const led = !covered[i - 1 - from] && covered[i - 2 - from] === 1 && LEADER_WORDS.has(tokens[i - 1]!.norm);
    if (!led && !covered[i - 1 - from] && !((cues.get(tokens[i - 1]!.norm) ?? 0) & CUE_RANK)) continue;
    if (!word(tokens[i]) || (cues.get(tokens[i]!.norm) ?? 0) !== 0 || isCalendarWord(tokens[i]!.norm)) continue;
    let e = i + 1;
    while (e < to && e - i < 3 && !covered[e - from] && word(tokens[e]) && (cues.get(tokens[e]!.norm) ?? 0) === 0) e++;
    const after = tokens[e];
    if (after && ((after.kind === 'word' && upperStart(after.text)) || after.kind === 'number')) continue;
    if (isNotName(tokens, i, e)) continue;
    if (led) {
      let body: Candidate | undefined;
      for (let k = cands.length - 1; k >= 0 && !body; k--) if (cands[k]!.tokenEnd === i - 1 && !cands[k]!.part) body = cands[k];
      if (body && body.type === 'ORG') {
        out.push({ start: i, end: e, type: 'PER' });
        i = e;
      }
      continue;
    }
    // back over ranks, then one or two places or organizations, to a title
    let p = skipRanksBefore(tokens, i, from);
    let bodies = 0;
    while (bodies < 3 && p - 1 >= from && (covered[p - 1 - from] || (bodies > 0 && /^(untuk|di|for|to)$/.test(tokens[p - 1]!.norm) && p - 2 >= from && covered[p - 2 - from]))) {
      // (`Duta Besar RI untuk Jepang X`, `Konsul Jenderal RI di Jeddah X`: the posting after the title's country)
      if (!covered[p - 1 - from]) p--;
      let c: Candidate | undefined;
      for (let k = cands.length - 1; k >= 0 && !c; k--) {
        const x = cands[k]!;
        if (x.tokenEnd <= from) break;
        if (x.tokenStart <= p - 1 && p - 1 < x.tokenEnd && !x.part) c = x;
      }
      if (!c || c.type === 'PER') break;
      p = c.tokenStart;
      bodies++;
    }
    if (bodies === 0 || !titleEndingAt(tokens, p, from)) continue;
    out.push({ start: i, end: e, type: 'PER' });
    i = e;
  }
  return out;
}

/** Words of leading between a group and its leader's name. */
const LEADER_WORDS = new Set(['pimpinan', 'asuhan', 'besutan']);

function skipRanksBefore(tokens: Token[], i: number, from: number): number {
  const r = titleEndingAt(tokens, i, from, 'ranks');
  return r ? r.start : i;
}

/**
 * A commission named without its body after the document named it whole (`Komisi V DPR` … `anggota
 * Komisi V dari Golkar`): the same known commission. Only when the document names one body's
 * commission of that number.
 */
function shortCommissions(tokens: Token[], sentences: Sentence[], cands: Candidate[]): void {
  let known: Map<string, Candidate> | undefined;
  for (const c of cands) {
    if (c.entity === undefined || tokens[c.tokenStart]!.norm !== 'komisi' || c.tokenEnd - c.tokenStart < 3) continue;
    const num = tokens[c.tokenStart + 1]!.text;
    if (!/^[IVX]+$/.test(num)) continue;
    known ??= new Map();
    const prev = known.get(num);
    if (prev && prev.entity !== c.entity) known.set(num, { ...prev, entity: undefined });
    else known.set(num, c);
  }
  if (!known) return;
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.tokenStart; i < c.tokenEnd; i++) covered.add(i);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'Komisi' || covered.has(i) || covered.has(i + 1)) continue;
    const c = known.get(tokens[i + 1]!.text);
    if (!c || c.entity === undefined) continue;
    let s: Sentence | undefined;
    for (const x of sentences) if (x.tokenStart <= i && i < x.tokenEnd) { s = x; break; }
    if (!s || i + 2 > s.tokenEnd) continue;
    cands.push({ ...c, start: tokens[i]!.start, end: tokens[i + 1]!.end, tokenStart: i, tokenEnd: i + 2, sentence: s.index, part: false, demonym: false, role: undefined });
  }
}

const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

/** Capitalized runs (2–3 words) right after an English title, where nothing else found a name. */
function titledEnglishNames(tokens: Token[], from: number, to: number, covered: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = from + 1; i < to; i++) {
    if (covered[i - from] || !titleEndingAt(tokens, i, from)) continue;
    let e = i;
    // (a hyphenated name part counts as one word: `Defence Minister Yunus-Bek Yevkurov`)
    while (e < to && e - i < 3 && !covered[e - from] && (CAPITALIZED_WORD.test(tokens[e]!.text) || HYPHENATED_NAME.test(tokens[e]!.text)) && !FUNCTION_WORDS_EN.has(tokens[e]!.norm) && !titleEndingAt(tokens, e + 1, i)) e++;
    if (e - i >= 2 && !isNotName(tokens, i, e)) {
      out.push({ start: i, end: e, type: 'PER' });
      i = e;
    }
  }
  return out;
}

/**
 * A capitalized word no name covers, other than a sentence's opening function word (`The`, `He`):
 * only then can compromise add anything.
 */
function hasUnexplainedCapital(tokens: Token[], from: number, to: number, covered: Uint8Array): boolean {
  let first = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const opening = first;
    first = false;
    if (covered[i - from] || !upperStart(t.text)) continue;
    if (opening && (FUNCTION_WORDS_EN.has(t.norm) || SENTENCE_STARTERS_EN.has(t.norm))) continue;
    return true;
  }
  return false;
}

/** A span that is a rank and nothing else, its corps in parentheses included (`Letkol Laut (K)`, `Kolonel Inf`). */
function rankOnly(tokens: Token[], a: number, b: number): boolean {
  const r = titleStartingAt(tokens, a, b, 'ranks');
  if (!r) return false;
  let e = r.end;
  if (tokens[e]?.text === '(' && tokens[e + 2]?.text === ')') e += 3;
  return e >= b;
}

/** Roles whose holder's administration is the government of the country they lead. */
const LEADS_GOVERNMENT = /^(President|Prime Minister|Chancellor|Premier)$/;

/**
 * `the Trump administration`, `pemerintahan Biden`: a head of state or government's administration is
 * the government of the country they led, which stands for the country (RELATIONS.md: officials stand
 * for their country); the mention becomes the country's, over the noun of government too.
 */
function administrations(linked: LinkedMention[], tokens: Token[], sentences: Sentence[], gaz: Gazetteer): void {
  for (const g of linked) {
    if (g.part) continue;
    const e = gaz.entities[g.entity]!;
    if (e.type !== 'PERSON' || !e.roles) continue;
    const lang = sentences[g.sentence]?.language;
    const after = lang === 'en' && /^(administration|government)$/.test(tokens[g.tokenEnd]?.norm ?? '') && tokens[g.tokenEnd - 1]!.kind === 'word';
    const before = lang === 'id' && g.tokenStart > 0 && tokens[g.tokenStart - 1]!.norm === 'pemerintahan';
    if (!after && !before) continue;
    const lead = e.roles.find((r) => LEADS_GOVERNMENT.test(r.role));
    const country = lead ? gaz.byId.get(lead.of) : undefined;
    if (country === undefined || gaz.entities[country]!.type !== 'COUNTRY') continue;
    g.entity = country;
    if (after) { g.tokenEnd++; g.end = tokens[g.tokenEnd - 1]!.end; }
    else { g.tokenStart--; g.start = tokens[g.tokenStart]!.start; }
  }
}
