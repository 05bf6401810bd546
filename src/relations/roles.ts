/**
 * Who a titled person is, read to the left of the name:
 *   `Presiden Rusia, Vladimir Putin`                     role President, of Russia
 *   `Menteri Luar Negeri (Menlu) Turki, Mevlut Cavusoglu` role Foreign Minister, of Turkey
 *   `Kepala Bidang Humas Polda Jawa Barat Komisaris Besar Yusri Yunus`  ranks are skipped
 *   `Gubernur DKI terpilih Anies Baswedan`               `terpilih` (elect) is skipped
 *   `Russian President Vladimir Putin`                   English: demonym, title, name
 *   `Presiden Jokowi`                                    role only (no relation: of what?)
 */
import type { Token } from '../types.js';
import { skipRanks, titleEndingAt } from '../ner/rules/role-before-name.js';
import { CUE_HONORIFIC, nerLexicon } from '../ner/lexicon.js';

export interface RoleBefore {
  role: string;
  /** a party or faction written between the organization and the name (`dari fraksi PAN`) */
  party?: { start: number; end: number };
  /** the name opens a list after its head (`pimpinan Komisi II DPR yakni A, B, dan C`): the role is the list's */
  list?: boolean;
  /** token range of the title */
  titleStart: number;
  titleEnd: number;
  /** token range of the country/organization/region of the role, when the sentence gives it */
  org?: { start: number; end: number };
  /** the organization a title names in itself (`Kapolri` → `polri`, data/lexicon/title-orgs.tsv), when no org is written */
  impliedOrg?: string;
}

const LIST = new Set(['yakni', 'yaitu', 'adalah', 'namely']);
const SKIP = new Set(['terpilih', 'baru', 'definitif', 'sementara', 'nonaktif', 'periode', 'elect']);
/** Words that make an office or membership a past one (`mantan Ketua DPR`, `former minister`). */
export const FORMER = new Set(['mantan', 'eks', 'bekas', 'former']);
/** Lower-case words between a title and its country or organization (`pemimpin de facto Myanmar`, `pelatih klub Persib`). */
const TITLE_MODIFIERS = new Set(['klub', 'perusahaan', 'maskapai', 'raksasa', 'senior', 'terpilih', 'nasional', 'de', 'facto', 'defacto', 'sementara', 'definitif', 'baru', 'interim', 'fraksi', 'partai', 'nonaktif', 'non-aktif', 'demisioner', 'ormas']);
const TO = new Set(['untuk', 'to']);
/** Words of a region's own government between a title and the region (`Pemerintah Provinsi`, `Pemkab`). */
const REGION_GOVERNMENT = /^(pemerintah|provinsi|kabupaten|kota|daerah|pemprov|pemkab|pemkot|administrasi|\(|\))$/;
/** `di`/`in` between an envoy's country and the place of the post (`Konsul Jenderal RI di Jeddah`). */
const AT = new Set(['di', 'in']);
/** English portfolio words between a body and a title (`EU trade commissioner`, `army chief`). */
const PORTFOLIO_EN = new Set(['national', 'trade', 'foreign', 'policy', 'defence', 'defense', 'health', 'energy', 'climate', 'economy', 'economic', 'finance', 'army', 'military', 'junta', 'security', 'intelligence', 'police', 'migration', 'interior', 'justice', 'agriculture', 'digital', 'competition', 'enlargement', 'humanitarian', 'aid', 'relief', 'human', 'rights', 'nuclear', 'atomic', 'refugee', 'crisis', 'top', 'antitrust', 'budget', 'transport', 'education', 'environment', 'industry', 'executive', 'managing', 'regional', 'country', 'research', 'campaign', 'programme', 'program', 'communications', 'media']);

/** An entity mention ending right before a token: where it starts, and what it is. */
export interface NameEnding {
  start: number;
  /** a place (LOCATION), no organization */
  place: boolean;
  /** linked to warta's data */
  known: boolean;
  /** a country (no unit of a body: `Direktur Pelindungan WNI Kemlu`) */
  country?: boolean;
  /** a person: no unit's name holds one, a walk back to a title stops there */
  person?: boolean;
}

/** The organization a title names in itself, by the title's tokens (`Kapolri` → `polri`; data/lexicon/title-orgs.tsv). */
export function titleOrgOf(tokens: Token[], start: number, end: number): string | undefined {
  return nerLexicon().titleOrgs.get(tokens.slice(start, end).map((t) => t.norm).join(' '));
}

/** `nameEndingAt(i)` describes the entity mention that ends right before token i, if any. */
export function roleBeforePerson(tokens: Token[], personStart: number, floor: number, nameEndingAt: (end: number) => NameEnding | undefined): RoleBefore | undefined {
  const orgEndingAt = (end: number) => nameEndingAt(end)?.start ?? -1;
  // `…, Kompol Dedi Santoso`: a rank right before the name, then the comma of the appositive
  // `Menlu RI (Retno LP Marsudi)`: the name in parentheses after its title
  let p = skipRanks(tokens, personStart, floor);
  if (p - 1 >= floor && (tokens[p - 1]!.text === ',' || tokens[p - 1]!.text === '(')) p--;
  else p = personStart;
  // a list after its head: `pimpinan Komisi II DPR yakni A, B, dan C` (the first name; clause.ts gives the rest)
  let list = false;
  if (p - 1 >= floor && LIST.has(tokens[p - 1]!.norm)) {
    p--;
    list = true;
    // `tiga penyidik KPK, yakni A, B, dan C`
    if (p - 1 >= floor && tokens[p - 1]!.text === ',') p--;
    // `tiga penyidik KPK yang juga dihadirkan ke muka persidangan, yakni A, B dan C`: a relative
    // clause between the body and the list
    for (let q = p - 1; q > floor && p - q <= 12; q--) {
      const t = tokens[q]!;
      if (t.text === ',' || t.text === '.') break;
      if (t.norm === 'yang') { if (orgEndingAt(q) >= 0) p = q; break; }
    }
  }
  const beforeRanks = p;
  p = skipRanks(tokens, p, floor);
  // (`Surabaya Mayor Eri Cahyadi`, `New York City Mayor X`: after a place, English `Mayor` is the office,
  // not the Indonesian rank of a major)
  if (p === beforeRanks - 1 && tokens[p]!.text === 'Mayor' && nameEndingAt(p)?.place) p = beforeRanks;
  // a company's listed form ends its name, not the person's: `Direktur Utama PT BRI (Persero) Tbk Sunarso`
  if (p - 1 > floor && /^tbk\.?$/.test(tokens[p - 1]!.norm) && orgEndingAt(p) < 0) p--;
  // honorifics between the title and the name: `Supreme Leader Ayatollah Ali Khamenei`, `Ketua PBNU KH X`
  while (p - 1 > floor && ((nerLexicon().cueBits.get(tokens[p - 1]!.norm) ?? 0) & CUE_HONORIFIC)) p--;
  // `Presiden terpilih X` skips `terpilih`; `Menlu Selandia Baru X` does not skip the `Baru` of a name
  while (p - 1 >= floor && SKIP.has(tokens[p - 1]!.norm) && orgEndingAt(p) < 0) p--;
  // an organization's short form right before the name: `Pemimpin Korea Utara (Korut) Kim Jong-un`,
  // `dari fraksi Partai Amanat Nasional (PAN) Andi Taufan Tiro`
  const open = parenOpening(tokens, p, floor);
  if (open >= 0 && orgEndingAt(open) >= 0) p = open;
  // `anggota Komisi V DPR dari fraksi PAN Andi Taufan Tiro`: the party between organization and name
  let party: { start: number; end: number } | undefined;
  const partyStart = orgEndingAt(p);
  if (partyStart >= 0) {
    let q = partyStart;
    while (q - 1 >= floor && /^(fraksi|partai)$/.test(tokens[q - 1]!.norm)) q--;
    if (q - 1 >= floor && tokens[q - 1]!.norm === 'dari' && orgEndingAt(q - 1) >= 0) {
      party = { start: partyStart, end: p };
      p = q - 1;
    }
  }
  // (the party and the list, when found, go with whatever role is read below)
  const done = (out: RoleBefore): RoleBefore | undefined => {
    if (party) out.party = party;
    if (list) out.list = true;
    // the title of a relative's kin is not the named person's: `Istri Gubernur Jawa Barat, Atalia
    // Praratya` (she is the governor's wife)
    // (only a description that opens the sentence or a list, set off by a comma before the name: not
    // `X merupakan istri mantan Presiden Prancis, Nicolas Sarkozy`, nor `adik pemimpin Korea Utara Kim
    // Jong Un`, whose names are the office holders')
    if (tokens[personStart - 1]?.text === ',' && kinBefore(tokens, out.titleStart, floor)) return undefined;
    return withFormer(tokens, out, floor);
  };
  // English: [demonym] Title Name, or Indonesian Title Name without an organization
  let direct = titleEndingAt(tokens, p, floor);
  // a royal style after an office is part of the name (`Saudi Foreign Minister Prince Faisal bin Farhan`)
  // (and so is an English rank: `military chief General Agus Subiyanto`, `army chief Gen. X`)
  if (direct && (direct.role === 'Prince' || direct.role === 'General')) {
    const office = titleEndingAt(tokens, direct.start, floor);
    if (office) { p = direct.start; direct = office; }
  }
  if (direct) {
    const implied = titleOrgOf(tokens, direct.start, p);
    // (`Syrian interim President X`, `Pakistan's former Prime Minister X`, `Thailand's newly elected Prime
    // Minister X`: words of tenure between)
    let ts = direct.start;
    while (ts - 1 > floor && /^(interim|acting|former|caretaker|outgoing|incoming|new|then|ousted|deposed|exiled|jailed|late|transitional|newly|elected|re-elected|reelected|newly-elected|incumbent|embattled|longtime|long-serving|sitting|current)$/.test(tokens[ts - 1]!.norm)) ts--;
    let demonym = orgEndingAt(ts);
    let demonymEnd = ts;
    // English possessive: `Singapore's Prime Minister Lawrence Wong`, `Myanmar's junta chief …`,
    // `Bangladesh's interim leader …`
    const mod = direct.start - ts || (direct.start - 1 > floor && /^(de|facto)$/.test(tokens[direct.start - 1]!.norm) ? 1 : 0);
    if (demonym < 0 && direct.start - 1 - mod > floor && /^['’]s$/.test(tokens[direct.start - 1 - mod]!.text)) {
      demonymEnd = direct.start - 1 - mod;
      demonym = orgEndingAt(demonymEnd);
    }
    // English portfolio words between the body and its title: `EU trade commissioner`, `EU foreign
    // policy chief`, `Sudan's army chief`, `the U.N. humanitarian chief`
    if (demonym < 0) {
      let q = direct.start;
      while (q - 1 > floor && direct.start - q < 3 && PORTFOLIO_EN.has(tokens[q - 1]!.norm) && /^[a-z]/.test(tokens[q - 1]!.text)) q--;
      if (q < direct.start) {
        const at = orgEndingAt(q);
        if (at >= 0) { demonym = at; demonymEnd = q; }
        else if (q - 1 > floor && /^['’]s$/.test(tokens[q - 1]!.text) && orgEndingAt(q - 1) >= 0) { demonymEnd = q - 1; demonym = orgEndingAt(q - 1); }
      }
    }
    // a body whose name takes the title's first word: `[Indonesian military] chief X`, where the title
    // read is `military chief`
    if (demonym < 0) {
      for (let e = direct.start + 1; e < p && demonym < 0; e++) {
        const x = nameEndingAt(e);
        // (in title case too, an armed force whose name ends in the title's first word: `Indonesian Army
        // Chief of Staff General X`; not `U.S. Treasury Secretary X`, the country's officer)
        if (x && x.start < direct.start && !x.place && (/^[a-z]/.test(tokens[direct.start]!.text) || (x.country === false && /^(Army|Navy|Military|Police|Guard)$/.test(tokens[direct.start]!.text)))) { demonym = x.start; demonymEnd = e; }
      }
    }
    // `Hungary, whose Prime Minister Viktor Orbán …`
    if (demonym < 0 && direct.start - 2 > floor && tokens[direct.start - 1]!.norm === 'whose' && tokens[direct.start - 2]!.text === ',') {
      demonymEnd = direct.start - 2;
      demonym = orgEndingAt(demonymEnd);
    }
    const out: RoleBefore = { role: direct.role, titleStart: direct.start, titleEnd: p };
    if (demonym >= 0) out.org = { start: demonym, end: demonymEnd };
    else if (implied) out.impliedOrg = implied;
    return done(out);
  }
  // Title [ (Short) ] Organization [ (Short) ] [,] Name
  let orgStart = orgEndingAt(p);
  if (orgStart < 0) return undefined;
  let orgEnd = p;
  // `Ketua DPR - RI Setya Novanto`: a body, a hyphen, its country: the body holds the role;
  // `Duta Besar Rusia untuk PBB, Vassily Nebenzia`: the envoy's own country holds the role
  if (orgStart - 1 > floor && (tokens[orgStart - 1]!.text === '-' || TO.has(tokens[orgStart - 1]!.norm)) && orgEndingAt(orgStart - 1) >= 0) {
    orgEnd = orgStart - 1;
    orgStart = orgEndingAt(orgEnd);
  } else if (orgStart - 1 > floor && AT.has(tokens[orgStart - 1]!.norm) && (nameEndingAt(orgEnd)?.place || nameEndingAt(orgEnd)?.country) && nameEndingAt(orgStart - 1)?.country) {
    // `Konsul Jenderal RI di Jeddah, Yusron B. Ambary`: the envoy's country, posted in the place
    orgEnd = orgStart - 1;
    orgStart = orgEndingAt(orgEnd);
  } else if (orgStart - 2 > floor && TO.has(tokens[orgStart - (tokens[orgStart - 1]!.norm === 'the' ? 2 : 1)]!.norm)) {
    // `The Saudi ambassador to Jakarta, Faisal Abdullah Amodi`: the demonym before the envoy's title
    // is the country the role is of; the place it is posted to is not
    const to = orgStart - (tokens[orgStart - 1]!.norm === 'the' ? 2 : 1);
    const envoy = titleEndingAt(tokens, to, floor);
    if (envoy) {
      let own = orgEndingAt(envoy.start);
      let ownEnd = envoy.start;
      if (own < 0 && envoy.start - 1 > floor && /^['’]s$/.test(tokens[envoy.start - 1]!.text)) { ownEnd = envoy.start - 1; own = orgEndingAt(ownEnd); }
      const out: RoleBefore = { role: envoy.role, titleStart: envoy.start, titleEnd: to };
      if (own >= 0) out.org = { start: own, end: ownEnd };
      return done(out);
    }
  }
  // `Menteri Luar Negeri (Menlu) Turki`: the title ends before the parenthesized short form
  let q = orgStart;
  const shortForm = parenOpening(tokens, q, floor);
  if (shortForm >= 0) q = shortForm;
  let t = titleEndingAt(tokens, q, floor);
  // a unit's name between the title and its organization:
  // `Direktur Jenderal Bina Pelayanan Medik Kemenkes`, `Kepala Pusat Penanggulangan Krisis Kemenkes`;
  // a named unit before its parent is the organization (`Direktur … Bareskrim Mabes Polri`: Bareskrim);
  // `Kepala Pusat Data, Informasi, dan Humas BNPB`; `pemimpin senior Hamas`, `Presiden terpilih AS`
  let inList = false;
  for (let k = 0; !t && k < 10; k++) {
    const prev = tokens[q - 1];
    if (q - 1 <= floor || !prev) break;
    const listed = k > 0 && (prev.text === ',' || prev.norm === 'dan');
    // (an ordinal between the title and its country: `Presiden ke-7 RI Joko Widodo`)
    if (!(/^[A-Z]/.test(prev.text) || TITLE_MODIFIERS.has(prev.norm) || listed || /^ke-?\d+$/.test(prev.norm))) break;
    if (listed) inList = true;
    const inner = nameEndingAt(q);
    // (a person ends another item of a list, each with its own title: `Ketua Setara Institute Hendardi,
    // Akademisi Universitas Indonesia Effendi Gazali` — the academic chairs nothing)
    if (inner?.person && tokens[q]?.text === ',') break;
    // a place inside the unit's name is no organization (`Kepala Balai … IX Maluku Kementerian PUPR`),
    // nor is a unit the tagger found but warta does not know, before a known parent (`Kepala Pusat
    // Penanggulangan Krisis Kemenkes`: the ministry)
    // (a place after the unit is where its branch is, not its parent: `Kepala ITPC Jeddah X` heads ITPC)
    const current = nameEndingAt(orgEnd);
    const unknownBeforeKnown = inner !== undefined && !inner.known && current?.known !== false && !current?.place;
    // (a country before a body is part of the unit's name, not its parent: `Direktur Pelindungan WNI
    // Kemlu`; before a place it is the office's own: `Konjen RI Jeddah`)
    const countryInUnit = inner?.country === true && current !== undefined && !current.place;
    if (inner && !inList && !inner.place && !countryInUnit && !unknownBeforeKnown) {
      orgEnd = q;
      orgStart = inner.start;
      q = inner.start;
    } else if (inner) q = inner.start;
    else q--;
    t = titleEndingAt(tokens, q, floor);
  }
  if (!t) return undefined;
  // a title that writes its own unit before the unit's parent (`Kabareskrim Polri X`, `Kapuspenkum
  // Kejagung X`): the unit the title names holds the role, the parent after it only qualifies it
  const implied = titleOrgOf(tokens, t.start, q);
  if (implied !== undefined && q === orgStart) return done({ role: t.role, titleStart: t.start, titleEnd: orgEnd, impliedOrg: implied });
  // (a unit no one recognized between the title and a place is the office, not the place: `kepala
  // Diskar PB Bandung Ferdi Ligaswara` heads a city agency, not Bandung)
  // (the words of the region's own government are no unit: `Sekretaris Daerah Pemerintah Provinsi Sumatera Selatan`)
  // (nor are words of how the office is held: `Bupati nonaktif Pesawaran`)
  if (q < orgStart && nameEndingAt(orgEnd)?.place && tokens.slice(q, orgStart).some((x) => !REGION_GOVERNMENT.test(x.norm) && !TITLE_MODIFIERS.has(x.norm))) return undefined;
  return done({ role: t.role, titleStart: t.start, titleEnd: q, org: { start: orgStart, end: orgEnd } });
}

/** `… (Korut)` ending right before token i: the index of its `(`, or -1 (short forms only: five tokens at most). */
function parenOpening(tokens: Token[], i: number, floor: number): number {
  if (i - 1 <= floor || tokens[i - 1]!.text !== ')') return -1;
  for (let r = i - 2; r >= floor && i - r <= 6; r--) if (tokens[r]!.text === '(') return r;
  return -1;
}

/** Words of kin (`istri`, `putra`, `wife`) right before a title at `start`, past `mantan` and birth order. */
function kinBefore(tokens: Token[], start: number, floor: number): boolean {
  let k = start - 1;
  while (k >= floor && /^(mantan|eks|former|of|late|almarhum|mendiang|bungsu|sulung|tertua|pertama|kedua|ketiga)$/.test(tokens[k]!.norm)) k--;
  if (k < floor || !/^(istri|suami|anak|putra|putri|ayah|ayahanda|ibunda|adik|kakak|menantu|mertua|cucu|keponakan|istrinya|wife|husband|son|daughter|widow|nephew|niece)$/.test(tokens[k]!.norm)) return false;
  let b = k - 1;
  if (b >= floor && /^(the|a)$/.test(tokens[b]!.norm)) b--;
  return b < floor || tokens[b]!.text === ',';
}

function withFormer(tokens: Token[], r: RoleBefore, floor: number): RoleBefore {
  // a candidate for the office does not hold it (`calon Bupati Kudus X`): the role says so, and no
  // holds_role is drawn from it (static.ts)
  // (an incumbent running again holds it: `Petahana Calon Wakil Gubernur DKI Djarot`)
  if (r.titleStart - 1 >= floor && /^(calon|bakal|kandidat|candidate|cagub|cabup|cawalkot)$/.test(tokens[r.titleStart - 1]!.norm)
    && !/^(petahana|incumbent)$/.test(tokens[r.titleStart - 2]?.norm ?? '')) {
    r.role = 'candidate ' + r.role;
    r.titleStart--;
    return r;
  }
  if (r.titleStart - 1 >= floor && FORMER.has(tokens[r.titleStart - 1]!.norm)) {
    r.role = 'former ' + r.role;
    r.titleStart--;
  } else if (r.org && r.org.start < r.titleStart && r.org.start - 1 >= floor && FORMER.has(tokens[r.org.start - 1]!.norm)) {
    // English writes the country first: `Former Pakistani Prime Minister Imran Khan`
    r.role = 'former ' + r.role;
  }
  return r;
}
