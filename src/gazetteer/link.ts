/**
 * Linking: one entity per gazetteer mention. A name that several entities share (`PBB`: the UN or
 * Partai Bulan Bintang; `Georgia`) goes to the candidate the context supports: a cue word before
 * it (`Partai`, `Presiden`, `Kota`), the other mentions of the document (a candidate named
 * unambiguously elsewhere wins), who held a role on the document's date, a sentence or document
 * about sport (a city's name is its club's: `Milan menang 2-1`) unless a country follows the name
 * after a comma (a dateline), then a prior by type.
 */
import type { Sentence, Token } from '../types.js';
import { sportsContext } from '../lang/sports.js';
import { F_NAME, F_USER } from './compile.js';
import type { Gazetteer, RawMention } from './gazetteer.js';
import type { GazetteerEntry, RoleRecord } from './schema.js';

export interface LinkedMention {
  start: number;
  end: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  part: boolean;
  /** index into gazetteer.entities */
  entity: number;
  /** 0..1: how sure the link is */
  score: number;
  demonym: boolean;
}

const PERSON_CUES = new Set([
  'presiden', 'wapres', 'menteri', 'menlu', 'menhan', 'mendagri', 'menkeu', 'ketua', 'gubernur', 'bupati', 'walikota', 'wali',
  'pak', 'bu', 'bapak', 'ibu', 'sdr', 'jenderal', 'perdana', 'pm', 'raja', 'ratu', 'pangeran', 'putra', 'sultan', 'kh', 'dr', 'prof',
  'president', 'minister', 'mr', 'mrs', 'ms', 'sen', 'gov', 'king', 'queen', 'prince', 'kata', 'ujar', 'tutur', 'said',
]);
/** Words before a place's name that make it the regency, not the city of that name. */
const REGENT_CUES = new Set(['bupati', 'pemkab', 'kabupaten', 'regent']);
const ORG_CUES = new Set(['partai', 'pt', 'bank', 'kementerian', 'badan', 'komisi', 'universitas', 'klub', 'party']);
const LOC_CUES = new Set(['kota', 'kabupaten', 'provinsi', 'kecamatan', 'desa', 'pulau', 'laut', 'selat', 'city', 'province', 'di', 'ke', 'dari', 'in']);

function prior(e: GazetteerEntry): number {
  switch (e.type) {
    case 'COUNTRY':
      return e.kind === 'state' ? 3 : e.kind === 'historical' ? 1.5 : 2;
    case 'ORGANIZATION':
      return e.kind === 'igo' ? 2.5 : e.kind === 'gov' || e.kind === 'legislature' || e.kind === 'court' ? 2.2 : 2;
    case 'LOCATION':
      return e.kind === 'capital' || e.kind === 'province' || e.kind === 'city' ? 2.1 : 1.6;
    case 'PERSON':
      return 1.5;
  }
}

/** First words of a name written in Indonesian. */
const ID_FORM = /^(partai|dewan|majelis|badan|komisi|kementerian|mahkamah|kepolisian|pengadilan)$/;

/** The country an entry is or belongs to (ISO alpha-3). */
function countryOf(e: GazetteerEntry): string | undefined {
  return e.type === 'COUNTRY' ? e.id : e.country;
}

/** A role record held on `date` (ISO; `to` may be a year or a month: up to its end). */
export function roleHeldOn(r: RoleRecord, date: string): boolean {
  return (!r.from || r.from <= date) && (!r.to || date <= r.to + '-99');
}

function roleOn(e: GazetteerEntry, date: string | undefined): boolean {
  if (!date || !e.roles) return false;
  for (const r of e.roles) if (roleHeldOn(r, date)) return true;
  return false;
}

/** Token i is the `Kota` of the title `Wali Kota` (after `Wali`, not before `floor`), not of a city's name. */
export function kotaOfWaliKota(tokens: Token[], i: number, floor: number): boolean {
  return tokens[i]!.norm === 'kota' && i > floor && tokens[i - 1]!.norm === 'wali';
}

/** Choose the entity of every mention. */
export function linkMentions(gaz: Gazetteer, mentions: RawMention[], tokens: Token[], docDate: string | undefined, sentences?: Sentence[]): LinkedMention[] {
  // sports reports, by sentence, read only when a name is a club's and something else's (`Milan`,
  // `Barcelona`: the club in a match report, in its sentence or its document)
  let sports: boolean[] | undefined;
  let sportsDoc = false;
  const sportsAt = (k: number): number => {
    if (!sentences) return 0;
    if (!sports) {
      sports = sentences.map((x) => sportsContext(tokens, x.tokenStart, x.tokenEnd));
      sportsDoc = sports.some(Boolean);
    }
    return sports[k] ? 3 : sportsDoc ? 2 : 0;
  };
  // entities named unambiguously somewhere in the document
  const sure = new Set<number>();
  for (const m of mentions) if (m.hits.length === 1) sure.add(m.hits[0]!.entity);
  // the countries the document names unambiguously (a country, or a place or body of one), by sentence:
  // a name several bodies share goes to the one of those countries (`House of Representatives` in a
  // text about Jakarta, `Partai Demokrat` beside `AS`, `Indonesia's Labour Party`)
  const inDoc = new Set<string>();
  const inSentence = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (m.hits.length !== 1) continue;
    const c = countryOf(gaz.entities[m.hits[0]!.entity]!);
    if (!c) continue;
    inDoc.add(c);
    let set = inSentence.get(m.sentence);
    if (!set) inSentence.set(m.sentence, (set = new Set()));
    set.add(c);
  }
  const countryAfter = (m: RawMention): boolean => {
    if (m.part || tokens[m.tokenEnd]?.text !== ',') return false;
    // (one country or region only: `Barcelona, Valencia dan Sevilla` lists clubs)
    for (const x of mentions) {
      if (x.tokenStart !== m.tokenEnd + 1 || x.part) continue;
      const e = gaz.entities[x.hits[0]!.entity]!;
      return x.hits.length === 1 && (e.type === 'COUNTRY' || (e.type === 'LOCATION' && (e.kind === 'region' || e.kind === 'state' || e.kind === 'province')));
    }
    return false;
  };
  // (`PAN dan PBB`, `Golkar, PAN, dan PBB`: a name listed beside a party is a party's)
  const CONNECTORS = /^(,|dan|serta|and|&)$/;
  // (sure parties by the token they start and end at, built once when first needed)
  let partyStarts: Set<number> | undefined;
  let partyEnds: Set<number> | undefined;
  const besideParty = (m: RawMention): boolean => {
    if (!partyStarts || !partyEnds) {
      partyStarts = new Set();
      partyEnds = new Set();
      for (const x of mentions) {
        if (x.part || x.hits.length !== 1 || gaz.entities[x.hits[0]!.entity]!.kind !== 'party') continue;
        partyStarts.add(x.tokenStart);
        partyEnds.add(x.tokenEnd);
      }
    }
    const connects = (a: number, b: number) => {
      for (let k = a; k < b; k++) if (!CONNECTORS.test(tokens[k]!.norm)) return false;
      return true;
    };
    for (let gap = 1; gap <= 2; gap++) {
      if (partyEnds.has(m.tokenStart - gap) && connects(m.tokenStart - gap, m.tokenStart)) return true;
      if (partyStarts.has(m.tokenEnd + gap) && connects(m.tokenEnd, m.tokenEnd + gap)) return true;
    }
    return false;
  };
  const out: LinkedMention[] = [];
  for (const m of mentions) {
    let best = m.hits[0]!;
    let score = 0.9;
    if (m.hits.length > 1) {
      const prev = m.tokenStart > 0 ? tokens[m.tokenStart - 1]!.norm : '';
      let bestS = -Infinity;
      let second = -Infinity;
      for (const h of m.hits) {
        const e = gaz.entities[h.entity]!;
        let s = prior(e);
        if (h.flags & F_NAME) s += 1;
        if (h.flags & F_USER) s += 10;
        if (sure.has(h.entity)) s += 4;
        if (PERSON_CUES.has(prev) && e.type === 'PERSON') s += 3;
        if (ORG_CUES.has(prev) && e.type === 'ORGANIZATION') s += 3;
        if (prev === 'partai' && e.kind === 'party') s += 2;
        if (e.kind === 'party' && besideParty(m)) s += 3;
        if (LOC_CUES.has(prev) && (e.type === 'LOCATION' || e.type === 'COUNTRY')) s += 1;
        if (e.kind === 'club') s += sportsAt(m.sentence);
        // a place before its country (`LIVERPOOL, England (AP) —`, `Sevilla, Spanyol`) is the place
        else if (e.type === 'LOCATION' && countryAfter(m)) s += 3;
        if (e.type === 'PERSON' && roleOn(e, docDate)) s += 1;
        // (only between bodies of different countries: `PBB` is the UN, which has none, or a party)
        const c = countryOf(e);
        if (c && m.hits.every((x) => countryOf(gaz.entities[x.entity]!) !== undefined) && m.hits.some((x) => countryOf(gaz.entities[x.entity]!) !== c)) {
          s += inSentence.get(m.sentence)?.has(c) ? 2 : inDoc.has(c) ? 1 : 0;
          // with no country named, the name's language decides: `Partai Demokrat` is Indonesia's,
          // `Democratic Party` the foreign one
          if ((c === 'IDN') === ID_FORM.test(tokens[m.tokenStart]?.norm ?? '')) s += 0.1;
        }
        if (s > bestS) {
          second = bestS;
          bestS = s;
          best = h;
        } else if (s > second) second = s;
      }
      score = Math.max(0.3, Math.min(0.9, 0.5 + (bestS - second) / 8));
    }
    // `Wali Kota Surabaya`: the `Kota` of the title is not the `Kota` of the city's name (`Kota
    // Surabaya`); the mention starts at the name, so the title keeps both its words
    let tokenStart = m.tokenStart;
    let start = m.start;
    if (!m.part && m.tokenEnd - m.tokenStart >= 2 && kotaOfWaliKota(tokens, tokenStart, 0)) {
      tokenStart++;
      start = tokens[tokenStart]!.start;
    }
    // `Bupati Bekasi`, `Pemkab Bogor`, `Regent of Bogor`: a regent governs the regency that shares the
    // city's name (`Bekasi` alone is the city; `Wali Kota Bekasi` keeps it)
    let entity = best.entity;
    const chosen = gaz.entities[entity]!;
    if (chosen.type === 'LOCATION' && chosen.id.startsWith('city-') && !m.part && REGENT_CUES.has(tokens[m.tokenStart - 1]?.norm ?? '')) {
      const regency = gaz.byId.get('kab-' + chosen.id.slice(5));
      if (regency !== undefined) entity = regency;
    }
    out.push({
      start, end: m.end, sentence: m.sentence, tokenStart, tokenEnd: m.tokenEnd, part: m.part,
      entity, score, demonym: (best.flags & 4) !== 0,
    });
  }
  return out;
}
