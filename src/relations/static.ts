/**
 * Static relations, from the shape of noun phrases:
 *   holds_role  `Presiden Rusia, Vladimir Putin`; `Menteri Luar Negeri (Menlu) Turki, Mevlut Cavusoglu`;
 *               `Ketua Umum PDIP Megawati`; `Russian President Vladimir Putin`; `X, pelatih Arsenal`
 *   member_of   `Turki yang merupakan negara anggota NATO sejak tahun 1952`; `kader Golkar X`; `pemain Persib X`
 *   located_in  `Sochi, Rusia`; `di Addis Ababa, Ethiopia`; chains `A, B, C`
 * A role stated without its country or organization (`Menlu Retno`) gives no relation.
 */
import { isFacilityAt } from '../ner/rules/facility-names.js';
import type { Entity, Token } from '../types.js';
import { COMPASS_WORD_ID, COUNTERPART, GENERIC_BODY, counterpartNameAt, isIdVerb, type MentionInfo, type SentenceView } from './clause.js';
import { placeAppositiveAt } from '../ner/rules/place-appositive.js';
import { CHAIN_KINDS } from '../ner/rules/known-name-in-span.js';
import { skipRanksForward, titleEndingAt, titleStartingAt } from '../ner/rules/role-before-name.js';
import { FORMER, titleOrgOf } from './roles.js';
import type { Draft } from './draft.js';
import type { DocMention } from '../ner/entities.js';
import type { KnownEntity } from './events.js';
import { upperStart, lowerStart } from '../text/chars.js';

const MEMBER_HEADS = new Set(['anggota', 'member', 'members', 'kader']);
const PARTY_MEMBER = new Set(['kader', 'kapten', 'politikus', 'politisi', 'pemain', 'penyerang', 'gelandang', 'bek', 'kiper', 'striker', 'karyawan', 'pegawai', 'player', 'anggota', 'aktivis', 'relawan', 'pengurus']);
/** Verbs of taking or leaving an office between a name and the title (`X dipecat sebagai manajer Y`). */
const TAKEN_OR_LEFT = /^(ditunjuk|diangkat|dilantik|terpilih|appointed|named|elected|dipecat|diberhentikan|dicopot|mundur|lengser|sacked|fired|dismissed|resigned|quit)$/;
const LEFT = /^(dipecat|diberhentikan|dicopot|mundur|lengser|sacked|fired|dismissed|resigned|quit)$/;

/** Verbs of appointing someone to an office (`menunjuk X sebagai …`, `appointed X as …`). */
const APPOINT = /^(menunjuk|mengangkat|melantik|merekrut|mendatangkan|mengontrak|memperkenalkan|menetapkan|memilih|appointed|named|hired|picked|chose|elected)$/;

/** The token after at most `max` lower-case words from token `from` that start no mention (`state miner [Aneka Tambang]`). */
function pastLowerWords(v: SentenceView, from: number, max: number): number {
  const { tokens } = v;
  let a = from;
  while (a < from + max && !v.at.get(a) && tokens[a]?.kind === 'word' && lowerStart(tokens[a]!.text)) a++;
  return a;
}

/**
 * The body that a country's demonym and a noun of its kind describe, in English wire style (`head
 * coach of South Korean club Ulsan HD`, `chief executive of Chinese miner Tsingshan`), else `mi`.
 */
function describedBody(v: SentenceView, entities: Entity[], mi: MentionInfo): MentionInfo {
  const { tokens } = v;
  if (v.lang !== 'en' || entities[mi.m.entity]!.type !== 'COUNTRY' || !BODY_KINDS_EN.test(tokens[mi.m.tokenEnd]?.norm ?? '')) return mi;
  const body = v.at.get(pastLowerWords(v, mi.m.tokenEnd, 3));
  return body && !body.m.part && entities[body.m.entity]!.type === 'ORGANIZATION' ? body : mi;
}

/** The end of the subject before a verb at token i (adverbs like `resmi`, `telah` skipped). */
function subjectEndBefore(tokens: Token[], i: number, from: number): number {
  let p = i;
  for (;;) {
    while (p - 1 >= from && /^(resmi|telah|sudah|akhirnya|kembali|secara|officially|has|have|had)$/.test(tokens[p - 1]!.norm)) p--;
    // (a day between: `Garuda Indonesia on Wednesday appointed …`, `PSSI pada Senin menunjuk …`)
    if (p - 2 >= from && /^(on|pada)$/.test(tokens[p - 2]!.norm) && DAY_ADJUNCT.test(tokens[p - 1]!.norm)) { p -= 2; continue; }
    // (the body's people who decide for it: `Garuda Indonesia shareholders appointed …`)
    if (p - 1 >= from && /^(shareholders|board|directors|management|owners|pemegang|saham|direksi|manajemen)$/.test(tokens[p - 1]!.norm) && lowerStart(tokens[p - 1]!.text)) { p--; continue; }
    return p;
  }
}

/**
 * member_of `body` for each country of `c`'s coordinated group (`Mali, Burkina Faso, dan Niger`),
 * those from token `from` on, but not `except` (a member already drawn).
 */
/** `allies X`, `sekutu X`, or `members …, including X` / `anggota …, termasuk X` right before token i. */
function alliesBefore(tokens: Token[], i: number, from: number): boolean {
  const p = tokens[i - 1]!.norm;
  if (/^(allies|sekutu|sekutunya)$/.test(p)) return true;
  if (!/^(including|termasuk|yakni|yaitu|seperti)$/.test(p)) return false;
  for (let q = i - 2; q >= Math.max(from, i - 6); q--) if (/^(allies|members|anggota|sekutu|sekutunya)$/.test(tokens[q]!.norm)) return true;
  return false;
}

/**
 * `A, B and (six) other X members`, `A dan negara anggota X lainnya`: the countries listed before,
 * when the body `m` (X) names the others' membership (empty when the words around X do not).
 */
export function otherMembersBefore(v: SentenceView, m: DocMention): MentionInfo[] {
  const { tokens } = v;
  let p = m.tokenStart - 1;
  let and = -1;
  if (v.lang === 'en') {
    if (!/^(member|members)$/.test(tokens[m.tokenEnd]?.norm ?? '') || tokens[p]?.norm !== 'other') return [];
    p--;
    if (tokens[p]?.kind === 'number' || /^(two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|the)$/.test(tokens[p]?.norm ?? '')) p--;
    and = p;
  } else {
    // `dan negara(-negara) anggota X lainnya`
    if (tokens[m.tokenEnd]?.norm !== 'lainnya' || tokens[p]?.norm !== 'anggota') return [];
    p--;
    if (/^(negara|negara-negara)$/.test(tokens[p]?.norm ?? '')) p--;
    and = p;
  }
  if (!/^(and|dan|serta)$/.test(tokens[and]?.norm ?? '')) return [];
  // (the list before `and`, its commas alone: `Saudi Arabia, Russia and …`)
  const out: MentionInfo[] = [];
  for (let c = v.endAt.get(and); c && !c.m.part && c.country; c = tokens[c.m.tokenStart - 1]?.text === ',' ? v.endAt.get(c.m.tokenStart - 1) : undefined) out.unshift(c);
  return out;
}

function countriesJoin(out: Draft[], v: SentenceView, entities: Entity[], c: MentionInfo, body: DocMention, trigger: Token, from = 0, except = -1): void {
  for (const x of v.groups.get(c.group) ?? [c]) {
    if (x.m.part || x.m.tokenStart < from || x.m.entity === except || x.m.entity === body.entity || entities[x.m.entity]!.type !== 'COUNTRY') continue;
    out.push({ type: 'member_of', subject: x.m.entity, object: body.entity, sentence: v.s.index, trigger, subjectSpan: x.m, objectSpan: body });
  }
}

/** Words between a member noun and the body: `pemain asing Persebaya`, `kader muda PDIP`. */
const MEMBER_MODIFIER = new Set(['asing', 'muda', 'senior', 'baru', 'anyar', 'andalan', 'pinjaman', 'lokal', 'utama', 'inti', 'setia', 'tengah', 'sayap', 'kanan', 'kiri']);
/** Words before a member noun that make one a candidate, no member yet (`calon anggota DPRD dari X`). */
const CANDIDATE = new Set(['calon', 'bakal', 'caleg']);
/** Passives of leading an organization, and the role they give (`Persija dilatih Teco`). */
const LED_BY = new Map([
  ['dilatih', 'Coach'], ['diasuh', 'Coach'], ['diarsiteki', 'Coach'],
  ['dipimpin', 'Leader'], ['dinakhodai', 'Leader'], ['diketuai', 'Chair'], ['dikomandoi', 'Commander'],
  ['coached', 'Coach'], ['led', 'Leader'], ['headed', 'Head'], ['chaired', 'Chair'],
]);
/** Words between a name and a title after it: `X, Y` / `X merupakan Y` / `X selaku Y` / `X, the Y of` */
const APPOSITION = new Set([',', 'yang', 'merupakan', 'adalah', 'selaku', 'sebagai', 'menjabat', 'juga', 'kini', 'saat', 'ini', 'itu', 'the', 'a', 'an', 'is', 'was', 'as', 'who', 'also']);

function yearAfter(tokens: Token[], from: number, to: number): string | undefined {
  for (let i = from; i < Math.min(to, from + 5); i++) {
    const t = tokens[i]!;
    if (t.norm === 'sejak' || t.norm === 'since') {
      for (let j = i + 1; j < Math.min(to, i + 4); j++) if (/^(1[89]|20)\d\d$/.test(tokens[j]!.text)) return tokens[j]!.text;
    }
  }
  return undefined;
}

/** Titles that write a police or military unit in themselves (`Kapolda` is Kepala Polda): the unit's word and the role within it. */
const UNIT_TITLES = new Map<string, [unit: string, role: string]>([
  ['kapolda', ['Polda', 'Chief']], ['wakapolda', ['Polda', 'Deputy Chief']], ['kapolres', ['Polres', 'Chief']], ['wakapolres', ['Polres', 'Deputy Chief']],
  ['kapolresta', ['Polresta', 'Chief']], ['wakapolresta', ['Polresta', 'Deputy Chief']], ['kapolrestabes', ['Polrestabes', 'Chief']],
  ['wakapolrestabes', ['Polrestabes', 'Deputy Chief']], ['kapolsek', ['Polsek', 'Chief']], ['pangdam', ['Kodam', 'Commander']], ['kasdam', ['Kodam', 'Chief of Staff']],
]);

/**
 * `Kapolda Jawa Barat X`: the office is at the regional police (`Polda Jawa Barat`), its chief, when
 * warta's data knows that unit by the region's name as written; otherwise undefined (the region holds it).
 */
function unitOfTitle(v: SentenceView, m: DocMention, known?: KnownEntity): { org: number; role: string } | undefined {
  const unit = UNIT_TITLES.get(v.tokens[m.tokenStart - 1]?.norm ?? '');
  if (unit === undefined || !known) return undefined;
  const org = known(`name:${unit[0]} ${v.s.text.slice(m.start - v.s.start, m.end - v.s.start)}`);
  return org === undefined ? undefined : { org, role: unit[1] };
}

/**
 * A wing of an organization around the organization mention ending at token i: `X, sayap
 * paramiliter dari Y` (X is Y's wing), `sayap militer Y, X` and `Y's armed wing, X` (from Y).
 */
function wingAfter(v: SentenceView, entities: Entity[], i: number): { unit: MentionInfo; parent: MentionInfo; at: number } | undefined {
  const { tokens } = v;
  const org = (mi: MentionInfo | undefined): mi is MentionInfo => mi !== undefined && !mi.m.part && entities[mi.m.entity]!.type === 'ORGANIZATION';
  const here = v.endAt.get(i);
  if (!org(here) || (tokens[i]?.text !== ',' && !/^['’]s$/.test(tokens[i]?.text ?? ''))) return undefined;
  const pair = (unit: MentionInfo | undefined, parent: MentionInfo, at: number) => (org(unit) && unit.m.entity !== parent.m.entity ? { unit, parent, at } : undefined);
  // X, sayap … Y
  if (tokens[i]!.text === ',') {
    let j = i + 1;
    if (tokens[j]?.norm === 'the') j++;
    // (`X, the armed wing of Y`: the wing's kind before it in English)
    if (v.lang === 'en' && /^(armed|military|paramilitary|political|youth)$/.test(tokens[j]?.norm ?? '')) j++;
    if (WING.has(tokens[j]?.norm ?? '')) {
      const at = j;
      for (j++; j < Math.min(v.s.tokenEnd, at + 5); j++) {
        const mi = v.at.get(j);
        if (mi) return org(mi) ? pair(here, mi, at) : undefined;
        if (!WING_WORDS.test(tokens[j]!.norm)) return undefined;
      }
      return undefined;
    }
    // sayap militer Y, X
    let b = here.m.tokenStart - 1;
    while (b > v.s.tokenStart && WING_WORDS.test(tokens[b]!.norm)) b--;
    if (b < v.s.tokenStart || !WING.has(tokens[b]!.norm)) return undefined;
    return pair(v.at.get(i + 1), here, b);
  }
  // Y's armed wing, X
  let j = i + 1;
  while (j < v.s.tokenEnd && WING_WORDS.test(tokens[j]!.norm)) j++;
  if (!WING.has(tokens[j]?.norm ?? '') || tokens[j + 1]?.text !== ',') return undefined;
  const at = j;
  j += 2;
  if (tokens[j]?.norm === 'the') j++;
  return pair(v.at.get(j), here, at);
}
const WING = new Set(['sayap', 'wing']);
const WING_WORDS = /^(militer|bersenjata|paramiliter|politik|pemuda|dari|armed|military|paramilitary|political|youth|of|the)$/;

/** A club signing players (`mengontrak`, `merekrut`, `signed`), and the passive forms after the player. */
const SIGNS = new Set(['mengontrak', 'merekrut', 'mendatangkan', 'memboyong', 'meminang', 'mendaratkan', 'signed', 'signs', 'recruited']);
const SIGNED = new Set(['dikontrak', 'direkrut', 'didatangkan', 'diboyong', 'dipinang']);
const CONTRACT_VERBS = new Set(['mendapatkan', 'mendapat', 'meneken', 'menandatangani', 'memperpanjang', 'menerima', 'signed', 'signs', 'inked', 'extended', 'extends']);

/** A player's position (`midfielder`, `gelandang`). */
const POSITIONS = /^(midfielder|striker|forward|defender|goalkeeper|winger|full-back|fullback|centre-back|playmaker|player|gelandang|penyerang|bek|kiper|pemain|sayap)$/;

/** The players named within a few words after token i (`dua pemain muda yaitu A dan B`): a group of persons. */
function playersAfter(v: SentenceView, entities: Entity[], i: number): MentionInfo[] {
  const { tokens } = v;
  for (let j = i; j < Math.min(v.s.tokenEnd, i + 7); j++) {
    const mi = v.at.get(j);
    if (mi) {
      // (the player's origin: `striker asal Brasil, Gustavo Almeida`, `bek asal Jepang`)
      if (!mi.m.part && entities[mi.m.entity]!.type === 'COUNTRY' && /^(asal|dari|from)$/.test(tokens[j - 1]?.norm ?? '')) { j = mi.m.tokenEnd - 1; continue; }
      // (the player's old club or country before his position: `signed Paris Saint-Germain midfielder
      // João Neves`, `merekrut gelandang Persija X`)
      if (!mi.m.part && entities[mi.m.entity]!.type !== 'PERSON' && POSITIONS.test(tokens[mi.m.tokenEnd]?.norm ?? '')) { j = mi.m.tokenEnd; continue; }
      if (mi.m.part || entities[mi.m.entity]!.type !== 'PERSON') return [];
      return (v.groups.get(mi.group) ?? [mi]).filter((x) => entities[x.m.entity]!.type === 'PERSON');
    }
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== ',') return [];
    if (t.kind === 'word' && upperStart(t.text) && !v.cover.has(j)) return [];
    // `mengontrak pelatih X`: a coach holds an office, he is no player
    const title = titleStartingAt(tokens, j, v.s.tokenEnd);
    if (title && title.role !== 'Member') return [];
  }
  return [];
}

/** holds_role of person mention `m` in the organization `orgId` a title (tokens `a`–`b`) names in itself. */
function impliedRole(v: SentenceView, m: DocMention, orgId: string, role: string, a: number, b: number, out: Draft[], known?: KnownEntity): void {
  const org = known?.(orgId);
  if (org === undefined || org === m.entity) return;
  // (a country right after the title owns another body of that name: `anggota DPR AS` sits in the U.S. House)
  const after = v.at.get(b);
  if (after && !after.m.part && after.country) return;
  // (nor when a name runs from inside the title past its end: `anggota [DPR AS]`)
  const across = v.cover.get(b - 1);
  if (across && across.m.tokenEnd > b) return;
  const title = { start: v.tokens[a]!.start, end: v.tokens[b - 1]!.end };
  // (a member of the body it names is member_of, as RELATIONS.md has members: `anggota DPR X`)
  if (/^(former )?Member\b/.test(role)) { out.push({ type: 'member_of', subject: m.entity, object: org, sentence: v.s.index, trigger: title, subjectSpan: m, objectSpan: title }); return; }
  out.push({ type: 'holds_role', subject: m.entity, object: org, role, sentence: v.s.index, trigger: title, subjectSpan: m, objectSpan: title });
}

/** English nouns of a place's units and bodies (`the Riau provincial public works office`). */
const UNIT_NOUNS_EN = /^(office|agency|department|bureau|police|council|court|service|directorate|ministry|administration|authority|commission|board|hospital|university|branch|unit|division|secretariat|parliament|legislature|assembly)$/;
/** Departments written before an English title (`the finance director of`, `its operations director`). */
const DEPARTMENTS = /^(finance|financial|operations|operating|technical|technology|commercial|marketing|legal|compliance|investment|communications|sales|research|strategy|risk|business|production)$/;
/** Words of what a body is, before its name in English wire style (`state miner Aneka Tambang`). */
const BODY_KINDS_EN = /^(state|state-owned|state-run|national|private|flag|carrier|miner|lender|bank|company|firm|giant|group|operator|airline|insurer|developer|producer|maker|oil|gas|energy|mining|telecoms|telecommunications|media|broadcaster|newspaper|retailer|conglomerate|holding|utility|power|electricity|investment|sovereign|fund|club|team|federation|association|agency|automaker|carmaker|startup)$/;

/**
 * The verb of joining right before token i (`bergabung dengan`, `bergabung ke`, `hijrah ke`,
 * `pindah ke`, `joined`), or for a club a verb of playing for it (`memperkuat`, `membela`, `signed
 * for`): its index, or -1.
 */
function joinVerbBefore(tokens: Token[], i: number, from: number, club: boolean): number {
  const v = joinVerbAt(tokens, i, from, club);
  if (v < 0) return v;
  // a plan, a wish or a refusal to join is no membership (`berencana bergabung dengan OECD`)
  let p = v - 1;
  while (p >= from && /^(untuk|to|segera|resmi|officially)$/.test(tokens[p]!.norm)) p--;
  if (p >= from && UNREAL.test(tokens[p]!.norm)) return -1;
  // (nor is an attempt or a bid of the one named right before the verb: `upaya Indonesia bergabung dengan OECD`)
  let q = v - 1;
  while (q >= from && upperStart(tokens[q]!.text)) q--;
  return q >= from && q < v - 1 && /^(upaya|usaha|rencana|keinginan|niat|ambisi|aspirasi|langkah|bid|attempt|plan|ambition)$/.test(tokens[q]!.norm) ? -1 : v;
}
/**
 * The one who joins, named before the verb of joining at `verb` with lower-case words only between
 * (`Finlandia resmi bergabung …`), or the name a relative clause with the verb is about (`Finlandia,
 * yang bergabung dengan NATO pada 2023, …`).
 */
function joinerBefore(v: SentenceView, verb: number, from: number): MentionInfo | undefined {
  const { tokens } = v;
  let j = verb - 1;
  while (j >= from && tokens[j]!.kind === 'word' && lowerStart(tokens[j]!.text) && !/^(sebelum|setelah|ketika|saat|sejak|yang|who|which|before|after|when)$/.test(tokens[j]!.norm) && verb - j <= 4) j--;
  if (j > from && /^(yang|which)$/.test(tokens[j]!.norm) && verb - j <= 4) {
    j--;
    if (tokens[j]?.text === ',') j--;
  }
  return v.endAt.get(j + 1);
}

/**
 * Is the member named from token `at` on the object of an admission only asked for or planned:
 * `menyerukan DK PBB segera mengakui Palestina sebagai anggota penuh PBB`, `urged the council to
 * admit Palestine as a full member`? (A recognition told as done is a membership.)
 */
function askedToAdmit(tokens: Token[], at: number, from: number): boolean {
  const verb = at - 1;
  if (verb <= from || !/^(mengakui|menerima|menjadikan|recognize|recognise|admit|accept)$/.test(tokens[verb]!.norm)) return false;
  const before = tokens[verb - 1]!.norm;
  if (UNREAL.test(before) || /^(segera|agar|supaya|untuk|harus|perlu|to|should|must)$/.test(before)) return true;
  // (a request further back, the one urged between: `mendesak Dewan Keamanan PBB mengakui Palestina …`)
  for (let k = verb - 1; k >= Math.max(from, verb - 8); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (/^(mendesak|meminta|menyerukan|menuntut|mengajak|urged|urges|asked|asks|called|calls|demanded)$/.test(t.norm)) return true;
  }
  return false;
}
const UNREAL = /^(berencana|akan|ingin|hendak|berniat|bakal|mengajukan|berupaya|tertarik|berminat|mengincar|tidak|tak|belum|batal|menolak|gagal|plans|planned|will|would|wants|wanted|seeks|sought|hopes|applied|not|never|refused|declined|failed)$/;

function joinVerbAt(tokens: Token[], i: number, from: number, club: boolean): number {
  // (the kind of body and its country between: `joined Italian club Sassuolo`, `bergabung dengan klub
  // Belanda Fortuna Sittard`, `joined the opposition party X`)
  if (club && i - 3 >= from) {
    const k0 = tokens[i]!, k1 = tokens[i - 1]!, k2 = tokens[i - 2]!;
    // (i at the word `club`, the caller having stepped back over it)
    if (/^(club|side|team)$/.test(k0.norm) && upperStart(k1.text)) return joinVerbAt(tokens, i - 1, from, false);
    if (/^(club|side|team)$/.test(k1.norm) && upperStart(k2.text)) return joinVerbAt(tokens, i - 2, from, false);
    if (upperStart(k1.text) && /^(klub|tim)$/.test(k2.norm)) return joinVerbAt(tokens, i - 2, from, false);
  }
  const a = tokens[i - 1]?.norm ?? '';
  const b = i - 2 >= from ? tokens[i - 2]!.norm : '';
  if (/^(dengan|ke)$/.test(a) && /^(bergabung|hijrah|pindah|berlabuh|merapat|gabung)$/.test(b)) return i - 2;
  if (a === 'joined' || a === 'joins') return i - 1;
  // `joined the Indonesian Solidarity Party`
  if (a === 'the' && (b === 'joined' || b === 'joins')) return i - 2;
  if (a === 'for' && /^(signed|plays|played|playing)$/.test(b)) return i - 2;
  if (club && /^(memperkuat|membela|berseragam)$/.test(a)) return i - 1;
  // `bermain untuk Persib`, `bermain bagi klub Serie A Sassuolo`
  if (club && /^(untuk|bagi)$/.test(a) && /^(bermain|bertanding|main)$/.test(b)) return i - 2;
  // `X yang ke PS TNI`, `Dwi sudah fix ke Arema`: a move to a club with the verb left out
  if (club && a === 'ke' && /^(yang|fix|resmi|sudah|segera)$/.test(b)) return i - 2;
  return -1;
}

/**
 * The person who opens the sentence as its subject (titles before the name allowed, no verb before
 * it: `Gelandang Marselino Ferdinan resmi bergabung …`, not `Ia pernah bertemu Egy …`), named before
 * token j; else undefined.
 */
function openingPerson(v: SentenceView, entities: Entity[], from: number, j: number): MentionInfo | undefined {
  const first = v.mentions.find((x) => !x.m.part && !x.titleModifier && x.m.tokenStart >= from);
  if (!first || first.m.tokenEnd > j || entities[first.m.entity]!.type !== 'PERSON' || (v.groups.get(first.group) ?? [first]).length !== 1) return undefined;
  for (let k = from; k < first.m.tokenStart; k++) {
    const t = v.tokens[k]!;
    if (isIdVerb(t) || (v.lang === 'en' && t.kind === 'word' && lowerStart(t.text) && /(ed|s)$/.test(t.norm)) || /^(ia|dia|beliau|he|she|they|mereka)$/.test(t.norm)) return undefined;
  }
  return first;
}

/**
 * The person a clause ending at token i is about: the nearest person named before it, with only
 * lower-case words (`yang sebelumnya`, `sudah resmi`) between; none when another name or a clause
 * boundary comes first.
 */
function personBefore(v: SentenceView, entities: Entity[], i: number, from: number): MentionInfo | undefined {
  const { tokens } = v;
  let appositive = false;
  for (let j = i - 1; j >= Math.max(from, i - 8); j--) {
    const t = tokens[j]!;
    // (a relative clause set off by a comma: `gelandang asal Brasil, Lucas Moreira, yang musim lalu membela Arema FC`)
    if (t.text === ',' && tokens[j + 1]?.norm === 'yang') continue;
    // (a person named between commas after a description: `Politikus PKB, Ahmad Fauzi, resmi bergabung …`)
    const closing = t.text === ',' ? v.endAt.get(j) : undefined;
    if (closing && !closing.m.part && entities[closing.m.entity]!.type === 'PERSON' && tokens[closing.m.tokenStart - 1]?.text === ',' && (v.cover.has(closing.m.tokenStart - 2) || lowerStart(tokens[closing.m.tokenStart - 2]?.text ?? 'X'))) {
      appositive = true;
      continue;
    }
    if (t.text === '.' || t.text === ';' || t.text === ',' || t.text === '"' || t.text === '”') return undefined;
    // `X dilepas oleh Dewa United dan resmi bergabung dengan …`: a second verb joined by `dan` shares
    // the subject that opens the sentence
    if (/^(dan|and)$/.test(t.norm) && j + 1 <= i && tokens[j + 1]!.kind === 'word' && lowerStart(tokens[j + 1]!.text)) {
      return openingPerson(v, entities, from, j);
    }
    // `… dan Hoffenheim sebelum bergabung dengan FC Bayern`: a subordinate clause's subject is the
    // main clause's, a person opening the sentence (`Rizky Ridho bergabung dengan Persib setelah tiga
    // musim membela Persija`)
    if (/^(sebelum|setelah|sesudah|ketika|saat|sejak|usai|seusai|sambil|before|after|when|since|while)$/.test(t.norm)) {
      return openingPerson(v, entities, from, j);
    }
    const mi = v.cover.get(j);
    if (mi) {
      // (a person listed with clubs or places was read wrong: `membela Paderborn, MSV Duisburg, dan
      // Hoffenheim sebelum bergabung dengan FC Bayern`)
      const group = v.groups.get(mi.group) ?? [mi];
      if (!group.every((x) => entities[x.m.entity]!.type === 'PERSON')) return undefined;
      // the last of a list whose other members warta did not name as people
      const before = tokens[mi.m.tokenStart - 1];
      // (a comma after a fronted adverbial is no list: `Sementara itu, Hanif …`)
      const adverbial = before?.text === ',' && /^(itu|ini|tersebut|demikian|kemarin|lalu|namun|however|meanwhile)$/.test(tokens[mi.m.tokenStart - 2]?.norm ?? '');
      if (group.length === 1 && before && /^(dan|serta|,)$/.test(before.norm) && !adverbial && !appositive) return undefined;
      return mi;
    }
    if (t.kind === 'word' && upperStart(t.text)) return undefined;
  }
  return undefined;
}

/** Gazetteer kinds of places that a street or a site can hold (`Gedung Sate, Jalan Diponegoro`). */
const FACILITY_KINDS = new Set(['landmark', 'facility']);

/** How large a place of each gazetteer kind is, for telling an address (`Gedung DPR, Senayan, Jakarta
 * Pusat`) from a list (`Jakarta, Bandung, Surabaya`). */
const PLACE_RANK: Record<string, number> = {
  facility: 0, landmark: 0, region: 1, city: 2, regency: 2, capital: 2, island: 3, state: 4, province: 4, continent: 6,
};

/** Compass words before a region (`in southern Ukraine`) or after it (`di Jalur Gaza selatan`). */
const COMPASS_EN = /^(southern|northern|eastern|western|central|southeastern|southwestern|northeastern|northwestern|occupied)$/;

/** Whether warta's data puts place `a` inside place `b` (its parent, or the parent's parent …). */
export type InsidePlace = (a: number, b: number) => boolean;
const COMPASS_ID = /^(selatan|utara|timur|barat|tengah|tenggara|barat daya|timur laut|barat laut)$/;

/** Kinds of bodies a unit is named with (`Densus 88 Polri`, `Badan Keahlian DPR`), and kinds no such unit has. */
const UNIT_PARENT_KINDS = new Set(['gov', 'military', 'police', 'igo', 'legislature', 'university', 'court']);
const UNIT_NOT_KINDS = new Set(['club', 'company', 'media', 'soe', 'other', 'party', 'metonym', 'igo']);

/** `oleh`/`by` right before token i, or before a title of capitalized words ending there (`oleh Presiden X`). */
function agentByBefore(tokens: Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && i - k <= 3 && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  return /^(oleh|by)$/.test(tokens[k]?.norm ?? '');
}

/**
 * The body whose short name (one word, or two ending in an acronym: `Polri`, `TNI AD`, `UNIFIL`)
 * follows the unit `m` with nothing between and no comma around, when the body is an organization of
 * the state or public life (`UNIT_PARENT_KINDS`; people have kinds too) and the unit is none of
 * `UNIT_NOT_KINDS` (not a league's sponsor or club: `Liga 1 Arema FC`, `Liga Go-Jek Traveloka`; an
 * unknown name with a short form is no unit: `Gerakan Pemuda (GP) Ansor`).
 */
function bodyOfUnit(v: SentenceView, m: DocMention, entities: Entity[], kinds: Array<string | undefined>): MentionInfo | undefined {
  const { tokens } = v;
  const body = v.at.get(m.tokenEnd);
  if (!body || body.m.part || body.m.entity === m.entity || entities[body.m.entity]!.type !== 'ORGANIZATION' || !UNIT_PARENT_KINDS.has(kinds[body.m.entity] ?? '') || UNIT_NOT_KINDS.has(kinds[m.entity] ?? '')) return undefined;
  const words = body.m.tokenEnd - body.m.tokenStart;
  if (words > 2 || !/^\p{Lu}/u.test(tokens[body.m.tokenStart]!.text) || (words === 2 && !/^[A-Z]{2,}$/.test(tokens[body.m.tokenEnd - 1]!.text))) return undefined;
  if (tokens[m.tokenStart - 1]?.text === ',' || tokens[body.m.tokenEnd]?.text === ',') return undefined;
  return kinds[m.entity] === undefined && tokens[m.tokenEnd - 1]!.text === ')' ? undefined : body;
}

/** A person's name opens at token i (a body's name right before it is that person's title). */
function personAt(v: SentenceView, i: number): boolean {
  const mi = v.at.get(i);
  return mi !== undefined && !mi.m.part && mi.person;
}

/** Verbs of a club signing a player. */
const RECRUITS = /^(merekrut|meminjamkan|menjual|melepas|mendatangkan|memperkenalkan|mengontrak|memboyong|menggaet|meminang|rekrut|datangkan|boyong|gaet)$/;

/** An Indonesian ordinal (`ke-11`, `kedua`, `ke 3`). */
const ORDINAL = /^(ke-?\d+|ke(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))$/;
/** A day told between the verb and `as … member` (`was admitted on Sunday as the 11th member of`). */
const DAY_ADJUNCT = /^(on|pada|monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|today|yesterday|kemarin)$/;
const ORDINAL_EN = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;

/** The person named after a title opening at token `from` (`mantan Gubernur Jawa Tengah, Ganjar Pranowo`): a title, then capitalized words and names only, then the name. */
function holderAfterAlsoTitle(v: SentenceView, from: number, k: number, entities: Entity[]): MentionInfo | undefined {
  const { tokens } = v;
  let p = from;
  if (FORMER.has(tokens[p]?.norm ?? '')) p++;
  if (!titleStartingAt(tokens, p, v.s.tokenEnd)) return undefined;
  for (let j = k + 1; j < v.mentions.length; j++) {
    const x = v.mentions[j]!;
    if (x.m.tokenStart - from > 12) return undefined;
    if (x.m.part || x.m.tokenStart < p) continue;
    if (entities[x.m.entity]!.type === 'PERSON') {
      for (let q = p; q < x.m.tokenStart; q++) if (!(v.cover.has(q) || tokens[q]!.text === ',' || upperStart(tokens[q]!.text))) return undefined;
      return x;
    }
  }
  return undefined;
}

/** Nouns of a body's members describing people before them (`dua mantan kader PDI-P`, `politikus Partai Demokrat`). */
const MEMBERS_DESCRIBED = /^(kader|anggota|politikus|politisi|simpatisan|pengurus|member|members|politician|politicians)$/;

/** Words that name a place as a region holding others (`Kecamatan Gumbasa`, `Kabupaten Sigi`), with
 * the rank of the unit each names (`Kab.` and `Kota` alike: regencies and cities are peers). */
const HEAD_RANK = new Map<string, number>([['desa', 0], ['dusun', 0], ['kelurahan', 0], ['kecamatan', 1], ['distrik', 1], ['kabupaten', 2], ['kab', 2], ['kab.', 2], ['kota', 2], ['provinsi', 4], ['prov', 4], ['prov.', 4]]);

/**
 * The mention at `k` (in the sentence's list) goes on a list of places: `, C` repeated, then `dan`/`and`
 * and a place that no comma and place follow (`Michigan, New York dan Minnesota`; not `Sochi, Rusia
 * dan Ankara, Turki`, two chains).
 */
function placeList(v: SentenceView, k: number, entities: Entity[]): boolean {
  const { tokens, mentions } = v;
  const place = (x: MentionInfo) => x.country || entities[x.m.entity]!.type === 'LOCATION';
  let mi = mentions[k];
  while (mi) {
    let after = tokens[mi.m.tokenEnd];
    const next = mentions[mi.k + 1];
    // (`Jawa, Madura, dan Bali`: a comma before the last `dan`)
    const serial = after?.text === ',' && /^(dan|serta|atau|and|or)$/.test(tokens[mi.m.tokenEnd + 1]?.norm ?? '');
    if (serial) after = tokens[mi.m.tokenEnd + 1];
    if (!after || !next || next.m.part || next.m.tokenStart !== mi.m.tokenEnd + (serial ? 2 : 1)) return false;
    if (!place(next)) return false;
    if (after.text === ',') { mi = next; continue; }
    if (!/^(dan|serta|atau|and|or)$/.test(after.norm)) return false;
    // the last place of the list: no `, place` after it
    const then = mentions[next.k + 1];
    return !(tokens[next.m.tokenEnd]?.text === ',' && then !== undefined && then.m.tokenStart === next.m.tokenEnd + 1 && place(then));
  }
  return false;
}

/** The first and last mention of the run of names joined by single commas that holds mention k. */
function commaRun(v: SentenceView, k: number): [number, number] {
  const { tokens, mentions } = v;
  const linked = (a: MentionInfo | undefined, b: MentionInfo | undefined) =>
    a !== undefined && b !== undefined && !b.m.part && tokens[a.m.tokenEnd]?.text === ',' && b.m.tokenStart === a.m.tokenEnd + 1;
  let first = k;
  while (first > 0 && linked(mentions[first - 1], mentions[first])) first--;
  let last = k;
  while (linked(mentions[last], mentions[last + 1])) last++;
  return [first, last];
}

/** A list's conjunction at q, or a comma and one (`, dan`, `and`, `hingga`). */
function conjunctionAfter(tokens: Token[], q: number): boolean {
  if (tokens[q]?.text === ',') q++;
  return /^(dan|serta|atau|hingga|sampai|and|or)$/.test(tokens[q]?.norm ?? '');
}

export function staticRelations(v: SentenceView, entities: Entity[], out: Draft[], known?: KnownEntity, kinds: Array<string | undefined> = [], inside?: InsidePlace): void {
  const { tokens, mentions, s } = v;
  const from = s.tokenStart;
  const type = (k: number) => entities[mentions[k]!.m.entity]!.type;

  for (let k = 0; k < mentions.length; k++) {
    const mi = mentions[k]!;
    const m = mi.m;
    if (m.part) continue;
    const e = entities[m.entity]!;

    // holds_role: a title with its country/organization/region before the name (clause.ts found them)
    if (mi.titleModifier && mi.roleOf && mi.role && !mi.role.startsWith('candidate ')) {
      // a member, cadre or player of an organization is member_of, not a role (RELATIONS.md)
      const member = mi.role === 'Member' || mi.role === 'former Member';
      const unit = e.type === 'LOCATION' ? unitOfTitle(v, m, known) : undefined;
      // (`Wakapolda Metro Jaya X`: the unit named itself; the title's role within it)
      const unitRole = unit?.role ?? (e.type === 'ORGANIZATION' ? UNIT_TITLES.get(tokens[m.tokenStart - 1]?.norm ?? '')?.[1] : undefined);
      // (a candidate, `calon anggota DPRD X`, is no member yet)
      const candidate = member && /^(calon|bakal)$/.test(tokens[m.tokenStart - 2]?.norm ?? '');
      for (const k of mi.roleOf) {
        const person = mentions[k]!.m;
        if ((member && e.type !== 'ORGANIZATION') || candidate) continue;
        out.push({
          type: member ? 'member_of' : 'holds_role', subject: person.entity, object: unit?.org ?? m.entity, sentence: s.index,
          trigger: { start: m.start, end: person.start }, subjectSpan: person, objectSpan: m, ...(member ? {} : { role: unitRole ?? mi.role }),
        });
      }
    }
    // `Gubernur Jawa Tengah A dan Wakil Gubernur B`: a deputy's bare title after the holder of the
    // office it deputizes, in one list, is of the same region or body
    if (mi.titleModifier && mi.roleOf && mi.role && !mi.role.startsWith('candidate ') && mi.roleOf.length === 1) {
      const holder = mentions[mi.roleOf[0]!]!;
      const next = mentions[holder.k + 1];
      if (next && !next.m.part && !next.titleModifier && entities[next.m.entity]!.type === 'PERSON' && /^(dan|serta|and)$/.test(tokens[holder.m.tokenEnd]?.norm ?? '')) {
        const role = next.m.role;
        const deputy = role !== undefined && /^(Vice|Deputy) /.test(role) && role.replace(/^(Vice|Deputy) /, '') === mi.role;
        // (the deputy's title stands between `dan` and the name, and names no body of its own)
        if (deputy && !mentions.some((x) => x.roleOf?.includes(next.k))) {
          out.push({ type: 'holds_role', subject: next.m.entity, object: m.entity, sentence: s.index, trigger: { start: tokens[holder.m.tokenEnd + 1]!.start, end: next.m.start }, subjectSpan: next.m, objectSpan: m, role });
        }
      }
    }
    // `Kapolri Jenderal Listyo Sigit Prabowo`: the title names its organization (data/lexicon/title-orgs.tsv)
    if (mi.impliedRole) impliedRole(v, m, mi.impliedRole.org, mi.impliedRole.role, mi.impliedRole.start, mi.impliedRole.end, out, known);
    // `dari fraksi PAN`: the person is a member of the party
    if (mi.partyOf !== undefined) {
      const person = mentions[mi.partyOf]!.m;
      out.push({ type: 'member_of', subject: person.entity, object: m.entity, sentence: s.index, trigger: { start: m.start, end: m.end }, subjectSpan: person, objectSpan: m });
    }
    // English `sanctions on the Karen National Army, a Myanmar militia, and its leader X`: a title after
    // `and its` is held in the body named right before `and` (a description between commas read past);
    // `its` elsewhere is left to the rule of titles pointed back to (tenth session), which gives none
    // when another body stands between
    if (e.type === 'PERSON' && v.lang === 'en' && !m.part && !mi.titleModifier) {
      const t = titleEndingAt(tokens, m.tokenStart, from);
      let q = t ? t.start - 1 : -1;
      const former = q > from && FORMER.has(tokens[q]!.norm);
      if (former) q--;
      if (t && q - 1 > from && /^(its|their)$/.test(tokens[q]!.norm) && tokens[q - 1]!.norm === 'and' && t.role !== 'Member') {
        // (the body ends right before `and`, or before the comma that opens the description)
        let r = q - 1;
        if (tokens[r - 1]?.text === ',') { r -= 2; while (r > from && tokens[r]!.text !== ',') r--; }
        const owner = v.endAt.get(r);
        if (owner && !owner.m.part && (type(owner.k) === 'COUNTRY' || type(owner.k) === 'ORGANIZATION') && !out.some((d) => d.type === 'holds_role' && d.subject === m.entity && d.sentence === s.index)) {
          out.push({ type: 'holds_role', subject: m.entity, object: owner.m.entity, role: (former ? 'former ' : '') + t.role, sentence: s.index, trigger: { start: tokens[t.start]!.start, end: tokens[m.tokenStart - 1]!.end }, subjectSpan: m, objectSpan: owner.m });
        }
      }
    }
    // English `Antonio Guterres, the U.N. secretary-general,`, `Netanyahu, Israel's prime minister,`:
    // the organization or country, then the title, between commas after the name
    if (e.type === 'PERSON' && v.lang === 'en' && tokens[m.tokenEnd]?.text === ',') {
      let q = m.tokenEnd + 1;
      if (tokens[q]?.norm === 'the') q++;
      const org = v.at.get(q);
      if (org && !org.m.part && entities[org.m.entity]!.type !== 'PERSON') {
        let r = org.m.tokenEnd;
        if (/^['’]s$/.test(tokens[r]?.text ?? '')) r++;
        const t = titleStartingAt(tokens, r, s.tokenEnd);
        // (a second description may follow: `Anwar Ibrahim, Malaysia's prime minister and this year's ASEAN chair,`)
        if (t && t.role !== 'Member' && (t.end >= s.tokenEnd || /^[,.;]$/.test(tokens[t.end]!.text) || tokens[t.end]!.norm === 'and')) {
          out.push({ type: 'holds_role', subject: m.entity, object: org.m.entity, role: t.role, sentence: s.index, trigger: { start: tokens[r]!.start, end: tokens[t.end - 1]!.end }, subjectSpan: m, objectSpan: org.m });
        }
      }
    }
    // holds_role after the name: `Mevlut Cavusoglu, Menlu Turki,`, `X, pelatih Arsenal`,
    // `X merupakan Direktur Utama PT Y`, `X selaku Ketua Umum Z`
    // (not the agent of a passive: `Yuyu dilantik oleh Presiden Jokowi sebagai Kasau` makes Yuyu the chief)
    if (e.type === 'PERSON' && !(/^(sebagai|as)$/.test(tokens[m.tokenEnd]?.norm ?? '') && agentByBefore(tokens, m.tokenStart, from))) {
      let p = m.tokenEnd;
      // (`X dipecat sebagai manajer Crystal Palace`, `X mundur dari jabatan Ketua Y`: an office left;
      // `X ditunjuk sebagai pelatih Persib`: one taken)
      let left = false;
      while (p < s.tokenEnd && p - m.tokenEnd < 4 && (APPOSITION.has(tokens[p]!.norm) || TAKEN_OR_LEFT.test(tokens[p]!.norm))) {
        if (LEFT.test(tokens[p]!.norm)) left = true;
        p++;
        if (left && /^(dari|from)$/.test(tokens[p]?.norm ?? '')) { p++; if (/^(jabatan|jabatannya|posisi|post)$/.test(tokens[p]?.norm ?? '')) p++; }
      }
      // `X, a Golkar politician and former regent of Kutai Kartanegara,`: a member of the party named
      // before an English noun of members, and the office after `and`
      if (v.lang === 'en' && p > m.tokenEnd && p < s.tokenEnd) {
        // (an adjective of standing first: `a senior Golkar lawmaker`; `a former … lawmaker` is no member now)
        const adj = /^(senior|veteran|prominent|leading|young|top|longtime)$/.test(tokens[p]!.norm) ? 1 : 0;
        const party = /^(a|an)$/.test(tokens[p - 1]!.norm) ? v.at.get(p + adj) : undefined;
        const noun = party && !party.m.part && entities[party.m.entity]!.type === 'ORGANIZATION' ? tokens[party.m.tokenEnd]?.norm ?? '' : '';
        const member = /^(politician|lawmaker|legislator|member|cadre|activist|player|striker|midfielder|defender|goalkeeper|forward)$/.test(noun);
        // (its staff are no members, but the office after `and` is read all the same: `a Pertamina
        // executive and former minister`)
        if (member || /^(official|executive)$/.test(noun)) {
          if (member) out.push({ type: 'member_of', subject: m.entity, object: party!.m.entity, sentence: s.index, trigger: tokens[party!.m.tokenEnd]!, subjectSpan: m, objectSpan: party!.m });
          if (tokens[party!.m.tokenEnd + 1]?.norm === 'and') p = party!.m.tokenEnd + 2;
        }
      }
      // (a resignation asked for has not happened: `mendesak Arief mundur dari jabatan Ketua MK`)
      if (left && /^(agar|supaya|untuk|mendesak|meminta|menuntut|desak|urged|demanded|asked|called)$/.test(tokens[m.tokenStart - 1]?.norm ?? '')) left = false;
      const former = (p < s.tokenEnd && FORMER.has(tokens[p]!.norm)) || left;
      if (p < s.tokenEnd && FORMER.has(tokens[p]!.norm)) p++;
      // (words of how the office is held: `X, the exiled leader of …`, `the longtime chairman of …`)
      if (p > m.tokenEnd && v.lang === 'en' && /^(new|exiled|longtime|long-time|veteran|embattled|self-styled|self-proclaimed|jailed|detained|ousted|outgoing|incoming|current|newly-elected|de-facto|interim|acting|caretaker|transitional)$/.test(tokens[p]?.norm ?? '')) p++;
      // (a department before an English title: `X, the finance director of Garuda Indonesia`)
      let dept = '';
      if (p > m.tokenEnd && v.lang === 'en' && DEPARTMENTS.test(tokens[p]?.norm ?? '') && titleStartingAt(tokens, p, s.tokenEnd) === undefined && titleStartingAt(tokens, p + 1, s.tokenEnd) !== undefined) {
        dept = tokens[p]!.norm[0]!.toUpperCase() + tokens[p]!.norm.slice(1) + ' ';
        p++;
      }
      // (`appointed X as the airline's president director`, `as its chief executive`: the body the
      // appointer is, named by a noun of its kind or a pronoun)
      let owned = false;
      if (p > m.tokenEnd && v.lang === 'en' && /^(as|the)$/.test(tokens[p - 1]?.norm ?? '')) {
        if (tokens[p]?.kind === 'word' && lowerStart(tokens[p]!.text) && /^['’]s$/.test(tokens[p + 1]?.text ?? '') && BODY_KINDS_EN.test(tokens[p]!.norm)) { p += 2; owned = true; }
        else if (tokens[p]?.norm === 'its') { p++; owned = true; }
      }
      const t0 = p > m.tokenEnd ? titleStartingAt(tokens, p, s.tokenEnd) : undefined;
      const t = t0 && dept ? { ...t0, role: dept + t0.role } : t0;
      // English `X, secretary-general of the Indonesian Democratic Party of Struggle`, `X, a spokesman for
      // the West Papua National Liberation Army`
      let after = t ? t.end : -1;
      if (t && (/^(of|at)$/.test(tokens[after]?.norm ?? '') || (v.lang === 'en' && tokens[after]?.norm === 'for'))) {
        after += tokens[after + 1]?.norm === 'the' ? 2 : 1;
        // (adjectives before the body: `leader of the center-right Christian Democratic Union`, `of the ruling party`)
        let a2 = after;
        while (a2 < after + 2 && !v.at.get(a2) && tokens[a2]?.kind === 'word' && lowerStart(tokens[a2]!.text) && /-|^(ruling|main|opposition|governing|far|hardline|conservative|liberal|nationalist|islamist|leftist|rightist|centrist)$/.test(tokens[a2]!.norm)) a2++;
        if (a2 > after && v.at.get(a2)) after = a2;
        // (what the body is, in English wire style: `a director at state miner Aneka Tambang`, `of state
        // flag carrier Garuda Indonesia`, `of state-owned lender BRI`)
        else if (v.lang === 'en' && BODY_KINDS_EN.test(tokens[after]?.norm ?? '')) {
          const a3 = pastLowerWords(v, after, 3);
          const body = a3 > after ? v.at.get(a3) : undefined;
          if (body && !body.m.part && entities[body.m.entity]!.type === 'ORGANIZATION') after = a3;
        }
      }
      // `pelatih klub Korea Selatan Ulsan HD`, `direktur perusahaan tambang China Tsingshan`: a noun of
      // the body's kind, and the country it is from, between the title and the body
      if (t && v.lang === 'id' && /^(klub|perusahaan|maskapai|raksasa)$/.test(tokens[after]?.norm ?? '')) {
        const c = v.at.get(pastLowerWords(v, after + 1, 2));
        const body = c && entities[c.m.entity]!.type === 'COUNTRY' ? v.at.get(c.m.tokenEnd) : c;
        if (body && !body.m.part && entities[body.m.entity]!.type === 'ORGANIZATION') after = body.m.tokenStart;
      }
      let next = t ? v.at.get(after) : undefined;
      // (a known body whose name the title's last word opens: `Kepala [Badan] Pengaturan BUMN`, the title
      // `Kepala Badan` and the body `Badan Pengaturan BUMN`)
      // (a word, not an acronym: `anggota DPR AS` is a member of the US House, by the member rule)
      if (t && !next && t.end - p >= 2 && /^\p{Lu}\p{Ll}/u.test(tokens[t.end - 1]!.text)) {
        const inner = v.at.get(t.end - 1);
        if (inner && !inner.m.part && inner.m.tokenEnd > t.end && entities[inner.m.entity]!.type === 'ORGANIZATION') next = inner;
      }
      // `mayor of the Philippine town of Bamban`: the town, which its country's demonym describes
      if (next && v.lang === 'en' && next.country && /^(town|city|village|province|region|district|municipality|state|county|regency)$/.test(tokens[next.m.tokenEnd]?.norm ?? '') && tokens[next.m.tokenEnd + 1]?.norm === 'of') {
        const place = v.at.get(next.m.tokenEnd + 2);
        if (place && !place.m.part && entities[place.m.entity]!.type === 'LOCATION') next = place;
      }
      // `head coach of South Korean club Ulsan HD`, `chief executive of Chinese miner Tsingshan`: the body
      // that a demonym and a noun of its kind describe
      if (next) next = describedBody(v, entities, next);
      // `head of the Riau provincial public works office`: a unit of the place, named by lower-case words
      // and a noun of bodies after it, holds the office, not the place (warta does not know the unit)
      if (next && v.lang === 'en' && entities[next.m.entity]!.type === 'LOCATION') {
        let q = next.m.tokenEnd;
        while (q < s.tokenEnd && q - next.m.tokenEnd < 5 && tokens[q]!.kind === 'word' && lowerStart(tokens[q]!.text) && !UNIT_NOUNS_EN.test(tokens[q]!.norm)) q++;
        if (UNIT_NOUNS_EN.test(tokens[q]?.norm ?? '')) next = undefined;
      }
      // `speaker of Indonesia's House of Representatives`: the body the country's possessive names
      if (next && v.lang === 'en' && /^['’]s$/.test(tokens[next.m.tokenEnd]?.text ?? '')) {
        const owned = v.at.get(next.m.tokenEnd + 1);
        if (owned && !owned.m.part && entities[owned.m.entity]!.type === 'ORGANIZATION') next = owned;
        // (a body of its own name that warta does not know is that body's, not the country's: `president
        // of France's National Rally`; a generic one is the country's: `president of Cambodia's Senate`)
        else {
          let e2 = next.m.tokenEnd + 1;
          while (e2 < s.tokenEnd && e2 - next.m.tokenEnd <= 4 && tokens[e2]!.kind === 'word' && upperStart(tokens[e2]!.text)) e2++;
          const body = owned && !owned.m.part ? entities[owned.m.entity]! : undefined;
          const named = body ? !body.known && !GENERIC_BODY.test(body.name) : e2 > next.m.tokenEnd + 1 && !GENERIC_BODY.test(tokens.slice(next.m.tokenEnd + 1, e2).map((x) => x.text).join(' '));
          if (named) next = undefined;
        }
      }
      // a unit's name between the title and its organization: `X adalah Ketua Dewan Pengurus Pusat
      // PGRI`, `X, Kepala Biro Hukum KPK,` (capitalized words, then an organization)
      if (t && !next) {
        // (the last organization of the run: `Ketua Bidang Advokasi DPP Partai Gerindra` is Gerindra's)
        for (let j = after; j < Math.min(s.tokenEnd, after + 6) && upperStart(tokens[j]!.text); j++) {
          const o = v.at.get(j + 1);
          if (o && !o.m.part && entities[o.m.entity]!.type === 'ORGANIZATION') next = o;
        }
      }
      // `melantik Listyo Sigit Prabowo sebagai Kapolri`: a title that writes its organization (not
      // the title of the next name in a list: `X, Kepala Staf Kepresidenan Moeldoko`)
      const nextPerson = t ? v.cover.get(t.end) ?? v.cover.get(t.end - 1) : undefined;
      if (t && !next && p > m.tokenEnd && !(nextPerson && entities[nextPerson.m.entity]!.type === 'PERSON')) {
        const implied = titleOrgOf(tokens, p, t.end);
        if (implied !== undefined) impliedRole(v, m, implied, (former ? 'former ' : '') + t.role, p, t.end, out, known);
        // `Persib resmi menunjuk Bojan Hodak sebagai pelatih kepala`: the organization that appoints
        // gives the office its own (the title names none)
        else if ((/^(sebagai|as)$/.test(tokens[p - 1]?.norm ?? '') || owned) && t.role !== 'Member' && (t.end >= s.tokenEnd || /^[,.;]$/.test(tokens[t.end]!.text) || lowerStart(tokens[t.end]!.text))) {
          // (a demonym between: `Shanghai Port appointed Australian Kevin Muscat as head coach`)
          const demonym = v.endAt.get(m.tokenStart);
          const vi = demonym && demonym.m.demonym && !demonym.m.part ? demonym.m.tokenStart - 1 : m.tokenStart - 1;
          const verb = tokens[vi];
          const appointer = verb && APPOINT.test(verb.norm) ? v.endAt.get(subjectEndBefore(tokens, vi, from)) : undefined;
          if (appointer && !appointer.m.part && entities[appointer.m.entity]!.type === 'ORGANIZATION') {
            out.push({ type: 'holds_role', subject: m.entity, object: appointer.m.entity, role: t.role, sentence: s.index, trigger: { start: tokens[p]!.start, end: tokens[t.end - 1]!.end }, subjectSpan: m, objectSpan: appointer.m });
          }
        }
      }
      // (not the title of the next name in a list: `X, Bupati Sambas Atbah Romin Suhaili, dan …`)
      // (past the body's short form and the holder's ranks: `X, Kepala Kepolisian Negara Republik Indonesia
      // (Kapolri) Jenderal Pol. Tito Karnavian dan …`)
      let h = next ? next.m.tokenEnd : -1;
      if (h >= 0 && tokens[h]?.text === '(' && tokens[h + 2]?.text === ')') h += 3;
      const holderAfter = next ? v.at.get(skipRanksForward(tokens, h, s.tokenEnd)) : undefined;
      if (t && next && !next.m.part && entities[next.m.entity]!.type !== 'PERSON' && !(holderAfter && holderAfter.person && !holderAfter.m.part)) {
        // `X, kader Partai Golkar`, `X, politikus PDI-P`: a member, not an office (RELATIONS.md)
        if (t.role === 'Member') {
          if (entities[next.m.entity]!.type === 'ORGANIZATION') {
            out.push({ type: 'member_of', subject: m.entity, object: next.m.entity, sentence: s.index, trigger: { start: tokens[p]!.start, end: tokens[t.end - 1]!.end }, subjectSpan: m, objectSpan: next.m });
          }
        } else {
          out.push({
            type: 'holds_role', subject: m.entity, object: next.m.entity, role: (former ? 'former ' : '') + t.role, sentence: s.index,
            trigger: { start: tokens[p]!.start, end: tokens[t.end - 1]!.end }, subjectSpan: m, objectSpan: next.m,
          });
        }
      }
    }
    // English `The head of the International Atomic Energy Agency, Rafael Grossi,`, `the chief of
    // Sudan's army, X`: a title of a body, a comma, then the name
    if (e.type === 'PERSON' && v.lang === 'en' && tokens[m.tokenStart - 1]?.text === ',') {
      const org = v.endAt.get(m.tokenStart - 1);
      if (org && !org.m.part && entities[org.m.entity]!.type !== 'PERSON') {
        let q = org.m.tokenStart - 1;
        if (tokens[q]?.norm === 'the') q--;
        const t = tokens[q]?.norm === 'of' ? titleEndingAt(tokens, q, from) : undefined;
        if (t && t.role !== 'Member') out.push({ type: 'holds_role', subject: m.entity, object: org.m.entity, role: t.role, sentence: s.index, trigger: { start: tokens[t.start]!.start, end: tokens[q]!.end }, subjectSpan: m, objectSpan: org.m });
      }
    }
    // a leader or coach by a verb or noun of leading: `KKB pimpinan Egianus Kogoya`, `Persib asuhan Bojan
    // Hodak`, `PBNU yang dipimpin Yahya Cholil Staquf`, `the gang coalition, led by Jimmy Chérizier`,
    // `Sunarso, yang memimpin BRI sejak 2019`, `X, who heads the party`
    if (e.type === 'PERSON') leaderOf(v, m, entities, out);
    if (e.type === 'PERSON' && tokens[m.tokenEnd]?.text === ',') {
      const next = mentions[k + 1];
      if (next && !next.m.part && type(k + 1) !== 'PERSON') {
        // (not a title of the next name: `Effendi Gazali, anggota Kompolnas Poengky Indarti` — she is the member)
        if (PARTY_MEMBER.has(tokens[m.tokenEnd + 1]?.norm ?? '') && next.m.tokenStart === m.tokenEnd + 2 && type(k + 1) === 'ORGANIZATION' && !personAt(v, next.m.tokenEnd)) {
          out.push({ type: 'member_of', subject: m.entity, object: next.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd + 1]!, subjectSpan: m, objectSpan: next.m });
        }
      }
    }
    // `Russian Foreign Minister Lavrov … his Indonesian counterpart, Retno Marsudi`: the counterpart
    // holds the same office in the country named before `counterpart`
    if (e.type === 'COUNTRY' && !m.part && /^(counterpart|counterparts)$/.test(tokens[m.tokenEnd]?.norm ?? '')) {
      const person = counterpartNameAt(v, m.tokenEnd + 1);
      let role: string | undefined;
      for (let j = k - 1; j >= 0 && role === undefined; j--) {
        const o = mentions[j]!;
        if (entities[o.m.entity]!.type === 'PERSON' && o.m.role) role = o.m.role;
      }
      if (person && !person.m.part && entities[person.m.entity]!.type === 'PERSON' && role) {
        out.push({ type: 'holds_role', subject: person.m.entity, object: m.entity, role, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: person.m, objectSpan: m });
      }
    }
    // holds_role from a passive of leading: `Persija saat ini dilatih Teco`, `Golkar dipimpin oleh Airlangga`
    if (e.type === 'ORGANIZATION' || e.type === 'COUNTRY') {
      let p = m.tokenEnd;
      while (p < s.tokenEnd && p - m.tokenEnd < 3 && /^(saat|ini|kini|masih|sudah|telah|yang|sekarang|juga|sendiri)$/.test(tokens[p]!.norm)) p++;
      // `Bendahara Umum PAN yang saat ini dijabat oleh Nasrullah`: the office named before, held by
      const held = /^(dijabat|diemban|dipegang|diisi)$/.test(tokens[p]?.norm ?? '') ? titleEndingAt(tokens, m.tokenStart, s.tokenStart) : undefined;
      const role = held ? held.role : LED_BY.get(tokens[p]?.norm ?? '');
      if (role) {
        const q = tokens[p + 1]?.norm === 'oleh' ? p + 2 : p + 1;
        const person = v.at.get(q);
        if (person && !person.m.part && entities[person.m.entity]!.type === 'PERSON') {
          out.push({ type: 'holds_role', subject: person.m.entity, object: m.entity, role, sentence: s.index, trigger: tokens[p]!, subjectSpan: person.m, objectSpan: m });
        }
      }
    }
    // a wing of an organization: `Laskar Pembela Islam, sayap paramiliter dari FPI`, `sayap militer
    // Hamas, Brigade Izz ad-Din al-Qassam`, `Hamas's armed wing, the Qassam Brigades`
    if (e.type === 'ORGANIZATION' && !m.part) {
      const wing = wingAfter(v, entities, m.tokenEnd);
      if (wing) out.push({ type: 'member_of', subject: wing.unit.m.entity, object: wing.parent.m.entity, sentence: s.index, trigger: tokens[wing.at]!, subjectSpan: wing.unit.m, objectSpan: wing.parent.m });
      // a unit named with the short name of the body it belongs to or serves in, nothing between (`Densus
      // 88 Polri`, `Kopassus TNI AD`, `Kontingen Garuda UNIFIL`): Indonesian names a unit so
      const body = bodyOfUnit(v, m, entities, kinds);
      if (body) out.push({ type: 'member_of', subject: m.entity, object: body.m.entity, sentence: s.index, trigger: tokens[body.m.tokenStart]!, subjectSpan: m, objectSpan: body.m });
    }
    // member_of by a club signing players: `Arema FC mengontrak dua pemain muda yaitu A dan B`,
    // `Persib resmi merekrut X`, `X dikontrak Bali United`
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'club') {
      let p = m.tokenEnd;
      while (p < s.tokenEnd && p - m.tokenEnd < 3 && /^(resmi|juga|telah|sudah|akan|memastikan|berhasil|kembali|have|has|had|officially)$/.test(tokens[p]!.norm)) p++;
      // (`memperkenalkan X sebagai pemain baru`: an introduction as a player is a signing)
      const introduced = /^(memperkenalkan|meluncurkan|introduced|unveiled)$/.test(tokens[p]?.norm ?? '');
      const players = SIGNS.has(tokens[p]?.norm ?? '') || introduced ? playersAfter(v, entities, p + 1) : [];
      const after = players.length ? players[players.length - 1]!.m.tokenEnd : -1;
      if (introduced && !(/^(sebagai|as)$/.test(tokens[after]?.norm ?? '') && /^(pemain|rekrutan|penggawa|striker|bek|gelandang|kiper|player|signing|midfielder|defender|goalkeeper|forward|new|a)$/.test(tokens[after + 1]?.norm ?? ''))) players.length = 0;
      if (players.length) {
        for (const person of players) {
          out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[p]!, subjectSpan: person.m, objectSpan: m });
        }
      }
      // `Hanif yang mendapatkan kontrak dua tahun di Arema`, `X meneken kontrak bersama Persib`,
      // `X menandatangani perpanjangan kontrak hingga 2029 dengan Sassuolo`, `signed a new contract with Persib`
      if (/^(di|bersama|dengan|with|at)$/.test(tokens[m.tokenStart - 1]?.norm ?? '')) {
        for (let k = m.tokenStart - 2; k >= Math.max(s.tokenStart + 1, m.tokenStart - 7); k--) {
          if (tokens[k]!.norm !== 'kontrak' && tokens[k]!.norm !== 'contract') continue;
          let c = k - 1;
          while (c > s.tokenStart && k - c <= 3 && /^(perpanjangan|baru|new|a|an|two-year|three-year|four-year|five-year)$/.test(tokens[c]!.norm)) c--;
          if (!CONTRACT_VERBS.has(tokens[c]!.norm)) break;
          const person = personBefore(v, entities, c, s.tokenStart);
          if (person && person.m.entity !== m.entity) out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[k]!, subjectSpan: person.m, objectSpan: m });
          break;
        }
      }
      // `X dikontrak Bali United`, `X yang direkrut Persib`
      const before = tokens[m.tokenStart - 1];
      if (before && SIGNED.has(before.norm)) {
        const person = personBefore(v, entities, m.tokenStart - 1, s.tokenStart);
        if (person && person.m.entity !== m.entity) out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: before, subjectSpan: person.m, objectSpan: m });
      }
    }
    // member_of by a verb of joining or playing for: `Yogi yang sebelumnya memperkuat Sriwijaya FC`,
    // `Dwi bergabung dengan Arema`, `pemain yang hijrah ke Persib`, `X resmi membela Persija`
    if (e.type === 'ORGANIZATION' && (kinds[m.entity] === 'club' || kinds[m.entity] === 'party')) {
      // (`bergabung dengan klub Australia, Brisbane Roar`: the club named after its description)
      let at = m.tokenStart;
      if (tokens[at - 1]?.text === ',') {
        for (let j = at - 2; j >= Math.max(from, at - 7); j--) {
          if (/^(klub|club|tim|team|partai|party)$/.test(tokens[j]!.norm)) { at = j; break; }
          if (tokens[j]!.kind !== 'word') break;
        }
      }
      // (`klub Serie A Sassuolo`, `klub Persib`: the word club and its league before the club's name)
      // (English puts the league before its word: `joined Serie A side Sassuolo`, `Premier League club Brentford`)
      const english = /^(side|club|outfit|team)$/.test(tokens[at - 1]?.norm ?? '') ? v.endAt.get(at - 1) : undefined;
      const league = v.endAt.get(at);
      if (english && !english.m.part && entities[english.m.entity]!.type === 'ORGANIZATION') at = english.m.tokenStart;
      else if (league && !league.m.part && entities[league.m.entity]!.type === 'ORGANIZATION' && /^(klub|club)$/.test(tokens[league.m.tokenStart - 1]?.norm ?? '')) at = league.m.tokenStart - 1;
      else if (/^(klub|club)$/.test(tokens[at - 1]?.norm ?? '')) at--;
      const verb = joinVerbBefore(tokens, at, from, kinds[m.entity] === 'club');
      if (verb >= 0) {
        const person = personBefore(v, entities, verb, from);
        if (person && person.m.entity !== m.entity) {
          out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[verb]!, subjectSpan: person.m, objectSpan: m });
        }
      }
    }
    // a body naming or dismissing the holder of a title written before the name: `Manajemen Persis Solo
    // memecat pelatih Ong Kim Swee`, `Manchester United fired head coach Ruben Amorim`, `Al Hilal parted
    // ways with coach Simone Inzaghi`, `Persija menunjuk pelatih baru Mauricio Souza`
    if (e.type === 'ORGANIZATION' && !m.part && !mi.titleModifier) {
      let q = m.tokenEnd;
      while (q < s.tokenEnd && q - m.tokenEnd < 3 && /^(resmi|telah|sudah|akhirnya|officially|has|have|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[q]!.norm)) q++;
      // (the body telling it: `Ulsan HD said on Friday it had parted company with head coach X`)
      if (v.lang === 'en' && /^(said|announced|confirmed)$/.test(tokens[q]?.norm ?? '')) {
        let k = q + 1;
        while (k < s.tokenEnd && k - q < 4 && /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that)$/.test(tokens[k]!.norm)) k++;
        if (tokens[k]?.norm === 'it') {
          k++;
          while (k < s.tokenEnd && /^(had|has|have)$/.test(tokens[k]!.norm)) k++;
          q = k;
        }
      }
      const verb = tokens[q]?.norm ?? '';
      let r = q + 1;
      if (/^(parted|berpisah)$/.test(verb)) r = /^(ways|company)$/.test(tokens[q + 1]?.norm ?? '') && tokens[q + 2]?.norm === 'with' ? q + 3 : tokens[q + 1]?.norm === 'dengan' ? q + 2 : -1;
      // (a contract agreed or extended with the holder: `agreed a new contract with manager Eddie Howe`)
      let contract = false;
      if (v.lang === 'en' && /^(agreed|signed)$/.test(verb) && /^(a|an)$/.test(tokens[q + 1]?.norm ?? '')) {
        let k = q + 2;
        while (k < s.tokenEnd && k - q < 6 && /^(new|fresh|long-term|two-year|three-year|one-year|four-year|five-year|contract|deal|extension)$/.test(tokens[k]!.norm)) k++;
        if (tokens[k]?.norm === 'with' && /^(contract|deal|extension)$/.test(tokens[k - 1]?.norm ?? '')) { r = k + 1; contract = true; }
      }
      const dismiss = /^(memecat|mendepak|memberhentikan|mencopot|fired|sacked|dismissed|parted|berpisah)$/.test(verb);
      if (r > 0 && (dismiss || contract || /^(menunjuk|mengangkat|appointed|named|hired)$/.test(verb))) {
        const t = titleStartingAt(tokens, r, s.tokenEnd);
        let p2 = t ? t.end : -1;
        if (t && /^(baru|new|interim)$/.test(tokens[p2]?.norm ?? '')) p2++;
        const holder = t && t.role !== 'Member' ? v.at.get(p2) : undefined;
        if (holder && !holder.m.part && holder.person && !out.some((d) => d.type === 'holds_role' && d.subject === holder.m.entity && d.sentence === s.index)) {
          out.push({ type: 'holds_role', subject: holder.m.entity, object: m.entity, role: (dismiss ? 'former ' : '') + t!.role, sentence: s.index, trigger: { start: tokens[r]!.start, end: tokens[t!.end - 1]!.end }, subjectSpan: holder.m, objectSpan: m });
        }
      }
    }
    // a player let go, lent or sold by a club was its member: `Rafael Struick dilepas oleh Dewa United`,
    // `Hokky Caraka dipinjamkan PSS Sleman ke Bali United` (and is the member of the club lent to)
    const verbAt = tokens[m.tokenStart - 1]?.norm === 'oleh' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'club' && !m.part && /^(dilepas|dipinjamkan|dijual|didepak|dicoret)$/.test(tokens[verbAt]?.norm ?? '')) {
      const person = personBefore(v, entities, verbAt, from);
      if (person && person.m.entity !== m.entity) {
        out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[verbAt]!, subjectSpan: person.m, objectSpan: m });
        const to = tokens[m.tokenEnd]?.norm === 'ke' ? v.at.get(m.tokenEnd + 1) : undefined;
        if (tokens[verbAt]!.norm === 'dipinjamkan' && to && !to.m.part && kinds[to.m.entity] === 'club' && to.m.entity !== m.entity) out.push({ type: 'member_of', subject: person.m.entity, object: to.m.entity, sentence: s.index, trigger: tokens[verbAt]!, subjectSpan: person.m, objectSpan: to.m });
      }
    }
    // a club recruiting a player: `Persib Bandung resmi merekrut gelandang asal Jepang, Takumi Sato`,
    // `Persebaya mendatangkan Lucas Moreira` (not one only interested: `tertarik merekrut`)
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'club' && !m.part && v.lang === 'id') {
      let q = m.tokenEnd;
      while (q < s.tokenEnd && q - m.tokenEnd < 3 && /^(resmi|telah|sudah|akhirnya|kembali)$/.test(tokens[q]!.norm)) q++;
      // (the words before the verb: a wish is no signing, `tertarik merekrut`, `berencana mendatangkan`)
      let wish = false;
      for (let p = m.tokenEnd; p < q; p++) wish ||= UNREAL.test(tokens[p]!.norm);
      if (!wish && q < s.tokenEnd && RECRUITS.test(tokens[q]!.norm) && !UNREAL.test(tokens[q - 1]!.norm)) {
        // the first person named after the verb (past the player's description, country or old club:
        // `merekrut gelandang Timnas Indonesia Thom Haye`)
        for (let j = q + 1; j < Math.min(s.tokenEnd, q + 9); j++) {
          const mi = v.at.get(j);
          if (!mi || mi.m.part || entities[mi.m.entity]!.type !== 'PERSON') continue;
          // (a coach or a director signed holds an office, he is no member: `mengontrak pelatih X`)
          const title = titleEndingAt(tokens, mi.m.tokenStart, s.tokenStart);
          // (nor one introduced as its coach: `memperkenalkan Eduardo Perez sebagai pelatih kepala baru`)
          const as = tokens[mi.m.tokenEnd]?.norm === 'sebagai' ? titleStartingAt(tokens, mi.m.tokenEnd + 1, s.tokenEnd) : undefined;
          if ((!title || PARTY_MEMBER.has(tokens[title.start]!.norm)) && !(as && as.role !== 'Member')) {
            out.push({ type: 'member_of', subject: mi.m.entity, object: m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: mi.m, objectSpan: m });
            // (a player lent or sold goes to the club after `ke`: `meminjamkan Hokky Caraka ke Persita`)
            if (/^(meminjamkan|menjual|melepas)$/.test(tokens[q]!.norm)) {
              let r = mi.m.tokenEnd;
              if (tokens[r]?.text === ',') r++;
              const to = tokens[r]?.norm === 'ke' ? v.at.get(r + 1) : undefined;
              if (to && !to.m.part && kinds[to.m.entity] === 'club' && to.m.entity !== m.entity) out.push({ type: 'member_of', subject: mi.m.entity, object: to.m.entity, sentence: s.index, trigger: tokens[r]!, subjectSpan: mi.m, objectSpan: to.m });
            }
          }
          break;
        }
      }
    }
    // `Sweden became NATO's 32nd member`, `joined as the bloc's newest member`: the one that became it
    if (e.type === 'ORGANIZATION' && !m.part && v.lang === 'en' && /^['’]s$/.test(tokens[m.tokenEnd]?.text ?? '')) {
      let q = m.tokenEnd + 1;
      if (/^(\d+(st|nd|rd|th)|newest|latest|first|youngest|full|founding)$/.test(tokens[q]?.norm ?? '')) q++;
      const verb = tokens[m.tokenStart - 1]?.norm ?? '';
      let p = m.tokenStart - 1;
      while (p > s.tokenStart && /^(officially|formally|finally|then|also|has|have|had)$/.test(tokens[p - 1]!.norm)) p--;
      const subject = /^(became|becomes|become|becoming)$/.test(verb) ? v.endAt.get(p) : undefined;
      if (/^(member|member-state)$/.test(tokens[q]?.norm ?? '') && subject && !subject.m.part && (subject.country || entities[subject.m.entity]!.type === 'ORGANIZATION') && subject.m.entity !== m.entity) {
        out.push({ type: 'member_of', subject: subject.m.entity, object: m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: subject.m, objectSpan: m });
      }
    }
    // members named after the body and its member noun: `NATO member Poland`, `fellow EU member
    // Hungary`, `BRICS members Brazil and India`, `EU member states Poland and the Baltic states`
    if (e.type === 'ORGANIZATION' && !m.part && v.lang === 'en' && /^(member|members)$/.test(tokens[m.tokenEnd]?.norm ?? '')) {
      let q = m.tokenEnd + 1;
      if (/^(state|states|country|countries|nation|nations)$/.test(tokens[q]?.norm ?? '')) q++;
      if (tokens[q]?.text === ',') q++;
      const c = v.at.get(q);
      if (c && !c.m.part && entities[c.m.entity]!.type === 'COUNTRY') {
        countriesJoin(out, v, entities, c, m, tokens[m.tokenEnd]!, q);
      }
    }
    // countries listed before the body's other members: `Saudi Arabia, Russia and six other OPEC+
    // members agreed …`, `Indonesia dan negara anggota ASEAN lainnya`
    if (e.type === 'ORGANIZATION' && !m.part && kinds[m.entity] === 'igo') {
      for (const c of otherMembersBefore(v, m)) out.push({ type: 'member_of', subject: c.m.entity, object: m.entity, sentence: s.index, trigger: tokens[m.tokenStart - 1]!, subjectSpan: c.m, objectSpan: m });
    }
    // countries called the allies or members of an alliance named before them in the sentence: `NATO
    // chief Mark Rutte urged allies Spain and Belgium …`, `Sekjen NATO … mendesak negara-negara anggota
    // aliansi, termasuk Spanyol dan Kanada, …`
    if (e.type === 'COUNTRY' && !m.part && !m.demonym && m.tokenStart - 1 > s.tokenStart && alliesBefore(tokens, m.tokenStart, s.tokenStart)) {
      let body: MentionInfo | undefined;
      for (const x of mentions) if (!x.m.part && x.m.tokenEnd <= m.tokenStart && x.m.sentence === s.index && entities[x.m.entity]!.type === 'ORGANIZATION' && kinds[x.m.entity] === 'igo') body = x;
      const c = v.at.get(m.tokenStart);
      if (body && c) countriesJoin(out, v, entities, c, body.m, tokens[m.tokenStart - 1]!);
    }
    // a country joining an international body (`Finlandia resmi bergabung dengan NATO`, `Timor Leste
    // joined ASEAN`), a party joining a coalition (`Partai NasDem resmi bergabung dengan Koalisi Indonesia
    // Maju Plus`)
    const coalition = e.type === 'ORGANIZATION' && kinds[m.entity] !== 'igo' && /\b(Coalition|Alliance)\b/.test(e.name);
    if (e.type === 'ORGANIZATION' && (kinds[m.entity] === 'igo' || coalition)) {
      const verb = joinVerbBefore(tokens, m.tokenStart, from, false);
      const joiner = verb >= 0 ? joinerBefore(v, verb, from) : undefined;
      if (joiner && !joiner.m.part && !joiner.prep && joiner.m.entity !== m.entity) {
        if (!coalition && entities[joiner.m.entity]!.type === 'COUNTRY') countriesJoin(out, v, entities, joiner, m, tokens[verb]!);
        else if (coalition && kinds[joiner.m.entity] === 'party') out.push({ type: 'member_of', subject: joiner.m.entity, object: m.entity, sentence: s.index, trigger: tokens[verb]!, subjectSpan: joiner.m, objectSpan: m });
      }
    }
    // `The African Union suspended Niger, one of its 55 member states, …`, `ASEAN menangguhkan Myanmar,
    // salah satu negara anggotanya, …`: the member described between commas, of the sentence's subject
    if ((e.type === 'COUNTRY' || e.type === 'ORGANIZATION') && !m.part && tokens[m.tokenEnd]?.text === ',') {
      let q = m.tokenEnd + 1;
      const n0 = tokens[q]?.norm ?? '';
      if (n0 === 'one' && tokens[q + 1]?.norm === 'of') q += 2;
      else if (n0 === 'salah' && tokens[q + 1]?.norm === 'satu') q += 2;
      else q = -1;
      if (q > 0) {
        const its = tokens[q]?.norm === 'its' || tokens[q]?.norm === 'their';
        if (its) q++;
        while (tokens[q]?.kind === 'number') q++;
        if (/^(member|members|negara)$/.test(tokens[q]?.norm ?? '')) {
          if (/^(state|states|country|countries|nations)$/.test(tokens[q + 1]?.norm ?? '') || tokens[q]?.norm === 'negara') q++;
          const own = its || tokens[q]?.clitics?.includes('nya') === true;
          const head = tokens[q]?.base ?? tokens[q]?.norm ?? '';
          const owner = own && /^(member|members|state|states|country|countries|nations|anggota)$/.test(head) ? mentions.find((x) => !x.m.part && x.m.tokenEnd <= m.tokenStart && entities[x.m.entity]!.type === 'ORGANIZATION' && kinds[x.m.entity] === 'igo') : undefined;
          if (owner && owner.m.entity !== m.entity) out.push({ type: 'member_of', subject: m.entity, object: owner.m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: m, objectSpan: owner.m });
        }
      }
    }
    // `…, its executive director Usman Hamid said`: a title owned by `its` is of the body the sentence
    // opens with
    if (e.type === 'PERSON' && v.lang === 'en' && !m.part) {
      const t = titleEndingAt(tokens, m.tokenStart, from);
      const owner = t && tokens[t.start - 1]?.norm === 'its' ? mentions.find((x) => !x.m.part && x.m.tokenStart === from && entities[x.m.entity]!.type === 'ORGANIZATION') : undefined;
      // (a member's word, `its forward X`, makes a member, no office)
      const member = t?.role === 'Member';
      if (t && owner && !out.some((d) => (d.type === 'holds_role' || d.type === 'member_of') && d.subject === m.entity && d.sentence === s.index)) {
        out.push({ type: member ? 'member_of' : 'holds_role', subject: m.entity, object: owner.m.entity, ...(member ? {} : { role: t.role }), sentence: s.index, trigger: { start: tokens[t.start - 1]!.start, end: tokens[m.tokenStart - 1]!.end }, subjectSpan: m, objectSpan: owner.m });
      }
    }
    // member_of after the name: `Maman Imanul Haq dari PKB`, `Saddil dari Persela`, `X dari fraksi PAN`
    if (e.type === 'PERSON' && tokens[m.tokenEnd]?.norm === 'dari') {
      let p = m.tokenEnd + 1;
      while (p < s.tokenEnd && /^(fraksi|partai)$/.test(tokens[p]!.norm)) p++;
      const org = v.at.get(p);
      if (org && !org.m.part && entities[org.m.entity]!.type === 'ORGANIZATION' && org.m.entity !== m.entity) {
        out.push({ type: 'member_of', subject: m.entity, object: org.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: m, objectSpan: org.m });
      }
    }
    // `Ekrem Imamoglu, tokoh oposisi dari Partai Rakyat Republik (CHP)`, `Ferry Kurniawan, a Surabaya city
    // councillor from the National Awakening Party`: a description of what one is in politics, then the
    // party one is from
    if (e.type === 'PERSON' && !m.part && tokens[m.tokenEnd]?.text === ',') {
      const party = describedPartyAfter(v, m.tokenEnd + 1, kinds, entities);
      if (party && party.m.entity !== m.entity && !out.some((d) => d.type === 'member_of' && d.sentence === s.index && d.subject === m.entity && d.object === party.m.entity)) {
        out.push({ type: 'member_of', subject: m.entity, object: party.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd + 1]!, subjectSpan: m, objectSpan: party.m });
      }
    }
    // `anggota Komisi V dari Golkar Budi Supriyanto`: a member of a body (named or not) from a party,
    // then the name: a member of the party
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'party' && tokens[m.tokenEnd] && v.at.has(m.tokenEnd)) {
      let q = m.tokenStart - 1;
      while (q >= from && /^(fraksi|partai)$/.test(tokens[q]!.norm)) q--;
      let member = false;
      if (tokens[q]?.norm === 'dari') for (let j = q - 1; j >= Math.max(from, q - 5) && !member; j--) member = /^(anggota|legislator)$/.test(tokens[j]!.norm) && !CANDIDATE.has(tokens[j - 1]?.norm ?? '');
      const person = member ? v.at.get(m.tokenEnd) : undefined;
      if (person && !person.m.part && entities[person.m.entity]!.type === 'PERSON') {
        out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: person.m, objectSpan: m });
      }
    }
    // `calon anggota legislatif dari Partai Gerindra, Dedi Kurniawan,`, `kader dari PDIP, X,`: a
    // member noun, the body after `dari`, then the member's name between commas
    if (e.type === 'ORGANIZATION' && tokens[m.tokenStart - 1]?.norm === 'dari' && tokens[m.tokenEnd]?.text === ',') {
      let p = m.tokenStart - 2;
      while (p >= from && /^(fraksi|partai)$/.test(tokens[p]!.norm)) p--;
      const head = tokens[p]?.norm ?? '';
      const person = v.at.get(m.tokenEnd + 1);
      if ((PARTY_MEMBER.has(head) || MEMBER_HEADS.has(head) || head === 'legislatif') && person && !person.m.part && entities[person.m.entity]!.type === 'PERSON') {
        out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[p]!, subjectSpan: person.m, objectSpan: m });
      }
    }
    // `X, anggota DPRD Jawa Timur dari Fraksi Partai Gerindra, …`: the person named before the
    // appositive is a member of the party too
    // (the appositive closes after the party: `anggota Komisi V dari Golkar Budi Supriyanto` names
    // its member after the party)
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'party' && !m.part && /^[,.;)]$/.test(tokens[m.tokenEnd]?.text ?? '')) {
      let p = m.tokenStart - 1;
      while (p >= from && /^(fraksi|partai)$/.test(tokens[p]!.norm) && !v.cover.has(p)) p--;
      const body = tokens[p]?.norm === 'dari' ? v.endAt.get(p) : undefined;
      // (a title before the body as well: `X, Wakil Ketua DPRD Jawa Timur dari Fraksi Partai Golkar,`)
      const title = body && !MEMBER_HEADS.has(tokens[body.m.tokenStart - 1]?.norm ?? '') ? titleEndingAt(tokens, body.m.tokenStart, Math.max(from, body.m.tokenStart - 4)) : undefined;
      const open = body ? (title ? title.start : body.m.tokenStart - 1) : -1;
      if (body && !body.m.part && (title !== undefined || MEMBER_HEADS.has(tokens[body.m.tokenStart - 1]?.norm ?? '')) && tokens[open - 1]?.text === ',') {
        const person = v.endAt.get(open - 1);
        if (person && !person.m.part && entities[person.m.entity]!.type === 'PERSON') {
          out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[p]!, subjectSpan: person.m, objectSpan: m });
        }
      }
    }
    // `anggota DPR dari Fraksi Partai Golkar Bambang Soesatyo`, `anggota Komisi V DPR dari fraksi PAN
    // Andi`: the person is a member of the body too (the party's membership comes from the title rules)
    // (a candidate, `calon anggota DPRD`, is no member yet)
    if (e.type === 'ORGANIZATION' && MEMBER_HEADS.has(tokens[m.tokenStart - 1]?.norm ?? '') && tokens[m.tokenEnd]?.norm === 'dari' && !CANDIDATE.has(tokens[m.tokenStart - 2]?.norm ?? '')) {
      let p = m.tokenEnd + 1;
      while (p < s.tokenEnd && !v.at.has(p) && /^(fraksi|partai)$/.test(tokens[p]!.norm)) p++;
      const party = v.at.get(p);
      const person = party && !party.m.part && entities[party.m.entity]!.type === 'ORGANIZATION' ? v.at.get(party.m.tokenEnd) : undefined;
      if (person && !person.m.part && entities[person.m.entity]!.type === 'PERSON') {
        out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[m.tokenStart - 1]!, subjectSpan: person.m, objectSpan: m });
      }
    }
    // member_of, before the name: `kader Golkar Akbar Tanjung`, `pemain Persib X`, `pemain asing
    // Persebaya, X`, `kader muda PDIP X`
    const head = MEMBER_MODIFIER.has(tokens[m.tokenStart - 1]?.norm ?? '') && m.tokenStart - 2 >= from ? m.tokenStart - 2 : m.tokenStart - 1;
    if (e.type === 'ORGANIZATION' && PARTY_MEMBER.has(tokens[head]?.norm ?? '') && !CANDIDATE.has(tokens[head - 1]?.norm ?? '')) {
      const next = mentions[k + 1];
      // (right after it, or after its comma: `anggota Polrestabes Medan menganiaya X` names no member)
      if (next && !next.m.part && type(k + 1) === 'PERSON' && (next.m.tokenStart === m.tokenEnd || (next.m.tokenStart === m.tokenEnd + 1 && tokens[m.tokenEnd]!.text === ','))) {
        // (`dua pemain Arema FC, Dimas dan Yoga,`: each of the players named)
        for (const x of v.groups.get(next.group) ?? [next]) {
          // (one with a title of their own is not: `kader Golkar A dan Ketua KPK B`)
          if (x !== next && !(x.k > k + 1 && /^(dan|serta|and|,)$/.test(tokens[x.m.tokenStart - 1]?.norm ?? ''))) continue;
          if (!x.m.part && entities[x.m.entity]!.type === 'PERSON') out.push({ type: 'member_of', subject: x.m.entity, object: m.entity, sentence: s.index, trigger: tokens[head]!, subjectSpan: x.m, objectSpan: m });
        }
      } else if (v.lang === 'id' && tokens[m.tokenEnd]?.norm === 'yang' && /^(juga|kini|sekaligus)$/.test(tokens[m.tokenEnd + 1]?.norm ?? '')) {
        // `Kader PDI Perjuangan yang juga mantan Gubernur Jawa Tengah, Ganjar Pranowo`: the member named
        // after a title of their own (capitalized words, names and `mantan` only between)
        const holder = holderAfterAlsoTitle(v, m.tokenEnd + 2, k, entities);
        if (holder) out.push({ type: 'member_of', subject: holder.m.entity, object: m.entity, sentence: s.index, trigger: tokens[head]!, subjectSpan: holder.m, objectSpan: m });
      }
    }
    // `Aliansi Negara-Negara Sahel (AES), yang beranggotakan Mali, Burkina Faso, dan Niger`, `a bloc
    // comprising Mali, Burkina Faso and Niger`: the members listed after the body
    if (e.type === 'ORGANIZATION' && !m.part) {
      let q = m.tokenEnd;
      if (tokens[q]?.text === '(' && tokens[q + 2]?.text === ')') q += 3;
      if (tokens[q]?.text === ',') q++;
      if (/^(yang|which)$/.test(tokens[q]?.norm ?? '')) q++;
      // (`, a bloc comprising …`, `, an alliance grouping …`)
      else if (/^(a|an|the)$/.test(tokens[q]?.norm ?? '') && /^(bloc|grouping|group|alliance|coalition|union|body|organisation|organization|pact)$/.test(tokens[q + 1]?.norm ?? '')) q += 2;
      if (/^(beranggotakan|comprising|comprises|groups|grouping)$/.test(tokens[q]?.norm ?? '')) {
        const first = v.at.get(q + 1);
        if (first && !first.m.part) {
          for (const x of v.groups.get(first.group) ?? [first]) {
            const t = entities[x.m.entity]!.type;
            if (!x.m.part && x.m.entity !== m.entity && (t === 'COUNTRY' || t === 'ORGANIZATION' || t === 'PERSON')) {
              out.push({ type: 'member_of', subject: x.m.entity, object: m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: x.m, objectSpan: m });
            }
          }
        }
      }
    }
    // member_of by a seat won: `Indonesia won a seat on the U.N. Human Rights Council`, `Indonesia meraih
    // kursi di Dewan HAM PBB`
    if (e.type === 'ORGANIZATION' && !m.part) {
      let p = m.tokenStart - 1;
      if (tokens[p]?.norm === 'the') p--;
      if (p - 1 > from && /^(on|in|di|pada)$/.test(tokens[p]!.norm) && /^(seat|kursi)$/.test(tokens[p - 1]!.norm)) {
        let q = p - 2;
        if (/^(a|an|the|non-permanent|permanent|tidak|tetap)$/.test(tokens[q]?.norm ?? '')) q--;
        if (/^(won|wins|win|secured|secures|gained|gains|meraih|mendapat|mendapatkan|memperoleh|merebut)$/.test(tokens[q]?.norm ?? '')) {
          let r = q - 1;
          while (r > from && /^(has|have|had|telah|sudah|berhasil|resmi)$/.test(tokens[r]!.norm)) r--;
          const member = v.endAt.get(r + 1);
          if (member && !member.m.part && member.m.entity !== m.entity && entities[member.m.entity]!.type !== 'LOCATION') {
            out.push({ type: 'member_of', subject: member.m.entity, object: m.entity, sentence: s.index, trigger: tokens[p - 1]!, subjectSpan: member.m, objectSpan: m });
          }
        }
      }
    }
    // `A and B urged fellow members of the OIC …`, `sesama anggota ASEAN`: those who urge are members
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'igo' && m.tokenStart - 2 > from) {
      let q = m.tokenStart - 1;
      if (tokens[q]!.norm === 'the') q--;
      if (tokens[q]!.norm === 'of') q--;
      if (/^(members?|anggota)$/.test(tokens[q]!.norm) && (tokens[q - 1]?.norm === 'fellow' || tokens[q - 1]?.norm === 'sesama' || (tokens[q - 1]?.norm === 'negara' && tokens[q - 2]?.norm === 'sesama'))) {
        const first = mentions.find((x) => !x.m.part && !x.titleModifier && x.prep === undefined && x.m.tokenEnd <= q);
        for (const x of first ? v.groups.get(first.group) ?? [first] : []) {
          if (x.m.part) continue;
          const c = x.country ? x : entities[x.m.entity]!.type === 'PERSON' ? mentions.find((y) => y.titleModifier && y.country && y.roleOf?.includes(x.k)) : undefined;
          if (c && c.m.entity !== m.entity && !out.some((d) => d.type === 'member_of' && d.subject === c.m.entity && d.object === m.entity)) out.push({ type: 'member_of', subject: c.m.entity, object: m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: c.m, objectSpan: m });
        }
      }
    }
    // member_of told as a noun: `Indonesia's entry into BRICS`, `Finland's accession to NATO`,
    // `keanggotaan Indonesia di BRICS`, `bergabungnya Indonesia ke BRICS` (a bid or a plan is no entry)
    if (e.type === 'ORGANIZATION' && kinds[m.entity] === 'igo' && m.tokenStart - 3 >= from) {
      let member: MentionInfo | undefined;
      const prep = tokens[m.tokenStart - 1]!.norm;
      if (v.lang === 'en' && /^(into|of|in|to)$/.test(prep) && /^(entry|membership|accession)$/.test(tokens[m.tokenStart - 2]!.norm) && /^['’]s?$/.test(tokens[m.tokenStart - 3]!.text)) member = v.endAt.get(m.tokenStart - 3);
      else if (v.lang === 'id' && /^(di|dalam|ke|dengan)$/.test(prep)) {
        const x = v.endAt.get(m.tokenStart - 1);
        if (x && /^(keanggotaan|bergabungnya|masuknya)$/.test(tokens[x.m.tokenStart - 1]?.norm ?? '')) member = x;
      }
      // (membership backed, sought or applied for is not yet had: `mendukung penuh keanggotaan Palestina
      // di PBB`, `backed Ukraine's membership of NATO`)
      if (member) {
        const head = v.lang === 'en' ? member.m.tokenStart : member.m.tokenStart - 1;
        for (let q = head - 1; q >= Math.max(from, head - 3); q--) if (/^(dukungan|dukungannya|mendukung|didukung|penuh|mengajukan|pengajuan|permohonan|upaya|proses|rencana|menolak|calon|aksesi|for|support|supports|supported|backed|backs|backing|bid|seek|seeks|sought|seeking|application|oppose|opposes|opposed|blocked|block)$/.test(tokens[q]!.norm)) member = undefined;
      }
      if (member && !member.m.part && member.country && member.m.entity !== m.entity) out.push({ type: 'member_of', subject: member.m.entity, object: m.entity, sentence: s.index, trigger: tokens[m.tokenStart - 2]!, subjectSpan: member.m, objectSpan: m });
    }
    // member_of: `… anggota NATO` — the member is the clause's subject, or the antecedent of `yang`
    if (e.type === 'ORGANIZATION' && m.tokenStart - 1 >= from) {
      let p = m.tokenStart - 1;
      // (an ordinal between: `menjadi anggota ke-11 ASEAN`, `anggota kedua`)
      while (p >= from && (/^(tetap|tidak|penuh|resmi|aktif|negara|baru)$/.test(tokens[p]!.norm) || ORDINAL.test(tokens[p]!.norm))) p--;
      // English `a member of NATO`, `the 11th member of the Association of Southeast Asian Nations`
      if (p - 2 >= from && tokens[p]!.norm === 'the' && tokens[p - 1]!.norm === 'of') p--;
      if (p - 1 >= from && tokens[p]!.norm === 'of' && MEMBER_HEADS.has(tokens[p - 1]!.norm)) p--;
      if (p >= from && MEMBER_HEADS.has(tokens[p]!.norm)) {
        let q = p - 1;
        // (`menerima kartu tanda anggota Partai Gerindra`: a membership card received or held)
        if (q - 1 >= from && tokens[q]!.norm === 'tanda' && tokens[q - 1]!.norm === 'kartu' && /^(menerima|mendapat|mendapatkan|memegang|memiliki)$/.test(tokens[q - 2]?.norm ?? '')) q -= 3;
        // `negara anggota`, `yang merupakan negara anggota`, `adalah anggota`, `menjadi anggota`, `a member of`
        while (q >= from && (/^(negara|yang|merupakan|adalah|menjadi|sebagai|selaku|salah|satu|sudah|telah|resmi|diterima|tercatat|terdaftar|a|an|is|was|as|the|of|bergabung|,|which|became|admitted|accepted|received|inducted|welcomed|becomes|become|remains|remained|formally|officially|full|founding|permanent|new|newest|fellow|has|have|had|kini|akhirnya|secara)$/.test(tokens[q]!.norm) || ORDINAL_EN.test(tokens[q]!.norm) || DAY_ADJUNCT.test(tokens[q]!.norm))) q--;
        // the member stands right before those words (`Turki yang merupakan negara anggota NATO`);
        // `para anggota Al Qaeda`, `15 negara anggota DK PBB` name no member
        let found = v.endAt.get(q + 1);
        // (past an appositive between commas: `Bobby Nasution, the North Sumatra governor, was formally
        // received as a member of Gerindra`)
        if (!found && tokens[q + 1]?.text === ',' && q + 1 < p) {
          let r = q;
          while (r > from && q - r < 8 && tokens[r]!.text !== ',') r--;
          const named = tokens[r]?.text === ',' ? v.endAt.get(r) : undefined;
          if (named && !named.m.part && named.person) found = named;
        }
        // (the body ends a description of the people before it: `Budiman dan Maruarar, dua mantan kader
        // PDI-P, kini tercatat sebagai anggota Gerindra`: the people join)
        if (found && tokens[found.m.tokenEnd]?.text === ',' && entities[found.m.entity]!.type === 'ORGANIZATION') {
          let b = found.m.tokenStart - 1;
          while (b > from && found.m.tokenStart - b <= 5 && (tokens[b]!.kind === 'number' || (tokens[b]!.kind === 'word' && lowerStart(tokens[b]!.text)))) b--;
          const described = b < found.m.tokenStart - 1 && MEMBERS_DESCRIBED.test(tokens[found.m.tokenStart - 1]!.norm) && tokens[b]?.text === ',' ? v.endAt.get(b) : undefined;
          if (described && !described.m.part && entities[described.m.entity]!.type === 'PERSON') found = described;
        }
        // `X bergabung dengan Gerindra setelah 15 tahun menjadi kader Partai Demokrat`: a clause of time
        // with `menjadi` and no subject of its own is about the person who opens the sentence
        if (!found && v.lang === 'id' && tokens[q + 1]?.norm === 'menjadi') {
          let r = q;
          while (r > from && q - r < 3 && (tokens[r]!.kind === 'number' || /^(tahun|bulan|puluhan|belasan|lebih|dari|lamanya)$/.test(tokens[r]!.norm))) r--;
          if (/^(setelah|sesudah|selama|usai|seusai|sebelum)$/.test(tokens[r]?.norm ?? '')) found = openingPerson(v, entities, from, r);
        }
        // (a member's title before the next name is that name's: `Effendi Gazali, anggota Kompolnas Poengky Indarti`)
        if (found && personAt(v, m.tokenEnd) && tokens[q + 1]?.text === ',') found = undefined;
        // (a wish or a bid to become one is no membership: `mendukung keinginan Indonesia menjadi anggota
        // OECD`, `backed Indonesia's bid to become a member`)
        if (found && /^(keinginan|ambisi|upaya|rencana|niat|usulan|permohonan|pencalonan|aspirasi|tekad|cita-cita)$/.test(tokens[found.m.tokenStart - 1]?.norm ?? '')) found = undefined;
        let subj = found && !found.titleModifier && !askedToAdmit(tokens, found.m.tokenStart, from) ? found : undefined;
        // `Sebagai anggota G20, Indonesia …`, `As a member of NATO, Turkey …`: the subject after the comma
        if (!subj && q < from && /^(sebagai|selaku|as)$/.test(tokens[from]!.norm) && tokens[m.tokenEnd]?.text === ',') {
          const after = v.at.get(m.tokenEnd + 1);
          if (after && !after.m.part && entities[after.m.entity]!.type === 'COUNTRY') subj = after;
        }
        // `negara anggota ASEAN, yaitu (di) Vietnam`, `anggota NATO seperti Polandia dan Estonia`: the members listed after it
        if (!subj) {
          let r = m.tokenEnd;
          if (tokens[r]?.text === ',') r++;
          if (/^(yaitu|yakni|seperti|termasuk|including|namely|such)$/.test(tokens[r]?.norm ?? '')) {
            r++;
            if (/^(di|as|in)$/.test(tokens[r]?.norm ?? '')) r++;
            const c = v.at.get(r);
            if (c && !c.m.part && entities[c.m.entity]!.type === 'COUNTRY') {
              countriesJoin(out, v, entities, c, m, tokens[p]!);
            }
          }
        }
        // (`Amerika Serikat, Inggris, dan Prancis sebagai anggota tetap DK PBB`: each of the countries listed)
        if (subj && entities[subj.m.entity]!.type === 'COUNTRY' && /^(sebagai|selaku|as)$/.test(tokens[subj.m.tokenEnd]?.norm ?? '')) {
          countriesJoin(out, v, entities, subj, m, tokens[p]!, 0, subj.m.entity);
        }
        if (subj && subj.m.entity !== m.entity && entities[subj.m.entity]!.type !== 'LOCATION') {
          const since = yearAfter(tokens, m.tokenEnd, s.tokenEnd);
          // (people listed join each: `Budiman Sudjatmiko dan Maruarar Sirait kini tercatat sebagai anggota …`)
          if (entities[subj.m.entity]!.type === 'PERSON') {
            for (const x of v.groups.get(subj.group) ?? []) {
              if (x !== subj && !x.m.part && entities[x.m.entity]!.type === 'PERSON') out.push({ type: 'member_of', subject: x.m.entity, object: m.entity, sentence: s.index, trigger: tokens[p]!, subjectSpan: x.m, objectSpan: m, ...(since ? { since } : {}) });
            }
          }
          out.push({
            type: 'member_of', subject: subj.m.entity, object: m.entity, sentence: s.index, trigger: tokens[p]!, subjectSpan: subj.m, objectSpan: m,
            ...(since ? { since } : {}),
          });
          // a second body joined by `dan`: `Hungaria, anggota Uni Eropa dan NATO`, `a member of the EU and
          // NATO` (for countries in international bodies only: `anggota DPR dan kader PDIP` has its own head)
          if (entities[subj.m.entity]!.type === 'COUNTRY' && kinds[m.entity] === 'igo' && /^(dan|serta|and)$/.test(tokens[m.tokenEnd]?.norm ?? '')) {
            const second = v.at.get(tokens[m.tokenEnd + 1]?.norm === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1);
            if (second && !second.m.part && kinds[second.m.entity] === 'igo' && second.m.entity !== subj.m.entity) {
              out.push({ type: 'member_of', subject: subj.m.entity, object: second.m.entity, sentence: s.index, trigger: tokens[p]!, subjectSpan: subj.m, objectSpan: second.m });
            }
          }
          // the fellow members named after it: `a member of the Quad alongside the United States,
          // India and Australia`, `anggota Quad bersama Amerika Serikat, India dan Australia`
          if (entities[subj.m.entity]!.type === 'COUNTRY') {
            let r = m.tokenEnd;
            if (/^(alongside|bersama)$/.test(tokens[r]?.norm ?? '')) r++;
            else if (/^(along|together)$/.test(tokens[r]?.norm ?? '') && tokens[r + 1]?.norm === 'with') r += 2;
            if (r > m.tokenEnd && tokens[r]?.norm === 'the') r++;
            const c = r > m.tokenEnd ? v.at.get(r) : undefined;
            if (c && !c.m.part && entities[c.m.entity]!.type === 'COUNTRY') {
              countriesJoin(out, v, entities, c, m, tokens[p]!, 0, subj.m.entity);
            }
          }
        }
      }
    }
    // `mitranya dari Rusia, Sergei Lavrov`, `his Chinese counterpart Wang Yi`: the counterpart holds,
    // for that country, the office of the person the sentence names with a title
    if (e.type === 'PERSON') {
      let country: MentionInfo | undefined;
      const before = tokens[m.tokenStart - 1];
      if (before && COUNTERPART.has(before.norm)) {
        const d = v.endAt.get(m.tokenStart - 1);
        if (d && entities[d.m.entity]!.type === 'COUNTRY') country = d;
      } else if (before?.text === ',') {
        const c = v.endAt.get(m.tokenStart - 1);
        if (c && entities[c.m.entity]!.type === 'COUNTRY' && /^(dari|asal)$/.test(tokens[c.m.tokenStart - 1]?.norm ?? '') && COUNTERPART.has(tokens[c.m.tokenStart - 2]?.norm ?? '')) country = c;
      }
      const titled = country ? mentions.find((x) => x !== mi && x.m.role && entities[x.m.entity]!.type === 'PERSON') : undefined;
      if (country && titled) {
        out.push({ type: 'holds_role', subject: m.entity, object: country.m.entity, role: titled.m.role!, sentence: s.index, trigger: { start: country.m.start, end: m.start }, subjectSpan: m, objectSpan: country.m });
      }
    }
    // located_in: a site and where it is (`Pondok Pesantren At-Taqwa di Desa Cikampak`, `Stadion
    // Manahan in Solo`); only sites: `Jokowi di Jakarta` is where someone is, not a containment
    if (e.type === 'LOCATION' && /^(di|in)$/.test(tokens[m.tokenEnd]?.norm ?? '') && isFacilityAt(tokens, m.tokenStart)) {
      const next = mentions[k + 1];
      if (next && !next.m.part && next.m.tokenStart === m.tokenEnd + 1 && next.m.entity !== m.entity && !isFacilityAt(tokens, next.m.tokenStart)) {
        const o = entities[next.m.entity]!;
        if (o.type === 'LOCATION' || o.type === 'COUNTRY') {
          out.push({ type: 'located_in', subject: m.entity, object: next.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: m, objectSpan: next.m });
        }
      }
    }
    // located_in: a place named after its kind, then `di`/`in` another (`kota Bara di Kordofan Utara`,
    // `desa Sukamaju di Kabupaten Garut`, `the town of Tubas in the West Bank`), known or not
    if (e.type === 'LOCATION' && !m.part && /^(di|in)$/.test(tokens[m.tokenEnd]?.norm ?? '')) {
      const k1 = tokens[m.tokenStart - 1]?.norm ?? '';
      const named = /^(kota|desa|kampung|kecamatan|distrik|dusun|kelurahan|nagari|gampong)$/.test(k1) && lowerStart(tokens[m.tokenStart - 1]!.text)
        || (k1 === 'of' && /^(town|village|city|district|province|region|port|camp)$/.test(tokens[m.tokenStart - 2]?.norm ?? ''));
      if (named) {
        let r = m.tokenEnd + 1;
        if (tokens[r]?.norm === 'the') r++;
        if (COMPASS_EN.test(tokens[r]?.norm ?? '')) r++;
        const y = v.at.get(r);
        const o = y && !y.m.part && y.m.entity !== m.entity ? entities[y.m.entity]! : undefined;
        if (y && o && (o.type === 'LOCATION' || o.type === 'COUNTRY') && !out.some((x) => x.type === 'located_in' && x.subject === m.entity && x.object === y.m.entity && x.sentence === s.index)) {
          out.push({ type: 'located_in', subject: m.entity, object: y.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: m, objectSpan: y.m });
        }
      }
    }
    // located_in: a place the text itself describes as lying in another: `Lashio, a city in northern
    // Shan State`, `Sugapa, sebuah distrik di Kabupaten Intan Jaya`
    if (e.type === 'LOCATION' && !m.part && tokens[m.tokenEnd]?.text === ',') {
      const q = placeAppositiveAt(tokens, m.tokenEnd + 1, s.tokenEnd);
      // (`of`, `in`, `di` only: a town `near` a place is not in it; `the capital of` has its own rule below)
      if (q >= 0 && tokens[q - 1]!.norm !== 'capital' && /^(in|of|di)$/.test(tokens[q]!.norm)) {
        let r = q + 1;
        if (tokens[r]?.norm === 'the') r++;
        if (COMPASS_EN.test(tokens[r]?.norm ?? '')) r++;
        const y = v.at.get(r);
        const o = y && !y.m.part && y.m.entity !== m.entity ? entities[y.m.entity]! : undefined;
        if (y && o && (o.type === 'LOCATION' || o.type === 'COUNTRY')) {
          out.push({ type: 'located_in', subject: m.entity, object: y.m.entity, sentence: s.index, trigger: tokens[q - 1]!, subjectSpan: m, objectSpan: y.m });
        }
      }
    }
    // located_in: a known place `in (southern) Y` / `di Y (selatan)`, or `Y's X region`, when warta's
    // data agrees: Y is the place's country, or (with a compass word) a region of the same country
    // (`Kherson in southern Ukraine`, `Khan Younis di Jalur Gaza selatan`, `Ethiopia's Tigray region`)
    // (a place of no one country inside another by the data: `Scarborough Shoal in the South China Sea`)
    if (e.type === 'LOCATION' && e.known && (e.country !== undefined || inside !== undefined)) {
      let q = m.tokenEnd;
      let compass = false;
      if (/^(di|in)$/.test(tokens[q]?.norm ?? '') && v.lang === (tokens[q]!.norm === 'di' ? 'id' : 'en')) {
        q++;
        if (tokens[q]?.norm === 'the') q++;
        if (COMPASS_EN.test(tokens[q]?.norm ?? '')) { q++; compass = true; }
        // (`di timur laut Ukraina`, `di utara Suriah`)
        else if (tokens[q - 1]?.norm === 'di' && COMPASS_WORD_ID.test(tokens[q]?.norm ?? '')) { q += /^(laut|daya)$/.test(tokens[q + 1]?.norm ?? '') ? 2 : 1; compass = true; }
        const y = v.at.get(q);
        if (y && !y.m.part && y.m.entity !== m.entity) {
          if (COMPASS_ID.test(tokens[y.m.tokenEnd]?.norm ?? '')) compass = true;
          const o = entities[y.m.entity]!;
          if ((e.country !== undefined && o.type === 'COUNTRY' && o.iso3 === e.country) || (compass && e.country !== undefined && o.type === 'LOCATION' && o.known && o.country === e.country && !FACILITY_KINDS.has(kinds[y.m.entity] ?? ''))
            // (`Kabupaten Ogan Komering Ilir di Sumatera Selatan`: the data's parent)
            || (o.type === 'LOCATION' && o.known && inside?.(m.entity, y.m.entity))) {
            out.push({ type: 'located_in', subject: m.entity, object: y.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: m, objectSpan: y.m });
          }
        }
      }
      const owner = /^['’]s$/.test(tokens[m.tokenStart - 1]?.text ?? '') ? v.endAt.get(m.tokenStart - 1) : undefined;
      // (or a region whose part the data says it is: `Central Papua's Puncak regency`)
      if (owner && !owner.m.part && ((entities[owner.m.entity]!.type === 'COUNTRY' && entities[owner.m.entity]!.iso3 === e.country) || (entities[owner.m.entity]!.type === 'LOCATION' && inside?.(m.entity, owner.m.entity)))) {
        out.push({ type: 'located_in', subject: m.entity, object: owner.m.entity, sentence: s.index, trigger: tokens[m.tokenStart - 1]!, subjectSpan: m, objectSpan: owner.m });
      }
    }
    // member_of by a relative clause of belonging after the names: `Mali, Burkina Faso, dan Niger, yang
    // tergabung dalam Aliansi Negara-Negara Sahel (AES), …`, `Jepang yang menjadi anggota G7`
    if ((tokens[m.tokenEnd]?.norm === 'yang' || (tokens[m.tokenEnd]?.text === ',' && tokens[m.tokenEnd + 1]?.norm === 'yang')) && !m.part
      && (e.type === 'COUNTRY' || e.type === 'ORGANIZATION' || e.type === 'PERSON') && (k + 1 >= mentions.length || mentions[k + 1]!.group !== mi.group || mentions[k + 1]!.m.part)) {
      let q = m.tokenEnd;
      if (tokens[q]?.text === ',') q++;
      if (tokens[q]?.norm === 'yang') {
        q++;
        while (/^(juga|kini|telah|sudah|sama-sama|resmi|secara|akhirnya|baru)$/.test(tokens[q]?.norm ?? '')) q++;
        let at = -1;
        if (/^(tergabung|bergabung|berhimpun|terhimpun)$/.test(tokens[q]?.norm ?? '') && /^(dalam|di|ke|dengan)$/.test(tokens[q + 1]?.norm ?? '')) at = q + 2;
        else if (/^(menjadi|merupakan)$/.test(tokens[q]?.norm ?? '') && /^(anggota|kader|politikus|politisi|pengurus)$/.test(tokens[q + 1]?.norm ?? '')) at = q + 2 + (/^(partai)$/.test(tokens[q + 2]?.norm ?? '') && !v.at.has(q + 2) ? 1 : 0);
        const body = at >= 0 ? v.at.get(at) : undefined;
        // (a country qualifying a noun is no member: `desainer Indonesia yang tergabung dalam X`, `warga
        // Mesir yang bergabung dengan Al Qaeda`; the people are)
        const first = (v.groups.get(mi.group) ?? [mi])[0]!;
        const before = tokens[first.m.tokenStart - 1];
        // (after a preposition or a verb the country is named for itself: `tarif tambahan terhadap Indonesia,
        // yang resmi bergabung dengan BRICS`, `mengancam Indonesia, yang …`)
        const qualifies = e.type === 'COUNTRY' && before !== undefined && before.kind === 'word' && !/^(dan|serta|and|bahwa|that)$/.test(before.norm)
          && first.prep === undefined && !(v.lang === 'id' ? isIdVerb(before) : /[^e]ed$/.test(before.norm));
        if (body && !qualifies && !body.m.part && entities[body.m.entity]!.type === 'ORGANIZATION') {
          for (const x of v.groups.get(mi.group) ?? [mi]) {
            if (x.m.part || x.m.entity === body.m.entity) continue;
            out.push({ type: 'member_of', subject: x.m.entity, object: body.m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: x.m, objectSpan: body.m });
          }
        }
      }
    }
    // an office by becoming it: `Starmer became Prime Minister of the United Kingdom`, `X dilantik
    // sebagai Gubernur Jawa Barat` (membership by becoming it is the `anggota`/`member of` rule above)
    // `Lee Jae-myung of the Democratic Party`, `Kim Moon-soo of the People Power Party`: a person of a party
    let personEnd = m.tokenEnd;
    if (e.type === 'PERSON' && v.lang === 'en' && !m.part && !mi.titleModifier && tokens[m.tokenEnd]?.norm === 'of' && tokens[m.tokenEnd + 1]?.norm === 'the') {
      const party = v.at.get(m.tokenEnd + 2);
      if (party && !party.m.part && kinds[party.m.entity] === 'party' && !v.at.has(party.m.tokenEnd)) {
        out.push({ type: 'member_of', subject: m.entity, object: party.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: m, objectSpan: party.m });
        personEnd = party.m.tokenEnd;
      }
    }
    if (e.type === 'PERSON' && BECOME_FIRST.has(tokens[personEnd]?.norm ?? '') && !m.part && !mi.titleModifier) {
      let q = personEnd;
      while (q < s.tokenEnd && q - personEnd < 3 && /^(has|have|had|officially|formally|resmi|secara|telah|sudah|kini|akhirnya|kembali|again)$/.test(tokens[q]!.norm)) q++;
      const become = /^(became|become|becomes|menjadi)$/.test(tokens[q]?.norm ?? '') ? q + 1
        : /^(was|is|been)$/.test(tokens[q]?.norm ?? '') && /^(named|appointed|elected)$/.test(tokens[q + 1]?.norm ?? '') ? q + 2 + (tokens[q + 2]?.norm === 'as' ? 1 : 0)
        : /^(was|is)$/.test(tokens[q]?.norm ?? '') && tokens[q + 1]?.norm === 'sworn' && tokens[q + 2]?.norm === 'in' && tokens[q + 3]?.norm === 'as' ? q + 4
        : /^(dilantik|ditunjuk|terpilih|diangkat)$/.test(tokens[q]?.norm ?? '') && tokens[q + 1]?.norm === 'sebagai' ? q + 2 : -1;
      let r = become;
      while (r > 0 && r < s.tokenEnd && r - become < 3 && /^(a|an|the|full|founding|permanent|new|fellow|penuh|tetap|ke-?\d+|\d+(st|nd|rd|th))$/.test(tokens[r]!.norm)) r++;
      // (`was sworn in as South Korea's president`: the country's possessive, then the title)
      const owner = become > 0 ? v.at.get(r) : undefined;
      if (owner && !owner.m.part && owner.country && /^['’]s$/.test(tokens[owner.m.tokenEnd]?.text ?? '')) {
        const ot = titleStartingAt(tokens, owner.m.tokenEnd + 1, s.tokenEnd);
        if (ot && ot.role !== 'Member' && !v.at.has(ot.end)) out.push({ type: 'holds_role', subject: m.entity, object: owner.m.entity, role: ot.role, sentence: s.index, trigger: { start: tokens[owner.m.tokenEnd + 1]!.start, end: tokens[ot.end - 1]!.end }, subjectSpan: m, objectSpan: owner.m });
      }
      const t = become > 0 ? titleStartingAt(tokens, r, s.tokenEnd) : undefined;
      if (t && t.role !== 'Member') {
        let b = t.end;
        if (/^(of|the)$/.test(tokens[b]?.norm ?? '')) b++;
        if (tokens[b]?.norm === 'the') b++;
        const at = v.at.get(b);
        const org = at && describedBody(v, entities, at);
        if (org && !org.m.part && org.m.entity !== m.entity && entities[org.m.entity]!.type !== 'PERSON') {
          out.push({ type: 'holds_role', subject: m.entity, object: org.m.entity, role: t.role, sentence: s.index, trigger: { start: tokens[r]!.start, end: tokens[t.end - 1]!.end }, subjectSpan: m, objectSpan: org.m });
        }
      }
    }
    // member_of by apposition: `Egypt, a member of the Arab League,`, `Myanmar, a fellow ASEAN member,`,
    // `Mesir, anggota Liga Arab,`, `Turki, negara anggota NATO,`
    if ((e.type === 'COUNTRY' || e.type === 'ORGANIZATION') && !m.part && tokens[m.tokenEnd]?.text === ',') {
      let q = m.tokenEnd + 1;
      while (q < s.tokenEnd && q - m.tokenEnd <= 3 && /^(a|an|the|fellow|founding|negara|salah|satu|sesama|both|all|keduanya|semuanya|dua|tiga|empat|two|three|four|permanent|tetap)$/.test(tokens[q]!.norm)) q++;
      let body: MentionInfo | undefined;
      if (/^(member|members|anggota)$/.test(tokens[q]?.norm ?? '')) {
        let r = q + 1;
        if (/^(state|states|country|nation|negara)$/.test(tokens[r]?.norm ?? '')) r++;
        // (`dua anggota tetap Dewan Keamanan PBB`: permanent members)
        if (/^(tetap|permanen)$/.test(tokens[r]?.norm ?? '')) r++;
        if (tokens[r]?.norm === 'of') r += tokens[r + 1]?.norm === 'the' ? 2 : 1;
        body = v.at.get(r);
      } else {
        // `a fellow ASEAN member`
        const b = v.at.get(q);
        if (b && /^(member|members|anggota)$/.test(tokens[b.m.tokenEnd]?.norm ?? '')) body = b;
      }
      if (body && !body.m.part && body.m.entity !== m.entity && entities[body.m.entity]!.type === 'ORGANIZATION') {
        // (`Poland and Romania, both NATO members,`, `AS dan Prancis, dua anggota tetap DK PBB,`: every name of the list)
        const all = /^(both|all|keduanya|semuanya|dua|tiga|empat|two|three|four)$/.test(tokens[m.tokenEnd + 1]?.norm ?? '') ? (v.groups.get(mi.group) ?? [mi]) : [mi];
        for (const x of all) {
          if (x.m.part || x.m.entity === body.m.entity) continue;
          out.push({ type: 'member_of', subject: x.m.entity, object: body.m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: x.m, objectSpan: body.m });
        }
      }
    }
    // member_of, English: `…, his National Unity Platform party said` (the person named before),
    // `Pakistan Tehreek-e-Insaf, the party of jailed former prime minister Imran Khan`
    if (e.type === 'ORGANIZATION' && v.lang === 'en' && !m.part) {
      const party = tokens[m.tokenEnd]?.norm === 'party' || kinds[m.entity] === 'party';
      // (the party speaking or ending the clause: not `his Democratic party rivals`)
      const q0 = tokens[m.tokenEnd]?.norm === 'party' ? m.tokenEnd + 1 : m.tokenEnd;
      if (party && /^(his|her)$/.test(tokens[m.tokenStart - 1]?.norm ?? '') && (q0 >= s.tokenEnd || /^(said|says|told|added|announced|stated|claimed|denied|accused|has|had|was|is|will|[,.;])$/.test(tokens[q0]!.norm))) {
        let person: MentionInfo | undefined;
        for (let j = k - 1; j >= 0 && !person; j--) if (!mentions[j]!.m.part && type(j) === 'PERSON') person = mentions[j];
        if (person) out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[m.tokenStart - 1]!, subjectSpan: person.m, objectSpan: m });
      }
      if (party && tokens[m.tokenEnd]?.text === ',' && tokens[m.tokenEnd + 1]?.norm === 'the' && tokens[m.tokenEnd + 2]?.norm === 'party' && tokens[m.tokenEnd + 3]?.norm === 'of') {
        let q = m.tokenEnd + 4;
        const t = titleStartingAt(tokens, q, s.tokenEnd);
        for (let n = 0; n < 4 && !v.at.get(q) && q < s.tokenEnd && tokens[q]!.kind === 'word' && (lowerStart(tokens[q]!.text) || (t && q < t.end)); n++) q++;
        const person = v.at.get(q);
        if (person && !person.m.part && entities[person.m.entity]!.type === 'PERSON') {
          out.push({ type: 'member_of', subject: person.m.entity, object: m.entity, sentence: s.index, trigger: tokens[m.tokenEnd + 2]!, subjectSpan: person.m, objectSpan: m });
        }
      }
    }
    // located_in: `the South Korean city of Busan`, `the northern Syrian town of Tal Rifaat`
    if (e.type === 'LOCATION' && v.lang === 'en' && tokens[m.tokenStart - 1]?.norm === 'of' && PLACE_NOUNS_EN.test(tokens[m.tokenStart - 2]?.norm ?? '')) {
      let q = m.tokenStart - 2;
      if (COMPASS_EN.test(tokens[q - 1]?.norm ?? '')) q--;
      // (a word of what kind of place between: `the Spanish resort town of Marbella`, `the Thai border town of Mae Sot`)
      if (!v.endAt.get(q) && /^(resort|border|coastal|port|mountain|mountainous|frontier|garrison|market|mining|industrial|island|holy|capital|university|tourist|seaside|desert|oil|hometown)$/.test(tokens[q - 1]?.norm ?? '')) q--;
      const c = v.endAt.get(q);
      if (c && !c.m.part && c.m.demonym && entities[c.m.entity]!.type === 'COUNTRY' && !(e.country !== undefined && entities[c.m.entity]!.iso3 !== e.country)) {
        out.push({ type: 'located_in', subject: m.entity, object: c.m.entity, sentence: s.index, trigger: tokens[m.tokenStart - 2]!, subjectSpan: m, objectSpan: c.m });
      }
    }
    // located_in: `Sochi, Rusia` and chains (`Beirut selatan, Lebanon`: a compass word before the comma)
    // (a compass word, or in English a lower-case noun of the place's kind, between the name and the
    // comma: `Beirut selatan, Lebanon`, `Rempang island, Riau Islands`)
    const chainComma = tokens[m.tokenEnd]?.text === ',' ? m.tokenEnd
      : ((v.lang === 'id' && COMPASS_WORD_ID.test(tokens[m.tokenEnd]?.norm ?? '')) || (v.lang === 'en' && /^(island|islands|province|regency|district|subdistrict|village|town|city|county|state|region|municipality)$/.test(tokens[m.tokenEnd]?.norm ?? ''))) && lowerStart(tokens[m.tokenEnd]?.text ?? 'A') && tokens[m.tokenEnd + 1]?.text === ',' ? m.tokenEnd + 1 : -1;
    if ((e.type === 'LOCATION') && chainComma >= 0) {
      const next = mentions[k + 1];
      // (an English demonym after the comma starts a noun phrase: `in Gaza, Palestinian officials said`)
      // (nor a name with a possessive: `in Tehran, Iran's Revolutionary Guards said`; in Indonesian a
      // demonym-like name is the country's own: `di Zurich, Swiss`)
      const nounPhrase = (next?.m.demonym && (v.lang === 'en' || tokens[next.m.tokenEnd]?.kind === 'word')) || (next !== undefined && possessiveNotPlace(tokens, next.m.tokenEnd));
      if (next && !next.m.part && !nounPhrase && next.m.tokenStart === chainComma + 1) {
        const o = entities[next.m.entity]!;
        const clash = o.type === 'COUNTRY' && e.country !== undefined && o.iso3 !== undefined && e.country !== o.iso3;
        // a street, station or hospital holds buildings (`Gedung SMESCO, Jalan Gatot Subroto`), not a
        // known town (`Jalan Padjadjaran di Bogor, Jalan Margonda di Depok`) nor its own kind (`Stasiun
        // Sudirman, Stasiun Karet`: a list)
        const facility = isFacilityAt(tokens, next.m.tokenStart)
          && ((e.known && !FACILITY_KINDS.has(kinds[m.entity] ?? '')) || (isFacilityAt(tokens, m.tokenStart) && tokens[m.tokenStart]!.norm === tokens[next.m.tokenStart]!.norm));
        // (the name after the comma speaking is the source: `near Second Thomas Shoal, Manila said`)
        const speaks = /^(said|says|told|added|kata|ujar|menurut)$/.test(tokens[next.m.tokenEnd]?.norm ?? '');
        // (in a dateline, a name warta does not know after the comma is the outlet: `Bandung, Tribun --`)
        const outlet = s.zone === 'dateline' && !o.known;
        // (a list of places, `ke Michigan, New York dan Minnesota`, is no chain)
        // (unless warta's data puts the one in the other: `Cilincing, Jakarta Utara dan Bekasi`)
        // (nor when the one after the comma is named as the larger region: `Desa Saluki, Kecamatan
        // Gumbasa, Kabupaten Sigi dan Danau Tambing`)
        // (not the same head on both, nor two known places of one rank: `Kab. Barito Kuala, Kab. Kotabaru,
        // Kota Banjarbaru dan …` lists regencies; no regency lies in another)
        const sameRank = e.known && o.known && kinds[m.entity] !== undefined && PLACE_RANK[kinds[m.entity]!] !== undefined && PLACE_RANK[kinds[m.entity]!] === PLACE_RANK[kinds[next.m.entity] ?? ''];
        const nextHead = HEAD_RANK.get(tokens[next.m.tokenStart]!.norm);
        const sameHead = nextHead !== undefined && HEAD_RANK.get(tokens[m.tokenStart]!.norm) === nextHead;
        const holds = inside?.(m.entity, next.m.entity) === true || (nextHead !== undefined && !sameHead && !sameRank);
        const listed = placeList(v, k + 1, entities) && !holds;
        // (two known places that warta's data puts in different countries: `di Istanbul, Kuala Lumpur,
        // London`)
        const apart = o.type === 'LOCATION' && e.known && o.known && e.country !== undefined && o.country !== undefined && e.country !== o.country;
        // (a run of three or more names between commas, or a pair a conjunction follows, is a list
        // unless the second is a country, a named region or a known place holding the first: `ke
        // Portsmouth, Birmingham, Sunderland`, `dipinjamkan ke Barnsley, Aberdeen, dan akhirnya`,
        // `Lazada, Zalora, Blibli`; but an address narrows down to a place warta knows: `di Gedung
        // DPR, Senayan, Jakarta Pusat`, `Kampung Jati, Cililin`, so a pair of which one is unknown
        // is a link when a known place ends the run)
        // (two known places are a link when the second is of a larger kind: `Gedung DPR, Senayan`,
        // `Mandalika, Lombok`, not `Surabaya, Yogyakarta`)
        const [firstOfRun, last] = commaRun(v, k);
        const narrows = (PLACE_RANK[kinds[m.entity] ?? ''] ?? 9) < (PLACE_RANK[kinds[next.m.entity] ?? ''] ?? -1);
        const endsKnown = (o.known && !e.known) || (last > k + 1 && entities[mentions[last]!.m.entity]!.known && entities[mentions[last]!.m.entity]!.type !== 'ORGANIZATION');
        const loose = !holds && o.type === 'LOCATION' && (e.known && o.known ? !narrows : !endsKnown) && (last - firstOfRun >= 2 || conjunctionAfter(tokens, next.m.tokenEnd));
        if ((o.type === 'COUNTRY' || o.type === 'LOCATION') && next.m.entity !== m.entity && !clash && !apart && !loose && !facility && !speaks && !outlet && !listed) {
          out.push({ type: 'located_in', subject: m.entity, object: next.m.entity, sentence: s.index, trigger: tokens[m.tokenEnd]!, subjectSpan: m, objectSpan: next.m });
        }
      }
    }
    // `di Bogor Jawa Barat`: two known places with no comma between, the first inside the second by
    // warta's data (a chain written without its comma, as Indonesian news often does)
    if (e.type === 'LOCATION' && e.known && chainComma < 0 && CHAIN_KINDS.has(kinds[m.entity] ?? '')) {
      const next = mentions[k + 1];
      if (next && !next.m.part && !next.m.demonym && next.m.tokenStart === m.tokenEnd && next.m.entity !== m.entity && entities[next.m.entity]!.known && inside?.(m.entity, next.m.entity) === true) {
        out.push({ type: 'located_in', subject: m.entity, object: next.m.entity, sentence: s.index, trigger: tokens[next.m.tokenStart]!, subjectSpan: m, objectSpan: next.m });
      }
    }
    if ((e.type === 'LOCATION') && chainComma >= 0) {
      // `Kathmandu, the capital of Nepal,`, `Dili, ibu kota Timor Leste,`
      let q = m.tokenEnd + 1;
      if (tokens[q]?.norm === 'the') q++;
      const capitalOf = tokens[q]?.norm === 'capital' && tokens[q + 1]?.norm === 'of' ? q + 2 : tokens[q]?.norm === 'ibu' && tokens[q + 1]?.norm === 'kota' ? q + 2 : tokens[q]?.norm === 'ibukota' ? q + 1 : -1;
      const c = capitalOf > 0 ? v.at.get(capitalOf) : undefined;
      if (c && !c.m.part && c.m.entity !== m.entity && (entities[c.m.entity]!.type === 'COUNTRY' || entities[c.m.entity]!.type === 'LOCATION')) {
        out.push({ type: 'located_in', subject: m.entity, object: c.m.entity, sentence: s.index, trigger: tokens[q]!, subjectSpan: m, objectSpan: c.m });
      }
    }
    if (e.type === 'PERSON' && v.lang === 'id' && !m.part) jointOffices(v, m, entities, out);
  }
}

/** Nouns of what one is in politics, before the party one is from (`tokoh oposisi dari X`, `a councillor from X`). */
const POLITICAL_NOUNS = /^(tokoh|politikus|politisi|kader|aktivis|anggota|legislator|councillor|councilor|lawmaker|politician|member|activist|figure|leader|candidate|caleg|calon)$/;

/**
 * After an appositive comma at token i: a description of what one is in politics, up to four lower-case
 * or place words, then `dari`/`from` (`the`) and a party: the party's mention. Not a candidate's (a
 * candidate is no member yet: `calon anggota DPRD dari PAN` is left to the candidate rule).
 */
function describedPartyAfter(v: SentenceView, i: number, kinds: Array<string | undefined>, entities: Entity[]): MentionInfo | undefined {
  const { tokens } = v;
  let j = i;
  if (/^(a|an|the)$/.test(tokens[j]?.norm ?? '')) j++;
  let noun = false;
  for (const end = Math.min(v.s.tokenEnd, j + 6); j < end; j++) {
    const t = tokens[j]!;
    if (t.norm === 'dari' || t.norm === 'from') break;
    if (t.kind !== 'word' || t.text === ',') return undefined;
    if (/^(calon|candidate|caleg)$/.test(t.norm)) return undefined;
    // (a closing attribution is no description of the name before it: `…, kata anggota Komisi I DPR dari …`)
    if (/^(kata|ujar|tutur|jelas|ungkap|imbuh|tambah|menurut|said|says|according)$/.test(t.norm)) return undefined;
    if (POLITICAL_NOUNS.test(t.norm)) noun = true;
  }
  if (!noun || !/^(dari|from)$/.test(tokens[j]?.norm ?? '')) return undefined;
  let k = j + 1;
  if (tokens[k]?.norm === 'the') k++;
  while (k < v.s.tokenEnd && /^(partai|fraksi)$/.test(tokens[k]!.norm) && !v.at.has(k)) k++;
  const party = v.at.get(k);
  // (the description closes after the party: in a list, `X, anggota Komisi V dari Golkar Budi Supriyanto,`
  // describes the name after it)
  if (party && !/^[,.;:()]$/.test(tokens[party.m.tokenEnd]?.text ?? '.')) return undefined;
  // (a party warta does not know, by its name: `Partai Rakyat Republik`)
  return party && !party.m.part && (kinds[party.m.entity] === 'party' || (!entities[party.m.entity]!.known && entities[party.m.entity]!.type === 'ORGANIZATION' && /^Partai\b|\bParty\b/.test(entities[party.m.entity]!.name))) ? party : undefined;
}

/**
 * `Presiden KSPI sekaligus Presiden Partai Buruh Said Iqbal`: an office in one body joined to the
 * office before the name by `sekaligus`/`merangkap`/`dan` is the person's too.
 */
function jointOffices(v: SentenceView, m: DocMention, entities: Entity[], out: Draft[]): void {
  const { tokens, s } = v;
  const from = s.tokenStart;
  const second = v.endAt.get(m.tokenStart);
  if (!second || second.m.part || !/^(ORGANIZATION|COUNTRY)$/.test(entities[second.m.entity]!.type)) return;
  const t2 = titleEndingAt(tokens, second.m.tokenStart, from);
  if (!t2 || !/^(sekaligus|merangkap|dan|serta)$/.test(tokens[t2.start - 1]?.norm ?? '')) return;
  const first = v.endAt.get(t2.start - 1);
  if (!first || first.m.part || first.m.entity === second.m.entity || !/^(ORGANIZATION|COUNTRY)$/.test(entities[first.m.entity]!.type)) return;
  const t1 = titleEndingAt(tokens, first.m.tokenStart, from);
  if (!t1 || t1.role === 'Member') return;
  if (out.some((d) => d.type === 'holds_role' && d.sentence === s.index && d.subject === m.entity && d.object === first.m.entity)) return;
  out.push({ type: 'holds_role', subject: m.entity, object: first.m.entity, role: t1.role, sentence: s.index, trigger: { start: tokens[t1.start]!.start, end: tokens[first.m.tokenStart - 1]!.end }, subjectSpan: m, objectSpan: first.m });
}

/**
 * A possessive at `q` that opens a noun phrase other than a place (`Iran's Revolutionary Guards`,
 * `Kenya's Interior Minister`, `Iran's state media`), unlike `Malaysia's southern state`.
 */
function possessiveNotPlace(tokens: Token[], q: number): boolean {
  if (!/^['’]s$/.test(tokens[q]?.text ?? '')) return false;
  for (let j = q + 1; j <= q + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || upperStart(t.text)) return true;
    // (the place noun ends the phrase: not `Iran's state media`)
    if (/^(state|province|region|capital|city|town|port|island|district|county|territory|hub|enclave|village)$/.test(t.norm)) return tokens[j + 1] !== undefined && tokens[j + 1]!.kind === 'word';
  }
  return true;
}

/** Words that may follow a person's name who takes an office (`has become`, `resmi menjadi`, `was named`). */
const BECOME_FIRST = new Set(['has', 'have', 'had', 'officially', 'formally', 'resmi', 'secara', 'telah', 'sudah', 'kini', 'akhirnya', 'kembali', 'became', 'become', 'becomes', 'menjadi', 'was', 'is', 'dilantik', 'ditunjuk', 'terpilih', 'diangkat']);

/** Nouns of places before `of` and a place's name (`the South Korean city of Busan`). */
const PLACE_NOUNS_EN = /^(city|town|port|village|capital|province|region|district|state|island|enclave|stronghold)$/;

/** Nouns and passives of leading before the leader's name, and the role each gives. */
const LEADER_BEFORE = new Map<string, string>([['pimpinan', 'Leader'], ['dipimpin', 'Leader'], ['diketuai', 'Chair'], ['dinakhodai', 'Leader'], ['asuhan', 'Coach'], ['besutan', 'Coach'], ['dilatih', 'Coach'], ['led', 'Leader'], ['headed', 'Leader'], ['chaired', 'Chair'], ['coached', 'Coach'], ['founded', 'Founder'], ['didirikan', 'Founder']]);
/** Verbs of leading after the leader's name. */
const LEADS = new Map<string, string>([['memimpin', 'Leader'], ['pimpin', 'Leader'], ['mengetuai', 'Chair'], ['menakhodai', 'Leader'], ['melatih', 'Coach'], ['mendirikan', 'Founder'], ['leads', 'Leader'], ['led', 'Leader'], ['heads', 'Leader'], ['headed', 'Leader'], ['chairs', 'Chair'], ['chaired', 'Chair'], ['coaches', 'Coach'], ['coached', 'Coach'], ['founded', 'Founder']]);

function leaderOf(v: SentenceView, m: DocMention, entities: Entity[], out: Draft[]): void {
  const { tokens, s } = v;
  // (cheap test first: a word of leading within six words before the name)
  let near = false;
  for (let j = Math.max(s.tokenStart, m.tokenStart - 6); j < m.tokenStart && !near; j++) near = LEADER_BEFORE.has(tokens[j]!.norm);
  if (near) leaderBefore(v, m, entities, out);
  leaderAfter(v, m, entities, out);
}

function pushLeader(v: SentenceView, m: DocMention, out: Draft[], org: MentionInfo, role: string, a: number, b: number): void {
  out.push({
    type: 'holds_role', subject: m.entity, object: org.m.entity, role, sentence: v.s.index,
    trigger: { start: v.tokens[a]!.start, end: v.tokens[b - 1]!.end }, subjectSpan: m, objectSpan: org.m,
  });
}

function bodyMention(x: MentionInfo | undefined, entities: Entity[]): MentionInfo | undefined {
  return x !== undefined && !x.m.part && (entities[x.m.entity]!.type === 'ORGANIZATION' || entities[x.m.entity]!.type === 'COUNTRY') ? x : undefined;
}

function leaderBefore(v: SentenceView, m: DocMention, entities: Entity[], out: Draft[]): void {
  const { tokens, s } = v;
  const from = s.tokenStart;
  // before the name: `X pimpinan`, `X yang dipimpin (oleh)`, `X, led by`
  let p = m.tokenStart - 1;
  // (the leader's own title or description between: `led by former police officer X`, `dipimpin Kepala Basarnas X`)
  const titled = titleEndingAt(tokens, p + 1, from);
  // (a title that opens with the noun of leading is that noun: `partai pimpinan Sheikh Hasina`)
  if (titled) p = LEADER_BEFORE.has(tokens[titled.start]!.norm) ? titled.start : titled.start - 1;
  if (titled && /^(mantan|former|eks)$/.test(tokens[p]?.norm ?? '')) p--;
  if (!/^(oleh|by)$/.test(tokens[p]?.norm ?? '')) {
    let b = p;
    while (b > from && p - b < 4 && tokens[b]!.kind === 'word' && lowerStart(tokens[b]!.text) && !/^(oleh|by)$/.test(tokens[b]!.norm)) b--;
    if (b < p && /^(oleh|by)$/.test(tokens[b]?.norm ?? '')) p = b;
  }
  if (/^(oleh|by)$/.test(tokens[p]?.norm ?? '')) p--;
  const noun = tokens[p]?.norm ?? '';
  const byRole = LEADER_BEFORE.get(noun);
  // (English participles need their `by`; Indonesian nouns and passives stand alone)
  if (byRole && p >= from && (tokens[p + 1]?.norm === 'by' || !/^(led|headed|chaired|coached|founded)$/.test(noun))) {
    const a = p;
    let q = p - 1;
    if (tokens[q]?.norm === 'yang' && noun.startsWith('di')) q--;
    if (tokens[q]?.text === ',') q--;
    // a few lower-case words between the body and the verb (`the Viv Ansanm gang coalition, led by`)
    let skipped = 0;
    for (; skipped < 3 && q >= from && tokens[q]!.kind === 'word' && lowerStart(tokens[q]!.text) && !v.endAt.get(q + 1); skipped++) q--;
    const org = bodyMention(v.endAt.get(q + 1), entities);
    // (a country before lower-case words is what they are of: `a delegation of Indonesian religious
    // leaders led by X` leads the leaders, not Indonesia)
    if (org && skipped > 0 && entities[org.m.entity]!.type === 'COUNTRY') return;
    // (the founder of a body is `didirikan oleh`; `founded by` a company's founder alike; a person's
    // role is not the body of another: `KKB pimpinan X` only when nothing stands between)
    if (org && !(noun === 'pimpinan' && org.m.tokenEnd !== a)) pushLeader(v, m, out, org, byRole, a, m.tokenStart);
    // `Liga Awami, partai pimpinan Sheikh Hasina`: the body before an appositive noun of its kind
    else if (noun === 'pimpinan' && /^(partai|kelompok|organisasi|ormas|milisi|faksi|gerakan|klub|perusahaan|lembaga)$/.test(tokens[a - 1]?.norm ?? '') && tokens[a - 2]?.text === ',') {
      const body = bodyMention(v.endAt.get(a - 2), entities);
      if (body && entities[body.m.entity]!.type === 'ORGANIZATION') pushLeader(v, m, out, body, byRole, a, m.tokenStart);
    }
  }
}

function leaderAfter(v: SentenceView, m: DocMention, entities: Entity[], out: Draft[]): void {
  const { tokens } = v;
  // after the name: `X memimpin Y`, `X, yang memimpin Y sejak 2019`, `X, who has led Y`
  let r = m.tokenEnd;
  if (tokens[r]?.text === ',') r++;
  if (/^(yang|who)$/.test(tokens[r]?.norm ?? '')) r++;
  for (let n = 0; n < 3 && /^(telah|sudah|pernah|kini|saat|ini|masih|juga|has|had|have|once|now|also|currently|still|who)$/.test(tokens[r]?.norm ?? ''); n++) r++;
  const verb = tokens[r]?.norm ?? '';
  const role = LEADS.get(verb);
  if (!role) return;
  let o = r + 1;
  if (tokens[o]?.norm === 'the') o++;
  const org = bodyMention(v.at.get(o), entities);
  // (`memimpin delegasi Indonesia`, `led Russia's delegation`: a body's part, not the body)
  if (!org || /^['’]s$/.test(tokens[org.m.tokenEnd]?.text ?? '')) return;
  pushLeader(v, m, out, org, role, r, r + 1);
}
