/**
 * In-document resolution: every mention of one entity is grouped under it.
 * - known names: by their gazetteer entity;
 * - a surname or first name alone (`Erdogan`, `Cavusoglu`) joins the person of the document whose
 *   full name has that word first or last (the nearest one before it, else the first);
 * - an acronym joins the entity it abbreviates (`Lingkaran Survei Indonesia (LSI)` … `LSI`);
 * - unknown entities are named by their longest mention and get a document-local id (`doc:…`).
 * Mentions the tagger wrote with the acronym in parentheses (`Mahkamah Konstitusi (MK)`) are
 * split into the name and the acronym.
 */
import type { Entity, EntityType, Token } from '../types.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../gazetteer/schema.js';
import { fold } from '../text/fold.js';
import { unknownEntity, type DocMention } from './entities.js';
import { bareUnitKey, unitKey } from './rules/bare-unit.js';

export interface Candidate {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  type: 'PER' | 'ORG' | 'LOC';
  /** gazetteer entity index when linked */
  entity?: number;
  score: number;
  part: boolean;
  demonym: boolean;
  role?: string;
  /** an unknown town a dateline writes in capitals (`CELAYA, Mexico (AP) -`): named in title case */
  capitals?: boolean;
}

const ENTITY_TYPE: Record<Candidate['type'], EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };

// Shape priming (see relations/clause.ts): candidates and document mentions are written here once
// with each kind of value their fields take (a fractional and a whole score, a role or none, an
// entity or none), so V8 settles the fields' representations before any code is optimized.
{
  const c: Candidate[] = [
    { start: 0, end: 1, tokenStart: 0, tokenEnd: 1, sentence: 0, type: 'PER', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined },
    { start: 0, end: 1, tokenStart: 0, tokenEnd: 1, sentence: 0, type: 'ORG', entity: 1, score: 1, part: true, demonym: true, role: 'President' },
  ];
  c[0]!.entity = 2;
  c[0]!.role = 'President';
  const m: DocMention[] = c.map((x) => ({ start: x.start, end: x.end, sentence: x.sentence, tokenStart: x.tokenStart, tokenEnd: x.tokenEnd, entity: 0, part: x.part, demonym: x.demonym, score: x.score, role: x.role }));
  m.push({ start: 0, end: 1, sentence: 0, tokenStart: 0, tokenEnd: 1, entity: 0, part: false, demonym: false, score: 0.5, role: undefined });
}

/**
 * Spaces left by detokenized text: `Kukei   Tanaka` is named `Kukei Tanaka`, `Tsai Ing - wen` `Tsai Ing-wen`;
 * and the company form written with a period is named without it (`PT. Len Industri` → `PT Len Industri`).
 */
function cleanName(s: string): string {
  if (s.startsWith('PT. ')) s = 'PT ' + s.slice(4);
  if (!/\s[\s-]|[\t\n\r\u00a0]/.test(s)) return s;
  return s.replace(/\s+/g, ' ').replace(/(\S) - (?=\S)/g, '$1-');
}

const CONLL_OF: Record<EntityType, Candidate['type']> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', LOCATION: 'LOC' };

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !/^(dan|dari|of|and|the)$/i.test(w))
    .map((w) => w[0])
    .join('');
}

interface Group {
  entity: Entity;
  initials: string;
  /** folded words of the entity's names, for surname matching (persons) */
  words: Set<string>;
  first: number;
  acronyms: Set<string>;
}

export function resolveDocument(
  text: string, tokens: Token[], cands: Candidate[], gaz: Gazetteer, fromEntry: (e: GazetteerEntry) => Entity,
): { entities: Entity[]; mentions: DocMention[] } {
  const entities: Entity[] = [];
  const groups: Group[] = [];
  const known = new Map<number, number>(); // gazetteer index → group
  const mentions: DocMention[] = [];
  const usedIds = new Set<string>();

  // indexes, so resolution stays linear however many names a document has
  const byAcronym = new Map<string, number>();
  const byInitials = new Map<string, number>();
  const personsByWord = new Map<string, number[]>();
  const indexPersonWord = (w: string, g: number) => {
    const list = personsByWord.get(w);
    if (!list) personsByWord.set(w, [g]);
    else if (list[list.length - 1] !== g) list.push(g);
  };
  const addAcronym = (g: number, a: string) => {
    groups[g]!.acronyms.add(a);
    if (!byAcronym.has(a)) byAcronym.set(a, g);
  };
  const addGroup = (e: Entity, name: string, first: number): number => {
    entities.push(e);
    const words = e.type === 'PERSON' ? new Set(fold(name).split(/\s+/).filter((w) => w.length > 1)) : new Set<string>();
    const g = groups.length;
    groups.push({ entity: e, initials: e.type === 'PERSON' ? '' : initials(e.name), words, first, acronyms: new Set() });
    if (e.type !== 'PERSON') {
      const ini = groups[g]!.initials;
      if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, g);
    } else {
      const names = fold(e.name).split(/\s+/);
      if (names.length > 1) {
        indexPersonWord(names[0]!, g);
        indexPersonWord(names[names.length - 1]!, g);
      }
    }
    return g;
  };
  // regional bodies named in full, by kind (`Kejaksaan Tinggi Jawa Timur` → kejati), for a bare `Kejati` later
  const units: Array<{ start: number; key: string; g: number }> = [];
  const noteUnit = (c: Candidate, g: number) => {
    if (c.type !== 'ORG') return;
    const key = unitKey(tokens, c.tokenStart, c.tokenEnd);
    if (key !== undefined) units.push({ start: c.start, key, g });
  };
  const push = (c: Candidate, g: number, start: number, end: number) => {
    mentions.push({ start, end, sentence: c.sentence, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, entity: g, part: c.part, demonym: c.demonym, score: c.score, role: c.role });
  };

  // known countries by the token they end at, built once when first needed (no search per candidate)
  let countryEnds: Map<number, Candidate> | undefined;
  const countryEndingAt = (): Map<number, Candidate> => {
    if (!countryEnds) {
      countryEnds = new Map();
      for (const x of cands) if (x.entity !== undefined && gaz.entities[x.entity]!.type === 'COUNTRY') countryEnds.set(x.tokenEnd, x);
    }
    return countryEnds;
  };
  // a name the gazetteer scanner could not see for the way it was written (`Kim Jong - un`, with
  // the spaces of detokenized text; `People's Defence Force`, whose possessive English sentences
  // split off) is still the known entity when its cleaned form is an alias
  for (const c of cands) {
    if (c.entity !== undefined || c.part) continue;
    const raw = text.slice(c.start, c.end);
    const clean = cleanName(raw);
    if (clean !== raw || raw.indexOf("'") >= 0 || raw.indexOf('\u2019') >= 0) {
      const k = gaz.entityNamed(clean);
      if (k !== undefined && CONLL_OF[gaz.entities[k]!.type] === c.type) { c.entity = k; continue; }
    }
    // a body after its country's possessive, as warta names it with the country: `Indonesia's Attorney
    // General's Office` → Attorney General's Office of Indonesia, `Indonesia's Ministry of Public Works` →
    // Ministry of Public Works (Indonesia)
    // (and after a demonym inside the name: `Indonesian Foreign Ministry` → Ministry of Foreign Affairs (Indonesia))
    if (c.type === 'ORG') {
      let country: string | undefined;
      let bare = '';
      if (c.tokenStart >= 2 && /^['’]s$/.test(tokens[c.tokenStart - 1]!.text)) {
        const owner = countryEndingAt().get(c.tokenStart - 1);
        if (owner) { country = gaz.entities[owner.entity!]!.name; bare = clean.replace(/^the\s+/i, ''); }
      } else if (c.tokenEnd - c.tokenStart >= 3 && /(?:an|ish|ese|ian|i|ic)$/.test(tokens[c.tokenStart]!.norm)) {
        const k = gaz.demonymOf(tokens[c.tokenStart]!.text);
        if (k !== undefined && gaz.entities[k]!.type === 'COUNTRY') { country = gaz.entities[k]!.name; bare = text.slice(tokens[c.tokenStart + 1]!.start, c.end); }
      }
      const k = country !== undefined && bare ? bodyOfCountry(gaz, bare, country) : undefined;
      if (k !== undefined && CONLL_OF[gaz.entities[k]!.type] === c.type) { c.entity = k; continue; }
    }
    // a short form written inside the name, before its place: `Kementerian Luar Negeri (Kemlu) RI`,
    // `Kepolisian Daerah (Polda) Jawa Tengah`: the name without it, or the short form with the place
    const inner = /^(.+?)\s*\(([^()]{2,12})\)\s+(\S.*)$/.exec(clean);
    if (inner && c.type === 'ORG' && !/^persero$/i.test(inner[2]!.trim())) {
      const k = gaz.entityNamed(inner[1] + ' ' + inner[3]) ?? gaz.entityNamed(inner[2]!.trim() + ' ' + inner[3]);
      if (k !== undefined && CONLL_OF[gaz.entities[k]!.type] === c.type) c.entity = k;
    }
    // a name written otherwise than the data has it, with a short form the data has after it:
    // `General Elections Commission (KPU)` is KPU when the words of the name are words of KPU's
    // names (`General Elections Commission of Indonesia`); `Australian Federal Police (AFP)` is not
    // the news agency
    const tail = /^(.+?)\s*\(([^()]{2,12})\)$/.exec(clean);
    if (c.entity === undefined && tail && c.type === 'ORG') {
      const k = gaz.entityNamed(tail[2]!.trim());
      if (k !== undefined && CONLL_OF[gaz.entities[k]!.type] === c.type && namesShareWords(tail[1]!, gaz.entities[k]!)) c.entity = k;
    }
  }

  // known entities first, so surnames can find them
  for (const c of cands) {
    if (c.entity === undefined) continue;
    // a short form the document defined for another name before (`Partai Tehreek-e-Insaf (PTI)` … `PTI`)
    // is that name's, whatever else the data knows it for (the Press Trust of India)
    if (c.tokenEnd - c.tokenStart === 1) {
      const defined = byAcronym.get(text.slice(c.start, c.end));
      if (defined !== undefined && groups[defined]!.entity.id !== gaz.entities[c.entity]!.id && groups[defined]!.first < c.start) {
        push(c, defined, c.start, c.end);
        continue;
      }
    }
    let g = known.get(c.entity);
    if (g === undefined) {
      const e = gaz.entities[c.entity]!;
      g = addGroup(fromEntry(e), e.name, c.start);
      known.set(c.entity, g);
      usedIds.add(e.id);
    }
    const grp = groups[g]!;
    // the words a person is written with (`Erdogan`, `Recep Tayyip Erdogan`) let a bare surname find them
    if (grp.entity.type === 'PERSON' && c.tokenEnd - c.tokenStart > 1) {
      for (const w of fold(text.slice(c.start, c.end)).split(' ')) {
        if (w.length > 1 && !grp.words.has(w)) {
          grp.words.add(w);
          indexPersonWord(w, g);
        }
      }
    }
    splitParens(text, c, g, push, addAcronym);
    if (c.tokenEnd - c.tokenStart >= 2) noteUnit(c, g);
  }

  // unknown names
  const byName = new Map<string, number>();
  for (const c of cands) {
    if (c.entity !== undefined) continue;
    // a regional body's kind alone (`Kejati`, `Polda`): the nearest body of that kind named before (rules/bare-unit.ts)
    const bare = c.tokenEnd - c.tokenStart === 1 && units.length ? bareUnitKey(tokens[c.tokenStart]!.norm) : undefined;
    if (bare !== undefined) {
      let best: { start: number; g: number } | undefined;
      for (const u of units) if (u.key === bare && u.start < c.start && (!best || u.start > best.start)) best = u;
      if (best) {
        push(c, best.g, c.start, c.end);
        continue;
      }
    }
    let name = cleanName(text.slice(c.start, c.end));
    let acronym: string | undefined;
    const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(name);
    if (m && m[1]![0] !== '(') { name = m[1]!; acronym = m[2]!.trim(); }
    else if (/^\(.*\)$/.test(name)) name = name.slice(1, -1).trim();
    if (!name) continue;
    // (the key is the name as written: `Desa Cililin` and `Kecamatan Cililin` stay two places)
    const key = c.type + ':' + fold(name);
    // (a town a dateline writes in capitals is named in title case: `CELAYA` → Celaya)
    if (c.capitals && !/\p{Ll}/u.test(name)) {
      name = name.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    }
    if (c.type === 'LOC') name = englishPlaceName(name);
    else if (c.type === 'ORG') name = englishOrgName(name, gaz);
    const etype = ENTITY_TYPE[c.type];
    let g = byName.get(key);
    if (g === undefined) {
      const folded = fold(name);
      const words = folded.split(/\s+/);
      // acronym of a group already named, or a surname / first name of a person already named
      const acronymLike = words.length === 1 && /^[A-Z]{2,6}$/.test(name);
      g = byAcronym.get(name) ?? (acronymLike ? byInitials.get(name) : undefined) ?? -1;
      if (g < 0 && c.type === 'PER' && words.length === 1) {
        // the nearest person named before, else the first, whose name has this word
        let best = -1;
        for (const k of personsByWord.get(folded) ?? []) {
          const gr = groups[k]!;
          if (best < 0 || (gr.first < c.start && gr.first > groups[best]!.first)) best = k;
        }
        g = best;
      }
      if (g < 0) {
        let id = 'doc:' + slug(name);
        for (let n = 2; usedIds.has(id); n++) id = `doc:${slug(name)}-${n}`;
        usedIds.add(id);
        g = addGroup(unknownEntity(id, name, etype), name, c.start);
      }
      byName.set(key, g);
    }
    const grp = groups[g]!;
    if (acronym) addAcronym(g, acronym);
    if (!grp.entity.known && name.length > grp.entity.name.length && fold(name).includes(fold(grp.entity.name).split(' ')[0]!)) grp.entity.name = name;
    splitParens(text, c, g, push, addAcronym);
    if (c.tokenEnd - c.tokenStart >= 2) noteUnit(c, g);
  }

  // later persons may extend earlier single names (`Anies` … `Anies Baswedan`): nothing more to do,
  // as the longest mention names the entity. Drop entities whose every mention was dropped.
  return { entities, mentions };
}

/** English short forms of ministries, as their full names (`Foreign Ministry` → Ministry of Foreign Affairs). */
const MINISTRY_SHORT: Record<string, string[]> = {
  'Foreign Ministry': ['Ministry of Foreign Affairs'], 'Defence Ministry': ['Ministry of Defence', 'Ministry of Defense'],
  'Defense Ministry': ['Ministry of Defense', 'Ministry of Defence'], 'Finance Ministry': ['Ministry of Finance'],
  'Trade Ministry': ['Ministry of Trade'], 'Health Ministry': ['Ministry of Health'],
};

/** The row warta has for a country's body named by its English name and the country (`Attorney General's Office`, `Indonesia`). */
function bodyOfCountry(gaz: Gazetteer, bare: string, country: string): number | undefined {
  for (const b of [bare, ...(MINISTRY_SHORT[bare] ?? [])]) {
    const k = gaz.entityNamed(`${b} of ${country}`) ?? gaz.entityNamed(`${b} (${country})`);
    if (k !== undefined) return k;
  }
  return undefined;
}

/**
 * The English name of an Indonesian place name warta does not know: the administrative noun goes
 * (`Distrik Sugapa` → Sugapa, `Desa Cibenda` → Cibenda: the English name of a district or village is
 * its bare name), a stadium's, airport's or air base's head goes after the name (`Stadion Maguwoharjo` →
 * Maguwoharjo Stadium, `Bandara Internasional Ninoy Aquino` → Ninoy Aquino International Airport).
 * The mention keeps the text as written.
 */
export function englishPlaceName(name: string): string {
  let m = /^(?:Distrik|Kecamatan|Desa|Kelurahan|Dusun|Nagari|Gampong)\s+(\p{Lu}.*)$/u.exec(name);
  if (m) return m[1]!;
  m = /^Stadion\s+(\p{Lu}.*)$/u.exec(name);
  if (m) return m[1] + ' Stadium';
  m = /^Pangkalan\s+Udara\s+(\p{Lu}.*)$/u.exec(name);
  if (m) return m[1] + ' Air Base';
  m = /^Bandara\s+(?:Udara\s+)?(Internasional\s+)?(\p{Lu}.*)$/u.exec(name);
  if (m && m[2] !== 'Internasional') return m[2] + (m[1] ? ' International Airport' : ' Airport');
  // English writes the kind of region after the name in lower case (`North Kivu province`, `Borno
  // state`): the name alone, or with `State` as Nigeria's and Sudan's states are titled
  m = /^(\p{Lu}.*?) (province|region|district|county)$/u.exec(name);
  if (m) return m[1]!;
  m = /^(\p{Lu}.*?) state$/u.exec(name);
  if (m) return m[1] + ' State';
  return name;
}

/**
 * Regional prosecutors, courts and police, Indonesia's missions abroad and foreign ministries by their
 * English names; `$` is the place (or country) as warta names it; `country`: the name after the head
 * must be a known country.
 */
const REGIONAL_BODIES: Array<[RegExp, string, 'country'?]> = [
  [/^(?:Kejaksaan Negeri|Kejari)\s+(\p{Lu}.*)$/u, "$ District Prosecutor's Office"],
  [/^(?:Kejaksaan Tinggi|Kejati)\s+(\p{Lu}.*)$/u, "$ High Prosecutor's Office"],
  [/^(?:Pengadilan Negeri|PN)\s+(\p{Lu}.*)$/u, '$ District Court'],
  [/^Pengadilan Tinggi\s+(\p{Lu}.*)$/u, '$ High Court'],
  [/^Pengadilan Agama\s+(\p{Lu}.*)$/u, '$ Religious Court'],
  [/^Pengadilan (?:Tipikor|Tindak Pidana Korupsi)(?: pada PN)?\s+(\p{Lu}.*)$/u, '$ Corruption Court'],
  // (police of a regency, city or district, as English-language Indonesian news writes them: `Cakung
  // Police`, `Bogor Police`)
  [/^(?:Polres|Polsek) Metro\s+(\p{Lu}.*)$/u, '$ Metro Police'],
  [/^(?:Polsek|Polres|Polresta|Kepolisian Sektor|Kepolisian Resor)\s+(\p{Lu}.*)$/u, '$ Police'],
  // (a mission abroad: the head first, as English Wikipedia titles them)
  [/^KBRI\s+(\p{Lu}.*)$/u, 'Embassy of Indonesia, $'],
  [/^KJRI\s+(\p{Lu}.*)$/u, 'Consulate General of Indonesia, $'],
  // (a foreign country's ministry warta has no row for, as English Wikipedia titles them by default)
  [/^(?:Kementerian Luar Negeri|Kemlu|Kemenlu)\s+(\p{Lu}.*)$/u, 'Ministry of Foreign Affairs ($)', 'country'],
];

/**
 * The English name of an Indonesian regional body warta does not know, as English-language news and
 * annotators write it (`Kejaksaan Negeri Kupang` → Kupang District Prosecutor's Office, `Kejaksaan
 * Tinggi Sumatera Utara` → North Sumatra High Prosecutor's Office, `Pengadilan Negeri Jakarta Selatan`
 * → South Jakarta District Court). The mention keeps the text as written.
 */
export function englishOrgName(name: string, gaz: Gazetteer): string {
  for (const [re, head, of] of REGIONAL_BODIES) {
    const m = re.exec(name);
    if (!m) continue;
    const region = m[1]!;
    const g = gaz.entityNamed(region);
    const e = g === undefined ? undefined : gaz.entities[g]!;
    // the place's English name: an Indonesian administrative region's without `Regency`/`City`, not a
    // mountain or a district of the same name (`Polsek Tambora` is no police of Mount Tambora); a
    // foreign city's as it is (`KBRI Moskow` → Moscow)
    if (of === 'country' && e?.type !== 'COUNTRY') continue;
    const english = e?.type === 'COUNTRY' ? e.name : e?.type !== 'LOCATION' ? region
      : e.country !== 'IDN' ? e.name
        : /^(regency|city|province|capital)$/.test(e.kind ?? '') ? e.name.replace(/ (Regency|City)$/, '') : region;
    return head.replace('$', english);
  }
  return name;
}

/** `Mahkamah Konstitusi (MK)` → two mentions; `(Jokowi)` → the name without parentheses. */
function splitParens(
  text: string, c: Candidate, g: number, add: (c: Candidate, g: number, s: number, e: number) => void, acronym: (g: number, a: string) => void,
): void {
  let s = c.start;
  let e = c.end;
  const span = text.slice(s, e);
  if (span.length > 2 && span[0] === '(' && span[span.length - 1] === ')' && span.indexOf('(', 1) === -1) {
    add(c, g, s + 1, e - 1);
    return;
  }
  const open = span.lastIndexOf('(');
  // (a legal form in parentheses is no short form of the name: `PT Pertamina (Persero)`)
  if (open > 0 && span[span.length - 1] === ')' && !/^\(\s*persero\s*\)$/i.test(span.slice(open))) {
    let a = s + open;
    while (a > s && text[a - 1] === ' ') a--;
    add(c, g, s, a);
    const inner = text.slice(s + open + 1, e - 1).trim();
    if (inner) {
      const is = text.indexOf(inner, s + open + 1);
      add(c, g, is, is + inner.length);
      acronym(g, inner);
    }
    return;
  }
  add(c, g, s, e);
}

/** Every content word of `name` (three letters or more) is a word of one of the entity's names. */
function namesShareWords(name: string, e: { name: string; aliases?: string[] }): boolean {
  const words = fold(name).split(/[\s-]+/).filter((w) => w.length >= 3 && w !== 'the' && w !== 'and');
  if (words.length === 0) return false;
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const have = new Set(fold(n).split(/[\s-]+/));
    if (words.every((w) => have.has(w))) return true;
  }
  return false;
}
