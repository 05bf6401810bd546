/**
 * Event relations: find predicates by their surface form (the lexicon holds every affixed form),
 * then their arguments by the row's frame:
 *   subject  the nearest subject-able mention group to the left in the same clause; after
 *            `dengan`/`sambil`/`dan` + verb the main clause's subject; after `untuk`/`agar` the
 *            main clause's object when the main verb asks (object control); after `karena` the
 *            main clause's object; `kedua negara`/`kedua pemimpin`/`pihaknya` resolved;
 *            passive forms take the agent after `oleh` (or right after the verb)
 *   object   the mention right after an active verb (`obj`), or after a preposition of the frame
 *            (`ke Ukraina`, `dengan Erdogan`, `antara Putin dan Erdogan`); coordinated objects each
 *   theme    the noun phrase after the verb for rows that send or impose something (`drone`)
 * Qualifiers (negation, modality, attribution, time) are set in qualifiers.ts.
 */
import { CURRENCY_NAME } from '../lang/currency.js';
import { isTitleCase } from '../ner/rules/skip-title-case.js';
import { isCalendarWord } from '../ner/rules/drop-not-names.js';
import type { Entity, Language, Token } from '../types.js';
import { AUX, COUNTERPART, FIRST_PERSON, GENERIC_BODY, counterpartNameAt, isIdVerb, OBJECT_CONTROL, PREPOSITIONS, REASON, SHARE_SUBJECT, type MentionInfo, type SentenceView } from './clause.js';
import { predicateLexicon, type FormHit, type PredicateEntry } from './lexicon.js';
import type { Draft, Span } from './draft.js';
import { qualify } from './qualifiers.js';
import { FORMER } from './roles.js';
import { knownWords } from '../morph/lexicon.js';
import { titleEndingAt, titleStartingAt } from '../ner/rules/role-before-name.js';
import { otherMembersBefore } from './static.js';
import { CUE_SPEECH, CUE_TITLE, nerLexicon } from '../ner/lexicon.js';
import { upperStart, lowerStart } from '../text/chars.js';
import { sportsReport } from '../lang/sports.js';

interface Trigger {
  start: number; // token index
  end: number;
  hit: FormHit;
  /** subjects and objects found, for clauses that depend on this one */
  between: boolean;
  subjects: number[];
  objects: number[];
  subjectSpans: Span[];
  objectSpans: Span[];
  /** an act someone is ordered or urged to do (`memerintahkan X untuk mengerahkan …`): not asserted */
  controlled?: boolean;
  /** the act an accusation names (`accused Jakarta of genocide`): its subject is the accused */
  alleged?: boolean;
}

/** How far (in tokens) a predicate looks for its subject and objects: a clause, not a whole run-on text. */
const WINDOW = 60;

/** Predicates whose object can be the object of the predicate they govern (`mengancam akan menyerang X`). */
const EMBEDDING = new Set(['THREATEN', 'AGREE']);
const NOT_IN_SPORTS = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'MOBILIZE', 'RETREAT', 'SANCTION', 'CONSULT', 'PROTEST']);

/** Nouns a row may need after `sebagai`/`as` (`sebagai tersangka`, `as a suspect`). */
const ROLE_NOUNS = new Set(['tersangka', 'terdakwa', 'saksi', 'suspect', 'suspects', 'witness']);
/** Words of peacekeeping, which tell troops sent as aid (074) wherever they stand in the clause. */
const PEACEKEEPING = new Set(['perdamaian', 'unifil', 'monusco', 'minusca', 'garuda', 'peacekeepers', 'peacekeeping', 'peacekeeper']);
/** Where a complaint is filed (`melaporkan X ke polisi`). */
const VENUE_NOUNS = new Set(['polisi', 'polda', 'polres', 'bareskrim', 'kejaksaan', 'bawaslu', 'ombudsman', 'kepolisian', 'berwajib']);

/** Words of an amount between a trigger and the noun it needs (`$500 million in military aid`). */
/** Words before a needed noun that the reach reads past (`an additional 500 million euros in military aid`). */
const FILLERS = new Set(['a', 'an', 'additional', 'further', 'fresh', 'extra', 'another', 'more', 'new', 'tambahan', 'its', 'their', 'most', 'all', 'retaliatory', 'remaining', 'existing', 'the', 'first', 'second', 'last', 'final', 'latest', 'pertama', 'kedua', 'terakhir', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'dozens', 'hundreds', 'thousands', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'beberapa', 'puluhan', 'ratusan', 'ribuan']);
const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'juta', 'miliar', 'triliun', 'ribu', 'in', 'worth', 'senilai', 'sebesar', 'rp', 'us$', '$', 'ton', 'tons', 'tonnes', 'kg', 'kilogram', 'unit', 'units', 'paket', 'truk']);
/** Nouns of measure before `of` (`a 14th package of sanctions`). */
const MEASURE_NOUNS = new Set(['package', 'packages', 'round', 'rounds', 'series', 'set', 'sets', 'wave', 'waves', 'raft', 'batch', 'batches', 'tranche', 'shipment', 'shipments', 'number', 'string']);

/** A purpose of relief after a deployment, within the clause: `untuk memadamkan`, `to help evacuate`. */
function reliefPurpose(tokens: Token[], i: number, to: number): boolean {
  for (let j = i; j < Math.min(to, i + 20); j++) {
    const n = tokens[j]!.norm;
    // (troops and warships sent on relief are still a deployment of forces: `mengerahkan tiga kapal perang
    // dan 1.200 prajurit ke Sumatera Barat untuk membantu evakuasi`)
    if (MILITARY_SENT.test(n)) return false;
    if (tokens[j]!.text === ';') return false;
    if (n === 'water' && tokens[j + 1]?.norm === 'bombing') return true;
    if (!/^(untuk|guna|demi|to|for)$/.test(n)) continue;
    let k = j + 1;
    if (/^(membantu|help|assist|ikut|turut)$/.test(tokens[k]?.norm ?? '')) k++;
    if (RELIEF_ACTS.test(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}
const MILITARY_SENT = /^(pasukan|prajurit|tentara|perang|militer|marinir|batalyon|troops|soldiers|warships|marines|military|army)$/;
const RELIEF_ACTS = /^(memadamkan|pemadaman|mengevakuasi|evakuasi|pencarian|mencari|menolong|penyelamatan|menyelamatkan|menyalurkan|mendistribusikan|penanganan|menangani|membersihkan|korban|fight|fighting|douse|extinguish|evacuate|evacuation|rescue|search|relief|distribute|clear|firefighting)$/;

/** Vehicles that carry what is sent (`kapal … berisi bantuan`, `aircraft loaded with food`). */
const VEHICLES = /^(kapal|pesawat|truk|helikopter|kontainer|ship|ships|plane|planes|aircraft|truck|trucks|convoy|convoys|vessel|vessels|flights)$/;

/**
 * Does a word within three tokens after the trigger satisfy the row's `needs`? `@person` in the
 * needs: a person's name right after the trigger does too (`KPK menahan Andi`).
 */
function needsMet(tokens: Token[], i: number, to: number, needs: string[], personAt: (j: number) => boolean, type?: string, nominalTargets?: readonly string[], lang?: string): boolean {
  if (!needs.length) return true;
  // `menahannya`: -nya on the verb is a person already named
  if (needs.includes('@person') && i > 0 && tokens[i - 1]!.clitics?.includes('nya')) return true;
  // (a former office before the title: `questioned former Religious Affairs Minister X`)
  const t0 = i < to && /^(former|mantan|eks|bekas)$/.test(tokens[i]!.norm) ? i + 1 : i;
  if (t0 < to && needs.includes('@person') && (personAt(t0) || personAfterTitle(tokens, t0, to, personAt))) return true;
  // (`menahan pengusaha Yakobus Ndun`: the detained or freed described first)
  if (i < to && needs.includes('@person') && (type === 'COERCE' || type === 'CONCEDE') && personAfterDescription(tokens, i, to, personAt) >= 0) return true;
  // three words after the trigger; a measure noun with `of` reaches two further (`imposed a 14th
  // package of sanctions on`), and an amount is read past (`provide $500 million in military aid`)
  let end = i + 4;
  let grown = 0;
  let joined = false;
  let carried = false;
  for (let j = i; j < Math.min(to, end); j++) {
    const t = tokens[j]!;
    // (a noun's needed word comes before its object: `dukungan Washington terhadap operasi militer
    // Israel` is no military support)
    // (a word both needed and a target is the needed word: `latihan militer bersama` is joint exercises,
    // `latihan gabungan bersama tentara AS` names the partner after it)
    // (`kepercayaan` is credentials only in `surat kepercayaan`: `menerima kepercayaan dari X` is trust)
    if ((needs.includes(t.norm) || (t.base !== undefined && needs.includes(t.base))) && !(t.norm === 'kepercayaan' && tokens[j - 1]?.norm !== 'surat')) return true;
    // (a sum of money given is funds: `will provide A$30 million to the Philippines`)
    if (t.kind === 'money' && needs.includes('funds')) return true;
    // (a noun's target ends the search, though the word right after it may be the one needed: `pengakuan
    // Prancis terhadap Negara Palestina`)
    if (nominalTargets !== undefined && j > i && nominalTargets.includes(t.norm)) {
      const n1 = tokens[j + 1];
      if (n1 !== undefined && j + 1 < to && (needs.includes(n1.norm) || (n1.base !== undefined && needs.includes(n1.base)))) return true;
      break;
    }
    // (another verb's object is not this one's: `menuntut Kuala Lumpur membatalkan hukuman mati` is a
    // demand, no sentence sought; with no name between, the verb is the trigger's own complement:
    // `mengancam akan meluncurkan serangan`)
    if (lang === 'id' && j > i && isIdVerb(t) && upperStart(tokens[i]!.text)) break;
    // (what a vehicle carries is read up to where it goes)
    if (carried && /^(ke|kepada|menuju|to|into|for|untuk|bagi)$/.test(t.norm)) break;
    if (t.norm === 'of' && grown < 2 && MEASURE_NOUNS.has(tokens[j - 1]?.norm ?? '')) { end += 2; grown += 2; }
    // (a second thing sent, joined by `and`: `sent two C-130 aircraft and a 70-member search and rescue team to …`)
    else if (!joined && j > i && /^(and|dan|serta)$/.test(t.norm)) { end = Math.max(end, j + 5); joined = true; }
    // (and what a ship, plane or truck sent carries: `kapal rumah sakit KRI dr. Radjiman Wedyodiningrat
    // berisi 1.200 ton bantuan ke …`, `aircraft loaded with food`)
    else if (!carried && VEHICLES.test(t.norm)) { end = Math.max(end, j + 9); carried = true; }
    else if (grown < 5 && (t.kind === 'money' || t.kind === 'number' || AMOUNT_WORDS.has(t.norm) || FILLERS.has(t.norm))) { end++; grown++; }
    // (the name of what is sent, word by word: `two Royal Australian Air Force C-130J Hercules aircraft`)
    else if (grown < 7 && j > i && t.kind === 'word' && upperStart(t.text) && lang === 'en') { end++; grown++; }
    // (an Indonesian name right after the verb, before the word needed about it: `memutus PT Sinar Niaga
    // Utama bersalah`, `menyatakan Budi Santoso Wibowo terbukti bersalah`)
    else if (grown < 4 && lang === 'id' && t.kind === 'word' && upperStart(t.text) && (j === i || upperStart(tokens[j - 1]!.text))) { end++; grown++; }
  }
  // `menghujani kota Odesa, Ukraina, dengan rudal balistik`: the means after the object, with `dengan`
  for (let j = i + 1; j + 1 < Math.min(to, i + 14); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '(' && t.text !== ')') break;
    if (t.norm === 'dengan' && needs.includes(tokens[j + 1]!.norm)) return true;
  }
  // `memanggil kembali mantan Menteri Agama X pekan depan untuk dimintai keterangan`: a summons whose
  // purpose, questioning, is told after the one summoned
  if (needs.includes('diperiksa')) {
    for (let j = i + 1; j + 1 < Math.min(to, i + 20); j++) {
      const t = tokens[j]!;
      if (t.text === '.' || t.text === ';') break;
      if (/^(untuk|guna|to)$/.test(t.norm) && /^(diperiksa|dimintai|pemeriksaan|questioning|questioned)$/.test(tokens[j + 1]!.norm)) return true;
    }
  }
  // `mengirim 20.000 personel TNI ke Gaza sebagai bagian dari pasukan penjaga perdamaian`: troops sent
  // to keep the peace are told so anywhere in the clause, often after where they go (only rows that
  // need a word of peacekeeping)
  if (needs.some((n) => PEACEKEEPING.has(n))) {
    for (let j = i + 1; j < Math.min(to, i + 24); j++) {
      const t = tokens[j]!;
      if (t.text === '.' || t.text === ';') break;
      // (`perdamaian` only as `penjaga/pasukan/misi perdamaian`: `demi perdamaian` is a purpose)
      if (PEACEKEEPING.has(t.norm) && needs.includes(t.norm) && (t.norm !== 'perdamaian' || /^(penjaga|pasukan|misi|pemelihara)$/.test(tokens[j - 1]!.norm))) return true;
    }
  }
  // `melaporkan [calon anggota DPRD dari Partai Golkar, X,] ke polisi`: the venue after `ke` at the end
  // of the object, however long the object (only rows that need a venue of complaint)
  if (needs.some((n) => VENUE_NOUNS.has(n))) {
    for (let j = i + 1; j + 1 < Math.min(to, i + 20); j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && t.text !== ',' && t.text !== '(' && t.text !== ')') break;
      // (`ke pihak berwajib`, `ke pihak kepolisian`)
      const venue = tokens[j + 1]!.norm === 'pihak' ? tokens[j + 2]?.norm ?? '' : tokens[j + 1]!.norm;
      if ((t.norm === 'ke' || t.norm === 'kepada') && needs.includes(venue)) return true;
    }
    return false;
  }
  // `menetapkan [mantan Menteri Perdagangan Thomas Lembong] sebagai tersangka`: the noun after
  // `sebagai` at the end of the object, however long the object (only rows that need a role noun)
  if (!needs.some((n) => ROLE_NOUNS.has(n))) return false;
  for (let j = i + 1; j + 1 < Math.min(to, i + 24); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== ',' && t.text !== '-') break;
    if (t.norm === 'sebagai' || t.norm === 'as') {
      const k = /^(a|an|the)$/.test(tokens[j + 1]!.norm) ? j + 2 : j + 1;
      return k < to && needs.includes(tokens[k]!.norm);
    }
    // `named North Maluku Governor Abdul Gani Kasuba a suspect`: English may leave out the `as` (also
    // after an appositive: `named X, a businessman from Bandung, a suspect`)
    if ((t.norm === 'a' || t.norm === 'an') && j > i + 1 && (upperStart(tokens[j - 1]!.text) || (tokens[j - 1]!.text === ',' && appositiveOpenedBefore(tokens, i, j - 1))) && needs.includes(tokens[j + 1]!.norm)) return true;
  }
  return false;
}

/** Lower-case words that are no description of a person (`menahan diri`, `menahan laju inflasi`). */
const NOT_DESCRIPTION = new Set(['diri', 'yang', 'dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'dengan', 'bagi', 'pada', 'laju', 'imbang', 'satu', 'sebuah', 'buah', 'unit']);

/**
 * A person named after a short lower-case description at token i (`menahan pengusaha Yakobus Ndun`,
 * `menahan mantan bendahara desa, Yakobus Ndun,`): the token index of the comma between them, the
 * name's index when there is none, or -1. Up to four words; between commas only when the name ends
 * the appositive (a comma, a full stop or the sentence's end after it).
 */
function personAfterDescription(tokens: Token[], i: number, to: number, personAt: (j: number) => boolean): number {
  for (let j = i; j < Math.min(to - 1, i + 5); j++) {
    const t = tokens[j]!;
    if (j > i && personAt(j)) return j;
    if (j > i && t.text === ',' && personAt(j + 1)) {
      let e = j + 2;
      for (;;) {
        while (e < to && upperStart(tokens[e]!.text)) e++;
        // (`dua tersangka, Syahrul dan Darwin,`: the names listed)
        if (e + 1 < to && /^(dan|serta|and|,)$/.test(tokens[e]!.norm) && upperStart(tokens[e + 1]!.text)) { e++; continue; }
        break;
      }
      return e >= to || /^[,.]$/.test(tokens[e]!.text) ? j : -1;
    }
    if (t.kind !== 'word' || !lowerStart(t.text) || NOT_DESCRIPTION.has(t.norm) || j === i + 4) return -1;
  }
  return -1;
}

/**
 * A person named at the end of a title chain that starts at token i: `menahan Kepala Balai Pelaksana
 * Jalan Nasional IX Maluku Kementerian PUPR Amran Mustary` (capitalized words and short forms only).
 */
function personAfterTitle(tokens: Token[], i: number, to: number, personAt: (j: number) => boolean): boolean {
  // (a country's possessive first: `received Iran's Vice President Mohammad Reza Aref`)
  if (upperStart(tokens[i]?.text ?? '') && /^['’]s$/.test(tokens[i + 1]?.text ?? '')) i += 2;
  // `received Chinese President Xi Jinping`: a demonym and a title, capitalized, before the name
  // (a title of three words too: `received Russian Deputy Defence Minister X`; a country of three words:
  // `received Papua New Guinea Prime Minister James Marape`)
  if (upperStart(tokens[i]?.text ?? '')) {
    let j = i + 1;
    for (; j < Math.min(to, i + 7) && upperStart(tokens[j - 1]!.text); j++) if (personAt(j)) return true;
    // (a body's name, then a lower-case title: `received Muhammadiyah chairman Haedar Nashir`)
    const low = j - 1;
    const t = low > i && !upperStart(tokens[low]?.text ?? '') ? titleStartingAt(tokens, low, to) : undefined;
    if (t && t.end < to && personAt(t.end)) return true;
  }
  // (a lower-case word of the office's field before an English title: `former education minister Nadiem
  // Makarim`, `trade minister X`)
  if (!titleStartingAt(tokens, i, to) && tokens[i]?.kind === 'word' && lowerStart(tokens[i]!.text) && titleStartingAt(tokens, i + 1, to)) i++;
  const title = titleStartingAt(tokens, i, to);
  if (!title) return false;
  // (read from the title's end: a title in lower case, `education minister`, is no break)
  for (let j = Math.max(i + 1, title.end); j < Math.min(to, i + 14); j++) {
    if (personAt(j)) return true;
    const t = tokens[j]!;
    // (`Duta Besar Jepang untuk Indonesia Masafumi Ishii`: an envoy's posting inside the chain)
    if (t.kind === 'word' ? !upperStart(t.text) && !/^(dan|dari|of|untuk|to)$/.test(t.norm) : !/^[(),]$/.test(t.text) && t.kind !== 'number') return false;
  }
  return false;
}

/** One of `needs` among the four (`reach`) words before token i (not before `from`). */
function neededBefore(tokens: Token[], i: number, from: number, needs: string[], reach = 4): boolean {
  for (let j = i - 1; j >= Math.max(from, i - reach); j--) {
    const t = tokens[j]!;
    // (a capitalized word between capitalized words is a name's, no noun of its own: `Konvoi [Program]
    // Pangan Dunia (WFP) diserang …` attacks no programme)
    if (j > from && upperStart(t.text) && upperStart(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.kind === 'word') continue;
    if (needs.includes(t.norm) || (t.base !== undefined && needs.includes(t.base))) return true;
  }
  return false;
}

/** Trade nouns, and the words before them that restrict the trade instead (`melarang impor`, `tariffs on imports`). */
const TRADE = /^(impor|ekspor|import|imports|export|exports|imported|exported)$/;
/** Nouns of what a side owns or is made of, whose `-nya` points back to a side (`perahu nelayannya`). */
const OWNED_NOUNS = /^(kapal|perahu|nelayan|warga|tentara|prajurit|pasukan|wilayah|pos|pangkalan|kedutaan|diplomat|pesawat|fasilitas|markas|personel|anggota|petugas|awak)$/;

/**
 * The side that owns the object right after trigger `tr`, written with `-nya` (`menyerang perahu
 * nelayannya`, `menahan warganya`): the sentence's main subject, a country or a body. Undefined
 * when the object names someone first or no `-nya` noun stands in its first three words.
 */
function ownedObject(v: SentenceView, tr: Trigger, entities: Entity[]): MentionLike[] | undefined {
  const { tokens } = v;
  for (let j = tr.end; j < Math.min(v.s.tokenEnd, tr.end + 3); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || v.cover.has(j)) return undefined;
    if (!t.clitics?.includes('nya') || !OWNED_NOUNS.test(t.base ?? '')) continue;
    return owningSide(v, tr.start, t, entities);
  }
  return undefined;
}

/** The sentence's one main subject before token i, a country or a body, as the owner written at `t` (`-nya`). */
function owningSide(v: SentenceView, i: number, t: Token, entities: Entity[]): MentionLike[] | undefined {
  const main = mainSubject(v, i);
  if (main?.length !== 1) return undefined;
  const type = entities[main[0]!.entity]!.type;
  return type === 'COUNTRY' || type === 'ORGANIZATION' ? [{ entity: main[0]!.entity, span: { start: t.start, end: t.end } }] : undefined;
}

/**
 * The side that owns the patient right before a passive trigger, written with `-nya` on its noun or the
 * noun's modifier (`kapalnya ditabrak`, `kapal patrolinya ditabrak`): the sentence's main subject, a
 * country or a body.
 */
function ownedPatient(v: SentenceView, tr: Trigger, entities: Entity[]): MentionLike[] | undefined {
  const { tokens } = v;
  const t = tokens[tr.start - 1];
  if (!t || t.kind !== 'word' || v.cover.has(tr.start - 1) || !t.clitics?.includes('nya')) return undefined;
  if (!OWNED_NOUNS.test(t.base ?? '') && !OWNED_NOUNS.test(tokens[tr.start - 2]?.norm ?? '')) return undefined;
  return owningSide(v, tr.start - 1, t, entities);
}

/** What one asks for that makes no demand (`meminta pendapat`, `meminta izin`). */
const ASKED_NOT_DEMANDED = /^(pendapat|masukan|saran|tanggapan|komentar|izin|restu|pandangan|doa|arahan|petunjuk|nasihat|nasehat)$/;
/** Nouns a ceasefire may modify (`pemantauan gencatan senjata`, `monitoring of the ceasefire`). */
const CEASEFIRE_HEADS = /^(pemantauan|pengawasan|perpanjangan|pelanggaran|mekanisme|pelaksanaan|implementasi|syarat|ketentuan|tahap|fase|monitoring|monitor|extension|violation|violations|terms|implementation|phase|stage|breach|breaches)$/;
/** A change of a figure after a trade noun: `Vietnam's exports to the United States jumped 28%`, `ekspor … naik`. */
const FIGURE_CHANGE = /^(jumped|rose|fell|surged|grew|declined|dropped|climbed|slumped|plunged|soared|increased|decreased|slipped|tumbled|naik|turun|meningkat|menurun|melonjak|anjlok|merosot|tumbuh|melemah|menguat)$/;
/** Verbs that drop or lift a measure (English; `LOWERS` has the Indonesian ones). */
const LOWERS_EN = /^(drop|drops|dropped|dropping|scrap|scraps|scrapped|scrapping|remove|removes|removed|removing|lift|lifts|lifted|lifting|ease|eased|easing|cut|cuts|cutting|suspend|suspended|suspending|waive|waived|reduce|reduced|reducing|lower|lowered|lowering)$/;
/** Measures that restrict trade, a few words before the traded goods. */
const TRADE_BARRIERS = /^(duties|duty|tariffs|tariff|levies|levy|ban|bans|banned|sanctions|quotas|quota|anti-dumping|dumping|bea|tarif|larangan|kuota|pungutan|antidumping)$/;
/** A barrier to trade within ten words before token i, with no clause boundary between. */
function restrictedBefore(tokens: Token[], i: number, from: number): boolean {
  for (let p = i - 1; p >= Math.max(from, i - 10); p--) {
    const t = tokens[p]!;
    if (t.kind === 'punct' && t.text !== '%' && t.text !== '-') return false;
    if (TRADE_BARRIERS.test(t.norm)) return true;
  }
  return false;
}
/** Measures of trade: a figure, no act (`nilai ekspor`, `volume impor`, `the value of exports`). */
const TRADE_FIGURES = /^(nilai|volume|total|data|neraca|kinerja|angka|realisasi|pertumbuhan|penurunan|kenaikan|lonjakan|peningkatan|anjloknya|surplus|defisit|value|volume|growth|figures|data|share|surge|rise|jump|drop|fall|decline|slump)$/;
/** Words before those one acts together with (`fighting alongside Russian forces`, `bertempur bersama pasukan Rusia`). */
const ALONGSIDE = /^(alongside|beside|bersama|bersama-sama|berdampingan)$/;
/** Verbs that lower or lift what follows (`menurunkan tarif resiprokal`): a tariff lowered is no tariff imposed. */
const LOWERS = /^(menurunkan|turunkan|diturunkan|penurunan|memangkas|pangkas|dipangkas|pemangkasan|menghapus|hapus|dihapus|penghapusan|mencabut|cabut|dicabut|pencabutan|melonggarkan|pelonggaran|meringankan)$/;
const RESTRICTS = /^(melarang|larangan|dilarang|tarif|bea|membatasi|pembatasan|dibatasi|menghentikan|penghentian|dihentikan|menolak|moratorium|kuota|menangguhkan|membekukan|memangkas|pemangkasan|dipangkas|mengurangi|pengurangan|dikurangi|menekan|cut|cuts|cutting|reduce|reduced|reduces|reducing|curb|curbs|curbed|curbing|slash|slashed|slashing|banned|ban|bans|banning|restricted|restricting|restrictions|halted|halting|suspended|suspending|block|blocks|blocked|blocking|bar|bars|barred|barring|tariffs|tariff|on|of|against)$/;

/** Personal pronouns that are the agent of an object relative (`yang mereka sandera`). */
const RELATIVE_AGENTS = new Set(['mereka', 'ia', 'dia', 'kami', 'kita', 'saya', 'aku', 'beliau']);

/** Token i is a bare stem after `yang [aux] <pronoun>`: the index of `yang`, else -1. */
function objectRelative(tokens: Token[], i: number, from: number): number {
  const p = i - 1;
  // (this runs on every word that is no trigger: one set look-up, the norm's hash is cached)
  if (p <= from || !RELATIVE_AGENTS.has(tokens[p]!.norm)) return -1;
  let y = p - 1;
  while (y > from && AUX.id.has(tokens[y]!.norm)) y--;
  return tokens[y]?.norm === 'yang' ? y : -1;
}

/**
 * Token i (capitalized, not opening the sentence) sits in a run of capitalized words: a capitalized
 * word before it, or `dan` between capitalized words (`… Gempa Bumi dan Peringatan Dini …`).
 */
function insideCapitalRun(tokens: Token[], i: number, from: number): boolean {
  const prev = tokens[i - 1]!;
  if (prev.kind === 'word' && upperStart(prev.text) && i - 1 > from) return true;
  return prev.norm === 'dan' && i - 2 >= from && upperStart(tokens[i - 2]!.text) && tokens[i - 2]!.kind === 'word';
}

/** Nouns a gerund names the kind of (`shooting team`, `fighting championship`). */
const SPORT_HEADS = /^(team|teams|squad|squads|competition|competitions|championship|championships|contest|range|ranges|club|clubs|event|events|sport|sports|medal|medals|match|matches|practice|coach|federation|league|tournament|cup|meet|season|record|gallery|instructor|lessons?|skills?)$/;

/** The longest lexicon form starting at token i, whose row's needs are met. */
function triggerAt(tokens: Token[], i: number, from: number, to: number, lang: string, personAt: (j: number) => boolean, headline: boolean): Trigger | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  const lex = predicateLexicon();
  let cands = lex.byFirst.get(t.norm) ?? (t.base !== undefined && !t.redup ? lex.byFirst.get(t.base) : undefined);
  // a headline writes the active verb without meN-: `Israel Gempur Rafah`, `Prabowo Temui Xi Jinping`
  if (headline && i > from) {
    const bare = lex.byHeadline.get(t.norm);
    if (bare) cands = cands ? [...bare, ...cands] : bare;
  }
  // `warga Prancis yang telah mereka tahan`: the bare stem after `yang` and a pronoun; the needed
  // noun is the head before `yang`
  const rel = !cands && lang === 'id' ? objectRelative(tokens, i, from) : -1;
  if (rel >= 0) {
    for (const hit of lex.byStem.get(t.norm) ?? []) {
      const needs = hit.row.needs;
      if (needs.length && !neededBefore(tokens, rel, from, needs, 6) && !(needs.includes('@person') && personAt(rel - 1))) continue;
      return { start: i, end: i + 1, hit, between: false, subjects: [], objects: [], subjectSpans: [], objectSpans: [], controlled: false };
    }
    return undefined;
  }
  if (!cands) return undefined;
  for (const hit of cands) {
    if (hit.row.lang !== lang) continue;
    let ok = true;
    for (let k = 0; k < hit.rest.length; k++) {
      if (tokens[i + 1 + k]?.norm !== hit.rest[k]) { ok = false; break; }
    }
    if (!ok) continue;
    const end = i + 1 + hit.rest.length;
    // an English gerund naming a sport or drill before its noun is no act: `the army shooting team`,
    // `a boxing match`, `the firing range`
    if (lang === 'en' && t.norm.endsWith('ing') && SPORT_HEADS.test(tokens[end]?.norm ?? '')) continue;
    // trade restricted is no trade: `melarang impor`, `tarif impor`, `banned imports`
    if (hit.row.type === 'COOPERATE' && TRADE.test(t.norm) && i > from && RESTRICTS.test(tokens[i - 1]!.norm)) continue;
    // (also a few words back: `imposed anti-dumping duties of up to 20% on stainless steel imports from Indonesia`)
    if (hit.row.type === 'COOPERATE' && TRADE.test(t.norm) && restrictedBefore(tokens, i, from)) continue;
    // nor is a trade figure an act of trade: `nilai ekspor Indonesia ke AS turun`, `the value of exports to China`
    if (hit.row.type === 'COOPERATE' && TRADE.test(t.norm) && i > from && (TRADE_FIGURES.test(tokens[i - 1]!.norm) || (tokens[i - 1]!.norm === 'of' && TRADE_FIGURES.test(tokens[i - 2]?.norm ?? '')))) continue;
    if (hit.row.type === 'SANCTION' && hit.row.stem === 'tarif' && i > from && LOWERS.test(tokens[i - 1]!.norm)) continue;
    // `illegitimate actions targeting the United States`: a participle after a noun describes it; only
    // strikes and their kind aim at someone there (`launched strikes targeting Hamas`)
    if (hit.row.stem === 'target' && lang === 'en' && /^target(ing|ed)$/.test(t.norm) && i > from && tokens[i - 1]!.kind === 'word' && lowerStart(tokens[i - 1]!.text)
      && !BE.has(tokens[i - 1]!.norm) && !AUX.en.has(tokens[i - 1]!.norm) && !/^(strikes|strike|attacks|attack|raids|raid|operations|operation|missiles|drones|rockets|shelling|bombing|bombings|airstrikes|offensive|campaign)$/.test(tokens[i - 1]!.norm)) continue;
    // charges one faces are brought by someone else, named after `from`/`by` if at all (`where he faces
    // fraud charges over the collapse of …`)
    if (lang === 'en' && /^(charges|charge|sanctions|accusations|allegations|lawsuit|lawsuits|penalties|fines)$/.test(t.norm) && (hit.row.type === 'ACCUSE' || hit.row.type === 'SANCTION') && (/^(face|faces|faced|facing)$/.test(tokens[i - 1]?.norm ?? '') || /^(face|faces|faced|facing)$/.test(tokens[i - 2]?.norm ?? ''))
      && !tokens.slice(end, Math.min(to, end + 4)).some((x) => x.norm === 'from' || x.norm === 'by')) continue;
    // welcoming someone as something is no hosting (`menyambut Wavecell sebagai bagian portofolio`)
    if (hit.row.type === 'CONSULT' && hit.row.stem === 'sambut' && hit.row.needs.includes('@person') && tokens.slice(end, Math.min(to, end + 5)).some((x) => x.norm === 'sebagai')) continue;
    // looking into how or whether something happened questions no one (`akan memeriksa bagaimana cara Real
    // Madrid bisa mendapat keringanan`)
    if (hit.row.type === 'ACCUSE' && /^(periksa|selidik|investigate|check|examine)$/.test(hit.row.stem) && /^(bagaimana|apakah|mengapa|kenapa|why|how|whether)$/.test(tokens[end]?.norm ?? '')) continue;
    // asking for an opinion, advice or leave is no demand: `meminta pendapat kepada para kader`, `meminta
    // izin`, `meminta masukan`
    if (hit.row.type === 'REQUEST' && hit.row.stem === 'minta' && ASKED_NOT_DEMANDED.test(tokens[end]?.norm ?? '')) continue;
    // a ceasefire named inside another noun is no truce declared here: `mekanisme pemantauan gencatan
    // senjata`, `perpanjangan gencatan senjata` (an agreement on it is the AGREE), `violations of the ceasefire`
    if (hit.row.type === 'RETREAT' && hit.row.cameo === '0871' && i > from) {
      const before = tokens[i - 1]!.norm === 'the' || tokens[i - 1]!.norm === 'of' ? tokens[i - (tokens[i - 2]?.norm === 'of' ? 3 : 2)]?.norm ?? '' : tokens[i - 1]!.norm;
      if (CEASEFIRE_HEADS.test(before)) continue;
    }
    // (`would drop most of its retaliatory tariffs on U.S. goods`: tariffs dropped are no tariffs imposed)
    if (hit.row.type === 'SANCTION' && hit.row.stem === 'tariff') {
      let lowered = false;
      for (let p = i - 1; p >= Math.max(from, i - 5) && !lowered; p--) lowered = LOWERS_EN.test(tokens[p]!.norm);
      if (lowered) continue;
      // (nor are tariffs talked about: `met X to discuss tariffs on Indonesian footwear`, `talks on tariffs`)
      let talked = false;
      for (let p = i - 1; p >= Math.max(from, i - 3) && !talked; p--) talked = /^(discuss|discusses|discussed|discussing|discussion|discussions|negotiate|negotiates|negotiated|negotiating|negotiations|talks|about|over)$/.test(tokens[p]!.norm);
      if (talked) continue;
    }
    if (hit.row.type === 'COOPERATE' && TRADE.test(t.norm)) {
      // a trade figure told by its change: `Vietnam's exports to the United States jumped 28%`
      let change = false;
      for (let p = end; p < Math.min(to, end + 7) && !change; p++) change = FIGURE_CHANGE.test(tokens[p]!.norm);
      if (change) continue;
      // goods described by where they come from: `duties on steel wire imported from China`
      if (lang === 'en' && /ed$/.test(t.norm) && i > from && tokens[i - 1]!.kind === 'word' && lowerStart(tokens[i - 1]!.text) && !BE.has(tokens[i - 1]!.norm) && !AUX.en.has(tokens[i - 1]!.norm)) continue;
    }
    // hurting feelings, pride or a name is no attack (`melukai perasaan orang-orang Indonesia`, `hurt
    // the feelings of`, `mencoreng nama baik`)
    if (hit.row.type === 'ASSAULT' && /^(perasaan|hati|harga|martabat|nama|citra|kepercayaan|feelings|pride|reputation|image|sentiments)$/.test((tokens[end]?.norm === 'the' ? tokens[end + 1] : tokens[end])?.norm ?? '')) continue;
    // means sent to put out fires, rescue or evacuate are relief, no show of force (`mengerahkan tiga
    // helikopter water bombing … untuk memadamkan kebakaran lahan`); troops so sent stay a deployment
    if (hit.row.type === 'MOBILIZE' && reliefPurpose(tokens, end, to)) continue;
    // `back` bare is mostly an adverb (`came back`, `pulled back`): a verb only after a modal or `to`
    // (`will back`, `pledged to back`)
    if (hit.row.stem === 'back' && t.norm === 'back' && !/^(will|would|to|could|should|must|may|might|not|also|cannot|can)$/.test(tokens[i - 1]?.norm ?? '')) continue;
    // a passive's needed noun may be its grammatical subject, before it (`Kapal nelayan Vietnam ditenggelamkan`)
    if (!needsMet(tokens, end, to, hit.row.needs, personAt, hit.row.type, hit.voice === 'nominal' ? hit.row.target : undefined, lang) && !((hit.voice === 'passive' || (lang === 'en' && BE.has(tokens[i - 1]?.norm ?? ''))) && neededBefore(tokens, i, from, hit.row.needs, 6))) continue;
    return { start: i, end, hit, between: false, subjects: [], objects: [], subjectSpans: [], objectSpans: [], controlled: false };
  }
  return undefined;
}

/**
 * Helpers for loops: a closure in a loop that captures the loop's variables makes V8 allocate a
 * context on every iteration, so loops call these instead.
 */
function partMentionAt(v: SentenceView, j: number): MentionInfo | undefined {
  for (const x of v.mentions) if (x.m.part && x.m.tokenStart === j) return x;
  return undefined;
}
/** mi's group from mi on. */
function groupFrom(v: SentenceView, mi: MentionInfo): MentionInfo[] {
  const out: MentionInfo[] = [];
  for (const x of groupOf(v, mi)) if (x.m.tokenStart >= mi.m.tokenStart) out.push(x);
  return out;
}
function groupHas(group: MentionInfo[], entity: number): boolean {
  for (const x of group) if (x.m.entity === entity) return true;
  return false;
}
/** The first whole, untitled mention starting after token i. */
function headMentionAfter(v: SentenceView, i: number): MentionInfo | undefined {
  for (const x of v.mentions) if (x.m.tokenStart > i && !x.m.part && !x.titleModifier) return x;
  return undefined;
}
/** Does a mention of the sentence name mention k's role (`Menlu Retno` … `roleOf`)? */
function hasRoleOf(v: SentenceView, k: number): boolean {
  for (const x of v.mentions) if (x.roleOf?.includes(k)) return true;
  return false;
}

/** Mention groups as lists of mention infos. */
function groupOf(v: SentenceView, mi: MentionInfo): MentionInfo[] {
  return v.groups.get(mi.group) ?? [mi];
}

/**
 * The two sides named earlier in the sentence itself, when it names exactly two people or two
 * countries and bodies before token i (`Wang Yi met Sugiono in Beijing, and the two sides agreed …`):
 * a meeting in the same sentence is not yet on record when the anaphor is read.
 */
function twoNamedBefore(v: SentenceView, i: number, entities: Entity[], t: Token): MentionLike[] | undefined {
  // (entity → where it is first named; the mentions before token i, nearest first, within the clause's
  // reach: no pass over a whole sentence of names for every anaphor)
  const persons = new Map<number, number>();
  const bodies = new Map<number, number>();
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const mi = v.mentions[k]!;
    if (mi.m.tokenStart < i - 60) break;
    if (mi.m.tokenEnd > i || mi.m.part || mi.titleModifier) continue;
    const type = entities[mi.m.entity]!.type;
    if (type === 'PERSON') persons.set(mi.m.entity, mi.m.tokenStart);
    else if (type === 'COUNTRY' || type === 'ORGANIZATION') bodies.set(mi.m.entity, mi.m.tokenStart);
  }
  const two = persons.size === 2 ? persons : bodies.size === 2 && persons.size === 0 ? bodies : undefined;
  // (in the order they are named: a symmetric event's subject is the first)
  return two ? [...two].sort((a, b) => a[1] - b[1]).map(([entity]) => ({ entity, span: { start: t.start, end: t.end } })) : undefined;
}

/**
 * The client a lawyer names in the sentence (`kata Maqdir Ismail, pengacara mantan Direktur Keuangan
 * PLN Wahyu Setiabudi`, `said X, a lawyer for Y`): the person after the lawyer's noun, a former title
 * or a title between. Undefined when no lawyer's noun is followed by a person.
 */
function clientOfLawyer(v: SentenceView): MentionInfo | undefined {
  const { tokens } = v;
  for (let j = v.s.tokenStart; j < v.s.tokenEnd; j++) {
    const n = tokens[j]!.norm;
    let k = -1;
    if (/^(pengacara|advokat|lawyer|lawyers|attorney)$/.test(n)) k = j + 1;
    else if (n === 'kuasa' && tokens[j + 1]?.norm === 'hukum') k = j + 2;
    if (k < 0) continue;
    if (/^(for|of|dari)$/.test(tokens[k]?.norm ?? '')) k++;
    for (let q = k; q < Math.min(v.s.tokenEnd, k + 8); q++) {
      const mi = v.at.get(q);
      if (mi && !mi.m.part && mi.person) return mi;
      // (the body of the client's title is passed: `pengacara mantan Direktur Keuangan PLN X`)
      if (mi) { q = mi.m.tokenEnd - 1; continue; }
      if (tokens[q]!.kind === 'punct') break;
    }
  }
  return undefined;
}

/** Entities the anaphor at token i stands for (`kedua negara`, `kedua pemimpin`, `pihaknya`). */
function anaphor(v: SentenceView, i: number, entities: Entity[], recent: RecentEntities): MentionLike[] | undefined {
  // (only inside the sentence: a trigger at its end asks about the token after it)
  if (i < v.s.tokenStart || i >= v.s.tokenEnd) return undefined;
  const t = v.tokens[i]!;
  // a title alone, with no name or country after it (`Presiden mengecam …`, `Menlu menambahkan`):
  // the person the document last named with that title
  if (t.kind === 'word' && ((nerLexicon().cueBits.get(t.norm) ?? 0) & CUE_TITLE)) return officeHolder(v, i, recent);
  // `pasukannya`, `anggotanya` (his or her forces, members) as a clause's subject: those of the body the
  // speaker's title names (`Juru bicara TPNPB-OPM, Sebby Sambom, mengklaim pasukannya menembak …`), else
  // of the title's country (`Presiden Rusia Vladimir Putin mengatakan pasukannya …`); the speaker is
  // not the one who acts
  if (v.lang === 'id' && t.clitics?.includes('nya') && FORCES_OF.test(t.base ?? '') && i > v.s.tokenStart && SAYING_BEFORE_FORCES.test(v.tokens[i - 1]!.norm)) {
    const main = mainSubject(v, i);
    const org = speakersBody(v, main, entities, recent);
    if (org !== undefined) return [{ entity: org, span: { start: t.start, end: t.end } }];
    const person = main?.filter((x) => entities[x.entity]!.type === 'PERSON');
    const country = person?.length === 1 ? titleBody(v, person[0]!.entity, entities, 'COUNTRY') : undefined;
    if (country) return [{ entity: country.m.entity, span: { start: t.start, end: t.end } }];
  }
  if (t.kind !== 'word' || !ANAPHOR_WORDS.has(t.base ?? t.norm)) return undefined;
  const next = v.tokens[i + 1];
  if (t.norm === 'kedua' || t.norm === 'both') {
    const n = next?.norm ?? '';
    const n2 = v.tokens[i + 2]?.norm ?? '';
    // (`Jokowi bertemu PM Malaysia Anwar Ibrahim … Kedua negara sepakat …`: the leaders' two countries)
    // (a recipient, `mengirim bantuan ke kedua negara tersebut`, is named before this sentence, whose
    // subject gives)
    const recipient = /^(ke|kepada|untuk|bagi|terhadap|to)$/.test(v.tokens[i - 1]?.norm ?? '');
    // (the two countries that were a sentence's subjects come first: `El Salvador dan Guatemala akan
    // mengirim tentara ke Haiti. … memuji keputusan kedua negara tersebut` praises the senders)
    if (n === 'negara' || n === 'countries' || n === 'governments' || n === 'nations' || n === 'pemerintah') return (recipient ? recent.last(2, 'COUNTRY', v.s.tokenStart) : recent.lastSubjects(2, 'COUNTRY', v.s.index)) ?? recent.last(2, 'COUNTRY', i) ?? recent.countriesOf(recent.last(2, 'PERSON', i), t);
    if (n === 'pemimpin' || n === 'presiden' || n === 'leaders' || (n === 'kepala' && n2 === 'negara') || n === 'menteri' || n === 'tokoh') return recent.last(2, 'PERSON', i);
    // `kedua (belah) pihak`, `both sides`: the two countries, else the two organizations, just named
    if (n === 'pihak' || (n === 'belah' && n2 === 'pihak') || n === 'sides' || n === 'parties') return recent.lastParties() ?? recent.lastMeeting(t) ?? recent.lastAdversaries(t) ?? twoNamedBefore(v, i, entities, t);
  }
  if (t.norm === 'two' && v.tokens[i - 1]?.norm === 'the') {
    const n = next?.norm ?? '';
    // (or the countries of the two leaders named with their titles: `Indonesian President X held talks
    // with Chinese President Y, and the two countries signed …`)
    // (or, loosely, a title's demonym and a capital visited: `Brazilian President Lula visited Jakarta,
    // and the two countries signed …`)
    if (n === 'countries' || n === 'nations' || n === 'governments') return recent.last(2, 'COUNTRY', i) ?? recent.countriesOf(recent.last(2, 'PERSON', i), t) ?? recent.last(2, 'COUNTRY', i, true);
    if (n === 'leaders' || n === 'presidents' || n === 'ministers' || n === 'men') return recent.last(2, 'PERSON', i);
    if (n === 'sides' || n === 'parties') return recent.lastParties() ?? recent.lastMeeting(t) ?? recent.lastAdversaries(t) ?? twoNamedBefore(v, i, entities, t);
    // `… met Y, and the two agreed to …`: the two who just met, as `keduanya`
    if (/^(will|would|also|have|had|then|later|agreed|signed|pledged|vowed|discussed|reaffirmed|committed|welcomed|expressed|shook)$/.test(n)) return twoNamedBefore(v, i, entities, t) ?? recent.lastMeeting(t) ?? recent.lastGroup(i);
  }
  // `ketiga negara`, `keempat pemimpin`, `the three countries`: the last three (four, five) named
  const many = MANY[t.norm];
  if (many !== undefined && (t.norm.startsWith('ke') || v.tokens[i - 1]?.norm === 'the')) {
    const n = next?.norm ?? '';
    if (/^(negara|countries|nations|governments)$/.test(n)) return recent.lastSubjects(many, 'COUNTRY', v.s.index) ?? recent.last(many, 'COUNTRY', i);
    // `ketiga menteri luar negeri dari negara-negara tersebut`: people not named, their countries were
    if (/^(pemimpin|kepala|menteri|presiden|leaders|ministers|presidents)$/.test(n)) {
      return recent.lastSubjects(many, 'PERSON', v.s.index) ?? recent.last(many, 'PERSON', i) ?? recent.lastSubjects(many, 'COUNTRY', v.s.index) ?? recent.last(many, 'COUNTRY', i);
    }
  }
  // `negara-negara tersebut` (`Negara - negara` in detokenized text): the countries the last sentence naming several named
  const redup = t.norm === 'negara-negara' ? 1 : t.norm === 'negara' && next?.text === '-' && v.tokens[i + 2]?.norm === 'negara' ? 3 : 0;
  if (redup && /^(tersebut|itu|ini)$/.test(v.tokens[i + redup]?.norm ?? '')) return recent.lastSubjects(0, 'COUNTRY', v.s.index) ?? recent.lastSeveral('COUNTRY', i);
  // (two bodies that just cooperated or met: `Persib menjalin kerja sama dengan PT KCIC … Keduanya …`)
  if (t.norm === 'keduanya') return recent.lastGroup(i) ?? recent.lastMeeting(t);
  // `negara tersebut`, `negara itu`: the country just named
  // (`ketiga negara itu`, `kedua negara tersebut`: the count before it decides, further left; so does
  // the first half of `Negara - negara tersebut`, a reduplication detokenized with spaces)
  const count = v.tokens[i - 1]?.norm ?? '';
  const redupTail = count === '-' && v.tokens[i - 2]?.norm === 'negara';
  if (t.norm === 'negara' && (next?.norm === 'tersebut' || next?.norm === 'itu' || next?.norm === 'ini') && MANY[count] === undefined && count !== 'kedua' && !redupTail) return recent.last(1, 'COUNTRY', i);
  // `perusahaan tersebut`, `partai itu`, `the company`, `the group`: the organization of that kind last named
  const orgKinds = ORG_NOUNS.get(t.norm);
  // (a count before makes it several: `Tujuh ormas itu`, `the two groups`)
  const counted = /^(\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|para|puluhan|ratusan|berbagai|semua|seluruh|several|many|all|two|three|four|five)$/.test(v.tokens[i - 1]?.norm ?? '');
  // (`the party of X` names another party; `accusing the court of bias` is the verb's `of`)
  if (orgKinds !== undefined && !counted && (v.lang === 'id' ? /^(tersebut|itu)$/.test(next?.norm ?? '') : v.tokens[i - 1]?.norm === 'the' && !v.at.has(i + 1) && (next?.norm !== 'of' || /^(accuse|accuses|accused|accusing|blamed|blaming|convicted|suspected)$/.test(v.tokens[i - 2]?.norm ?? '')))) {
    const o = recent.lastOrganization(i, v.s.index, orgKinds.size ? orgKinds : undefined);
    if (o) return [{ entity: o[0]!.entity, span: { start: t.start, end: (v.lang === 'id' ? next! : t).end } }];
  }
  // `provinsi tersebut`, `the province`: the province last named (`East Java Governor X said the
  // province would send …`)
  if ((t.norm === 'provinsi' || t.norm === 'province') && (v.lang === 'id' ? /^(tersebut|itu)$/.test(next?.norm ?? '') : v.tokens[i - 1]?.norm === 'the' && !v.at.has(i + 1) && next?.norm !== 'of')) {
    const o = recent.lastPlace(i, v.s.index, PROVINCE_KIND);
    if (o) return [{ entity: o[0]!.entity, span: { start: t.start, end: (v.lang === 'id' ? next! : t).end } }];
  }
  // a bare `pemerintah` (the government, no country named): the document's home country
  if (t.norm === 'pemerintah' && recent.home !== undefined && isBareGovernment(v, i)) {
    return [{ entity: recent.home, span: { start: t.start, end: t.end } }];
  }
  // `dirinya` (himself, herself): the person the sentence is about, its main subject (`Siti menyatakan
  // tidak bersalah dalam kasus yang disangkakan oleh KPK terhadap dirinya`), or the one `ia` stands for
  if (t.base === 'diri' && t.clitics?.includes('nya')) {
    const main = mainSubject(v, i)?.filter((x) => entities[x.entity]!.type === 'PERSON');
    if (main?.length) return main;
    const p = recent.person(v.s.index);
    return p === undefined ? undefined : [{ entity: p, span: { start: t.start, end: t.end } }];
  }
  // `negaranya` (his or her country): the country of the main clause's person, by the title's country
  // (`Perdana Menteri Malaysia Anwar Ibrahim mengumumkan negaranya …`) or by what warta knows of them
  // (only as a clause's subject after a verb of saying: `mengumumkan negaranya telah …`, `bahwa negaranya akan …`)
  if (t.base === 'negara' && t.clitics?.includes('nya') && v.lang === 'id' && /^(bahwa|mengatakan|menyatakan|mengumumkan|menegaskan|menyebut|menyebutkan|memastikan|menjelaskan|mengungkapkan|berjanji|,)$/.test(v.tokens[i - 1]?.norm ?? '')) {
    const main = mainSubject(v, i)?.filter((x) => entities[x.entity]!.type === 'PERSON');
    if (main?.length === 1) {
      const org = subjectTitleOrganization(v, main, entities);
      if (org && entities[org.m.entity]!.type === 'COUNTRY') return [{ entity: org.m.entity, span: { start: t.start, end: t.end } }];
      const c = recent.countriesOf(main, t);
      if (c) return c;
    }
  }
  // `provinsinya`, `kabupatennya` (his province): the region of the main clause's titled person
  // (`Gubernur Sumatera Utara Bobby Nasution mengatakan provinsinya telah menerima …`)
  if ((t.base === 'provinsi' || t.base === 'kabupaten' || t.base === 'kota' || t.base === 'daerah') && t.clitics?.includes('nya') && v.lang === 'id') {
    const region = mainSubjectTitleBody(v, i, entities, 'LOCATION');
    if (region) return [{ entity: region.m.entity, span: { start: t.start, end: t.end } }];
  }
  // `yang bersangkutan` (the one concerned): the person last named
  if (t.norm === 'bersangkutan' && v.tokens[i - 1]?.norm === 'yang') {
    const p = recent.last(1, 'PERSON', i);
    if (p) return [{ entity: p[0]!.entity, span: { start: v.tokens[i - 1]!.start, end: t.end } }];
  }
  // `pihaknya`: the side of the one who speaks, the subject of the sentence's main clause
  // (`Menurut Erdogan, pihaknya …`: the source the sentence cites)
  // (`Kapolda Metro Jaya Irjen Karyoto mengatakan pihaknya …`: the side of a titled person is the
  // organization of the title)
  if (t.base === 'pihak' && t.clitics?.includes('nya')) {
    const main = mainSubject(v, i);
    const org = speakersBody(v, main, entities, recent);
    if (org !== undefined) return [{ entity: org, span: { start: t.start, end: t.end } }];
    return main ?? speakerHere(v, t, false, entities) ?? recent.speaker();
  }
  // `perseroan` (the company) in business news: the company of the titled speaker, else the company last named
  if (t.norm === 'perseroan') {
    const org = subjectTitleOrganization(v, mainSubject(v, i), entities);
    if (org) return [{ entity: org.m.entity, span: { start: t.start, end: t.end } }];
    const o = recent.lastOrganization(i, v.s.index, ORG_NOUNS.get('perusahaan'));
    if (o) return [{ entity: o[0]!.entity, span: { start: t.start, end: t.end } }];
  }
  // `lembaganya`, `partainya`, `kementeriannya` (his or her body): the organization of the title of
  // the one who speaks (`Ketua KPK Setyo Budiyanto mengatakan lembaganya akan bekerja sama dengan PPATK`)
  // (English: `his party would back …`, `her ministry said`)
  if (v.lang === 'en' && /^(party|ministry|organisation|organization|company|group|union|agency)$/.test(t.norm) && /^(his|her)$/.test(v.tokens[i - 1]?.norm ?? '')) {
    const org = speakersBody(v, mainSubject(v, i), entities, recent);
    if (org !== undefined && entities[org]!.type === 'ORGANIZATION') return [{ entity: org, span: { start: v.tokens[i - 1]!.start, end: t.end } }];
  }
  if (t.clitics?.includes('nya') && OWN_BODY.has(t.base ?? '')) {
    const org = speakersBody(v, mainSubject(v, i), entities, recent);
    if (org !== undefined && entities[org]!.type === 'ORGANIZATION') return [{ entity: org, span: { start: t.start, end: t.end } }];
  }
  // `"Kami mendesak Israel …," kata juru bicara Hamas, X`: we, inside the quote, are the speaker's side
  // (the organization a spokesperson names, else the speaker); `saya` is the speaker
  // `Klien kami menolak …," kata X, pengacara Y`, `our client`: the one the lawyer speaking acts for,
  // asked at either word (`kami` is our client's, not we)
  // (the span: `klien kami`, or `client` alone)
  const clientAt = t.norm === 'klien' && /^(kami|saya)$/.test(next?.norm ?? '') ? [i, i + 1] : FIRST_PERSON.has(t.norm) && v.tokens[i - 1]?.norm === 'klien' ? [i - 1, i]
    : t.norm === 'client' && /^(our|my)$/.test(v.tokens[i - 1]?.norm ?? '') ? [i, i] : undefined;
  if (clientAt) {
    const c = clientOfLawyer(v);
    if (c) return [{ entity: c.m.entity, span: { start: v.tokens[clientAt[0]!]!.start, end: v.tokens[clientAt[1]!]!.end } }];
    if (FIRST_PERSON.has(t.norm)) return undefined;
  }
  if (FIRST_PERSON.has(t.norm) && insideQuote(v, i)) {
    // `"Kami sepakat …," kata Prabowo` after Prabowo met Anwar: we who agree are the two who met
    let q = i + 1;
    while (q < v.s.tokenEnd && /^(telah|sudah|juga|pun|have|also|both)$/.test(v.tokens[q]!.norm)) q++;
    const speaker = speakerHere(v, t, SINGULAR_FIRST.has(t.norm), entities);
    const met = recent.meeting;
    if (!SINGULAR_FIRST.has(t.norm) && /^(sepakat|bersepakat|menyepakati|setuju|agree|agreed)$/.test(v.tokens[q]?.norm ?? '') && met && v.s.index - met.sentence <= 2
      && speaker?.length === 1 && met.parties.some((x) => x.entity === speaker[0]!.entity)) {
      return met.parties.map((x) => ({ entity: x.entity, span: { start: t.start, end: t.end } }));
    }
    return speaker;
  }
  // `The country also accused …`: the country the last sentence was about (its subject), else the last named
  if (t.norm === 'country' && v.tokens[i - 1]?.norm === 'the' && !/^(of|'s|’s)$/.test(next?.norm ?? '')) {
    const prev = recent.previousActor(v.s.index)?.filter((x) => entities[x.entity]!.type === 'COUNTRY');
    const c = prev?.length === 1 ? prev : recent.last(1, 'COUNTRY', i);
    if (c) return [{ entity: c[0]!.entity, span: { start: t.start, end: t.end } }];
  }
  // `negaranya`, `his country`: the country of the clause's subject (`Menlu Singapura X mengatakan
  // negaranya mendukung …`, `PM Fiji X menegaskan dukungan negaranya`)
  if (((t.base === 'negara' || t.base === 'pemerintah') && t.clitics?.includes('nya')) || ((t.norm === 'country' || t.norm === 'government') && /^(his|her|its|their)$/.test(v.tokens[i - 1]?.norm ?? ''))) {
    let c = countryOfSubject(v, i, entities);
    // (`Juru Bicara Kementerian Luar Negeri China Geng Shuang menegaskan, pemerintahnya …`: the country
    // of the organization in the speaker's title)
    if (c === undefined && recent.known) {
      const org = subjectTitleOrganization(v, mainSubject(v, i), entities);
      const home = org ? entities[org.m.entity]!.country : undefined;
      if (home !== undefined) c = recent.known(home);
    }
    if (c !== undefined) return [{ entity: c, span: { start: t.start, end: t.end } }];
  }
  // `the Israeli military said its troops had withdrawn …`: the troops of the one who speaks right before
  if ((t.norm === 'its' || t.norm === 'their') && TROOPS.test(next?.norm ?? '') && afterSaying(v.tokens[i - 1])) {
    let p = i - 2;
    const speaker = v.endAt.get(p + 1) ?? (/^(military|army|government|ministry|authorities|officials|forces)$/.test(v.tokens[p]?.norm ?? '') ? v.endAt.get(p) : undefined);
    if (speaker && !speaker.m.part) return asLike(groupOf(v, speaker));
    return undefined;
  }
  // reported speech: `China mengatakan bahwa mereka mendukung …`, `Putin menegaskan bahwa ia …`
  // (also right after the verb of saying: `Retno mengatakan ia telah …`, `the ministry said it had …`)
  if ((PERSONAL_PRONOUNS.has(t.norm) || t.norm === 'mereka' || t.norm === 'they' || t.norm === 'it') && afterSaying(v.tokens[i - 1])) {
    const main = mainSubject(v, i);
    if (main) return main;
  }
  // `visited Tokyo, where he met …`: the person the main clause is about
  if (PERSONAL_PRONOUNS.has(t.norm) && /^(where|when|while|dimana|ketika|saat)$/.test(v.tokens[i - 1]?.norm ?? '')) {
    const main = mainSubject(v, i);
    if (main && entities[main[0]!.entity]!.type === 'PERSON') return main;
  }
  // `cut ties with the UAE, accusing it of arming …`, `urged them to`: an object pronoun after an
  // English verb is the body or country named last before it that is not the clause's subject
  if ((t.norm === 'it' || t.norm === 'them') && v.lang === 'en' && i > v.s.tokenStart && /(ing|ed|s)$/.test(v.tokens[i - 1]!.norm) && lowerStart(v.tokens[i - 1]!.text)) {
    const main = mainSubject(v, i);
    for (let k = v.mentions.length - 1; k >= 0; k--) {
      const mi = v.mentions[k]!;
      if (mi.m.tokenEnd > i || mi.m.part || mi.titleModifier || mi.inAttribution) continue;
      // (where something happened is no one accused: `at the ICJ in The Hague, Netherlands, accusing it of …`)
      // (`five Houthi officials in Yemen, accusing them of …`)
      if (/^(in|at|near|off|outside|around|along|di|dekat|lepas)$/.test(mi.prep ?? v.tokens[mi.m.tokenStart - 1]?.norm ?? '')) continue;
      const type = entities[mi.m.entity]!.type;
      if ((type === 'COUNTRY' || type === 'ORGANIZATION') && !main?.some((x) => x.entity === mi.m.entity)) return [{ entity: mi.m.entity, span: { start: t.start, end: t.end } }];
    }
  }
  // `Mereka juga mendesak …` opening a sentence: the actor of the sentence before (`Ribuan buruh KSPI
  // berunjuk rasa … Mereka juga mendesak Kemnaker …`), when it was a body or several
  if ((t.norm === 'mereka' || t.norm === 'they') && i === v.s.tokenStart && !insideQuote(v, i)) {
    const prev = recent.previousActor(v.s.index);
    if (prev?.length && (prev.length > 1 || entities[prev[0]!.entity]!.type === 'ORGANIZATION')) return prev.map((x) => ({ entity: x.entity, span: { start: t.start, end: t.end } }));
  }
  // `It accused Addis Ababa of …`, `The junta accused Paris …` opening a sentence: the country or body
  // the sentence before was about (not `It is unclear …`, `It will take …`)
  const junta = v.lang === 'en' && (t.norm === 'junta' || t.norm === 'regime') && i === v.s.tokenStart + 1 && v.tokens[i - 1]!.norm === 'the';
  if (v.lang === 'en' && (i === v.s.tokenStart || junta) && !insideQuote(v, i)) {
    if ((t.norm === 'it' && !/^(is|was|'s|seems|seemed|remains|remained|appears|appeared|would|could|might|may|must|should|will|takes|took|became|has|had)$/.test(next?.norm ?? '')) || junta) {
      const prev = recent.previousActor(v.s.index);
      const type = prev?.length === 1 ? entities[prev[0]!.entity]!.type : undefined;
      if (type === 'COUNTRY' || (type === 'ORGANIZATION' && !junta)) return [{ entity: prev![0]!.entity, span: { start: junta ? v.tokens[i - 1]!.start : t.start, end: t.end } }];
    }
  }
  // `Ia`, `Dia`, `Beliau` (he, she) opening a clause: the person the last sentences were about
  if (PERSONAL_PRONOUNS.has(t.norm) && opensClause(v, i) && !insideQuote(v, i)) {
    const p = recent.person(v.s.index);
    if (p !== undefined) return [{ entity: p, span: { start: t.start, end: t.end } }];
  }
  return undefined;
}

/**
 * A bare `polisi`, `kepolisian` at token i (no name or country after it) acting: Indonesia's police
 * (Polri) in news about Indonesia: the home country is Indonesia, or no other country is named and
 * the sentence names an Indonesian place (a report from abroad says whose police; a dateline of
 * Jakarta says nothing of a concert tour abroad).
 */
function domesticPolice(v: SentenceView, i: number, entities: Entity[], recent: RecentEntities): MentionLike[] | undefined {
  const t = v.tokens[i];
  if (!t || v.lang !== 'id' || (t.norm !== 'polisi' && t.norm !== 'kepolisian') || !isBareGovernment(v, i) || v.cover.has(i)) return undefined;
  const home = recent.home !== undefined ? entities[recent.home] : undefined;
  const domestic = home !== undefined ? home.iso3 === 'IDN'
    : !entities.some((e) => e.type === 'COUNTRY' && e.iso3 !== 'IDN') && v.mentions.some((mi) => entities[mi.m.entity]!.type === 'LOCATION' && entities[mi.m.entity]!.country === 'IDN');
  if (!domestic) return undefined;
  // (the police unit the text just named: `Polda Sumatera Utara menggagalkan … Polisi menangkap …`)
  // (Indonesian police only: `Polda Sumut bekerja sama dengan Polis Diraja Malaysia … Polisi menangkap …`)
  const named = recent.lastOrganization(i, v.s.index, POLICE_KIND, (e) => e.known && e.country === 'IDN');
  if (named) return [{ entity: named[0]!.entity, span: { start: t.start, end: t.end } }];
  const police = recent.known?.('polri');
  return police === undefined ? undefined : [{ entity: police, span: { start: t.start, end: t.end } }];
}

const POLICE_KIND = new Set(['police']);

/**
 * English `Police arrested X in Kampala`, `Authorities detained …`: with no demonym or name, the
 * police are their country's (officials acting stand for their country, RELATIONS.md), the one
 * country the sentence names, or the country of the places it names.
 */
function countrysPolice(v: SentenceView, i: number, entities: Entity[], recent: RecentEntities): MentionLike[] | undefined {
  const t = v.tokens[i];
  if (!t || v.lang !== 'en' || v.cover.has(i) || !(i === v.s.tokenStart || v.tokens[i - 1]!.norm === 'the')) return undefined;
  const countries = new Set<string>();
  for (const mi of v.mentions) {
    if (mi.m.part) continue;
    const e = entities[mi.m.entity]!;
    if (e.type === 'COUNTRY' && e.iso3) countries.add(e.iso3);
    else if (e.type === 'LOCATION' && e.country) countries.add(e.country);
  }
  if (countries.size !== 1) return undefined;
  const k = recent.known?.([...countries][0]!);
  return k === undefined ? undefined : [{ entity: k, span: { start: t.start, end: t.end } }];
}

/** `bahwa`, `that`, or a verb of saying (`mengatakan`, `menegaskan`, `said`, `told`). */
function afterSaying(t: Token | undefined): boolean {
  if (!t) return false;
  return t.norm === 'bahwa' || t.norm === 'that' || ((nerLexicon().cueBits.get(t.norm) ?? 0) & CUE_SPEECH) !== 0 && !/^(menurut|according|katanya|ujarnya|tuturnya|jelasnya|ungkapnya)$/.test(t.norm);
}

/** The holder of a bare title starting at token i (see `anaphor`), or undefined. */
function officeHolder(v: SentenceView, i: number, recent: RecentEntities): MentionLike[] | undefined {
  const { tokens } = v;
  // written as a name is (`Presiden`, `Menlu`): a lower-case title is anyone's (`ketua partai`)
  if (!upperStart(tokens[i]!.text)) return undefined;
  const title = titleStartingAt(tokens, i, v.s.tokenEnd);
  if (!title) return undefined;
  // the whole title (`Wakil Presiden`, not its `Presiden`), at a clause's start or after a lower-case word
  const prev = i > v.s.tokenStart ? tokens[i - 1]! : undefined;
  if (prev && upperStart(prev.text) && !opensClause(v, i)) return undefined;
  // bare: no name, country or organization after it, and no capitalized word (a name not recognized)
  const next = tokens[title.end];
  if (title.end < v.s.tokenEnd && (v.at.has(title.end) || v.cover.has(title.end) || (next !== undefined && next.kind === 'word' && upperStart(next.text)))) return undefined;
  const p = recent.holder(title.role, i);
  const t = tokens[i]!;
  return p === undefined ? undefined : [{ entity: p, span: { start: t.start, end: tokens[title.end - 1]!.end } }];
}

/** The country of the sentence's first subject: itself, or the country of a titled person (`Menlu Singapura X`). */
function countryOfSubject(v: SentenceView, before: number, entities: Entity[]): number | undefined {
  for (const mi of v.mentions) {
    if (mi.m.tokenStart >= before) break;
    const e = entities[mi.m.entity]!;
    if (mi.m.part) continue;
    if (e.type === 'COUNTRY' && !mi.inAttribution) return mi.m.entity;
    if (e.type === 'PERSON' && !mi.titleModifier) {
      // the country in the person's title, written before the name
      for (const t of v.mentions) if (t.titleModifier && t.roleOf?.includes(mi.k) && entities[t.m.entity]!.type === 'COUNTRY') return t.m.entity;
      return undefined;
    }
  }
  return undefined;
}

const MANY: Record<string, number> = { ketiga: 3, keempat: 4, kelima: 5, three: 3, four: 4, five: 5 };

/** A person and the country they belong to, either way round. */
function ownCountry(x: Entity, y: Entity): boolean {
  const [p, c] = x.type === 'PERSON' ? [x, y] : [y, x];
  return p.type === 'PERSON' && c.type === 'COUNTRY' && p.country !== undefined && p.country === c.iso3;
}

/** The organization in the title of a clause's one subject (`Kapolda Metro Jaya Irjen Karyoto`: Polda Metro Jaya). */
function subjectTitleOrganization(v: SentenceView, main: MentionLike[] | undefined, entities: Entity[]): MentionInfo | undefined {
  return main?.length === 1 ? titleOrganization(v, main[0]!.entity, entities) : undefined;
}

/**
 * The body of the title of the sentence's main subject, a person: named in the title (`Ketua KPK X`)
 * or implied by it (`Kapolda Jawa Timur X` → East Java Regional Police, from the sentence's holds_role).
 */
function speakersBody(v: SentenceView, main: MentionLike[] | undefined, entities: Entity[], recent: RecentEntities): number | undefined {
  const org = subjectTitleOrganization(v, main, entities);
  if (org) return org.m.entity;
  return main?.length === 1 ? recent.heldHere.get(main[0]!.entity) : undefined;
}

/** The organization in the title of the person `entity` in this sentence (`Kapolda Metro Jaya X`, `Direktur Utama PT PLN X`). */
function titleOrganization(v: SentenceView, entity: number, entities: Entity[]): MentionInfo | undefined {
  return titleBody(v, entity, entities, 'ORGANIZATION');
}

/** The body of one type named in the title of the person `entity` in this sentence (a country: `Israeli Defense Minister X`; a region: `Gubernur Sumatera Utara X`). */
function titleBody(v: SentenceView, entity: number, entities: Entity[], type: Entity['type']): MentionInfo | undefined {
  const person = v.mentions.find((x) => x.m.entity === entity && !x.m.part);
  if (!person || entities[entity]!.type !== 'PERSON') return undefined;
  return v.mentions.find((x) => x.titleModifier && x.roleOf?.includes(person.k) && entities[x.m.entity]!.type === type);
}

/** The body of one type in the title of the sentence's one main subject before token i, a person. */
function mainSubjectTitleBody(v: SentenceView, i: number, entities: Entity[], type: Entity['type']): MentionInfo | undefined {
  const main = mainSubject(v, i)?.filter((x) => entities[x.entity]!.type === 'PERSON');
  return main?.length === 1 ? titleBody(v, main[0]!.entity, entities, type) : undefined;
}

const PERSONAL_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'he', 'she']);
/** People of a body or forces, with `-nya`, acting for the speaker's side. */
const FORCES_OF = /^(pasukan|tentara|prajurit|anggota|personel|milisi|pejuang|kombatan|militer|penyidik|penyelidik|petugas|jaksa)$/;
/** Verbs of saying or claiming (or `bahwa`) right before such a subject. */
const SAYING_BEFORE_FORCES = /^(bahwa|mengklaim|mengatakan|menyatakan|menyebut|menegaskan|mengaku|mengungkapkan|memastikan|menyebutkan|menuturkan|menjelaskan)$/;
/** Nouns of a definite reference to an organization, and the gazetteer kinds each may mean (empty: any). */
const ORG_NOUNS = new Map<string, Set<string>>([
  ['perusahaan', new Set(['company', 'soe'])], ['company', new Set(['company', 'soe'])], ['firm', new Set(['company', 'soe'])],
  ['partai', new Set(['party'])], ['party', new Set(['party'])],
  ['kelompok', new Set(['armed', 'ngo', 'religious'])], ['group', new Set(['armed', 'ngo', 'religious'])], ['militia', new Set(['armed'])],
  ['klub', new Set(['club'])], ['club', new Set(['club'])], ['aplikasi', new Set(['company'])], ['platform', new Set(['company'])], ['organisasi', new Set()], ['organization', new Set()], ['organisation', new Set()],
  // (`Lembaga itu juga mendesak PBB …`, `the agency said`, `the bloc`): any body, or one of the kind
  ['lembaga', new Set()], ['institusi', new Set()], ['ormas', new Set(['religious', 'ngo'])], ['serikat', new Set(['ngo'])],
  ['agency', new Set()], ['body', new Set()], ['bloc', new Set(['igo'])], ['alliance', new Set(['igo'])], ['union', new Set()],
  // (`accusing the court of …`: the court just named)
  ['court', new Set(['court'])], ['tribunal', new Set(['court'])], ['pengadilan', new Set(['court'])], ['mahkamah', new Set(['court'])],
]);
const SINGULAR_FIRST = new Set(['saya', 'aku', 'i']);
const PROVINCE_KIND = new Set(['province']);
/** Nouns of a body that with `-nya` name the speaker's own (`lembaganya`, `partainya`). */
const OWN_BODY = new Set(['lembaga', 'institusi', 'instansi', 'kementerian', 'partai', 'organisasi', 'perusahaan', 'komisi', 'badan', 'korps', 'kelompok', 'gerakan', 'serikat', 'klub']);
/** Words that may start an anaphor (checked first: `anaphor` runs on every word a subject search passes). */
const ANAPHOR_WORDS = new Set([
  ...ORG_NOUNS.keys(), ...FIRST_PERSON, ...PERSONAL_PRONOUNS,
  'ketiga', 'keempat', 'kelima', 'three', 'four', 'five', 'kedua', 'both', 'two', 'keduanya', 'negara', 'pemerintah', 'pihak', 'mereka', 'they', 'it', 'junta', 'regime', 'country', 'government', 'diri', 'perseroan',
  'its', 'their', 'them', 'provinsi', 'province', 'bersangkutan', 'kabupaten', 'kota', 'daerah', ...OWN_BODY,
  'klien', 'client',
]);

/**
 * The one who speaks in this sentence (`kata X`, `menurut X`), as the entity the attribution names:
 * for `kata juru bicara Hamas, X` Hamas, for `ujar Presiden Turki Erdogan` Turkey; with `person`
 * the titled person instead (`saya`), or nothing when no person speaks.
 */
function speakerHere(v: SentenceView, t: Token, person: boolean, entities: Entity[]): MentionLike[] | undefined {
  let e = v.speech ? v.source : undefined;
  if (e === undefined) return undefined;
  if (person) {
    const title = v.mentions.find((x) => x.m.entity === e && x.titleModifier && x.roleOf?.length);
    if (title) e = v.mentions[title.roleOf![0]!]!.m.entity;
    else if (entities[e]!.type !== 'PERSON') return undefined;
  }
  return [{ entity: e, span: { start: t.start, end: t.end } }];
}

/** Inside a quotation (an odd number of quote marks before token i in the sentence): `dia` is someone the speaker talks about. */
function insideQuote(v: SentenceView, i: number): boolean {
  // (the parity of quote marks before each token, counted once per sentence)
  let odd = quoteParity.get(v);
  if (!odd) {
    odd = new Uint8Array(v.s.tokenEnd - v.s.tokenStart + 1);
    let n = 0;
    for (let j = v.s.tokenStart; j < v.s.tokenEnd; j++) {
      odd[j - v.s.tokenStart] = n & 1;
      if (/^["“”]$/.test(v.tokens[j]!.text)) n++;
    }
    odd[v.s.tokenEnd - v.s.tokenStart] = n & 1;
    quoteParity.set(v, odd);
  }
  return odd[Math.min(Math.max(i, v.s.tokenStart), v.s.tokenEnd) - v.s.tokenStart] === 1;
}
const quoteParity = new WeakMap<SentenceView, Uint8Array>();

/** Token i starts the sentence or follows a comma, `dan`, `namun`, `tetapi`, a quote or a subordinator. */
function opensClause(v: SentenceView, i: number): boolean {
  if (i === v.s.tokenStart) return true;
  const p = v.tokens[i - 1]!;
  return /^[,"“'‘(]$/.test(p.text) || /^(dan|namun|tetapi|tapi|sehingga|karena|bahwa|ketika|saat|setelah|sebelum|dimana|and|but|because|that|when|after|where|while)$/.test(p.norm);
}

/** Words after `pemerintah` that make it a local or another government (`pemerintah daerah`, `pemerintah kota`). */
const NOT_NATIONAL = new Set(['daerah', 'kota', 'kabupaten', 'provinsi', 'pusat', 'setempat', 'desa', 'kecamatan', 'kolonial', 'federal', 'negara', 'asing', 'lokal', 'militer', 'sementara', 'baru', 'lama', 'bayangan', 'oposisi', 'tersebut', 'itu']);

/** `pemerintah` standing alone: no name after it (`Pemerintah Rusia` is Russia's mention) and no local head. */
function isBareGovernment(v: SentenceView, i: number): boolean {
  const next = v.tokens[i + 1];
  if (v.at.has(i + 1) || v.at.has(i)) return false;
  if (next && i + 1 < v.s.tokenEnd && (NOT_NATIONAL.has(next.norm) || upperStart(next.text))) return false;
  return true;
}

/**
 * The country a bare `pemerintah` stands for: Indonesia in Indonesian news, unless the article is
 * about another country (named at least three times and twice as often as Indonesia). Undefined
 * when the document names no country to point at.
 */
function homeCountry(entities: Entity[]): number | undefined {
  let idn = -1;
  let top = -1;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.type !== 'COUNTRY') continue;
    if (e.iso3 === 'IDN') idn = k;
    else if (top < 0 || e.mentions.length > entities[top]!.mentions.length) top = k;
  }
  const nIdn = idn >= 0 ? entities[idn]!.mentions.length : 0;
  const nTop = top >= 0 ? entities[top]!.mentions.length : 0;
  if (top >= 0 && nTop >= 3 && nTop >= 2 * nIdn) return top;
  return idn >= 0 ? idn : undefined;
}

/** A mention or a resolved anaphor: an entity and where it is written. */
interface MentionLike {
  entity: number;
  span: Span;
}

/** What the document has named so far (for `kedua negara`, `pihaknya`). */
export class RecentEntities {
  private readonly order: Array<{ entity: number; type: string; span: Span; token: number; sentence: number; role: string | undefined }> = [];
  private subjectOf = new Map<number, MentionLike[]>(); // sentence → subjects of its first predicate

  /** the country a bare `pemerintah` stands for */
  readonly home: number | undefined;

  /** a protest the last sentence told with no one it was against: its draft, object still to come */
  pendingProtest: { sentence: number; drafts: Draft[] } | undefined;

  constructor(readonly entities: Entity[], private readonly holds?: HoldsOffice, readonly known?: KnownEntity, readonly kinds: Array<string | undefined> = []) {
    this.home = homeCountry(entities);
  }

  add(mi: MentionInfo, token: number): void {
    this.order.push({ entity: mi.m.entity, type: this.entities[mi.m.entity]!.type, span: mi.m, token, sentence: mi.m.sentence, role: mi.m.role });
  }

  /** offices the document has named with their holder: `Ketua Umum PAN Zulkifli Hasan` */
  private readonly offices: Array<{ person: number; role: string; org: number }> = [];

  /** Records the offices a sentence names (a title with its organization, then the holder's name). */
  addOffices(v: SentenceView): void {
    for (const mi of v.mentions) {
      if (!mi.roleOf || !mi.role) continue;
      for (const k of mi.roleOf) this.offices.push({ person: v.mentions[k]!.m.entity, role: mi.role, org: mi.m.entity });
    }
  }

  /**
   * The last person named as holding `role` of `org`; else a person the document names whom warta's
   * data gives that office on the document's date (`Ketua Umum PAN` in an article naming Zulkifli Hasan).
   */
  office(role: string, org: number): number | undefined {
    for (let k = this.offices.length - 1; k >= 0; k--) {
      const o = this.offices[k]!;
      if (o.role === role && o.org === org) return o.person;
    }
    if (!this.holds) return undefined;
    let found: number | undefined;
    for (let p = 0; p < this.entities.length; p++) {
      const e = this.entities[p]!;
      if (e.type !== 'PERSON' || !e.known || !this.holds(p, role, org)) continue;
      if (found !== undefined) return undefined; // two holders named: no telling which
      found = p;
    }
    return found;
  }

  /** The person named last before token `before` with the English role `role` (`President`). */
  holder(role: string, before: number): number | undefined {
    const here = this.current?.mentions ?? [];
    for (let k = here.length - 1; k >= 0; k--) {
      const mi = here[k]!;
      if (mi.m.tokenStart < before && mi.m.role === role && this.entities[mi.m.entity]!.type === 'PERSON') return mi.m.entity;
    }
    for (let k = this.order.length - 1; k >= 0; k--) {
      const o = this.order[k]!;
      if (o.token < before && o.role === role && o.type === 'PERSON') return o.entity;
    }
    return undefined;
  }

  /** the subject of a sentence's opening clause with no event of the inventory (`previousActor` only) */
  private clauseActorOf = new Map<number, MentionLike[]>();
  setClauseActor(sentence: number, subs: MentionLike[]): void {
    this.clauseActorOf.set(sentence, subs);
  }

  /** the events each sentence told: type, subjects, objects (`actsOf`) */
  private acts = new Map<number, Array<{ type: string; subjects: number[]; objects: number[] }>>();
  noteAct(sentence: number, type: string, subjects: number[], objects: number[]): void {
    let list = this.acts.get(sentence);
    if (!list) this.acts.set(sentence, (list = []));
    list.push({ type, subjects, objects });
  }
  actsOf(sentence: number): Array<{ type: string; subjects: number[]; objects: number[] }> {
    return this.acts.get(sentence) ?? [];
  }

  setSubjects(sentence: number, subs: MentionLike[]): void {
    if (!this.subjectOf.has(sentence)) this.subjectOf.set(sentence, subs);
  }

  /** the sentence being read: its names before an anaphor count too (`X met Y, and the two leaders …`) */
  current: SentenceView | undefined;

  /** the last two distinct countries or organizations named before token `before` (`kedua belah pihak`) */
  /** person → the organization a title in the current sentence gives them (index.ts fills it) */
  readonly heldHere = new Map<number, number>();

  /** the two parties of the last meeting, talk, visit, agreement or partnership (for `kami sepakat`
   * in a quote after it, `keduanya`, `kedua pihak`) */
  meeting: { sentence: number; parties: MentionLike[] } | undefined;

  /** the two who met or joined in this sentence or the two before (`kedua pihak`, `the two sides`, `keduanya`) */
  lastMeeting(t: Token): MentionLike[] | undefined {
    const met = this.meeting;
    const sentence = this.current?.s.index ?? 0;
    if (!met || sentence - met.sentence > 2) return undefined;
    return met.parties.map((x) => ({ entity: x.entity, span: { start: t.start, end: t.end } }));
  }

  lastParties(): MentionLike[] | undefined {
    // (the two who acted together in a sentence before, within three: `Israel dan Hamas bertempur …`;
    // not any two bodies last named, `Kejaksaan` and `MA` of a story about two villagers)
    const sentence = this.current?.s.index ?? 0;
    let best: MentionLike[] | undefined;
    for (const [k, subs] of this.subjectOf) {
      if (k >= sentence || k < sentence - 3) continue;
      const seen = new Set<number>();
      const list = subs.filter((x) => { const t = this.entities[x.entity]!.type; return (t === 'COUNTRY' || t === 'ORGANIZATION') && !seen.has(x.entity) && seen.add(x.entity); });
      if (list.length === 2) best = list;
    }
    return best;
  }

  /** the two sides of the last act of one against another, within three sentences before (`Israeli
   * jets struck Hezbollah depots … . The UN urged both sides to show restraint`) */
  lastAdversaries(t: Token): MentionLike[] | undefined {
    const sentence = this.current?.s.index ?? 0;
    for (let k = sentence - 1; k >= Math.max(0, sentence - 3); k--) {
      const acts = this.actsOf(k);
      for (let j = acts.length - 1; j >= 0; j--) {
        const a = acts[j]!;
        if (!SIDES_ACTS.has(a.type) || a.subjects.length !== 1 || a.objects.length !== 1 || a.subjects[0] === a.objects[0]) continue;
        const two = [a.subjects[0]!, a.objects[0]!];
        if (two.every((e) => /^(COUNTRY|ORGANIZATION)$/.test(this.entities[e]!.type))) return two.map((entity) => ({ entity, span: { start: t.start, end: t.end } }));
      }
    }
    return undefined;
  }

  /** the last `n` distinct entities of a type named before token `before` */
  last(n: number, type: string, before: number, loose = false): MentionLike[] | undefined {
    const out: MentionLike[] = [];
    const seen = new Set<number>();
    const take = (entity: number, span: Span) => {
      // (loose, for countries: a capital stands for its country, when the document names that country)
      if (loose && type === 'COUNTRY' && this.kinds[entity] === 'capital' && this.entities[entity]!.country !== undefined) {
        const c = this.entities.findIndex((e) => e.type === 'COUNTRY' && e.iso3 === this.entities[entity]!.country);
        if (c >= 0) entity = c;
      }
      if (seen.has(entity) || this.entities[entity]!.type !== type) return;
      seen.add(entity);
      out.unshift({ entity, span });
    };
    const here = this.current?.mentions ?? [];
    for (let k = here.length - 1; k >= 0 && out.length < n; k--) {
      const mi = here[k]!;
      // (loose: a title's demonym counts too, `Brazilian President Lula`)
      if (mi.m.part || (mi.titleModifier && !loose) || mi.m.tokenStart >= before) continue;
      take(mi.m.entity, mi.m);
    }
    for (let k = this.order.length - 1; k >= 0 && out.length < n; k--) {
      const o = this.order[k]!;
      if (o.token >= before) continue;
      take(o.entity, o.span);
    }
    return out.length === n ? out : undefined;
  }

  /**
   * The subjects of a type of the last earlier sentence whose subjects count `n` of that type (two
   * or more when `n` is 0), within the three sentences before: `AS, Jepang, dan Australia meminta
   * China …. Ketiga negara …` are the three who asked, not the last three named.
   */
  lastSubjects(n: number, type: string, sentence: number): MentionLike[] | undefined {
    let best: MentionLike[] | undefined;
    for (const [k, subs] of this.subjectOf) {
      if (k >= sentence || k < sentence - 3) continue;
      const seen = new Set<number>();
      const list = subs.filter((x) => this.entities[x.entity]!.type === type && !seen.has(x.entity) && seen.add(x.entity));
      if (n ? list.length === n : list.length >= 2) best = list;
    }
    return best;
  }

  /**
   * The organization last named before token `before`, in this sentence or the `back` before it, of one
   * of `kinds` when given (`perusahaan tersebut`: a company); news agencies and media, cited more
   * than acting, are left out.
   */
  lastOrganization(before: number, sentence: number, kinds?: Set<string>, accept?: (e: Entity) => boolean, back = 1): MentionLike[] | undefined {
    return this.lastOfType('ORGANIZATION', before, sentence, kinds, accept, back);
  }

  /** the person last named before token `before`, in this sentence or the one before, other than `except` */
  lastPerson(before: number, sentence: number, except: Entity[]): MentionLike[] | undefined {
    return this.lastOfType('PERSON', before, sentence, undefined, (e) => !except.includes(e), 1);
  }

  /** the place of one of `kinds` last named before token `before` (`the province`) */
  lastPlace(before: number, sentence: number, kinds: Set<string>): MentionLike[] | undefined {
    return this.lastOfType('LOCATION', before, sentence, kinds, undefined, 1);
  }

  private lastOfType(type: string, before: number, sentence: number, kinds?: Set<string>, accept?: (e: Entity) => boolean, back = 1): MentionLike[] | undefined {
    const ok = (entity: number) => {
      const e = this.entities[entity]!;
      const kind = this.kinds[entity];
      return e.type === type && kind !== 'media' && (!kinds || (kind !== undefined && kinds.has(kind)) || (kind === undefined && !e.known)) && (!accept || accept(e));
    };
    const here = this.current?.mentions ?? [];
    for (let k = here.length - 1; k >= 0; k--) {
      const mi = here[k]!;
      if (mi.m.part || mi.m.tokenStart >= before || mi.inAttribution) continue;
      if (ok(mi.m.entity)) return [{ entity: mi.m.entity, span: mi.m }];
    }
    for (let k = this.order.length - 1; k >= 0; k--) {
      const o = this.order[k]!;
      if (o.sentence < sentence - back) break;
      if (o.token >= before) continue;
      if (ok(o.entity)) return [{ entity: o.entity, span: o.span }];
    }
    return undefined;
  }

  /** the distinct entities of a type in the last sentence before token `before` that names two or more */
  lastSeveral(type: string, before: number): MentionLike[] | undefined {
    let sentence = -1;
    let out: MentionLike[] = [];
    const seen = new Set<number>();
    for (let k = this.order.length - 1; k >= 0; k--) {
      const o = this.order[k]!;
      if (o.type !== type || o.token >= before) continue;
      if (o.sentence !== sentence) {
        if (out.length >= 2) break;
        sentence = o.sentence;
        out = [];
        seen.clear();
      }
      if (seen.has(o.entity)) continue;
      seen.add(o.entity);
      out.unshift({ entity: o.entity, span: o.span });
    }
    return out.length >= 2 ? out : undefined;
  }

  lastGroup(before: number): MentionLike[] | undefined {
    return this.last(2, 'PERSON', before) ?? this.last(2, 'COUNTRY', before);
  }

  /**
   * The person `ia`/`dia` in sentence `sentence` stands for: the single person subject of the last
   * earlier sentence with a subject, else the person named last in the two sentences before, when
   * only one person is named there. Undefined when that is not clear.
   */
  person(sentence: number): number | undefined {
    let last: [number, MentionLike[]] | undefined;
    for (const e of this.subjectOf) if (e[0] < sentence) last = e;
    if (last) {
      const persons = new Set(last[1].filter((x) => this.entities[x.entity]!.type === 'PERSON').map((x) => x.entity));
      if (persons.size === 1 && sentence - last[0] <= 2) return [...persons][0];
    }
    const named = new Set<number>();
    for (let k = this.order.length - 1; k >= 0; k--) {
      const o = this.order[k]!;
      if (o.sentence >= sentence) continue;
      if (o.sentence < sentence - 2) break;
      if (o.type === 'PERSON') named.add(o.entity);
    }
    return named.size === 1 ? [...named][0] : undefined;
  }

  /** The countries of two persons, when warta knows both and they differ (written where the anaphor `at` is). */
  countriesOf(persons: MentionLike[] | undefined, at: Token): MentionLike[] | undefined {
    if (!persons || !this.known) return undefined;
    const out: MentionLike[] = [];
    for (const p of persons) {
      const c = this.entities[p.entity]!.country;
      const k = c === undefined ? undefined : this.known(c);
      if (k === undefined || out.some((x) => x.entity === k)) return undefined;
      out.push({ entity: k, span: { start: at.start, end: at.end } });
    }
    return out;
  }

  /** the subjects of the last sentence that had a predicate with a subject */
  speaker(): MentionLike[] | undefined {
    return [...this.subjectOf.values()].pop();
  }

  /** the subjects of the first predicate of the sentence right before `sentence`, if it had one (or of its opening clause) */
  previousActor(sentence: number): MentionLike[] | undefined {
    return this.subjectOf.get(sentence - 1) ?? this.clauseActorOf.get(sentence - 1);
  }
}

function asLike(list: MentionInfo[]): MentionLike[] {
  return list.map((x) => ({ entity: x.m.entity, span: { start: x.m.start, end: x.m.end } }));
}

/** Unnamed officers of a body as a clause's subject (`penyidik belum menahan X`). */
const INVESTIGATORS = /^(penyidik|penyelidik|jaksa|petugas|investigators|prosecutors)$/;

/** Predicates of mutual action: with two subjects and no object, each acts on the other. */
const RECIPROCAL = /^(ber|per|pe|ke|bentrok|saling|clash|fought)/;

/** Words opening a clause of time after a main clause (`…, after Israel struck Lebanon`, `setelah …`). */
const AFTER_CLAUSE = /^(after|before|when|while|as|since|setelah|sebelum|ketika|saat|usai|seusai|sesudah|sejak|sementara)$/;

/** Light verbs of filing (see LIGHT_VERBS): they voice suits and complaints only. */
const FILING = new Set(['mengajukan', 'mendaftarkan', 'lodged', 'lodges', 'brought', 'submitted']);

/** A request filed names its addressee after `kepada` within four words, with no matter of a court between. */
function filedWith(tokens: Token[], i: number, to: number): boolean {
  for (let j = i; j < Math.min(to, i + 5); j++) {
    const n = tokens[j]!.norm;
    if (n === 'kepada') return true;
    if (tokens[j]!.kind !== 'word' || /^(praperadilan|uji|kasasi|banding|peninjauan|gugatan|sengketa|pailit|pkpu|grasi|remisi)$/.test(n)) return false;
  }
  return false;
}

const LIGHT_VERBS = new Set([
  'melakukan', 'menjalin', 'membangun', 'menggelar', 'mengadakan', 'menjalani', 'menyelenggarakan', 'melangsungkan', 'melaksanakan', 'terlibat',
  // verbs that voice or deliver the event the noun names: `melontarkan kritik terhadap X`,
  // `menyatakan dukungan kepada X`, `melancarkan serangan ke X`, `memberikan bantuan kepada X`
  'melontarkan', 'melayangkan', 'mengeluarkan', 'menerbitkan', 'issued', 'menyampaikan', 'melancarkan', 'menyatakan', 'memberikan', 'memberi', 'menunjukkan',
  // a suit or a complaint filed: `mengajukan gugatan praperadilan terhadap X`, `lodged a complaint against X`
  ...FILING,
  // a verdict or charges read out: `membacakan surat tuntutan bagi terdakwa X`
  'membacakan',
  // a standing agreement or partnership: `Tokyo dan Washington memiliki perjanjian aliansi`
  'memiliki', 'mempunyai',
  // talks or an operation led: `memimpin perundingan tarif dengan USTR`, `led talks with Beijing`
  'memimpin', 'led', 'leads', 'lead',
  'conducted', 'held', 'holds', 'hold', 'launched', 'expressed', 'voiced', 'issued', 'issues', 'made', 'staged', 'waged', 'mounted', 'carried', 'filed',
  // (a visit paid or made: `will pay a three-day state visit to Indonesia`, `makes a visit to …`)
  'pay', 'pays', 'paid', 'paying', 'make', 'makes', 'making',
  'announced', 'announces', 'approved', 'unveiled', 'mengumumkan',
  // (`adopted a new package of sanctions against X`, `ordered the expulsion of X's ambassador`)
  'adopted', 'adopts', 'adopt', 'ordered', 'orders',
  // (`have set up a joint venture`, `formed a partnership`)
  'formed', 'form', 'forms', 'established', 'establish', 'establishes', 'set',
  // carrying the act out to its end or starting it: `completed the withdrawal of its troops from Niger`
  'completed', 'completes', 'complete', 'began', 'begins', 'begin', 'started', 'start', 'finished', 'finish', 'menyelesaikan', 'memulai', 'menuntaskan',
  // (`membuka latihan gabungan Super Garuda Shield`, `opened talks with`)
  'membuka', 'opened', 'opens',
  'conduct', 'launch', 'stage', 'wage', 'carry', 'file', 'announce', 'issue', 'make',
  // putting forces on alert: `placed the army on the highest level of combat readiness`
  'placed', 'put', 'puts', 'places',
]);

/** What one can face from someone (`menghadapi sanksi/kecaman/gugatan dari X`). */
const FACED = new Set(['SANCTION', 'ACCUSE', 'THREATEN', 'REQUEST']);

/**
 * Verbs of receiving before a nominal event: the one who receives it is the event's target, the
 * one it comes from follows the noun (`Iran mendapat sanksi PBB`, `Rusia dijatuhi sanksi oleh Uni
 * Eropa`, `menuai kecaman dari Turki`, `menerima bantuan dari Jepang`).
 */
const RECEIVE_VERBS = new Set([
  'mendapat', 'mendapatkan', 'menerima', 'memperoleh', 'menuai', 'dijatuhi', 'dikenai', 'dikenakan', 'terkena', 'dihujani', 'diganjar', 'menghadapi', 'dihadapkan', 'terjaring', 'terjerat',
  'received', 'receives', 'receive', 'faced', 'faces', 'face', 'drew', 'draws', 'drawing', 'facing', 'receiving',
  'secured', 'secures', 'secure', 'securing', 'obtained', 'obtains', 'won', 'wins',
  // (`passed the law despite protests by X`, `amid criticism from Y`: what the main clause's subject
  // did drew it, see `CONCESSIVE`)
  'despite', 'amid', 'meski', 'meskipun', 'walaupun', 'kendati',
]);
/** Prepositions of what an act met (`despite protests by`, `amid criticism from`): its target is the main clause's subject. */
const CONCESSIVE = new Set(['despite', 'amid', 'meski', 'meskipun', 'walaupun', 'kendati']);
/** What an act can go ahead despite: opposition to it. */
const OPPOSED = new Set(['PROTEST', 'ACCUSE', 'REJECT']);

/** Prefixes of ships' names (`KRI`, `KN`, `USS`, `BRP`). */
const SHIP_PREFIX = /^(KRI|KN|KM|KAL|KP|USS|HMS|HMAS|INS|BRP|JS|ROKS)$/;

/** A ship's mention followed by `milik <owner>` stands for the owner. */
function vesselOwner(v: SentenceView, xs: MentionLike[]): MentionLike[] {
  if (!xs.length) return xs;
  let out: MentionLike[] | undefined;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    const first = tokenAfter(v, x.span.start);
    const after = tokenAfter(v, x.span.end);
    if (!(SHIP_PREFIX.test(v.tokens[first]?.text ?? '') || SHIP_PREFIX.test(v.tokens[first - 1]?.text ?? '')) || v.tokens[after]?.norm !== 'milik') continue;
    const owner = v.at.get(after + 1);
    if (!owner || owner.m.part) continue;
    out ??= xs.slice();
    out[k] = { entity: owner.m.entity, span: x.span };
  }
  return out ?? xs;
}

/** Kinds of people whose visits are their state's or body's business. */
const OFFICIAL_KINDS = new Set(['politician', 'official', 'military', 'royal', 'police', 'religious']);

/** A capitalized word (not opening the sentence) right before the character offset `at`. */
function titledBefore(v: SentenceView, at: number): boolean {
  const k = tokenAfter(v, at) - 1;
  const t = v.tokens[k];
  return k > v.s.tokenStart && t !== undefined && t.kind === 'word' && upperStart(t.text) && !v.cover.has(k);
}

/** A person with no role in any mention of the document, and no official kind in warta's data. */
function privatePerson(e: Entity, kind: string | undefined): boolean {
  if (e.type !== 'PERSON' || (kind !== undefined && OFFICIAL_KINDS.has(kind))) return false;
  for (const m of e.mentions) if (m.role !== undefined) return false;
  return true;
}

/** `korban` (victims) right before the adjunct of an act at i: `menjadi korban dalam serangan …`. */
function victimsBefore(v: SentenceView, i: number): boolean {
  for (let p = i - 1; p >= Math.max(v.s.tokenStart, i - 4); p--) if (/^(korban|victims|casualties|tewas|killed)$/.test(v.tokens[p]!.norm)) return true;
  return false;
}

/** A nominal event inside a time or purpose adjunct: `during a visit to …`, `dalam kunjungan kerja ke …`, `for talks with …`, `urged X in a phone call`. */
function adjunctEvent(v: SentenceView, i: number): boolean {
  let p = i - 1;
  // (`in overnight raids`, `in a joint operation`, `during a two-day state visit`: a few adjectives of
  // the act between)
  for (let k = 0; k < 2 && (ACT_ADJECTIVES.test(v.tokens[p]?.norm ?? '') || /^(night|new|major)$/.test(v.tokens[p]?.norm ?? '')); k++) p--;
  if (/^(a|an|the|his|her|its|their)$/.test(v.tokens[p]?.norm ?? '')) p--;
  return p > v.s.tokenStart && (/^(during|for|untuk|dalam|saat|ketika|selama|amid|setelah|sebelum|usai|seusai|pasca|after|before|following)$/.test(v.tokens[p]!.norm)
    || (v.tokens[p]!.norm === 'in' && v.lang === 'en' && /^(raid|raids|operation|operations|strike|strikes|attack|attacks|crackdown|sweep|sweeps|joint|phone|telephone|video|call|talks|meeting|conversation)$/.test(v.tokens[i]!.norm)));
}

/** Acts that name those held to account for another act (`menjatuhkan sanksi terhadap X atas …`). */
const BLAMING = new Set(['SANCTION', 'ACCUSE', 'COERCE', 'PROTEST', 'THREATEN']);
/** Nouns of taking part in an act (`keterlibatan X dalam …`, `their role in …`). */
const INVOLVEMENT = /^(keterlibatan|peran|keikutsertaan|involvement|role|complicity|participation)$/;

/**
 * The party an involvement noun before the nominal act at token i names: `keterlibatan Iran dalam
 * serangan`, `keterlibatan mereka dalam pengiriman rudal`, `keterlibatannya dalam`, `their
 * involvement in supplying drones`. A pronoun stands for the objects of the nearest act before
 * that holds them to account (those sanctioned or accused for it; `triggers[n]` is the act at i). Undefined when no such noun is there, or it names no one.
 */
function involvedParty(v: SentenceView, i: number, triggers: Trigger[], n: number): MentionLike[] | undefined {
  const { tokens } = v;
  let p = i - 1;
  if (/^(the|a|an)$/.test(tokens[p]?.norm ?? '')) p--;
  if (!/^(dalam|in)$/.test(tokens[p]?.norm ?? '')) return undefined;
  p--;
  // (the nearest act before with objects: `sanksi keuangan dan larangan perjalanan terhadap X`)
  const pronounObjects = () => {
    for (let k = n - 1; k >= 0 && k >= n - 3; k--) {
      const prev = triggers[k]!;
      if (prev.end <= p && prev.objects.length && BLAMING.has(prev.hit.row.type)) return toLike(prev.objects, prev.objectSpans);
    }
    return undefined;
  };
  // `keterlibatan Iran dalam`: a name after the noun
  const named = v.endAt.get(p + 1);
  if (named && !named.m.part) {
    const first = groupOf(v, named)[0]!.m.tokenStart;
    return INVOLVEMENT.test(tokens[first - 1]?.norm ?? '') && tokens[first - 1]!.kind === 'word' ? asLike(groupOf(v, named)) : undefined;
  }
  const t = tokens[p];
  if (!t) return undefined;
  // `keterlibatannya dalam`, `keterlibatan mereka dalam`, `their involvement in`
  if (INVOLVEMENT.test(t.base ?? t.norm) && t.clitics?.includes('nya')) return pronounObjects();
  if (/^(mereka|ia|dia|beliau)$/.test(t.norm) && INVOLVEMENT.test(tokens[p - 1]?.norm ?? '')) return pronounObjects();
  if (INVOLVEMENT.test(t.norm) && /^(their|its|his|her)$/.test(tokens[p - 1]?.norm ?? '')) return pronounObjects();
  return undefined;
}

/**
 * The agent of a passive main clause right before an adjunct act (`Dua remaja Palestina tewas ditembak
 * pasukan Israel dalam penggerebekan di Jenin`: the raid is Israel's, not the victims').
 */
function passiveAgentBefore(triggers: Trigger[], n: number): MentionLike[] | undefined {
  const prev = n > 0 ? triggers[n - 1] : undefined;
  return prev && prev.hit.voice === 'passive' && prev.subjects.length ? toLike(prev.subjects, prev.subjectSpans) : undefined;
}

/** A verb of attending right before the adjunct of the nominal event at token i (`hadir dalam pemberian …`, `attended the signing`). */
function attended(v: SentenceView, i: number): boolean {
  let p = i - 1;
  if (/^(a|an|the)$/.test(v.tokens[p]?.norm ?? '')) p--;
  if (/^(dalam|pada|di|at|in)$/.test(v.tokens[p]?.norm ?? '')) p--;
  return /^(hadir|menghadiri|menyaksikan|mengikuti|attended|attending|attends|witnessed|present)$/.test(v.tokens[p]?.norm ?? '');
}

/** A verb of a speech tag (`…, kata X`, `…, said X`): the lexicon's speech cues, not those that open a source (`menurut X`). */
function speechTag(t: Token | undefined): boolean {
  return t !== undefined && ((nerLexicon().cueBits.get(t.norm) ?? 0) & CUE_SPEECH) !== 0 && t.norm !== 'menurut' && t.norm !== 'according';
}

/**
 * The speaker of a speech tag right before the adjunct of the nominal event at token i: `…, kata
 * Menteri Investasi Rosan Roeslani usai pertemuan di Doha` (the meeting is the speaker's, not the
 * reported clause's subject's). Undefined when no speech tag stands there.
 */
function speakerBeforeAdjunct(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  let p = i - 1;
  if (/^(a|an|the|his|her|its|their)$/.test(tokens[p]?.norm ?? '')) p--;
  // English: `…, Prime Minister Sanae Takaichi said after talks with …` (the name, then the speech verb;
  // a time between them: `said on Sunday after talks with …`)
  let said = p - 1;
  while (v.lang === 'en' && said > p - 4 && said > v.s.tokenStart && (SAID_WHEN.test(tokens[said]!.norm) || DAY_WORDS.test(tokens[said]!.norm) || tokens[said]!.kind === 'date' || tokens[said]!.kind === 'number')) said--;
  if (v.lang === 'en' && /^(after|before|following|during)$/.test(tokens[p]?.norm ?? '') && /^(said|says|told)$/.test(tokens[said]?.norm ?? '')) {
    const speaker = v.endAt.get(said);
    if (!speaker || speaker.m.part || !speaker.person) return undefined;
    let q = speaker.m.tokenStart - 1;
    while (q > v.s.tokenStart && q >= speaker.m.tokenStart - 6 && upperStart(tokens[q]!.text)) q--;
    return tokens[q]?.text === ',' ? asLike(groupOf(v, speaker)) : undefined;
  }
  const mi = v.endAt.get(p);
  if (!mi || mi.m.part || !mi.person) return undefined;
  // (past the speaker's title and the body in it: `kata Menteri Investasi Rosan Roeslani`, `kata
  // Gubernur Bank Indonesia Perry Warjiyo`)
  let q = mi.m.tokenStart - 1;
  while (q > v.s.tokenStart && q >= mi.m.tokenStart - 6 && upperStart(tokens[q]!.text)) q--;
  return q > v.s.tokenStart && speechTag(tokens[q]) && tokens[q - 1]!.text === ',' ? asLike(groupOf(v, mi)) : undefined;
}

/** Words of a time between a speech verb and what follows it, besides the days (`said on Sunday after …`, `said late on May 3 after …`). */
const SAID_WHEN = /^(on|late|early|earlier|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|january|february|august|september|october|november|december)$/;

/** An event noun in an adjunct that opens the sentence (`In a phone call with …`, `Dalam pertemuan dengan …`). */
function frontedAdjunct(v: SentenceView, tr: Trigger): boolean {
  const from = v.s.tokenStart;
  if (!/^(in|during|at|dalam|saat|ketika|selama|pada)$/.test(v.tokens[from]?.norm ?? '')) return false;
  for (let p = from + 1; p < tr.start; p++) if (!/^(a|an|the|his|her|their|its|sebuah)$/.test(v.tokens[p]!.norm) && !v.tokens[p]!.norm.match(/^(phone|telephone|video|virtual|bilateral|closed-door|private|separate|joint)$/)) return false;
  return true;
}

/** The name right after the comma that closes the clause from token i (a title before it allowed), a verb following. */
function subjectAfterComma(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  let c = i;
  while (c < v.s.tokenEnd && tokens[c]!.text !== ',') c++;
  if (c >= v.s.tokenEnd - 1) return undefined;
  for (let k = c + 1; k < Math.min(v.s.tokenEnd, c + 6); k++) {
    const mi = v.at.get(k);
    if (mi && !mi.m.part && !mi.titleModifier) {
      const next = tokens[groupEnd(v, mi)];
      const verb = next !== undefined && next.kind === 'word' && lowerStart(next.text);
      return verb ? asLike(groupOf(v, mi)) : undefined;
    }
    if (!upperStart(tokens[k]!.text) && !v.cover.get(k)?.titleModifier) return undefined;
  }
  return undefined;
}

/** Hostile acts: given as a reason (`for the killing`), they are someone else's doing. */
const HOSTILE_ACTS = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION']);

/** `for`/`atas`/`over` (an article between) right before token i: the token index of that word, else -1. */
function reasonBefore(v: SentenceView, i: number): number {
  let p = i - 1;
  if (/^(a|an|the|his|her|its|their)$/.test(v.tokens[p]?.norm ?? '')) p--;
  return p > v.s.tokenStart && /^(for|over|atas)$/.test(v.tokens[p]!.norm) ? p : -1;
}

/** The person the main clause addresses before token i: the first person after the subject's group. */
function addressee(v: SentenceView, entities: Entity[], subs: MentionLike[], i: number): MentionLike[] {
  const end = Math.max(...subs.map((x) => x.span.end));
  for (const mi of v.mentions) {
    if (mi.m.start < end || mi.m.tokenStart >= i || mi.m.part || mi.titleModifier) continue;
    if (subs.some((x) => x.entity === mi.m.entity)) continue;
    return entities[mi.m.entity]!.type === 'PERSON' ? asLike(groupOf(v, mi)) : [];
  }
  return [];
}

/** The nearest mention group ending before token i (for a possessive pronoun). */
function nearestBefore(v: SentenceView, i: number): MentionLike[] {
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const mi = v.mentions[k]!;
    if (mi.m.tokenEnd <= i && !mi.m.part && !mi.titleModifier) return asLike(groupOf(v, mi));
  }
  return [];
}

/** A verb of `verbs` right before a nominal event (`melakukan pertemuan`, `mendapat sanksi`), or -1. */
function verbBefore(v: SentenceView, i: number, verbs: Set<string>): number {
  for (let p = i - 1; p >= Math.max(v.s.tokenStart, i - 7); p--) {
    const n = v.tokens[p]!.norm;
    if (verbs.has(n)) return p;
    // (the giver's name right before the noun: `secures $2.9 billion IMF bailout`)
    if (v.cover.has(p) && v.cover.get(p)!.m.tokenEnd === i) { p = v.cover.get(p)!.m.tokenStart; continue; }
    // (amounts: `announced $1 billion in military aid`, `mengumumkan bantuan senilai Rp 5 miliar`)
    if (!/^(sebuah|suatu|berbagai|sejumlah|banyak|dalam|pertama|rutin|rangkaian|serangkaian|gelombang|series|wave|tahunan|besar|a|an|the|in|new|baru|package|packages|round|rounds|paket|of|up|their|its|his|her|first|second|annual|largest|latest|major|rare|fresh|further|more|military|humanitarian|emergency|billion|million|juta|miliar|triliun|worth|senilai|sharp|strong|harsh|fierce|widespread|international|heavy|swift|immediate|quick|rapid|keras|tajam|on|army|troops|forces|military|formal|official|resmi|any|written|urgent|direct|tertulis|mendesak)$/.test(n) && !ACT_ADJECTIVES.test(n) && v.tokens[p]!.kind !== 'money' && v.tokens[p]!.kind !== 'number') break;
  }
  return -1;
}

/** The subject of the sentence's main clause: its first subject-able mention group before token `before`. */
/**
 * Is the person `mi` named as the one whose supporters these are (`pendukung mantan Presiden Brasil
 * Jair Bolsonaro`, `supporters of former President X`)? Then the supporters act, not the person.
 */
function supportersOf(v: SentenceView, mi: MentionInfo): boolean {
  const { tokens } = v;
  const from = v.s.tokenStart;
  let q = groupOf(v, mi)[0]!.m.tokenStart;
  // (past the title, the country or demonym in it and `mantan`/`former`: `mantan Presiden Brasil X`)
  for (let guard = 0; guard < 6 && q - 1 > from; guard++) {
    const title = titleEndingAt(tokens, q, from);
    const modifier = v.cover.get(q - 1);
    if (title) q = title.start;
    else if (modifier && (modifier.titleModifier || modifier.m.demonym)) q = modifier.m.tokenStart;
    else if (FORMER.has(tokens[q - 1]!.norm)) q--;
    else break;
  }
  return /^(pendukung|simpatisan|pengikut|loyalis|supporters|followers|loyalists)$/.test(tokens[q - 1]?.norm ?? '') || (tokens[q - 1]?.norm === 'of' && /^(supporters|followers|loyalists)$/.test(tokens[q - 2]?.norm ?? ''));
}

function mainSubject(v: SentenceView, before: number): MentionLike[] | undefined {
  for (const mi of v.mentions) {
    if (mi.m.tokenStart >= before) break;
    if (mi.m.part || mi.titleModifier || mi.inAttribution || mi.inRelative || (mi.prep && !ofGroup(v, mi))) continue;
    // (a person's supporters are the subject, and they are no one named)
    if (mi.person && supportersOf(v, mi)) return undefined;
    // `Iran's Revolutionary Guards`: the possessed name
    if (/^['’]s$/.test(v.tokens[mi.m.tokenEnd]?.text ?? '')) {
      const owned = v.at.get(mi.m.tokenEnd + 1);
      // (a body in the title of the person named after it: `Vietnam's Communist Party chief To Lam`)
      const holder = owned?.titleModifier && owned.roleOf?.length ? v.mentions[owned.roleOf[0]!] : undefined;
      if (holder && !holder.m.part && holder.m.tokenStart < before) return asLike(groupOf(v, holder));
      if (owned && !owned.m.part && owned.m.tokenStart < before) return asLike(groupOf(v, owned));
    }
    return asLike(groupOf(v, mi));
  }
  return undefined;
}

/**
 * The subject of a verb that opens the sentence, its clause ending at a comma: the name right after
 * that comma (maybe after a title), when a verb follows it (`Menyindir keputusan Partai Golkar,
 * Johnny menegaskan …`; `Criticizing the plan, Senator X said …`). Indonesian: an active meN- form;
 * English: an -ing form.
 */
function frontedClauseSubject(v: SentenceView, tr: Trigger): MentionLike[] | undefined {
  const { tokens, lang } = v;
  const from = v.s.tokenStart;
  let a = from;
  while (a < tr.start && /^["'“‘(]$/.test(tokens[a]!.text)) a++;
  if (a !== tr.start) return undefined;
  if (lang === 'id' ? tr.hit.voice !== 'active' : !/ing$/.test(tokens[tr.start]!.norm)) return undefined;
  // the comma that ends the clause
  for (let comma = tr.end; comma < Math.min(v.s.tokenEnd, tr.end + 15); comma++) {
    const t = tokens[comma]!.text;
    if (t === '.' || t === ';' || t === '"' || t === '”') return undefined;
    if (t !== ',') continue;
    const mi = headMentionAfter(v, comma);
    if (!mi || mi.m.tokenStart > comma + 5) return undefined;
    // (coordination may have joined the clause's object to the subject: `Mengunjungi Jepang, Presiden
    // Jokowi dan Menlu Retno …`; the subject starts after the comma)
    const group = groupFrom(v, mi);
    if (mi.prep || mi.inAttribution) return undefined;
    // a subject with commas inside may be the rest of a list of objects (`Menggandeng Asus, Lenovo,
    // dan HP, Qualcomm akan …`): only `X` or `X dan Y`
    for (let j = group[0]!.m.tokenStart; j < group[group.length - 1]!.m.tokenEnd; j++) if (tokens[j]!.text === ',') return undefined;
    // only capitalized title words between the comma and the name
    for (let j = comma + 1; j < mi.m.tokenStart; j++) if (!upperStart(tokens[j]!.text)) return undefined;
    const after = tokens[group[group.length - 1]!.m.tokenEnd];
    if (!after || after.kind !== 'word' || upperStart(after.text)) return undefined;
    return asLike(group);
  }
  return undefined;
}

/** Subjects to the left of token i, within the clause. `null` when the clause has none of its own. */
/**
 * The subject of the subordinate clause (`after`, `when`, `setelah`, `ketika` …) token i stands in,
 * when that clause opens after the sentence's main subject: its first name, or none named ([]).
 * Undefined when token i is in the main clause.
 */
function subordinateSubject(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  const main = mainSubject(v, i);
  const floor = main?.length ? Math.max(...main.map((x) => x.span.end)) : -1;
  // (within 40 words before the act: a sentence of thousands of clauses stays linear)
  for (let j = i - 1; j > Math.max(v.s.tokenStart, i - 40); j--) {
    const t = tokens[j]!;
    if (t.start < floor) return undefined;
    if (!AFTER_CLAUSE.test(t.norm)) continue;
    // (a clause: a name, then a verb, before the act; `after talks with X`, `setelah perundingan`
    // is a phrase, the main subject's)
    for (let k = j + 1; k < i; k++) {
      const mi = v.at.get(k);
      if (!mi || mi.m.part) continue;
      for (let q = mi.m.tokenEnd; q < i; q++) if (verbLike(tokens[q]!, v.lang)) return asLike(groupOf(v, mi));
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** A word with a verb's shape: `entered`, `fires`, `menyerang`, `diserang`, `berlayar`. */
function verbLike(t: Token, lang: Language): boolean {
  if (t.kind !== 'word' || upperStart(t.text)) return false;
  return lang === 'en' ? /^(is|was|were|are|has|had|did)$/.test(t.norm) || /[^e]ed$/.test(t.norm) || (t.norm.length > 4 && /[^s]s$/.test(t.norm) && !FUNCTION_WORDS_BEFORE_VERB.has(t.norm)) : /^(me|di|ber|ter)/.test(t.norm) && t.norm.length > 5;
}

/** `Name, a/an …` opens an appositive in tokens(from..comma): the comma at `comma` closes it. */
function appositiveOpenedBefore(tokens: Token[], from: number, comma: number): boolean {
  for (let k = from + 1; k < comma - 1; k++) if (tokens[k]!.text === ',' && upperStart(tokens[k - 1]!.text) && /^(a|an|the)$/.test(tokens[k + 1]!.norm)) return true;
  return false;
}

/** A comma in tokens[from..to). */
function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

/** A duration between a connector and its verb (`setelah tiga hari bertempur`). */
const DURATION_UNIT = /^(hari|pekan|minggu|bulan|tahun|jam|days|weeks|months|years|hours)$/;
const DURATION_COUNT = /^(\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|berhari-hari|two|three|four|five|six|seven|eight|nine|ten|several)$/;

function subjectsLeft(v: SentenceView, i: number, entities: Entity[], recent: RecentEntities): { subs: MentionLike[]; connector?: string } {
  const { tokens, lang } = v;
  const from = v.s.tokenStart;
  // an English `-ing` form right after a plural noun of people no name qualifies modifies that noun,
  // whose act it is: `armed groups fighting Indonesian forces`, `rebels fighting the army` — no one named
  // (`Russian troops attacking Kharkiv` are Russia's: the name before the noun)
  if (lang === 'en' && i - 1 > from && /ing$/.test(tokens[i]!.norm) && UNNAMED_ACTORS_EN.test(tokens[i - 1]!.norm) && !v.cover.has(i - 1) && !v.cover.has(i - 2)
    && !/^['’]s?$/.test(tokens[i - 2]!.text)) return { subs: [] };
  // connector right before the verb (only auxiliaries between; `lalu`, `kemudian` after a clause with a
  // verb join another clause: `menangkap Budi lalu menahannya`; after the subject alone they are adverbs)
  let p = i - 1;
  while (p >= from && AUX[lang].has(tokens[p]!.norm) && !(SHARE_SUBJECT[lang].has(tokens[p]!.norm) && verbBeforeIn(v, from, p))) p--;
  // (a duration before the verb: `setelah tiga hari bertempur`, `after two days of fighting`)
  if (p - 1 > from && DURATION_UNIT.test(tokens[p]!.norm) && DURATION_COUNT.test(tokens[p - 1]!.norm)) {
    p -= 2;
    while (p >= from && AUX[lang].has(tokens[p]!.norm)) p--;
  }
  // (`The WHO is sending …`: a name is no relative pronoun)
  const conn = p >= from && !v.cover.has(p) ? tokens[p]!.norm : '';
  // `…, Prime Minister Hun Manet said after meeting Wang Yi`: an act after a speech tag is the speaker's
  // (`…, kata Prabowo usai bertemu Presiden Prancis Emmanuel Macron`: the speaker before the connector)
  if (/^(after|before|setelah|usai|seusai|sebelum)$/.test(conn)) {
    const speaker = speechTag(tokens[p - 1]) ? v.endAt.get(p - 1) : undefined;
    if (speaker && !speaker.m.part && speaker.person) return { subs: asLike(groupOf(v, speaker)) };
    const tagged = speakerBeforeAdjunct(v, p + 1);
    if (tagged) return { subs: tagged };
  }
  if (SHARE_SUBJECT[lang].has(conn) || OBJECT_CONTROL[lang].has(conn) || REASON[lang].has(conn)) return { subs: [], connector: conn };
  // a clause of time with no subject of its own shares the main clause's (an active verb's: `M23 merebut
  // Uvira setelah tiga hari bertempur dengan tentara Kongo`)
  // (only where the sentence has an event before: no bare main subject is guessed)
  // (`memuji Prancis saat bertemu Presiden Prancis Emmanuel Macron`: when)
  if (lang === 'id' && /^(setelah|sebelum|sesudah|saat|ketika)$/.test(conn) && !/^di/.test(tokens[i]!.norm)) return { subs: [], connector: conn };
  // a relative clause: `penasihat oposisi yang kerap mengkritisi Presiden X` — the subject is the
  // noun before `yang`, a name (`Turki yang mengirim …`) or no one named (not a name further back)
  if (conn === 'yang' || conn === 'who' || conn === 'which' || (conn === 'that' && ACT_NOUNS.has(tokens[p - 1]?.norm ?? ''))) {
    // the name, or the name and a group noun (`Boko Haram fighters who …`, `militan ISIS yang …`), or
    // the author of an act (`a U.S. strike that killed …`)
    const head = v.endAt.get(p) ?? (/^(fighters|militants|soldiers|troops|members|supporters|forces|rebels|police|officials)$/.test(tokens[p - 1]?.norm ?? '') ? v.endAt.get(p - 1) : undefined)
      ?? (ACT_NOUNS.has(tokens[p - 1]?.norm ?? '') ? v.endAt.get(p - 1) ?? (/^(air|drone|missile|rocket)$/.test(tokens[p - 2]?.norm ?? '') ? v.endAt.get(p - 2) : undefined) : undefined)
      ?? beforeTimeAdjunct(v, p)
      // a relative clause set off by a comma (`Qatar, yang mendukung Hamas, …`, `Iran, which backs the
      // Houthis, …`, `mengecam AS, yang mengirim senjata ke Taiwan`): the name before the comma, unless a
      // place adjunct (`di Jakarta, yang …` tells of the place, not of an actor)
      ?? (tokens[p - 1]?.text === ',' && !SENTENTIAL_RELATIVE.test(tokens[i]!.norm) ? commaRelativeHead(v, p - 1) : undefined)
      // (`Riza Chalid, pengusaha minyak yang ditetapkan Kejagung sebagai tersangka`: a person or body
      // described after its comma by a few lower-case words)
      ?? (lang === 'id' ? describedBeforeYang(v, p) : undefined);
    // (a place after a noun is where the noun is, not who acts: `a regional official in East Java who met …`)
    if (head && head.prep !== undefined && /^(in|di|at|from|dari|near)$/.test(head.prep) && entities[head.m.entity]!.type === 'LOCATION' && !RULERS_NOUNS.test(tokens[head.m.tokenStart - 2]?.norm ?? '')) return { subs: [] };
    return { subs: head && !head.m.part ? asLike(groupOf(v, head)) : [] };
  }
  // scan left for the nearest subject-able mention (or anaphor), within reach of a clause
  let aside: MentionLike[] = [];
  let floor = Math.max(from, i - WINDOW);
  for (let j = i - 1; j >= floor; j--) {
    const t = tokens[j]!;
    if (t.text === ';') break;
    // a relative clause set off by commas before the verb (`Hungary, whose Prime Minister … states,
    // on Monday vetoed …`) is read past whole: the subject stands before it
    if (t.text === ',' && j > from) {
      let r = j - 1;
      while (r > from && j - r < 25 && tokens[r]!.text !== ',' && !RELATIVE_WORDS.has(tokens[r]!.norm)) r--;
      if (r > from && j - r < 25 && tokens[r]!.norm !== 'yang' && RELATIVE_WORDS.has(tokens[r]!.norm) && tokens[r - 1]!.text === ',' && v.endAt.has(r - 1)) {
        floor = Math.max(from, Math.min(floor, r - 1 - (WINDOW >> 1)));
        j = r;
        continue;
      }
    }
    // a dateline the sentence opens with (`Kudus (ANTARA News) - …`, `JAKARTA, KOMPAS.com -`) names no actor
    if (j < from + 8 && /^(-|--|—|–)$/.test(t.text) && (tokens[j - 1]?.text === ')' || tokens[j - 1]?.text === '-' || v.cover.has(j - 1))) break;
    // (a police word inside a name is the name's: `The Philippine National Police arrested …`)
    const a = anaphor(v, j, entities, recent) ?? (v.cover.has(j) ? undefined : (t.norm === 'polisi' || t.norm === 'kepolisian') && auxOnly(v, j + 1, i) ? domesticPolice(v, j, entities, recent)
      : (t.norm === 'police' || t.norm === 'authorities') && auxOnly(v, j + 1, i) ? countrysPolice(v, j, entities, recent) : undefined);
    // `Juru bicara KPK X mengatakan penyidik belum menahan Y`: unnamed investigators or prosecutors are
    // the body of the speaker's title, else no one named (not the speaker further left)
    if (!a && INVESTIGATORS.test(t.norm) && !v.cover.has(j) && auxOnly(v, j + 1, i)) {
      // (a country's: `U.S. prosecutors charged …`, `jaksa Malaysia`)
      const country = v.endAt.get(j) ?? (v.lang === 'id' ? v.at.get(j + 1) : undefined);
      if (country && country.country && !country.m.part) return { subs: asLike([country]) };
      const org = speakersBody(v, mainSubject(v, j), entities, recent);
      if (org !== undefined) return { subs: [{ entity: org, span: { start: t.start, end: t.end } }] };
      // (opening the sentence, the investigators of the body that acted in the one before: `Kejaksaan
      // Agung menetapkan X sebagai tersangka. Penyidik langsung menahannya …`)
      const prev = j === from ? recent.previousActor(v.s.index) : undefined;
      if (prev?.length === 1 && entities[prev[0]!.entity]!.type === 'ORGANIZATION') return { subs: [{ entity: prev[0]!.entity, span: { start: t.start, end: t.end } }] };
      return { subs: [] };
    }
    // `Israeli Defense Minister Israel Katz said the army had deployed …`: an unnamed army is the
    // country of the speaker's title
    if (!a && lang === 'en' && /^(army|military|navy)$/.test(t.norm) && tokens[j - 1]?.norm === 'the' && !v.cover.has(j) && auxOnly(v, j + 1, i)) {
      const country = mainSubjectTitleBody(v, j, entities, 'COUNTRY');
      if (country) return { subs: [{ entity: country.m.entity, span: { start: t.start, end: t.end } }] };
    }
    // (`kami`, `saya` is the subject only of a verb right after it: `Kami ingin lebih banyak wisatawan
    // datang ke Poso` — the tourists come, not the speaker; so is `polisi`)
    if (a && !(FIRST_PERSON.has(t.norm) && !auxOnly(v, j + 1, i))) return { subs: [...a, ...aside] };
    // a verb of judging with what is judged before the predicate: `Kementerian Luar Negeri RI menilai
    // serangan itu melanggar kedaulatan Qatar` — the attack's doer violates, not the ministry
    if (j < i - 1 && !v.cover.has(j) && (JUDGING.test(t.norm) || (lang === 'en' && SAYING_EN.test(t.norm)))) {
      const act = referencedAct(v, j + 1, i);
      if (act >= 0) {
        const types = ACT_NOUN_TYPES[tokens[act]!.norm];
        const doers = types ? actorOfReferencedAct(recent, v.s.index, types, 2) : undefined;
        return { subs: doers ? doers.map((e) => ({ entity: e, span: { start: tokens[act]!.start, end: tokens[act]!.end } })) : [] };
      }
      if (lang === 'id' && nounBetween(v, j + 1, i)) return { subs: [] };
    }
    // a crowd right before the verb is its subject, no one named (`… guna mengamankan aksi massa menuntut
    // KPK …`, `unjuk rasa buruh "299" menolak …`): not a name further back
    // (not a word of a union's name, nor one of a list: `Partai Buruh dan sejumlah serikat pekerja berunjuk rasa`)
    if (lang === 'id' && !v.cover.has(j) && CROWD_NOUNS.has(t.norm) && crowdBefore(v, j + 1, i) && !/^(serikat|federasi|konfederasi|aliansi|organisasi|asosiasi|persatuan|dan|serta|,)$/.test(tokens[j - 1]?.norm ?? '')) return { subs: [] };
    const mi = v.cover.get(j);
    if (!mi) {
      // stop at a clause boundary word: a subordinator starts another clause
      // (unless it opens an aside between commas that closed before the verb: `Scholz and Macron,
      // after talks in Berlin, pledged …`)
      if (/^(bahwa|that|ketika|saat|setelah|sebelum|jika|kalau|meski|meskipun|namun|tetapi|tapi|sedangkan|sementara|sehingga|after|before|when|although|though|whereas|unless|until)$/.test(t.norm)) {
        if (!(tokens[j - 1]?.text === ',' && commaBetween(tokens, j + 1, i))) break;
      }
      continue;
    }
    // `Pemerintah Nikaragua pimpinan Presiden Daniel Ortega mencabut …`: the body or country led by the
    // person is the subject, its leader only describes it
    if (lang === 'id' && mi.person && !mi.m.part) {
      let k = mi.m.tokenStart - 1;
      const tl = titleEndingAt(tokens, k + 1, from);
      if (tl) k = tl.start - 1;
      const body = /^(pimpinan|asuhan|besutan)$/.test(tokens[k]?.norm ?? '') ? v.endAt.get(k) : undefined;
      if (body && !body.m.part && (body.country || entities[body.m.entity]!.type === 'ORGANIZATION')) return { subs: [...asLike(groupOf(v, body)), ...aside] };
    }
    // `Politisi PDI Perjuangan itu mengaku bertemu Aris`: a title and its body closed by a demonstrative
    // name the person just spoken of, not the body
    const holder = lang === 'id' ? describedHolder(v, mi, recent) : undefined;
    if (holder !== undefined) return { subs: [holder, ...aside] };
    // `Nahdlatul Ulama, Indonesia's largest Muslim organisation, will cooperate …`: a country's
    // possessive opening an appositive describes the name before its comma, which is the subject
    // (and a body's: `Tom Fletcher, the United Nations' humanitarian chief, visited …`)
    const comma = tokens[mi.m.tokenStart - 1]?.text === ',' ? mi.m.tokenStart - 1 : tokens[mi.m.tokenStart - 1]?.norm === 'the' && tokens[mi.m.tokenStart - 2]?.text === ',' ? mi.m.tokenStart - 2 : -1;
    if (lang === 'en' && (mi.country || entities[mi.m.entity]!.type === 'ORGANIZATION') && !mi.m.part && (/^['’]s$/.test(tokens[mi.m.tokenEnd]?.text ?? '') || (/^['’]$/.test(tokens[mi.m.tokenEnd]?.text ?? '') && /s$/.test(tokens[mi.m.tokenEnd - 1]!.norm))) && comma >= 0 && commaBetween(tokens, mi.m.tokenEnd, i)) {
      const head = v.endAt.get(comma);
      if (head && !head.m.part && !head.country && !head.place) return { subs: asLike(groupOf(v, head)) };
    }
    // `Police in Lagos, Nigeria's commercial capital, arrested …`: the police of the place's country
    // (also `Police in Malaysia's Sabah state arrested …`: the possessive country opens the place)
    if (lang === 'en') {
      const place = appositiveHead(v, groupOf(v, mi)[0]!) ?? mi;
      const owner = tokens[place.m.tokenStart - 1]?.norm === "'s" ? v.endAt.get(place.m.tokenStart - 1) : undefined;
      const p = (owner?.country ? owner.m.tokenStart : place.m.tokenStart) - 2;
      if (tokens[p + 1]?.norm === 'in' && /^(police|authorities)$/.test(tokens[p]?.norm ?? '') && (p === from || tokens[p - 1]!.norm === 'the')) {
        const e = entities[place.m.entity]!;
        const iso3 = e.type === 'COUNTRY' ? e.iso3 : e.country;
        const k = iso3 ? recent.known?.(iso3) : undefined;
        if (k !== undefined) return { subs: [{ entity: k, span: { start: tokens[p]!.start, end: tokens[p]!.end } }, ...aside] };
      }
    }
    // `Israel dan para pendukungnya, termasuk AS, kerap menuding PBB`: an aside between commas names
    // more of the subject; the head of the subject stands further left
    const first = groupOf(v, mi)[0]!;
    if (/^(termasuk|including|seperti|notably)$/.test(tokens[first.m.tokenStart - 1]?.norm ?? '') && tokens[groupEnd(v, mi)]?.text === ',') {
      aside = [...asLike(groupOf(v, mi)), ...aside];
      j = first.m.tokenStart - 1;
      continue;
    }
    // `outside the Japanese embassy to protest …`: a demonym after a determiner describes a noun of
    // another phrase; it is nobody's subject
    // (not an actor's noun: `hours after the Israeli military said …` has the military speak)
    // (a compass word may stand between: `a car in the southern Lebanese city of Nabatieh`)
    const det = mi.m.tokenStart - 1 - (/^(southern|northern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/.test(tokens[mi.m.tokenStart - 1]?.norm ?? '') ? 1 : 0);
    const described = mi.m.demonym && /^(the|a|an|its|their|his|her)$/.test(tokens[det]?.norm ?? '') &&
      !/^(military|army|troops|forces|soldiers|police|government|officials|authorities|navy|ministry|president|leader)$/.test(tokens[mi.m.tokenEnd]?.norm ?? '') &&
      (PREPOSITIONS.en.has(tokens[det - 1]?.norm ?? '') || /^(outside|inside|near|at|across|along|toward|towards|beyond)$/.test(tokens[det - 1]?.norm ?? ''));
    // `ribuan buruh yang tergabung dalam Partai Buruh berunjuk rasa`: members acting are their body
    if (joinedBody(v, mi, i)) return { subs: [...asLike(groupOf(v, mi)), ...aside] };
    // `Ribuan buruh dari Partai Buruh dan KSPI berunjuk rasa …, menuntut DPR …`, `Ratusan anggota FPI
    // membakar …`, `Members of the X Federation rallied`: people of a body opening the sentence are the body
    if (membersOpening(v, groupOf(v, mi)[0]!, entities)) return { subs: [...asLike(groupOf(v, mi)), ...aside] };
    // `Kelompok Houthi yang didukung Iran menyerang …`: the agent of a passive relative clause is
    // not the subject; the noun before `yang` is (a name, or no one named: `pemberontak yang didukung
    // Rusia menembaki …`)
    const yang = passiveRelativeYang(v, groupOf(v, mi)[0]!);
    if (yang >= 0) {
      const head = v.endAt.get(yang);
      return { subs: head && !head.m.part ? [...asLike(groupOf(v, head)), ...aside] : aside };
    }
    // `Junta militer yang berkuasa di Niger mengusir …`, `the junta that seized power in Niamey
    // demanded …`: the rulers of a place are its government
    if (rulersOf(v, mi)) return { subs: [...asLike([mi]), ...aside] };
    // (`Hungary, whose Prime Minister …`: the name before `whose` qualifies the title and is the subject too)
    const whose = mi.titleModifier && tokens[mi.m.tokenEnd]?.text === ',' && tokens[mi.m.tokenEnd + 1]?.norm === 'whose';
    // (a place in an address, `alun-alun Kabupaten Pati, Jawa Tengah, …`: where, not who)
    const address = addressPart(v, mi, entities);
    // (a name right after a subordinator read as a preposition is the subject of its clause's verb:
    // `Beijing eased export curbs after Xi Jinping met Donald Trump`)
    if (mi.prep !== undefined && CLAUSE_PREPS.test(mi.prep) && !mi.titleModifier && !mi.m.part) {
      const g = groupOf(v, mi);
      if (auxOnly(v, g[g.length - 1]!.m.tokenEnd, i) && (lang === 'en' || isIdVerb(tokens[i]!))) return { subs: [...asLike(g), ...aside] };
    }
    // (the owner of a thing right before the verb stands for it: `Truk bantuan milik MER-C diserang …`;
    // so does the origin of people a passive acts on: `Dua nelayan asal Aceh ditangkap oleh …`)
    const owner = (mi.prep === 'milik' || (mi.prep === 'asal' && lang === 'id' && /^di/.test(tokens[i]!.norm))) && auxOnly(v, groupEnd(v, mi), i);
    if ((mi.titleModifier && !whose) || mi.inAttribution || mi.inRelative || described || address || (mi.prep && !ofGroup(v, mi) && !owner)) {
      j = mi.m.tokenStart;
      continue;
    }
    // `Ribuan pendukung mantan Presiden Brasil Jair Bolsonaro berunjuk rasa …`: a person's supporters
    // act, not the person (a body's members are the body: `membersOpening` above)
    if (mi.person && supportersOf(v, mi)) return { subs: aside };
    // `Brigade al-Qassam, sayap militer Hamas, menembakkan …`: a name inside an appositive that
    // describes the name before it; that name is the subject
    const head = appositiveHead(v, groupOf(v, mi)[0]!) ?? ledGroup(v, groupOf(v, mi)[0]!);
    const group = groupOf(v, head ?? mi);
    // `Ia dan Presiden Prabowo Subianto bertemu …`: a pronoun coordinated before the names
    let g0 = group[0]!.m.tokenStart;
    const titled = titleEndingAt(tokens, g0, from);
    if (titled) g0 = titled.start;
    const pronoun = /^(dan|and|serta)$/.test(tokens[g0 - 1]?.norm ?? '') && PERSONAL_PRONOUNS.has(tokens[g0 - 2]?.norm ?? '') && (g0 - 2 === from || tokens[g0 - 3]!.kind === 'punct') ? recent.person(v.s.index) : undefined;
    let withPronoun = pronoun !== undefined && !groupHas(group, pronoun) ? [{ entity: pronoun, span: { start: tokens[g0 - 2]!.start, end: tokens[g0 - 2]!.end } }] : [];
    // `partainya bersama PAN dan PBB akan mendukung …`: the speaker's body coordinated before the names
    if (!withPronoun.length && /^(dan|serta|bersama)$/.test(tokens[g0 - 1]?.norm ?? '') && tokens[g0 - 2]?.clitics?.includes('nya') && OWN_BODY.has(tokens[g0 - 2]!.base ?? '')) {
      withPronoun = (anaphor(v, g0 - 2, entities, recent) ?? []).filter((x) => !groupHas(group, x.entity));
    }
    // `Pertamina dan perusahaan energi asal Malaysia, Petronas, menandatangani …`: a name described
    // before it, coordinated with a name further left
    const descFirst = describedCoordinate(v, g0);
    // (a country inside the description only describes: `Pertamina and U.S. oil major Chevron`)
    const firstNames = descFirst ? groupOf(v, descFirst).filter((x) => x.m.tokenStart < descFirst.m.tokenEnd || x.m.tokenStart >= g0) : [];
    return { subs: [...withPronoun, ...asLike(firstNames), ...asLike(group.filter((x) => !(descFirst && x.m.tokenStart > descFirst.m.tokenEnd && x.m.tokenEnd <= g0))), ...aside] };
  }
  return { subs: aside };
}

/** Words that open a clause of time and are read as prepositions before a name (`after Xi Jinping met …`). */
const CLAUSE_PREPS = /^(after|before|since|until|setelah|sebelum|sesudah|usai|seusai|sejak)$/;
/** English plural nouns of armed or acting people, whose `-ing` form after them is their act (`rebels fighting …`). */
const UNNAMED_ACTORS_EN = /^(groups|rebels|militants|fighters|insurgents|gunmen|separatists|militias|guerrillas|protesters|demonstrators|activists|people|men)$/;
/** Nouns of those who hold a place, whose place stands for them (`police in Lagos`, `the junta in Niamey`). */
const RULERS_NOUNS = /^(police|authorities|government|junta|military|army|forces|troops|officials|polisi|pemerintah|otoritas|aparat|pasukan|militer)$/;

/** Indonesian verbs of judging whose object is the subject of the verb after it (`menilai serangan itu melanggar …`). */
const JUDGING = /^(menilai|menganggap|memandang|mengkhawatirkan|menyebut)$/;
/** English verbs of saying or judging before a clause (`said the attack violated …`). */
const SAYING_EN = /^(said|says|say|considers|considered|called|believes|believed|argued|argues)$/;
/** A lower-case word in [a, b) that is not an auxiliary, adverb or negation: a noun phrase of its own. */
function nounBetween(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = v.tokens[k]!;
    if (t.kind === 'word' && lowerStart(t.text) && !AUX[v.lang].has(t.norm) && !/^(tidak|tak|belum|bukan|juga|pun|dapat|bisa|akan|telah|sudah|sedang|masih|justru|malah|hanya|turut|ikut)$/.test(t.norm)) return true;
  }
  return false;
}

/**
 * A place that is one end of an address, `A, B` with A a place (`Kabupaten Pati, Jawa Tengah`), written
 * after a lower-case noun (`alun-alun Kabupaten Pati, Jawa Tengah`): the scene of the clause, not its
 * subject. (A place opening the sentence or after a preposition is handled elsewhere.)
 */
/** Nouns of a body's building (`Gedung Merah Putih KPK`, `kantor Gojek`, `Mabes Polri`). */
const BUILDING_NOUNS = /^(gedung|kantor|markas|mabes|building|headquarters|offices?)$/;
function addressPart(v: SentenceView, mi: MentionInfo, entities: Entity[]): boolean {
  const { tokens } = v;
  const isPlace = (x: MentionInfo | undefined) => x !== undefined && !x.m.part && entities[x.m.entity]!.type === 'LOCATION';
  if (entities[mi.m.entity]!.type !== 'LOCATION' && entities[mi.m.entity]!.type !== 'COUNTRY') return false;
  // the tail: `…, Jawa Tengah` after a place
  let head = mi;
  if (tokens[mi.m.tokenStart - 1]?.text === ',') {
    const before = v.endAt.get(mi.m.tokenStart - 1);
    // (a body's building is an address too: `di depan Gedung Merah Putih KPK, Jakarta, …`)
    if (before && !before.m.part && entities[before.m.entity]!.type === 'ORGANIZATION' && entities[mi.m.entity]!.type === 'LOCATION') {
      for (let k = before.m.tokenStart - 1; k >= Math.max(v.s.tokenStart, before.m.tokenStart - 4); k--) if (BUILDING_NOUNS.test(tokens[k]!.norm)) return true;
    }
    if (!isPlace(before)) return false;
    head = before!;
  } else if (!(entities[mi.m.entity]!.type === 'LOCATION' && tokens[mi.m.tokenEnd]?.text === ',' && isPlace(v.at.get(mi.m.tokenEnd + 1)))) return false;
  // the head after a lower-case noun (`alun-alun`, `kantor`, `wilayah`), not opening the clause
  const p = tokens[head.m.tokenStart - 1];
  return p !== undefined && p.kind === 'word' && lowerStart(p.text) && !AUX[v.lang].has(p.norm) && head.m.tokenStart - 1 > v.s.tokenStart;
}

/**
 * After the object ending at token `end`: `dan`/`serta`/`and`, a word the row needs, one of its
 * prepositions, then a name — the same act given to another (the verb left out). Its mentions, or
 * undefined.
 */
function gappedObject(v: SentenceView, tr: Trigger, end: number, needs: string[], targets: readonly string[]): MentionLike[] | undefined {
  const { tokens } = v;
  if (!/^(dan|serta|and)$/.test(tokens[end]?.norm ?? '')) return undefined;
  // (the thing given, one to three words with a needed one among them, then the preposition)
  let q = end + 1;
  let needed = false;
  while (q < Math.min(v.s.tokenEnd, end + 4) && tokens[q]!.kind === 'word' && lowerStart(tokens[q]!.text) && !targets.includes(tokens[q]!.norm)) {
    const t = tokens[q]!;
    if (needs.includes(t.norm) || (t.base !== undefined && needs.includes(t.base))) needed = true;
    q++;
  }
  const prep = tokens[q]?.norm ?? '';
  if (!needed || prep === 'obj' || !targets.includes(prep)) return undefined;
  const mi = v.at.get(q + 1) ?? (/^(the|a|an)$/.test(tokens[q + 1]?.norm ?? '') ? v.at.get(q + 2) : undefined);
  // (past a title: `kepada mantan Menteri Perdagangan Thomas Lembong`: the first name that is no title's)
  let named = mi;
  for (let k = q + 1; !named && k < Math.min(v.s.tokenEnd, q + 7); k++) {
    const x = v.at.get(k);
    if (x && !x.titleModifier) named = x;
  }
  return named && !named.m.part && named.m.tokenStart > tr.end ? asLike(groupOf(v, named)) : undefined;
}

/** Verbs whose `, yang`/`, which` clause tells of the whole event before it (`…, yang mendorong Korea Utara untuk …`). */
const SENTENTIAL_RELATIVE = /^(mendorong|membuat|menyebabkan|memicu|mengakibatkan|menjadikan|prompted|prompting|led|caused|triggered|sparked|forced|made)$/;

/** The name ending right before the comma at `comma` that a relative clause after it describes. */
function commaRelativeHead(v: SentenceView, comma: number): MentionInfo | undefined {
  const mi = v.endAt.get(comma);
  if (!mi || mi.m.part || mi.inAttribution) return undefined;
  if (mi.prep !== undefined && /^(di|ke|dari|in|at|to|from|near|dekat)$/.test(mi.prep)) return undefined;
  return mi;
}

/** `junta yang berkuasa di X`, `the government that seized power in X`: `mi` (X) names the rulers. */
function rulersOf(v: SentenceView, mi: MentionInfo): boolean {
  const { tokens } = v;
  if (mi.m.part || !/^(di|in)$/.test(mi.prep ?? '')) return false;
  let p = mi.m.tokenStart - 2;
  if (tokens[p + 1]?.norm === 'in' || tokens[p + 1]?.norm === 'di') {
    // Indonesian `yang berkuasa di`, English `that seized/took/holds power in`
    if (tokens[p]?.norm === 'berkuasa' && tokens[p - 1]?.norm === 'yang') p -= 2;
    else if (tokens[p]?.norm === 'power' && /^(seized|took|holds|grabbed)$/.test(tokens[p - 1]?.norm ?? '') && /^(that|which|who)$/.test(tokens[p - 2]?.norm ?? '')) p -= 3;
    else return false;
  } else return false;
  while (p > v.s.tokenStart && /^(militer|military|baru|new|ruling)$/.test(tokens[p]!.norm)) p--;
  return /^(junta|pemerintah|rezim|penguasa|government|regime|rulers|authorities|otoritas)$/.test(tokens[p]?.norm ?? '');
}

/** Before the name at token `start`: `A dan <description>,` — A, coordinated with the described name. */
function describedCoordinate(v: SentenceView, start: number): MentionInfo | undefined {
  const { tokens } = v;
  if (tokens[start - 1]?.text !== ',') return describedRightBefore(v, start);
  let k = start - 2;
  let words = 0;
  while (k > v.s.tokenStart && words < 8) {
    const t = tokens[k]!;
    if (/^(dan|serta|and)$/.test(t.norm)) break;
    const mi = v.cover.get(k);
    // (a place of origin inside the description: `asal Malaysia`, `from China`)
    if (mi && /^(asal|dari|from)$/.test(tokens[mi.m.tokenStart - 1]?.norm ?? '')) { k = mi.m.tokenStart - 1; words++; continue; }
    if (mi || t.kind !== 'word' || !lowerStart(t.text)) return undefined;
    k--;
    words++;
  }
  if (words === 0 || !/^(dan|serta|and)$/.test(tokens[k]?.norm ?? '')) return undefined;
  const a = v.endAt.get(k);
  return a && !a.m.part && !a.prep ? a : undefined;
}

/**
 * Before the name at token `start`: `A and <country> <description> <name>`, as wires write a company
 * with no commas (`Indonesia's Pertamina and U.S. oil major Chevron formed …`, `Pertamina dan raksasa
 * minyak AS Chevron`): A, coordinated with the described name. The description is one to four
 * lower-case words that are no verbs, with at most one country among them.
 */
function describedRightBefore(v: SentenceView, start: number): MentionInfo | undefined {
  const { tokens } = v;
  let k = start - 1;
  let words = 0;
  let country = false;
  while (k > v.s.tokenStart && words < 4) {
    const t = tokens[k]!;
    if (/^(dan|serta|and)$/.test(t.norm)) break;
    const mi = v.cover.get(k);
    if (mi) {
      if (country || !mi.country || mi.m.part) return undefined;
      country = true;
      k = mi.m.tokenStart - 1;
      continue;
    }
    if (t.kind !== 'word' || !lowerStart(t.text) || verbLike(t, v.lang) || AUX[v.lang].has(t.norm)) return undefined;
    k--;
    words++;
  }
  if (words === 0 || !/^(dan|serta|and)$/.test(tokens[k]?.norm ?? '')) return undefined;
  const a = v.endAt.get(k);
  return a && !a.m.part && !a.prep && !a.person === !v.at.get(start)?.person ? a : undefined;
}

/**
 * `resolusi Dewan Keamanan PBB, Desember lalu, yang mengecam …`: the name before a time adjunct
 * between commas that ends right before token `end` (the relative's `yang`).
 */
function beforeTimeAdjunct(v: SentenceView, end: number): MentionInfo | undefined {
  const { tokens } = v;
  if (tokens[end - 1]?.text !== ',') return undefined;
  let b = end - 2;
  while (b > v.s.tokenStart && b > end - 8 && tokens[b]!.text !== ',') {
    const t = tokens[b]!;
    if (!(t.kind === 'number' || t.kind === 'date' || /^[()]$/.test(t.text) || TIME_WORDS.test(t.norm))) return undefined;
    b--;
  }
  return tokens[b]?.text === ',' && b < end - 2 ? v.endAt.get(b) : undefined;
}
const TIME_WORDS = /^(senin|selasa|rabu|kamis|jumat|sabtu|minggu|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|lalu|kemarin|pekan|bulan|tahun|tanggal|pada|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|may|june|july|august|october|december|last|week|month|year|on|in)$/;

/** Before token i: a needed noun (`sanksi`, `ban`), its preposition (`terhadap`, `on`) and a name: that name. */
function neededNounObject(v: SentenceView, i: number, needs: string[]): MentionLike[] | undefined {
  const { tokens } = v;
  for (let j = i - 1; j >= Math.max(v.s.tokenStart, i - 7); j--) {
    if (!needs.includes(tokens[j]!.norm)) continue;
    if (!/^(terhadap|atas|bagi|kepada|on|against|for)$/.test(tokens[j + 1]?.norm ?? '')) return undefined;
    const mi = v.at.get(j + 2);
    return mi && !mi.m.part && mi.m.tokenEnd <= i ? asLike(groupOf(v, mi)) : undefined;
  }
  return undefined;
}

/** `atas perintah X`, `berdasarkan perintah X`, `on the orders of X` from token i on: X, who ordered the act. */
function orderedBy(v: SentenceView, i: number, limit: number): MentionLike[] | undefined {
  const { tokens } = v;
  // (within the act's own stretch of words: a sentence of thousands of acts stays linear)
  for (let j = i; j < Math.min(limit, v.s.tokenEnd - 1, i + 30); j++) {
    const n = tokens[j]!.norm;
    let k = -1;
    if ((n === 'atas' || n === 'berdasarkan' || n === 'sesuai') && /^(perintah|instruksi|arahan)$/.test(tokens[j + 1]!.norm)) k = j + 2;
    else if (n === 'on' && tokens[j + 1]?.norm === 'the' && /^(orders?|instructions?)$/.test(tokens[j + 2]?.norm ?? '') && tokens[j + 3]?.norm === 'of') k = j + 4;
    if (k < 0) continue;
    const g = mentionAfter(v, k, v.s.tokenEnd);
    return g ? asLike(g) : undefined;
  }
  return undefined;
}

/** `bertanggung jawab atas` / `responsibility for` right before token i (a determiner between): the index of the verb of claiming before it, or -1. */
function claimBefore(v: SentenceView, i: number): number {
  const { tokens } = v;
  let p = i - 1;
  while (p > v.s.tokenStart && /^(the|a|an|this|that|rangkaian|aksi|sejumlah)$/.test(tokens[p]!.norm)) p--;
  let q: number;
  if (tokens[p]?.norm === 'atas' && tokens[p - 1]?.norm === 'jawab' && tokens[p - 2]?.norm === 'bertanggung') q = p - 3;
  else if (tokens[p]?.norm === 'for' && tokens[p - 1]?.norm === 'responsibility') q = p - 2;
  else return -1;
  while (q > v.s.tokenStart && AUX[v.lang].has(tokens[q]!.norm)) q--;
  return /^(mengklaim|menyatakan|mengaku|claimed|claims|claim|claiming)$/.test(tokens[q]?.norm ?? '') ? q : -1;
}

/** For a leader named after `pimpinan`/`asuhan`/`led by` (`KKB pimpinan Egianus Kogoya menembak …`): the group before, which acts. */
function ledGroup(v: SentenceView, mi: MentionInfo): MentionInfo | undefined {
  let p = mi.m.tokenStart - 1;
  if (v.tokens[p]?.norm === 'by' && v.tokens[p - 1]?.norm === 'led') p--;
  else if (!/^(pimpinan|asuhan|besutan|dipimpin)$/.test(v.tokens[p]?.norm ?? '')) return undefined;
  const x = v.endAt.get(p);
  return x && !x.m.part ? x : undefined;
}

/** For a mention inside `X, <lower-case words> mi [<lower-case words>],`: X (the appositive describes it), else undefined. */
function appositiveHead(v: SentenceView, mi: MentionInfo): MentionInfo | undefined {
  const { tokens } = v;
  let end = groupEnd(v, mi);
  // (`Josep Borrell, the EU's foreign policy chief, criticized …`, `Sergei Lavrov, Russia's foreign
  // minister, met …`)
  const possessive = /^['’]s$/.test(tokens[end]?.text ?? '');
  if (possessive) end++;
  let after = 0;
  // (a relative clause may close the appositive: `Erintuah Damanik, hakim PN Surabaya yang membebaskan
  // X dalam perkara itu, ditangkap …`)
  if (/^(yang|who|which)$/.test(tokens[end]?.norm ?? '')) {
    let q = end + 1;
    while (q < v.s.tokenEnd && q - end < 20 && tokens[q]!.text !== ',' && tokens[q]!.text !== '.' && tokens[q]!.text !== ';') q++;
    if (tokens[q]?.text === ',') { end = q; after = 1; }
  }
  for (; after < 4 && tokens[end]?.kind === 'word' && lowerStart(tokens[end]!.text); after++) {
    end++;
    // (a party after `dari`: `Thomas Massie, anggota DPR AS dari Partai Republik, mengkritik …`)
    const party = /^(dari|from)$/.test(tokens[end - 1]!.norm) ? v.at.get(tokens[end]?.norm === 'fraksi' ? end + 1 : end) : undefined;
    if (party && !party.m.part && !party.country && !party.place && !party.person) end = party.m.tokenEnd;
  }
  if (tokens[end]?.text !== ',') {
    // (a body warta did not find after the possessive: `Hun Sen, president of Cambodia's Senate, praised …`)
    if (possessive && after === 0) {
      let e2 = end;
      while (e2 < v.s.tokenEnd && e2 - end < 4 && tokens[e2]!.kind === 'word' && upperStart(tokens[e2]!.text) && !v.cover.has(e2)) e2++;
      if (e2 > end && tokens[e2]?.text === ',') return longDescriptionHead(v, mi);
    }
    // (the name may end the first of two descriptions that a comma closes further on: `Puan Maharani,
    // speaker of Indonesia's House of Representatives and a senior politician of the … (PDI-P), met …`)
    // (a second description joined by `and`, with no verb in it)
    const g = groupEnd(v, mi) + (possessive ? 1 : 0);
    let q = g;
    let joined = false;
    while (q < v.s.tokenEnd && q - g < 16 && (v.cover.has(q) || (tokens[q]!.kind === 'word' && lowerStart(tokens[q]!.text) && !verbLike(tokens[q]!, v.lang)) || /^([()]|['’]s?)$/.test(tokens[q]!.text))) {
      if (/^(and|dan|serta)$/.test(tokens[q]!.norm)) joined = true;
      q++;
    }
    if (!joined || tokens[q]?.text !== ',') return undefined;
    // (the description may open with the name itself: `Vivian Balakrishnan, Singapore's foreign minister
    // and a veteran diplomat, met …`)
    if (possessive && tokens[mi.m.tokenStart - 1]?.text === ',') {
      const x = v.endAt.get(mi.m.tokenStart - 1);
      return x && !x.m.part && !x.titleModifier && !x.prep && x.person ? x : undefined;
    }
    return longDescriptionHead(v, mi);
  }
  let b = mi.m.tokenStart - 1;
  let words = 0;
  while (b > v.s.tokenStart && words < 4 && tokens[b]!.kind === 'word' && lowerStart(tokens[b]!.text)) { b--; words++; }
  // a title written as a name is (`Sugiono, Menteri Luar Negeri Indonesia, bertemu …`, `X, Menlu Malaysia,`)
  if (words === 0 && tokens[b]?.text !== ',') {
    // (a unit's name may stand between the title and the body: `Kim Yo Jong, Wakil Direktur Departemen
    // Komite Sentral Partai Buruh Korea, menolak …`)
    for (let e = mi.m.tokenStart; e > v.s.tokenStart && mi.m.tokenStart - e <= 4; e--) {
      if (e < mi.m.tokenStart && !(tokens[e]!.kind === 'word' && upperStart(tokens[e]!.text))) break;
      const title = titleEndingAt(tokens, e, v.s.tokenStart);
      if (title && tokens[title.start - 1]?.text === ',') { b = title.start - 1; words = mi.m.tokenStart - title.start; break; }
    }
  }
  if ((words === 0 && !(possessive && after > 0)) || tokens[b]?.text !== ',') return longDescriptionHead(v, mi);
  const x = v.endAt.get(b);
  return x && !x.m.part && !x.titleModifier && !x.prep ? x : undefined;
}

/**
 * The name before a longer description that ends in another name, between commas: `Kim Yo Jong, adik
 * pemimpin Korea Utara Kim Jong Un, memperingatkan …`, `Kim Yo Jong, the sister of North Korean leader
 * Kim Jong Un, warned …`, `Gerindra, the party of President Prabowo Subianto, and the PDI-P agreed …`.
 * The description opens with a lower-case word and holds only lower-case words, names and their
 * short forms in parentheses (at most twenty tokens); a list (`Jokowi, Prabowo, dan Anies`) is none.
 */
function longDescriptionHead(v: SentenceView, mi: MentionInfo): MentionInfo | undefined {
  const { tokens } = v;
  let b = mi.m.tokenStart - 1;
  let lower = 0;
  // (two descriptions joined may reach further: `Puan Maharani, speaker of Indonesia's House of
  // Representatives and a senior politician of the Indonesian Democratic Party of Struggle (PDI-P), met …`)
  while (b > v.s.tokenStart && mi.m.tokenStart - b <= 20 && tokens[b]!.text !== ',') {
    const t = tokens[b]!;
    if (t.kind === 'word' && lowerStart(t.text)) lower++;
    else if (!v.cover.has(b) && !/^['’]s?$/.test(t.text) && !(t.text === '(' || t.text === ')')) {
      // (a title of several words is read past whole: `… of Prime Minister Benjamin Netanyahu's Likud party`;
      // so is a possessive)
      const title = t.kind === 'word' ? titleEndingAt(tokens, b + 1, v.s.tokenStart) : undefined;
      if (!title) return undefined;
      b = title.start;
    }
    b--;
  }
  if (tokens[b]?.text !== ',' || lower === 0) return undefined;
  const open = tokens[b + 1]!;
  if (!(open.kind === 'word' && lowerStart(open.text)) || /^(dan|and|serta|or|atau|maupun|hingga|sampai|to|yang|who|which|whose|di|in|at|pada|on)$/.test(open.norm)) return undefined;
  const x = v.endAt.get(b);
  return x && !x.m.part && !x.titleModifier && !x.prep && x.m.entity !== mi.m.entity ? x : undefined;
}

/** Tokens [a, b) are auxiliaries and adverbs only (`akan`, `telah`, `secara konstan`), maybe a verb last (before a nominal event), at most four. */
/**
 * When `mi` is the agent of a passive relative clause (`yang didukung (oleh) Iran`, `yang dipimpin
 * Bahlil`, `which is backed by Iran`), the index of its `yang`/`which`/`who`; else -1.
 */
function passiveRelativeYang(v: SentenceView, mi: MentionInfo): number {
  const { tokens } = v;
  const from = v.s.tokenStart;
  let k = mi.m.tokenStart - 1;
  if (v.lang === 'id') {
    if (tokens[k]?.norm === 'oleh') k--;
    const verb = tokens[k];
    // (a passive of warta's predicates, or of a known word: `didukung`, `dipimpin`)
    if (!verb || !/^di[a-z]{3,}$/.test(verb.norm) || !(isIdVerb(verb) || predicateLexicon().byFirst.get(verb.norm)?.some((h) => h.voice === 'passive'))) return -1;
    k--;
    while (k > from && AUX.id.has(tokens[k]!.norm)) k--;
    return tokens[k]?.norm === 'yang' ? k : -1;
  }
  if (tokens[k]?.norm !== 'by') return -1;
  k--;
  if (!/(ed|en)$/.test(tokens[k]?.norm ?? '')) return -1;
  k--;
  while (k > from && /^(is|are|was|were|being|been|also|reportedly|allegedly|widely)$/.test(tokens[k]!.norm)) k--;
  if (!/^(which|who|that)$/.test(tokens[k]?.norm ?? '')) return -1;
  // (`The Houthis, who are backed by Iran, …`: the name before the comma)
  return tokens[k - 1]?.text === ',' ? k - 1 : k;
}

/** The person or body a few lower-case words describe after its comma, right before `yang` at `p`. */
function describedBeforeYang(v: SentenceView, p: number): MentionInfo | undefined {
  const { tokens } = v;
  let q = p - 1;
  while (q > v.s.tokenStart && p - q <= 4 && tokens[q]!.kind === 'word' && lowerStart(tokens[q]!.text) && !v.cover.has(q) && !isIdVerb(tokens[q]!)) q--;
  if (q === p - 1 || tokens[q]?.text !== ',') return undefined;
  const named = v.endAt.get(q);
  return named && !named.m.part && !named.country && !named.place && named.prep === undefined ? named : undefined;
}

/** Verbs of belonging in a relative clause: `yang tergabung dalam X`, `yang bergabung di X`. */
const JOINED = /^(tergabung|bergabung|terhimpun|berhimpun|bernaung)$/;

/**
 * Whether `mi` ends a relative clause of belonging right before the verb at `verb`, after a noun
 * that is no name: `massa yang tergabung dalam X`, `16 ormas yang tergabung dalam X` (then X acts).
 */
function joinedBody(v: SentenceView, mi: MentionInfo, verb: number): boolean {
  const { tokens } = v;
  let s = mi.m.tokenStart;
  if (tokens[s - 1]?.norm === 'the') s--;
  // (people led by a body act for it: `Ribuan buruh yang dipimpin Partai Buruh`, `Thousands of workers led by the Labour Party`)
  // (a crowd of people is led by the body: not `Partai Golkar yang dipimpin oleh Bahlil`, a body led by a person)
  const led = (/^(dipimpin|dikoordinasi|dikoordinir)$/.test(tokens[s - 1]?.norm ?? '') && tokens[s - 2]?.norm === 'yang' && MEMBER_PEOPLE.test(tokens[s - 3]?.norm ?? ''))
    || (tokens[s - 1]?.norm === 'oleh' && /^(dipimpin|dikoordinasi|dikoordinir)$/.test(tokens[s - 2]?.norm ?? '') && tokens[s - 3]?.norm === 'yang' && MEMBER_PEOPLE.test(tokens[s - 4]?.norm ?? ''))
    || (tokens[s - 1]?.norm === 'by' && /^(led|organized|organised|mobilized|mobilised)$/.test(tokens[s - 2]?.norm ?? '') && MEMBER_PEOPLE.test(tokens[s - 3]?.norm ?? ''));
  if (led) {
    let end = groupEnd(v, mi);
    if (tokens[end]?.text === ',') end++;
    return end === verb || auxOnly(v, end, verb);
  }
  if (!/^(dalam|di|ke)$/.test(tokens[s - 1]?.norm ?? '') || !JOINED.test(tokens[s - 2]?.norm ?? '') || tokens[s - 3]?.norm !== 'yang') return false;
  const head = tokens[s - 4];
  if (!head || head.kind !== 'word' || v.cover.has(s - 4)) return false;
  let end = groupEnd(v, mi);
  if (tokens[end]?.text === ',') end++;
  if (end === verb || auxOnly(v, end, verb)) return true;
  // a second verb of theirs after a comma: `Ribuan buruh yang tergabung dalam KSPI berunjuk rasa di
  // depan Gedung DPR, Kamis (5/2), menuntut DPR …` (the main verb right after the body, no other clause between)
  if (v.lang !== 'id' || tokens[verb - 1]?.text !== ',' || !isIdVerb(tokens[end]!)) return false;
  for (let k = end + 1; k < verb - 1; k++) if (/^(yang|bahwa|dan|serta|namun|tetapi|setelah|sebelum|ketika|saat|karena)$/.test(tokens[k]!.norm) || tokens[k]!.text === ';' || tokens[k]!.text === '"') return false;
  return true;
}

/** People nouns of members and crowds. */
const MEMBER_PEOPLE = /^(buruh|pekerja|karyawan|mahasiswa|anggota|kader|massa|simpatisan|pendukung|relawan|petani|nelayan|guru|dokter|pengemudi|ojol|aktivis|santri|members|supporters|workers|activists|students|followers|fighters|militants)$/;
/** Words that may open the sentence before them: counts and articles. */
const CROWD_COUNT = /^(ribuan|ratusan|puluhan|belasan|sejumlah|para|beberapa|thousands|hundreds|dozens|scores|the|of|some|several|\d[\d.,]*)$/;

/** `mi` (an organization) names the body of people that open the sentence: `Ribuan buruh dari X`, `Ratusan anggota X`, `Members of X`. */
function membersOpening(v: SentenceView, mi: MentionInfo, entities: Entity[]): boolean {
  const { tokens } = v;
  const s = mi.m.tokenStart;
  // (cheap test first: the body is named within four words of the sentence's start)
  // (after a dateline: `JAKARTA (Reuters) - Students from the …`)
  if (s - v.s.tokenStart > 12) return false;
  let p = s - 1;
  if (tokens[p]?.norm === 'the') p--;
  if (/^(dari|of|from)$/.test(tokens[p]?.norm ?? '')) p--;
  if (!MEMBER_PEOPLE.test(tokens[p]?.norm ?? '') || v.cover.has(p)) return false;
  let q = p - 1;
  while (q >= v.s.tokenStart && CROWD_COUNT.test(tokens[q]!.norm)) q--;
  if (q >= v.s.tokenStart && !(q < v.s.tokenStart + 8 && /^(-|--|—|–)$/.test(tokens[q]!.text))) return false;
  return entities[mi.m.entity]!.type === 'ORGANIZATION';
}

/** Nouns of a crowd or a protest (`massa`, `aksi`, `unjuk rasa`, `buruh`) that act unnamed. */
const CROWD_NOUNS = new Set(['massa', 'aksi', 'demo', 'demonstrasi', 'rasa', 'demonstran', 'pendemo', 'warga', 'buruh', 'pekerja', 'mahasiswa', 'petani', 'nelayan', 'ojol', 'pengemudi', 'peserta', 'orang']);

/** Only auxiliaries, quotes and numbers (an action's name: `aksi "212"`) in [a, b). */
function crowdBefore(v: SentenceView, a: number, b: number): boolean {
  let k = a;
  while (k < b && (v.tokens[k]!.kind === 'number' || /^["“”']$/.test(v.tokens[k]!.text))) k++;
  return auxOnly(v, k, b);
}

function auxOnly(v: SentenceView, a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const n = v.tokens[k]!.norm;
    if (AUX[v.lang].has(n)) {
      if (n === 'secara') k++;
      continue;
    }
    // a verb before a nominal event: `saya membuat kerja sama dengan …`
    if (k === b - 1 && (LIGHT_VERBS.has(n) || (v.lang === 'id' && isIdVerb(v.tokens[k]!)))) continue;
    return false;
  }
  return true;
}

/** The first token of the sentence starting at or after character offset `at`. */
function tokenAfter(v: SentenceView, at: number): number {
  // (a binary search: it runs for every trigger's every side)
  let lo = v.s.tokenStart;
  let hi = v.s.tokenEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An Indonesian verb among tokens [a, b) (English: false). */
function verbBeforeIn(v: SentenceView, a: number, b: number): boolean {
  if (v.lang !== 'id') return false;
  for (let k = a; k < b; k++) if (isIdVerb(v.tokens[k]!)) return true;
  return false;
}

/** English `talks` after a lower-case word (`the wage talks`, `trade talks`): the noun, whatever its row's voice. */
function talksNoun(v: SentenceView, tr: Trigger): boolean {
  const prev = v.tokens[tr.start - 1];
  return v.lang === 'en' && v.tokens[tr.start]!.norm === 'talks' && prev !== undefined && tr.start > v.s.tokenStart && (prev.kind === 'word' || prev.kind === 'number') && lowerStart(prev.text) && !/^(he|she|it|who|that|which|also|often|rarely|never|still)$/.test(prev.norm);
}

/** Words that join a clause to the one before it, sharing its subject (`… lalu menahannya`, `seusai memeriksanya`). */
const JOINS_CLAUSE = new Set(['dan', 'serta', 'lalu', 'kemudian', 'seusai', 'usai', 'setelah', 'sesudah', 'sebelum', 'sambil', 'sekaligus']);

/** Words between a threat or promise and the act it names (`mengancam akan menyerang`, `vowed to defend`). */
const TO_ACT = /^(untuk|akan|bakal|to|will)$/;

/** The first token from `i` (before `to`) that is neither an auxiliary nor matched by `words`. */
function skipWords(v: SentenceView, i: number, to: number, words: RegExp): number {
  while (i < to && (AUX[v.lang].has(v.tokens[i]!.norm) || words.test(v.tokens[i]!.norm))) i++;
  return i;
}

/** Words that modify a nominal event before its genitive (`latihan militer gabungan …`, `serangan udara …`). */
const NOMINAL_MODIFIERS = /^(militer|gabungan|bersama|udara|darat|laut|rudal|roket|bilateral|trilateral|terbaru|terakhir|besar-besaran|rutin|tahunan|resmi|kenegaraan|kerja)$/;

/** Stems of denial (REJECT rows): what is denied right after them did not happen. */
const DENIALS = new Set(['deny', 'bantah', 'sangkal', 'tampik']);

/** Stems of arriving and travelling (`tiba di`, `arrive in`, `perjalanan ke`, `berangkat ke`): visits only when they reach a country. */
const ARRIVALS = new Set(['tiba di', 'arrive in', 'jalan', 'angkat']);

/** Nouns of an agreement, next to which `kerja sama`/`cooperation` only names its kind. */
const AGREEMENT_NOUNS = new Set(['perjanjian', 'kesepakatan', 'nota', 'mou', 'memorandum', 'pakta', 'agreement', 'agreements', 'deal', 'pact', 'accord', 'treaty']);

/** Nouns of acts done to people: the name after them is who suffered the act (`penembakan warga Papua`, `the killing of X`). */
const ACTS_ON_PEOPLE = new Set(['penembakan', 'pembunuhan', 'penganiayaan', 'pemukulan', 'wounding', 'injuring', 'beating', 'penangkapan', 'penahanan', 'penculikan', 'penyiksaan', 'pengusiran', 'pemenjaraan', 'pembantaian', 'killing', 'killings', 'arrest', 'arrests', 'detention', 'shooting', 'shootings', 'abduction', 'kidnapping', 'torture', 'execution', 'executions', 'deportation', 'murder', 'massacre']);

/** The agent after `by`/`oleh` from token i on, past the names of the act's victims and places. */
/** The agent after `oleh`/`by` at token i (one title or group noun may stand between). */
function byRightAfter(v: SentenceView, i: number): MentionLike[] | undefined {
  if (!/^(oleh|by)$/.test(v.tokens[i]?.norm ?? '')) return undefined;
  // (a title may come first: `a request by former Philippine President Rodrigo Duterte`)
  const g = mentionAfter(v, i + 1, Math.min(v.s.tokenEnd, i + 8));
  return g && !g[0]!.m.part ? asLike(g) : undefined;
}

/**
 * The agent of a nominal act the sentence says was carried out by someone (`Penangkapan X, pengusaha
 * tambang di Kolaka, dilakukan oleh tim Bareskrim`, `The arrest of X was carried out by police`): `i`
 * is just past the act's genitive; an aside between commas may come first.
 */
function carriedOutBy(v: SentenceView, i: number): MentionLike[] | undefined {
  const t = v.tokens;
  const at = byRightAfter(v, i);
  if (at) return at;
  let j = i;
  if (t[j]?.text === ',') {
    let k = j + 1;
    while (k < v.s.tokenEnd && k - j <= 10 && t[k]!.text !== ',') k++;
    if (t[k]?.text !== ',') return undefined;
    j = k + 1;
  }
  const verb = j;
  while (j < v.s.tokenEnd && j - verb < 4 && /^(telah|sudah|dilakukan|dilaksanakan|dijalankan|was|were|carried|out|conducted)$/.test(t[j]!.norm)) j++;
  return j > verb && /^(dilakukan|dilaksanakan|dijalankan|out|conducted)$/.test(t[j - 1]!.norm) ? byRightAfter(v, j) : undefined;
}

function agentAfter(v: SentenceView, i: number, limit: number): MentionLike[] | undefined {
  for (let j = i; j < limit; j++) {
    const n = v.tokens[j]!.norm;
    if (n !== 'by' && n !== 'oleh') continue;
    const g = mentionAfter(v, j + 1, v.s.tokenEnd);
    return g ? asLike(g) : undefined;
  }
  return undefined;
}

/** Between token i and the object at `at`: a noun of an act done to people (the object suffered it). */
function victimsOfAct(tokens: Token[], i: number, at: number): boolean {
  for (let j = i; j < at; j++) if (ACTS_ON_PEOPLE.has(tokens[j]!.norm)) return true;
  return false;
}

/** Event types about a thing someone made (a proposal, a decision, a ceasefire): its author is the target. */
const AUTHORED = new Set(['REJECT', 'SUPPORT', 'ACCUSE', 'PROTEST']);

/**
 * `… yang di-V oleh X` / `… (that was) V-ed by X`, or a nominal act's own `by X`/`oleh X`, within
 * the few words after token i (no name and no clause boundary before it): X.
 */
function authorOf(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  let reach = i + 8;
  for (let j = i; j < Math.min(v.s.tokenEnd - 2, reach); j++) {
    const t = tokens[j]!;
    // (a place may describe the thing, and counts as one word: `menolak permohonan sengketa hasil
    // pemilihan gubernur Sumatera Utara yang diajukan pasangan X`)
    const named = v.at.get(j);
    if (named && !named.m.part && j > i && named.place && lowerStart(tokens[j - 1]!.text)) { reach += named.m.tokenEnd - j; j = named.m.tokenEnd - 1; continue; }
    if (named || (t.kind === 'punct' && t.text !== '"')) return undefined;
    const n = t.norm;
    // (a clause of what is proposed or asked has its own agents: `mendukung usulan agar kepala daerah
    // dipilih oleh DPRD`)
    if (/^(agar|supaya|bahwa|that)$/.test(n)) return undefined;
    // the agent of a nominal act: `condemned the arrest of the journalist by Russian authorities`,
    // `mengecam penangkapan jurnalis itu oleh otoritas Rusia`
    if ((n === 'by' || n === 'oleh') && j > i) {
      const g = mentionAfter(v, j + 1, v.s.tokenEnd);
      return g ? asLike(g) : undefined;
    }
    const passive = v.lang === 'id' ? n === 'yang' && /^di[a-z]{3,}/.test(tokens[j + 1]!.norm) : /(ed|en)$/.test(n) && j > i;
    if (!passive) continue;
    const by = v.lang === 'id' ? j + 2 : j + 1;
    if (!/^(oleh|by)$/.test(tokens[by]?.norm ?? '')) {
      // Indonesian names the agent right after the passive verb as often as after `oleh`:
      // `menolak gugatan yang diajukan pasangan calon Prabowo-Sandiaga`, `ancaman yang dilontarkan Korut`
      if (v.lang !== 'id') continue;
      let k = by;
      // (`yang diajukan mantan Menteri Perdagangan Thomas Lembong`: a former title before the agent)
      while (k < by + 2 && (RELATIVE_AGENT_HEADS.has(tokens[k]?.norm ?? '') || FORMER.has(tokens[k]?.norm ?? '')) && !v.at.has(k)) k++;
      // (a lower-case title or trade before the agent: `yang diajukan pengusaha X`, `… pengacara X`)
      if (!v.at.has(k) && lowerStart(tokens[k]?.text ?? '')) k = titleStartingAt(tokens, k, v.s.tokenEnd)?.end ?? (OCCUPATIONS.has(tokens[k]?.norm ?? '') ? k + 1 : k);
      const mi = v.at.get(k);
      if (mi) return mi.m.part || mi.titleModifier ? undefined : asLike(groupOf(v, mi));
      // (a titled person: `yang diusulkan Presiden AS Donald Trump`)
      if (upperStart(tokens[k]?.text ?? '')) {
        const g = mentionAfter(v, k, v.s.tokenEnd);
        if (g && g[0]!.person) return asLike(g);
      }
      // a ticket of two joined by a hyphen (`Prabowo-Sandiaga`): both
      const parts = v.mentions.filter((x) => x.m.part && x.m.tokenStart === k);
      return parts.length ? asLike(parts) : undefined;
    }
    const g = mentionAfter(v, by + 1, v.s.tokenEnd);
    return g ? asLike(g) : undefined;
  }
  return undefined;
}

/**
 * The author of a proposal right after token i, named by a passive relative clause after its
 * description: `rencana pemindahan warga Palestina dari Gaza yang diusulkan (oleh) Presiden AS
 * Donald Trump`, `the plan to move Palestinians out of Gaza proposed by Donald Trump`. Undefined when
 * token i (after an article) is no proposal noun, or a punctuation mark or a clause comes first.
 */
function proposedBy(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  const head = /^(the|a|an)$/.test(tokens[i]?.norm ?? '') ? i + 1 : i;
  if (!PROPOSALS.has(tokens[head]?.norm ?? '')) return undefined;
  const end = Math.min(v.s.tokenEnd - 1, head + 16);
  for (let j = head + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '"' && t.text !== '(' && t.text !== ')') return undefined;
    const n = t.norm;
    if (v.lang === 'id' && n === 'yang' && j > head + 1) return /^di[a-z]{3,}/.test(tokens[j + 1]!.norm) ? authorOf(v, j) : undefined;
    if (v.lang === 'en' && /ed$/.test(n) && tokens[j + 1]!.norm === 'by' && j > head + 1) {
      const g = mentionAfter(v, j + 2, v.s.tokenEnd);
      return g ? asLike(g) : undefined;
    }
    if (/^(karena|sebab|sehingga|namun|tetapi|bahwa|because|but|which|who|that|and|dan)$/.test(n)) return undefined;
  }
  return undefined;
}

/** `yang diajukan`/`yang dilayangkan` within two words after token i (a suit's modifiers between): the index of `yang`, or -1. */
function filedByRelative(v: SentenceView, i: number): number {
  const { tokens } = v;
  for (let j = i; j < Math.min(v.s.tokenEnd - 1, i + 3); j++) {
    if (tokens[j]!.norm === 'yang') return /^(diajukan|dilayangkan|dimohonkan)$/.test(tokens[j + 1]!.norm) ? j : -1;
    if (tokens[j]!.kind !== 'word' || !lowerStart(tokens[j]!.text)) return -1;
  }
  return -1;
}

/** `the proposal of Egypt`, `the decision of the court`: `of` after a noun in the few words after token i. */
function possessorOf(v: SentenceView, i: number, limit: number): MentionLike[] | undefined {
  if (v.lang !== 'en') return undefined;
  for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
    const t = v.tokens[j]!;
    if (v.at.has(j) || t.kind === 'punct') return undefined;
    if (t.norm !== 'of' || QUANTITY.has(v.tokens[j - 1]!.norm)) continue;
    // `the arrest of Navalny`: who suffered the act, not its author
    if (ACTS_ON_PEOPLE.has(v.tokens[j - 1]!.norm)) return undefined;
    const k = v.tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
    const mi = v.at.get(k);
    return mi && !mi.m.part ? asLike(groupOf(v, mi)) : undefined;
  }
  return undefined;
}

/** The token after the last member of a mention's coordination group. */
function groupEnd(v: SentenceView, mi: MentionInfo): number {
  let end = mi.m.tokenEnd;
  for (const x of groupOf(v, mi)) end = Math.max(end, x.m.tokenEnd);
  return end;
}

/** Members of a group, before `of`/`dari` and the group's name: the group acts through them. */
const GROUP_OF = new Set(['members', 'fighters', 'supporters', 'militants', 'soldiers', 'troops', 'gunmen', 'rebels', 'gunman', 'hundreds', 'thousands', 'dozens', 'anggota', 'pendukung', 'militan', 'simpatisan', 'kader', 'massa', 'ratusan', 'ribuan', 'puluhan',
  // (those who speak for a body: `Foreign ministers of the OIC condemned …`, `leaders of the G7`)
  'ministers', 'leaders', 'officials', 'delegates', 'envoys', 'representatives']);

/** `Members of Al-Shabaab`, `anggota dari kelompok X`: a mention after `of`/`dari` that acts through its members. */
function ofGroup(v: SentenceView, mi: MentionInfo): boolean {
  if (mi.prep !== 'of' && mi.prep !== 'dari' && mi.prep !== 'from') return false;
  // (`Gunmen from the Abu Sayyaf group`: `the` between)
  const p = v.tokens[mi.m.tokenStart - 1]?.norm === 'the' ? mi.m.tokenStart - 2 : mi.m.tokenStart - 1;
  return GROUP_OF.has(v.tokens[p - 1]?.norm ?? '');
}

const PLACE_NOUNS = new Set(['church', 'churches', 'mosque', 'mosques', 'hotel', 'market', 'office', 'compound', 'people', 'civilians', 'residents', 'villagers', 'worshippers', 'warga', 'penduduk', 'orang', 'base', 'bases', 'city', 'cities', 'town', 'village', 'villages', 'camp', 'port', 'airport', 'embassy', 'facility', 'facilities', 'region', 'province', 'border', 'kota', 'wilayah', 'kawasan', 'daerah', 'desa', 'kamp', 'pangkalan', 'fasilitas', 'pelabuhan', 'bandara', 'permukiman', 'pemukiman', 'kantor', 'markas', 'kedutaan', 'perbatasan', 'provinsi', 'distrik', 'sasaran', 'target', 'targets', 'pos', 'posisi', 'positions', 'gedung', 'rumah', 'sekolah', 'masjid', 'gereja', 'pasar', 'sakit', 'hospital', 'hospitals', 'school', 'schools', 'station', 'post', 'checkpoint', 'outpost', 'headquarters', 'depot', 'refinery', 'plant', 'terminal', 'warehouse', 'airfield', 'kilang', 'gudang', 'coup', 'crackdown', 'violence', 'crisis', 'kudeta', 'kekerasan', 'krisis',
  // points and areas, and the adjectives after a place noun: `dari lima titik strategis di Lebanon
  // selatan`, `dari pangkalan militer di Suriah`, `pangkalan udara di Irak`
  'titik', 'lokasi', 'area', 'zona', 'sektor', 'points', 'locations', 'areas', 'zones', 'strategis', 'militer', 'udara', 'strategic', 'military',
  // people helped or harmed where they live: `bantuan gizi bagi ribuan anak di Jalur Gaza`
  'anak', 'anak-anak', 'keluarga', 'pasien', 'siswa', 'pelajar', 'nelayan', 'petani', 'children', 'families', 'patients', 'students',
  // the people a disaster struck, where it struck: `bantuan kepada korban gempa di Turki`
  'korban', 'pengungsi', 'terdampak', 'gempa', 'banjir', 'bandang', 'rob', 'longsor', 'tsunami', 'kebakaran', 'bencana', 'erupsi', 'victims', 'refugees', 'survivors', 'earthquake', 'quake', 'flood', 'floods', 'flooding', 'disaster']);

/** Words after a comma that introduce the members of what was just named (`yaitu`, `namely`). */
const ELABORATION = /^(yaitu|yakni|namely|termasuk|including|diantaranya)$/;

/** Tokens the comma at i and the words after it take: 2 (`, yakni`), 3 (`, antara lain`), or 0. */
function elaborationWords(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ',') return 0;
  const a = tokens[i + 1]?.norm ?? '';
  if (ELABORATION.test(a)) return 2;
  const b = tokens[i + 2]?.norm;
  // (`menangkap tiga kurir, salah satunya Zulkarnain`: one of those described, named)
  return (a === 'antara' && b === 'lain') || (a === 'di' && b === 'antaranya') || (a === 'salah' && (b === 'satunya' || b === 'seorangnya')) ? 3 : 0;
}

/** At a comma (token i) followed by `yaitu`/`yakni`/`antara lain`/`namely`: the names of the list after it. */
function elaborationAt(v: SentenceView, i: number, limit: number): MentionInfo[] | undefined {
  const { tokens } = v;
  const n = elaborationWords(tokens, i);
  if (!n) return undefined;
  const j = i + n;
  const mi = v.at.get(j) ?? (v.at.get(j + 1) && /^(the|para)$/.test(tokens[j]!.norm) ? v.at.get(j + 1) : undefined);
  if (!mi || mi.m.part || mi.m.tokenStart >= limit) return undefined;
  return groupOf(v, mi);
}

/** Words of a body's standing between a possessive and its name (`Japan's ruling`, `Thailand's main opposition`). */
const STANDING_EN = /^(ruling|opposition|governing|main|largest|biggest|junior|senior|coalition|state-run|state-owned|military|powerful|former|new|top)$/;
function standingWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!STANDING_EN.test(tokens[k]!.norm)) return false;
  return true;
}

/** The mention (group) right after token index `i`, allowing heads like `pemerintah` and titles before it. */
function mentionAfter(v: SentenceView, i: number, limit: number): MentionInfo[] | undefined {
  const { tokens } = v;
  // six words reach the object; a run of capitalized words (a long title: `Kepala Balai Pelaksana
  // Jalan Nasional IX Maluku …`) reaches further
  let capitals = true;
  let reach = 6;
  // (`membekukan aset enam organisasi dan dua orang yang terkait dengan Korut`, `froze the assets of 11
  // individuals and four entities linked to Myanmar's military`: the side they are tied to, further on)
  for (let j = i + 2; j < Math.min(limit - 2, i + 14); j++) {
    const n = tokens[j]!.norm;
    // (`menetapkan empat tersangka kasus pengadaan laptop Chromebook, yakni A, B, …`: the list that
    // spells out the ones described, however long the description)
    if (elaborationWords(tokens, j)) { reach = j + 1 - i; break; }
    if (tokens[j]!.kind === 'punct') break;
    if (TIED.has(n) && /^(dengan|to|with)$/.test(tokens[j + 1]!.norm)) { reach = j + 3 - i; break; }
    // (`menyelidiki dugaan kartel harga tiket pesawat yang melibatkan Garuda Indonesia`, `a scheme
    // involving X`: the ones the matter involves)
    if ((n === 'melibatkan' && tokens[j - 1]!.norm === 'yang') || n === 'involving') { reach = j + 2 - i; break; }
    // (`menyita sebuah rumah mewah dan tiga mobil milik tersangka X`: the owner of what is seized)
    if (n === 'milik' || (n === 'belonging' && tokens[j + 1]!.norm === 'to')) { reach = j + 4 - i; break; }
  }
  for (let j = i; j < Math.min(limit, i + 16); j++) {
    if (j >= i + reach && !capitals) return undefined;
    // (a short form in parentheses and `dan` between capitalized words keep the run: `Kepala Balai
    // Pelaksana Jalan Nasional (BPJN) IX Maluku dan Maluku Utara Kementerian PUPR Amran`)
    const tj = tokens[j]!;
    // (a title with a preposition inside is read past whole: `met Secretary of State Marco Rubio`)
    if (!v.at.has(j) && upperStart(tj.text) && capitals) {
      const title = titleStartingAt(tokens, j, limit);
      if (title && title.end > j + 1 && tokens.slice(j, title.end).some((x) => lowerStart(x.text))) { j = title.end - 1; continue; }
    }
    // (and `sekaligus`, `merangkap` between two titles of one person: `Perdana Menteri sekaligus Menteri Luar Negeri Qatar X`)
    capitals &&= upperStart(tj.text) || tj.text === '(' || tj.text === ')' || (/^(dan|sekaligus|merangkap)$/.test(tj.norm) && j > i && upperStart(tokens[j + 1]?.text ?? ''));
    let mi = v.at.get(j);
    // (a country naming a facility is no party: `an attack on the Saudi Hospital in El Fasher`; nor one
    // naming a currency: `fined him 20,000 Swiss francs`)
    if (mi && mi.country && v.lang === 'en' && (/^(Hospital|University|School|Airport|Stadium|Mosque|Church|Hotel|Market|Museum|College|Institute)$/.test(tokens[mi.m.tokenEnd]?.text ?? '')
      || CURRENCY_NAME.test(tokens[mi.m.tokenEnd]?.norm ?? ''))) {
      j = mi.m.tokenEnd;
      mi = undefined;
      continue;
    }
    if (mi) {
      // `his Russian counterpart Sergei Lavrov`, `mitranya dari Rusia, Sergei Lavrov`: the person
      const cp = counterpartAfter(v, mi);
      if (cp) return groupOf(v, cp);
      // `Indonesia's Corruption Eradication Commission`: the possessed name
      // (a plural name's bare apostrophe alike: `the Philippines' Commission on Elections`)
      if (/^['’]s$/.test(tokens[mi.m.tokenEnd]?.text ?? '') || (/^['’]$/.test(tokens[mi.m.tokenEnd]?.text ?? '') && /s$/.test(tokens[mi.m.tokenEnd - 1]!.norm) && tokens[mi.m.tokenEnd]!.start === tokens[mi.m.tokenEnd - 1]!.end)) {
        const owned = v.at.get(mi.m.tokenEnd + 1);
        if (owned && !owned.m.part) return groupOf(v, owned);
        // (`met Bangladesh's foreign affairs adviser Touhid Hossain`: a lower-case title, then the person;
        // `received Iran's Vice President Mohammad Reza Aref`: a capitalized one)
        const capTitle = titleStartingAt(tokens, mi.m.tokenEnd + 1, limit);
        const titled = capTitle ? v.at.get(capTitle.end) : undefined;
        if (titled && titled.person && !titled.m.part) return groupOf(v, titled);
        let q = mi.m.tokenEnd + 1;
        // (a compound of origin among them: `Telegram's Russian-born founder and chief executive Pavel Durov`)
        while (q < limit && q - mi.m.tokenEnd <= 6 && tokens[q]!.kind === 'word' && (lowerStart(tokens[q]!.text) || /^\p{Lu}\p{Ll}+-(born|based|backed|owned|led|run|made)$/u.test(tokens[q]!.text)) && !v.at.has(q)) q++;
        const person = q > mi.m.tokenEnd + 1 ? v.at.get(q) : undefined;
        if (person && person.person && !person.m.part) return groupOf(v, person);
        // (or a body named after its kind: `a loan to Indonesia's state utility PLN`)
        if (person && !person.m.part && !person.country && BODY_NOUNS.test(tokens[q - 1]!.norm)) return groupOf(v, person);
        // (or a body after words of its standing: `Taiwan's ruling Democratic Progressive Party`)
        if (person && !person.m.part && !person.place && !person.person && standingWords(tokens, mi.m.tokenEnd + 1, q)) return groupOf(v, person);
      }
      // `surat kabar Amerika Serikat, The New York Times,`: a country describing a noun, then the name
      if (j > i && !mi.titleModifier) {
        const ap = appositiveName(v, mi);
        if (ap) return groupOf(v, ap);
      }
      // `menangkap seorang anggota KKB pimpinan Egianus Kogoya`, `menyerang KKB pimpinan X`: the group
      // led by someone is acted on, not its leader
      if (mi.titleModifier && /^(pimpinan|asuhan|besutan)$/.test(tokens[mi.m.tokenEnd]?.norm ?? '')) return [mi];
      if (mi.titleModifier) {
        // `mendesak Presiden Rusia Vladimir Putin`: the person, not the country of the title (nor the
        // party or unit after it: `anggota Komisi V DPR dari fraksi PAN Andi`)
        let k = mi.k + 1;
        while (v.mentions[k]?.titleModifier) k++;
        const next = v.mentions[k];
        if (next) return groupOf(v, next);
      }
      // `detained Australian economist Sean Turnell`: the one named after the demonym and a noun
      // (a country's short name alike, before a title: `met Saudi Hajj Minister Tawfiq Al-Rabiah`)
      // (a country's short name before a kind of body alike: `from Saudi club Al Hilal`)
      // (and a country's name used so: `freed New Zealand pilot Phillip Mehrtens`)
      const nounThenPerson = mi.country && v.lang === 'en' && tokens[mi.m.tokenEnd]?.kind === 'word' && lowerStart(tokens[mi.m.tokenEnd]!.text) && v.at.get(mi.m.tokenEnd + 1)?.person === true;
      if (mi.m.demonym || nounThenPerson || (mi.country && (titleRightAfter(tokens, mi.m.tokenEnd, v.s.tokenEnd) || (v.lang === 'en' && BODY_NOUNS.test(tokens[mi.m.tokenEnd]?.norm ?? ''))))) {
        let q = mi.m.tokenEnd;
        while (q < Math.min(limit, mi.m.tokenEnd + 2) && tokens[q]!.kind === 'word' && lowerStart(tokens[q]!.text)) q++;
        // (or a title in capitals no name of its own: `Russian Security Council Secretary Sergei Shoigu`)
        // (the title may have been read as a body's name: it is skipped, only a person after it counts)
        if (q === mi.m.tokenEnd) while (q < Math.min(limit, mi.m.tokenEnd + 4) && tokens[q]!.kind === 'word' && upperStart(tokens[q]!.text) && !v.at.get(q)?.person && !v.cover.get(q)?.person) q++;
        const named = q > mi.m.tokenEnd ? v.at.get(q) : undefined;
        if (named && named.person && !named.m.part && !named.titleModifier && named.prep === undefined) return groupOf(v, named);
        // (or a company named after its kind: `Vietnamese telecoms group Viettel`)
        // (`an offer from Saudi club Al Hilal`: the preposition before the demonym is the body's too)
        if (named && !named.person && !named.country && !named.m.part && (named.prep === undefined || named.prep === mi.prep) && BODY_NOUNS.test(tokens[q - 1]!.norm)) return groupOf(v, named);
      }
      // `surat perintah penangkapan terhadap pemimpin junta Myanmar Min Aung Hlaing`: a country after a
      // lower-case noun describes the person named right after it
      if (mi.country && j > i && tokens[j - 1]!.kind === 'word' && lowerStart(tokens[j - 1]!.text)) {
        const named = v.at.get(mi.m.tokenEnd);
        if (named && named.person && !named.m.part && !named.titleModifier && named.prep === undefined) return groupOf(v, named);
      }
      // `menjatuhkan denda kepada perusahaan asal Amerika Serikat itu`: the firm of that country named
      // last before it in the sentence (`Google LLC`)
      if (mi.country && v.lang === 'id' && /^(itu|tersebut)$/.test(tokens[mi.m.tokenEnd]?.norm ?? '') && BODY_NOUNS.test(tokens[mi.m.tokenStart - (tokens[mi.m.tokenStart - 1]?.norm === 'asal' ? 2 : 1)]?.norm ?? '')) {
        const iso3 = v.entities[mi.m.entity]?.iso3;
        let firm: MentionInfo | undefined;
        for (const x of v.mentions) if (x.m.tokenEnd <= i && !x.m.part && !x.person && !x.country && !x.place && !x.titleModifier && iso3 !== undefined && v.entities[x.m.entity]?.country === iso3) firm = x;
        if (firm) return groupOf(v, firm);
      }
      // `dengan perusahaan Prancis Naval Group`: a noun of a kind of body, its country, then its name
      if (mi.country && v.lang === 'id' && BODY_NOUNS.test(tokens[mi.m.tokenStart - 1]?.norm ?? '')) {
        const named = v.at.get(mi.m.tokenEnd);
        if (named && !named.m.part && !named.person && !named.country && !named.place) return groupOf(v, named);
      }
      // `calon anggota legislatif dari Partai Gerindra, Dedi Kurniawan,`: a lower-case description
      // of someone from a body, then their name between commas
      if (mi.prep === 'dari' && j > i && tokens[mi.m.tokenEnd]?.text === ',' && lowerStart(tokens[i]!.text)) {
        const named = v.at.get(mi.m.tokenEnd + 1);
        if (named && named.person && !named.m.part && /^[,.]$/.test(tokens[groupEnd(v, named)]?.text ?? '')) return groupOf(v, named);
      }
      // `mitranya dari Rusia, Sergei Lavrov`: the counterpart named after the country
      if ((mi.prep === 'dari' || mi.prep === 'asal') && COUNTERPART.has(tokens[mi.m.tokenStart - 2]?.norm ?? '') && tokens[mi.m.tokenEnd]?.text === ',') {
        const named = v.at.get(mi.m.tokenEnd + 1);
        if (named && named.person && !named.m.part) return groupOf(v, named);
      }
      // `pilot asal Selandia Baru Philip Mehrtens`: the one named after the origin
      if (mi.prep === 'asal' || mi.prep === 'from') {
        const named = v.at.get(mi.m.tokenEnd) ?? (tokens[mi.m.tokenEnd]?.text === ',' ? v.at.get(mi.m.tokenEnd + 1) : undefined);
        if (named && named.person && !named.m.part && !named.titleModifier && named.prep === undefined) return groupOf(v, named);
        // (`perusahaan minyak asal Uni Emirat Arab, ADNOC,`: a body described by its kind and origin,
        // then its name between commas)
        const body = BODY_NOUNS.test(tokens[mi.m.tokenStart - 2]?.norm ?? '') || BODY_NOUNS.test(tokens[mi.m.tokenStart - 3]?.norm ?? '');
        if (body && named && !named.m.part && !named.person && !named.country && named.prep === undefined && tokens[mi.m.tokenEnd]?.text === ',') return groupOf(v, named);
      }
      const g = groupOf(v, mi);
      // `ke negara-negara Eropa, yaitu Jerman, Belanda dan Belgia`: the names the list spells out too
      const more = elaborationAt(v, g[g.length - 1]!.m.tokenEnd, limit);
      return more ? [...g, ...more.filter((x) => !g.includes(x))] : g;
    }
    const t = tokens[j]!;
    // `ke tiga negara, yakni Kenya, Tanzania dan Mozambik`: the names the list spells out
    if (t.text === ',') {
      const more = elaborationAt(v, j, limit);
      if (more) return more;
      // `memeriksa pengacara, Farhat Abbas, ihwal …`: the noun's name between commas
      const named = j > i && lowerStart(tokens[j - 1]!.text) ? v.at.get(j + 1) : undefined;
      // (a person may close the sentence: `arrested a local businessman, Chukwuemeka Obi.`)
      if (named && !named.m.part && !named.titleModifier && (tokens[groupEnd(v, named)]?.text === ',' || (named.person && (groupEnd(v, named) >= v.s.tokenEnd - 1 && /^[.!]?$/.test(tokens[groupEnd(v, named)]?.text ?? ''))))) return groupOf(v, named);
    }
    // `a British-flagged tanker`, `a Chinese-owned mine`: the owner named inside the compound
    if (/-(flagged|owned|registered|operated|led|run)$/.test(t.norm)) {
      const part = partMentionAt(v, j);
      if (part) return [part];
    }
    if (t.kind === 'punct' && t.text !== '(' && t.text !== '"') return undefined;
    // `aset organisasi yang terkait dengan Korea Utara`: the side the object is tied to
    if (t.norm === 'yang' && (LINKED.test(tokens[j + 1]?.norm ?? '') || tokens[j + 1]?.norm === 'melibatkan')) { j++; reach += 3; continue; }
    // a preposition ends the object, except in a quantity (`lebih dari 1000 tahanan Palestina`) and
    // after a place noun (`ke sejumlah kota di Ukraina`, `kamp pengungsi di Rafah`)
    // (a capitalized one inside a title is none: `Menteri Dalam Negeri Tito Karnavian`)
    if (PREPOSITIONS[v.lang].has(t.norm) && j > i && !(capitals && upperStart(t.text))) {
      if (!prepInsideNounPhrase(t.norm, tokens[j - 1]!)) return undefined;
      // (the phrase inside reaches further: `a suspected militant linked to the Islamic State group`)
      reach += 2;
    }
    // another predicate starts: `mengancam akan menyerang Guam` — Guam is the attack's object
    // (not a ber- word describing the noun: `kapal berbendera Malaysia`, `pria berkewarganegaraan Prancis`)
    if (v.lang === 'id' && j > i && isIdVerb(t) && !NOUN_MODIFIERS.has(t.norm)) return undefined;
  }
  return undefined;
}

/** A title of one to three words starts at token `at` (`Hajj Minister`, `Foreign Minister`). */
function titleRightAfter(tokens: Token[], at: number, to: number): boolean {
  for (let k = 1; k <= 3 && at + k <= to; k++) if (titleEndingAt(tokens, at + k, at) !== undefined) return true;
  return false;
}

/**
 * Where a received event comes from: the genitive right after the noun (`sanksi PBB`), or the
 * mention after `dari`/`oleh` a few modifiers later (`kecaman keras dari Turki`).
 */
function sourceAfter(v: SentenceView, i: number): MentionLike[] {
  const { tokens } = v;
  for (let j = i; j < Math.min(v.s.tokenEnd, i + 5); j++) {
    const mi = v.at.get(j);
    if (mi) return mi.prep === undefined || /^(dari|oleh|from|by)$/.test(mi.prep) ? asLike(groupOf(v, mi)) : [];
    const t = tokens[j]!;
    if (/^(dari|oleh|from|by)$/.test(t.norm)) {
      // `a ceasefire brokered by Qatar`, `gencatan senjata yang dimediasi oleh Mesir`: a mediator, not a party
      if (MEDIATED.test(tokens[j - 1]?.norm ?? '')) return [];
      const g = mentionAfter(v, j + 1, v.s.tokenEnd);
      return g ? asLike(g) : [];
    }
    if (t.kind !== 'word' || PREPOSITIONS[v.lang].has(t.norm)) return [];
  }
  return [];
}

/** ber- words that describe the noun before them by a name after them (flag, nationality). */
const NOUN_MODIFIERS = new Set(['berbendera', 'berkewarganegaraan', 'berkebangsaan', 'berpaspor', 'berpelat']);

/** Words of ties after `yang` (`yang terkait dengan X`, `yang berafiliasi dengan X`). */
const LINKED = /^(terkait|berafiliasi|berhubungan|terafiliasi)$/;
/** Words of ties in either language, looked up once per word of the object's reach. */
const TIED = new Set(['terkait', 'berafiliasi', 'berhubungan', 'terafiliasi', 'linked', 'tied', 'affiliated', 'connected']);

/** Places that host no one: a visit there is a trip, not a meeting. */
const NO_HOST_KINDS = new Set(['landmark', 'facility', 'sea', 'island', 'continent']);

/** Citizens named by their country's word for them (`WNI yang berangkat ke Suriah`): no state visit. */
const CITIZENS = /^(WNI|WNA|TKI|TKW|PMI)$/i;

/** People who travel on their own account: the country after them makes no visit. */
const PRIVATE_PEOPLE = /^(wisatawan|turis|pelancong|pengunjung|pekerja|tki|tkw|mahasiswa|pelajar|jemaah|jamaah|penumpang|tourists|tourist|visitors|workers|students|pilgrims|passengers|fans|suporter|supporter)$/;

/** The folded word right before the character offset `at` in the sentence ('' at its start). */
function wordBefore(v: SentenceView, at: number, pastOrigin = false): string {
  const mid = tokenIndexAt(v, at);
  if (mid <= v.s.tokenStart) return '';
  // (`pastOrigin`: the word before an origin word, `wisatawan asal Ekuador`, `tourists from Ecuador`)
  return pastOrigin && /^(asal|dari|from)$/.test(v.tokens[mid - 1]!.norm) && mid - 2 >= v.s.tokenStart ? v.tokens[mid - 2]!.norm : v.tokens[mid - 1]!.norm;
}

/** The index of the sentence's token starting at offset `at`, or -1 (tokens are in text order: a binary search, not a scan per call). */
function tokenIndexAt(v: SentenceView, at: number): number {
  let lo = v.s.tokenStart;
  let hi = v.s.tokenEnd - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const st = v.tokens[mid]!.start;
    if (st === at) return mid;
    if (st < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Kin and aides named before a person (`istri`, `adik`, `anak buah`, `ajudan`): the one meant is theirs, not the person. */
const KIN_BEFORE = /^(ayah|ayahanda|ibunda|istri|istrinya|suami|anak|putra|putri|adik|kakak|paman|bibi|keponakan|cucu|menantu|mertua|sepupu|kerabat|keluarga|orangtua|ajudan|sopir)$/;
/** The capitalized forms that are no given names (`Putra`, `Putri` and `Anak` often are). */
const KIN_CAPITALIZED = /^(Ayah|Ayahanda|Ibunda|Istri|Suami|Adik|Kakak|Paman|Keponakan|Menantu|Mertua|Sepupu|Ajudan)$/;
const KIN_EN = /^(wife|husband|son|sons|daughter|daughters|father|mother|brother|sister|nephew|niece|widow|relatives|parents|family|aide|bodyguard)$/;

/**
 * A person named as someone's kin or aide (`KPK memeriksa adik Andi Narogong`, `istri Wakil Presiden
 * X`, `Ayah striker Dortmund Aubameyang menemui …`, `sanctioned Putin's daughters`): the act is the
 * relative's, whom the text does not name here. Read back over a capitalized title to the lower-case
 * word before it.
 */
function kinOfPerson(v: SentenceView, span: Span): boolean {
  const { tokens } = v;
  const at = tokenIndexAt(v, span.start);
  if (at < 0) return false;
  if (v.lang === 'en') {
    // `Putin's daughters`, `the wife of X`
    let e = at;
    while (e < v.s.tokenEnd && tokens[e]!.end <= span.end) e++;
    if (/^['’]s$/.test(tokens[e]?.text ?? '') && KIN_EN.test(tokens[e + 1]?.norm ?? '') && !v.at.has(e + 2)) return true;
    return tokens[at - 1]?.norm === 'of' && KIN_EN.test(tokens[at - 2]?.norm ?? '');
  }
  for (let k = at - 1; k >= Math.max(v.s.tokenStart, at - 5); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    // (also past a word of what the relative is: `suami artis Sandra Dewi` is her husband)
    if (lowerStart(t.text)) return KIN_BEFORE.test(t.norm) || (t.norm === 'buah' && tokens[k - 1]?.norm === 'anak')
      || (/^(artis|aktris|aktor|penyanyi|pengusaha|politikus|politisi|presenter|selebritas|model|atlet|pejabat)$/.test(t.norm) && KIN_BEFORE.test(tokens[k - 1]?.norm ?? ''));
    if (KIN_CAPITALIZED.test(t.text)) return true;
  }
  return false;
}

/**
 * A body named as the one some sympathizers back (`menyita senjata dari rumah seorang simpatisan ISIS`,
 * `arrested three Islamic State sympathisers`): they are not its members, and do not stand for it.
 */
function sympathizersOf(v: SentenceView, span: Span): boolean {
  const before = wordBefore(v, span.start);
  if (/^(simpatisan|sympathizers?|sympathisers?)$/.test(before)) return true;
  if (v.lang !== 'en') return false;
  const after = v.s.text.slice(span.end - v.s.start, span.end - v.s.start + 16);
  return /^ (sympathi[sz]ers?|supporters)\b/.test(after);
}

/** Participles of mediation: who comes after them (`by`, `oleh`) brokered the act, not took part in it. */
const MEDIATED = /^(brokered|mediated|facilitated|arranged|hosted|ditengahi|dimediasi|difasilitasi|diprakarsai|dijembatani)$/;

/**
 * `mengkritik surat kabar Amerika Serikat, The New York Times,`: a country after a common noun,
 * then a comma and an organization or person closed by a comma or the sentence end: the name.
 */
function appositiveName(v: SentenceView, mi: MentionInfo): MentionInfo | undefined {
  const { tokens } = v;
  const e = mi.m.tokenEnd;
  if (tokens[e]?.text !== ',' || mi.m.part) return undefined;
  if (!lowerStart(tokens[mi.m.tokenStart - 1]?.text ?? '')) return undefined;
  const next = v.at.get(e + 1);
  if (!next || next.m.part) return undefined;
  // a place after its preposition, then its region, is the place (`di Kabupaten Demak, Jawa Tengah`);
  // then its country, the country (`a police station in Mandera, Kenya`: event coders name the country)
  // (but a citizen is named so after any preposition: `kepada warga negara Iran, Mohammad Reza Karimi,`)
  // (and a firm after its origin: `dengan produsen mobil listrik asal China, BYD,`)
  if (mi.prep !== undefined && !next.country && !(next.person && mi.country && CITIZEN_NOUNS.test(tokens[mi.m.tokenStart - 1]?.norm ?? ''))
    && !(mi.prep === 'asal' && mi.country && !next.person && !next.place)) return undefined;
  const after = tokens[next.m.tokenEnd];
  if (next.m.tokenEnd < v.s.tokenEnd && after && !/^[,.;:]$/.test(after.text)) return undefined;
  return next;
}


/** A person named right after `counterpart` that follows mention `mi` (a demonym or a country), if any. */
function counterpartAfter(v: SentenceView, mi: MentionInfo): MentionInfo | undefined {
  const n = v.tokens[mi.m.tokenEnd];
  if (!n || !COUNTERPART.has(n.norm)) return undefined;
  return counterpartNameAt(v, mi.m.tokenEnd + 1);
}

/**
 * A base form used as a noun: a name right after it, then the frame's preposition (`kritik
 * konstan Dewan HAM PBB terhadap kebijakan Israel`): the name is the genitive, the one who acts.
 * (`Rusia kritik Ukraina`, a headline verb, has no preposition after the name.)
 */
function nounUse(v: SentenceView, tr: Trigger): boolean {
  // the object of a verb or of a preposition, a name right after it, is a noun with its genitive:
  // `menghadapi invasi Rusia`, `akibat serangan Israel` (not `memperkuat kerja sama dengan X`)
  const prev = tr.start > v.s.tokenStart ? v.tokens[tr.start - 1]! : undefined;
  const genitive = v.at.get(tr.end);
  if (prev && v.lang === 'id' && genitive && !genitive.m.part && (isIdVerb(prev) || PREPOSITIONS.id.has(prev.norm) || /^(akibat|sebuah|suatu)$/.test(prev.norm))) return true;
  // (and after a noun it qualifies: `korupsi dana hibah untuk KONI`, `kasus bantuan untuk …` — the
  // funds a case is about, no grant the sentence's subject gives)
  if (prev && v.lang === 'id' && /^(dana|kasus|korupsi|penyelewengan|penyalahgunaan|pengelolaan|penyaluran|anggaran|pemotongan)$/.test(prev.norm)) return true;
  const g = mentionAfter(v, tr.end, v.s.tokenEnd);
  if (!g || g[0]!.prep) return false;
  const end = Math.max(...g.map((x) => x.m.tokenEnd));
  for (let j = end; j < Math.min(v.s.tokenEnd, end + 2); j++) {
    const n = v.tokens[j]!.norm;
    if (n !== 'obj' && tr.hit.row.target.includes(n)) return true;
  }
  return false;
}

/** Plural nouns of a side's ships and people after its name (`Chinese coast guard ships`, `Russian troops`). */
const ACCUSED_UNITS_EN = /^(ships|vessels|boats|warships|troops|forces|soldiers|militants|fighters|officials|agents|police|jets|aircraft|drones|hackers)$/;

/** Events whose object a verb's `-nya` may name, a person (`menahannya`, `membebaskannya`). */
const ON_PEOPLE_TYPES = new Set(['COERCE', 'CONCEDE', 'ASSAULT']);
/** CAMEO codes of the legal steps taken against a person (questioning, charges, naming a suspect, a police report or suit). */
const LEGAL_CAMEO = /^(09\d|112|1121|115)$/;

/** English verbs of bringing an act about, between `of` and the act's noun (`of orchestrating attacks`). */
const CAUSING_EN = /^(orchestrating|masterminding|planning|plotting|staging|carrying|launching|conducting|ordering|organizing|organising|directing|sponsoring|coordinating|instigating|inciting)$/;

/** The accused of an ACCUSE trigger `a` when trigger `b` is the act it names, right after the accused. */
function accusedAct(v: SentenceView, a: Trigger, b: Trigger): MentionLike[] | undefined {
  if (a.hit.row.type !== 'ACCUSE' || !a.objects.length) return undefined;
  let end = 0;
  for (const sp of a.objectSpans) end = Math.max(end, sp.end);
  let p = b.start - 1;
  // (an act noun behind a verb of bringing it about: `accused Britain of orchestrating sea-drone attacks`)
  if (v.lang === 'en') {
    let q = p;
    while (q > b.start - 4 && v.tokens[q]?.kind === 'word' && lowerStart(v.tokens[q]!.text) && !CAUSING_EN.test(v.tokens[q]!.norm)) q--;
    if (CAUSING_EN.test(v.tokens[q]?.norm ?? '') && v.tokens[q - 1]?.norm === 'of') p = q - 1;
  }
  // English names the act after `of` (`accused Russia of shelling`); a noun right after the object is
  // the object's own act (`condemned the Israeli strike on Gaza`: the strike happened). Indonesian
  // names it with a verb (`menuduh AS mendalangi kudeta`), not a noun (`mengecam serangan Israel`)
  if (v.lang === 'en' ? v.tokens[p]?.norm !== 'of' : b.hit.voice === 'nominal' || b.hit.voice === 'base') return undefined;
  if (/^(of|telah|sudah)$/.test(v.tokens[p]?.norm ?? '')) p--;
  // (the accused's ships or people between: `accused Chinese coast guard ships of ramming …`)
  if (v.lang === 'en' && v.tokens[p]?.end !== end && ACCUSED_UNITS_EN.test(v.tokens[p]?.norm ?? '')) p--;
  if (!v.tokens[p] || v.tokens[p]!.end !== end) return undefined;
  return toLike(a.objects, a.objectSpans);
}

/** Verbs of giving: what one is asked to give is what is asked for. */
const GIVING = /^(mengirim|mengirimkan|memberi|memberikan|memasok|menjual|menyediakan|menyerahkan|menyalurkan|send|supply|provide|give|deliver|sell|hand)$/;

/** Verbs whose object is the subject of the clause after `untuk`/`agar`/`to` (object control). */
const CONTROL_VERBS = new Set([
  'memerintahkan', 'menginstruksikan', 'menyuruh', 'mengizinkan', 'membiarkan', 'menugaskan', 'mengajak', 'meminta', 'mendesak', 'mendorong', 'memaksa', 'menekan', 'mengimbau', 'menyerukan', 'mempengaruhi', 'memengaruhi', 'membujuk', 'merayu', 'meyakinkan', 'mengundang', 'menunjuk',
  'ordered', 'orders', 'instructed', 'told', 'asked', 'allowed', 'urged', 'forced', 'pressed', 'directed', 'authorized', 'persuaded', 'convinced', 'invited', 'encouraged', 'appointed',
]);

/**
 * The object of a control verb before the connector that precedes token i: `memerintahkan
 * [Kemenhan AS] untuk mengerahkan …`. Undefined when the clause is not of that shape.
 */
/** Nouns of a plan, decision or effort, whose owner is the one who would act (`rencana X untuk …`). */
const PLAN_NOUNS_LIST = ['rencana', 'keputusan', 'upaya', 'usaha', 'niat', 'ambisi', 'kesediaan', 'komitmen', 'inisiatif', 'langkah', 'usulan', 'tawaran',
  'plan', 'plans', 'decision', 'move', 'bid', 'attempt', 'attempts', 'effort', 'efforts', 'offer', 'pledge', 'commitment', 'readiness', 'intention'];
const PLAN_NOUNS = new Set(PLAN_NOUNS_LIST);
/** Nouns of a proposal whose author a relative clause names (`rencana … yang diusulkan X`). */
const PROPOSALS = new Set([...PLAN_NOUNS_LIST, 'proposal', 'proposals', 'gagasan', 'resolusi', 'resolution', 'kebijakan', 'policy', 'policies', 'draft', 'rancangan']);

function controllerObject(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens, lang } = v;
  let p = i - 1;
  while (p > v.s.tokenStart && AUX[lang].has(tokens[p]!.norm) && !OBJECT_CONTROL[lang].has(tokens[p]!.norm)) p--;
  if (!OBJECT_CONTROL[lang].has(tokens[p]!.norm)) return undefined;
  const obj = v.endAt.get(p);
  if (!obj || obj.m.part) return undefined;
  // a plan, decision or effort of someone to act: `mengecam rencana Jepang untuk mengerahkan rudal`,
  // `memuji keputusan Jerman untuk mengirim`, `Germany's decision to send` — the planner acts
  const owner = groupOf(v, obj)[0]!;
  if (PLAN_NOUNS.has(tokens[owner.m.tokenStart - 1]?.norm ?? '')) return asLike(groupOf(v, obj));
  if (lang === 'en' && PLAN_NOUNS.has(tokens[p - 1]?.norm ?? '') && /^['’]s$/.test(tokens[p - 2]?.text ?? '')) {
    const who = v.endAt.get(p - 2);
    if (who && !who.m.part) return asLike(groupOf(v, who));
  }
  // the control verb right before the object (a title before a person allowed: `meminta Presiden X`)
  let q = obj.m.tokenStart - 1;
  while (q > v.s.tokenStart && v.cover.get(q)?.titleModifier) q = v.cover.get(q)!.m.tokenStart - 1;
  for (let k = q; k >= Math.max(v.s.tokenStart, q - 3); k--) {
    if (CONTROL_VERBS.has(tokens[k]!.norm)) return asLike(groupOf(v, obj));
    if (!upperStart(tokens[k]!.text) && !/^(kepada|pada|the)$/.test(tokens[k]!.norm)) break;
  }
  return undefined;
}

/**
 * A preposition inside the object's noun phrase: origin (`pilot asal Selandia Baru`), or a part of
 * a quantity (`dozens of Boko Haram fighters`, `ratusan dari warga`).
 */
function innerPrep(v: SentenceView, mi: MentionInfo): boolean {
  if (mi.prep === undefined) return false;
  // (the preposition may stand a few words before the name: `linked to the Islamic State group`)
  let p = mi.m.tokenStart - 1;
  while (p > v.s.tokenStart && p > mi.m.tokenStart - 5 && v.tokens[p]!.norm !== mi.prep) p--;
  const before = v.tokens[p - 1];
  return before !== undefined && v.tokens[p]!.norm === mi.prep && prepInsideNounPhrase(mi.prep, before);
}

/** Things and people of a side, after which `of X` names the side acted on. */
const BELONGING_TO = new Set(['positions', 'position', 'bases', 'base', 'headquarters', 'camps', 'camp', 'posts', 'outposts', 'convoy', 'convoys', 'fighters', 'leaders', 'commanders', 'strongholds', 'hideouts', 'judges', 'officials', 'members', 'officers', 'executives', 'employees', 'staff', 'diplomats', 'militants', 'soldiers', 'troops', 'units', 'subsidiaries', 'activists', 'supporters', 'cadres', 'workers', 'loyalists']);

/** People named by where they come from, who stand for their country (`crew members from India`). */
const PEOPLE_FROM = new Set(['nationals', 'citizens', 'crew', 'members', 'sailors', 'fishermen', 'workers', 'tourists', 'migrants', 'students', 'journalists', 'nelayan', 'pekerja', 'wisatawan', 'turis', 'awak', 'kapal', 'mahasiswa', 'jurnalis', 'migran', 'imigran', 'perang', 'tempur', 'pasukan', 'tentara', 'prajurit', 'delegasi', 'warships', 'ships', 'vessels', 'troops', 'soldiers', 'delegation', 'delegations']);

/** Goods, trade and firms, whose origin after `from`/`dari` is the one a trade measure falls on. */
const GOODS = new Set(['goods', 'products', 'imports', 'exports', 'companies', 'firms', 'vessels', 'ships', 'steel', 'cars', 'vehicles', 'apps', 'shipments', 'produk', 'barang', 'perusahaan', 'komoditas']);

/** Words before `of`/`dari` that make it part of a quantity (`dozens of`, `lebih dari`, `ratusan dari`). */
const MEMBER_NOUNS = new Set(['kader', 'anggota', 'legislatif', 'politikus', 'politisi', 'pengurus', 'perwakilan', 'utusan', 'delegasi', 'pemain', 'simpatisan', 'pendukung']);
const NAMED_PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'region', 'province', 'island', 'district', 'state', 'capital', 'enclave', 'territory']);
const QUANTITY = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'several', 'many', 'some', 'two', 'three', 'four', 'five', 'members', 'group', 'groups', 'leader', 'leaders', 'supporters', 'ratusan', 'ribuan', 'puluhan', 'sebagian', 'sejumlah', 'lebih', 'kurang', 'parts', 'part', 'areas', 'most', 'much', 'swathes']);

/**
 * Does preposition `prep` after token `prev` stay inside the noun phrase of an object: origin
 * (`pilot asal Selandia Baru`), a quantity (`dozens of Boko Haram fighters`, `lebih dari 1000
 * tahanan`), or the place of people or places acted on (`20 people in Gaza City`, `sejumlah kota
 * di Ukraina`)?
 */
function prepInsideNounPhrase(prep: string, prev: Token): boolean {
  // `asal`: `WNI asal Aceh`; `milik`: `aset milik oligarki Rusia`, `kapal milik Israel` (the owner is the one acted on)
  if (prep === 'asal' || prep === 'milik') return true;
  // (`the city of Donetsk`, `the port of Odesa`: the place is named after its noun)
  // (`shelled positions of the Syrian Democratic Forces`, `arrested members of X`: the body the things or people belong to)
  // (`froze the assets of X`: the owner is the one acted on)
  if (prep === 'of') return QUANTITY.has(prev.norm) || NAMED_PLACE_NOUNS.has(prev.norm) || BELONGING_TO.has(prev.norm) || /^(assets|accounts|funds|property|properties|holdings)$/.test(prev.norm);
  // (`seorang kader dari Partai Demokrat, X,`: a member described by the body they come from)
  // (`barang-barang dari India`: a reduplicated noun by its base)
  if (prep === 'dari') return QUANTITY.has(prev.norm) || MEMBER_NOUNS.has(prev.norm) || COUNTERPART.has(prev.norm) || GOODS.has(prev.base ?? prev.norm) || PEOPLE_FROM.has(prev.base ?? prev.norm);
  // (`tariffs on goods from China`, `sanctions on companies from Iran`: the goods' or firms' country)
  // (`detained eight crew members from Georgia`, `menangkap nelayan dari Vietnam`: people of a country
  // stand for it)
  if (prep === 'from') return GOODS.has(prev.norm) || PEOPLE_FROM.has(prev.norm);
  if (prep === 'in' || prep === 'di' || prep === 'near' || prep === 'dekat') return PLACE_NOUNS.has(prev.base ?? prev.norm);
  // `a militant linked to Jemaah Islamiyah`, `fighters loyal to the junta`, `affiliated with ISIS`
  if (prep === 'to' || prep === 'with' || prep === 'dengan') return /^(linked|loyal|affiliated|tied|allied|associated|terkait|berafiliasi|terafiliasi|berhubungan)$/.test(prev.norm)
    // `troops to the border with Ukraine`, `ke perbatasan dengan Ukraina`: the country over the border
    || ((prep === 'with' || prep === 'dengan') && /^(border|borders|frontier|perbatasan)$/.test(prev.norm));
  return false;
}

/** The first anaphor from token `i` up to (not at) `to`. */
function anaphorWithin(v: SentenceView, i: number, to: number, recent: RecentEntities): MentionLike[] | undefined {
  for (let j = i; j < to; j++) {
    const a = anaphor(v, j, recent.entities, recent);
    if (a) return a;
  }
  return undefined;
}

/** Nouns of citizenship before a country (`warga negara Iran`, `a British national`). */
const CITIZEN_NOUNS = /^(warga|negara|citizen|national)$/;

/** The comma at j closes `warga negara Iran` and opens the citizen's name: `…, Mohammad Reza Karimi,`. */
function citizenNamed(v: SentenceView, j: number): boolean {
  const country = v.endAt.get(j);
  if (!country || !country.country || !CITIZEN_NOUNS.test(v.tokens[country.m.tokenStart - 1]?.norm ?? '')) return false;
  const named = v.at.get(j + 1);
  return named !== undefined && named.person && !named.m.part;
}

/** Objects of a trigger by its frame; `between` tells they came after `antara` (both ends of the event). */
function objectsRight(v: SentenceView, tr: Trigger, passive: boolean, recent?: RecentEntities): MentionLike[] & { between?: boolean } {
  const { tokens } = v;
  const to = v.s.tokenEnd;
  const row = tr.hit.row;
  // the object cannot lie beyond the next clause boundary (nor further than a clause reaches)
  let limit = Math.min(to, tr.end + WINDOW);
  let listed = false;
  // (`menahan mantan bendahara desa, Yakobus Ndun,`: the comma of an appositive name goes on)
  const appositive = personAfterDescription(tokens, tr.end, to, (j) => { const mi = v.at.get(j); return mi !== undefined && !mi.m.part && mi.person; });
  for (let j = tr.end; j < limit; j++) {
    const n = tokens[j]!.norm;
    // a clause opens: `tidak menampik bahwa Indonesia akan …` has no entity object
    // (`organisasi yang terkait dengan Korea Utara`: a relative clause of ties names the object's side)
    if (n === 'yang' && (LINKED.test(tokens[j + 1]?.norm ?? '') || tokens[j + 1]?.norm === 'melibatkan')) continue;
    // (`kerja sama yang baru antara Indonesia dan Prancis`: an adjective, then the noun's own parties)
    if (n === 'yang' && v.lang === 'id' && j + 2 < v.s.tokenEnd && /^(antara|dengan)$/.test(tokens[j + 2]!.norm) && !isIdVerb(tokens[j + 1]!) && !v.at.has(j + 1)) { j++; continue; }
    // (a demand's `that` opens the clause of the one asked to act: `demanded that President X raise …`)
    // (a name or a title right after it: not `demanding that it force Gojek …`, whose `it` is another)
    if (j === tr.end && n === 'that' && row.type === 'REQUEST' && (v.at.has(j + 1) || (tokens[j + 1]?.kind === 'word' && upperStart(tokens[j + 1]!.text)))) continue;
    // (`sementara` right after the verb is `temporarily`: `membekukan sementara izin X`)
    if (tokens[j]!.text === ';' || (/^(karena|sebab|sehingga|namun|tetapi|sedangkan|sementara|yang|bahwa|because|but|while|which|who|that)$/.test(n) && !(n === 'sementara' && j === tr.end))) { limit = j; break; }
    // a clause of time tells another event: `deploying warships a day after Taiwan's president returned from Paraguay`
    if (j > tr.end && /^(after|before|when|setelah|sebelum|sesudah|usai|seusai|ketika)$/.test(n)) { limit = j; break; }
    // (a comma that opens the list of what was named goes on: `ke tiga negara, yakni Kenya, …`; so do
    // the commas of a list of goods: `bantuan berupa tenda, obat-obatan, dan makanan bagi korban gempa di Turki`)
    // (and of what a load holds: `20 truk berisi beras, air mineral, dan selimut untuk …`)
    if (/^(berupa|seperti|including|such|berisi|berisikan|containing|carrying)$/.test(n)) listed = true;
    // (goods the aid row needs open the list themselves: `mengirimkan 20 ton beras, tenda dan selimut bagi …`)
    // (not past a speech tag: `…, kata Duta Besar X`)
    if (row.type === 'AID' && j < tr.end + 4 && row.needs.includes(n)) listed = true;
    if (listed && tokens[j]!.text === ',' && speechTag(tokens[j + 1])) { limit = j; break; }
    if (tokens[j]!.text === ',' && j > tr.end + 1 && j !== appositive && !citizenNamed(v, j) && elaborationWords(tokens, j) === 0 && !INCLUDING.test(tokens[j + 1]?.norm ?? '') && !(listed && tokens[j + 1]?.kind === 'word' && lowerStart(tokens[j + 1]!.text) && !(v.lang === 'id' && isIdVerb(tokens[j + 1]!)))) { limit = j; break; }
  }
  let infinitive = -1;
  for (const slot of row.target) {
    if (slot === 'obj') {
      if (passive) continue;
      // `menilai serangan itu melanggar …`: the act judged right after the verb, pointing back to an act
      // told before, is its doer's (not a name further on)
      if (recent && row.type === 'ACCUSE' && v.lang === 'id' && referencedAct(v, tr.end, limit) === tr.end) {
        const types = ACT_NOUN_TYPES[tokens[tr.end]!.norm];
        const doers = types ? actorOfReferencedAct(recent, v.s.index, types, 2) : undefined;
        if (doers) return doers.map((e) => ({ entity: e, span: { start: tokens[tr.end]!.start, end: tokens[tr.end]!.end } }));
      }
      // `Vietnam menuding kapal China menyerang perahu nelayannya`: what is `-nya`'s in the object is the
      // sentence's main subject's (a body or country), when the act is another's
      if (v.lang === 'id' && (row.type === 'ASSAULT' || row.type === 'COERCE' || row.type === 'SANCTION')) {
        const own = recent ? ownedObject(v, tr, recent.entities) : undefined;
        if (own) return own;
      }
      // `menolak rencana pemindahan warga Palestina dari Gaza yang diusulkan Presiden AS Donald Trump`:
      // a plan's author, named in the relative clause after its description, is the target (not a name
      // inside the description, which the clause boundary at `yang` leaves as the nearest)
      if (AUTHORED.has(row.type)) {
        const by = proposedBy(v, tr.end);
        if (by) return by;
      }
      let g = mentionAfter(v, tr.end, limit);
      // `mengusir Duta Besar Prancis Sylvain Itté`: a diplomat expelled stands for the country of their title
      if (g && g[0]!.person && row.cameo === '161' && row.target.includes('obj')) {
        const title = v.mentions[g[0]!.k - 1];
        if (title && title.titleModifier && title.country && !title.m.part && title.m.tokenStart >= tr.end) g = [title];
      }
      // (a place inside the description of what is rejected is no author: `menolak gugatan hasil
      // pemilihan wali kota Medan yang diajukan pasangan X`)
      if (g && g[0]!.place && AUTHORED.has(row.type)) {
        const by = authorOf(v, tr.end);
        if (by) return by;
      }
      // `freed 4,000 prisoners, including two Indonesian nationals`: the named ones among those acted on
      if (!g && (row.type === 'COERCE' || row.type === 'CONCEDE' || row.type === 'ASSAULT')) {
        for (let j = tr.end + 1; j < limit - 1; j++) if (tokens[j]!.text === ',' && INCLUDING.test(tokens[j + 1]!.norm)) { g = mentionAfter(v, j + 2, limit); break; }
      }
      // (those one fights alongside are allies, not the enemy: `troops fighting alongside Russian forces`)
      if (g && row.type === 'ASSAULT' && ALONGSIDE.test(tokens[g[0]!.m.tokenStart - 1]?.norm ?? '')) return [];
      const owner = g ? undefined : ofNeededNoun(v, tr, limit);
      if (owner) return asLike(owner);
      // what one condemns or backs is an act's agent, not its victims: `mengecam keras penembakan warga
      // Papua oleh aparat`, `condemned the killing of civilians in Gaza` (the agent after by/oleh, or none)
      if (g && AUTHORED.has(row.type) && victimsOfAct(tokens, tr.end, g[0]!.m.tokenStart)) {
        const by = agentAfter(v, g[0]!.m.tokenEnd, limit);
        if (by) return by;
        continue;
      }
      // `bertemu di Sochi, Rusia`: where a meeting is held is no party to it (an attack there lands on it)
      if (g && UNDIRECTED.has(row.type) && afterPlace(v, g[0]!)) continue;
      // a country near which the place lies is no party (`raided a scam compound near the Thai border`);
      // a town near which it lies is where the act lands (`a village near Kharkiv`)
      if (g && g[0]!.country && nearBefore(tokens, g[0]!.m.tokenStart)) continue;
      // an English place before a noun of a person or firm only says where they are from (`accounts
      // linked to a Sarawak timber tycoon`)
      if (g && v.lang === 'en' && g[0]!.place && !g[0]!.country && placeOfPerson(tokens, g[0]!.m.tokenEnd)) continue;
      // the preposition of a phrasal trigger (`called on Myanmar`, `bertolak ke`) is the trigger's own
      if (g && (!g[0]!.prep || g[0]!.m.tokenStart === tr.end || innerPrep(v, g[0]!))) return asLike(g);
      // `memperingatkan negara tersebut`
      const a = recent ? anaphorWithin(v, tr.end, Math.min(limit, tr.end + 2), recent) : undefined;
      if (a) return a;
      // what one rejects, backs or criticizes, made by someone: `menolak gencatan senjata yang
      // dideklarasikan oleh ARSA`, `rejected a plan proposed by Egypt`
      if (AUTHORED.has(row.type)) {
        // (`condemned the killing of civilians in Gaza by Israeli forces`: the act's agent)
        const by = victimsOfAct(tokens, tr.end, Math.min(limit, tr.end + 4)) ? agentAfter(v, tr.end, limit) : authorOf(v, tr.end) ?? possessorOf(v, tr.end, limit);
        if (by) return by;
        // `mengecam peluncuran rudal tersebut`, `condemned the launch`: the act the last sentence
        // told, by the one who did it
        const noun = recent && (row.type === 'ACCUSE' || row.type === 'REJECT') ? referencedAct(v, tr.end, limit) : -1;
        if (recent && noun >= 0) {
          const span = { start: tokens[tr.end]!.start, end: tokens[tr.end]!.end };
          // (an attack or an arrest told up to two sentences before is that event's, whoever spoke between)
          const types = ACT_NOUN_TYPES[tokens[noun]!.norm];
          // (an act of no one type, `the manoeuvre`, `operasi itu`: the hostile act this sentence told last)
          const doers = types ? actorOfReferencedAct(recent, v.s.index, types, 2) : actorOfReferencedAct(recent, v.s.index, HOSTILE_TYPES, 0);
          if (doers) return doers.map((e) => ({ entity: e, span }));
          const actor = recent.previousActor(v.s.index);
          if (actor) return actor.map((x) => ({ entity: x.entity, span }));
        }
      }
      continue;
    }
    // what a rejected proposal comes from lies within its noun phrase (`rejected the peace proposal
    // from Ukraine`), not further on (`menolak menarik pasukan dari Suriah`)
    const near = row.type === 'REJECT' && (slot === 'dari' || slot === 'from');
    for (let j = tr.end; j < (near ? Math.min(limit, tr.end + 7) : limit); j++) {
      if (near && v.lang === 'id' && isIdVerb(tokens[j]!)) break;
      // (the parties `between` a clause of time names are its event's: `agreed to resume flights after
      // talks between Wang Yi and Ajit Doval` is no agreement of the two ministers)
      if ((slot === 'antara' || slot === 'between') && j > tr.end && AFTER_CLAUSE.test(tokens[j]!.norm)) break;
      if (tokens[j]!.norm !== slot && !(slot === 'in' && /^(across|throughout)$/.test(tokens[j]!.norm))) continue;
      // (an infinitive's `to` names a recipient only when no other slot does: `will lend Indonesia 70
      // billion yen to extend the Jakarta MRT` lends to Indonesia; `pledged $1 billion to rebuild Syria`)
      if (slot === 'to' && v.lang === 'en' && tokens[j + 1]?.kind === 'word' && lowerStart(tokens[j + 1]!.text) && !/^(the|a|an|its|their|his|her|our|both|all|several|some|two|three|four|five|six|seven|eight|nine|ten|rebel|rebels|militants|forces|troops|people|civilians|refugees|residents|victims|areas|parts|countries|nations|member|members|neighbouring|neighboring|war-torn|quake-hit|flood-hit|besieged|northern|southern|eastern|western|central)$/.test(tokens[j + 1]!.norm) && !v.at.has(j + 1)) {
        if (infinitive < 0) infinitive = j;
        continue;
      }
      if (slot === 'antara' || slot === 'between') {
        const g = mentionAfter(v, j + 1, limit);
        // (regions are no parties: `agreed to speed up a power link between Sarawak and West
        // Kalimantan` is between the ones who agreed)
        // (only when another noun, not the trigger, comes before `between`: `talks between Washington and
        // Beijing` are the capitals' governments')
        if (g && j > tr.end && g.every((x) => x.place && !x.country)) continue;
        if (g) return Object.assign(asLike(g), { between: true });
      }
      // `massed troops near its border with Ukraine`, `di dekat perbatasannya dengan Ukraina`: the country across the border
      if (row.type === 'MOBILIZE') {
        const across = borderWith(v, j + 1, limit);
        if (across) return across;
      }
      const g = mentionAfter(v, j + 1, limit);
      // `withdrew from the Paris climate agreement`, `keluar dari kesepakatan iklim Paris`: a name of the agreement left
      if (g && (slot === 'dari' || slot === 'from') && namesAgreement(v, g[0]!)) continue;
      // a protest over an act is against its agent, not its victims: `nota protes atas penahanan 27 WNI
      // oleh otoritas imigrasi Malaysia`
      if (g && (slot === 'atas' || slot === 'over') && AUTHORED.has(row.type) && victimsOfAct(tokens, j + 1, g[0]!.m.tokenStart)) {
        const by = agentAfter(v, g[0]!.m.tokenEnd, limit);
        if (by) return by;
        continue;
      }
      if (g) return asLike(g);
      // `to his country`, `kepada negara tersebut`
      const a = recent ? anaphorWithin(v, j + 1, Math.min(limit, j + 3), recent) : undefined;
      if (a) return a;
    }
  }
  if (infinitive >= 0) {
    const g = mentionAfter(v, infinitive + 1, limit);
    if (g) return asLike(g);
  }
  return [];
}

/** Lower-case words from token i up to a noun of a person or a firm (`timber tycoon`, `businessman`). */
function placeOfPerson(tokens: Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !lowerStart(t.text)) return false;
    if (/^(tycoon|businessman|businesswoman|businessmen|magnate|banker|trader|developer|executive|lawmaker|politician|official|officials|man|woman|family|firm|company|companies)$/.test(t.norm)) return true;
  }
  return false;
}

/** A verb of hosting a few words before token i, itself after a word of readiness or offer. */
function offeredToHost(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= Math.max(from, i - 9); j--) {
    const n = tokens[j]!.norm;
    if (n === 'host' || n === 'hosting' || (n === 'rumah' && tokens[j - 1]?.norm === 'tuan')) {
      for (let k = j - 1; k >= Math.max(from, j - 5); k--) if (/^(ready|willing|offer|offers|offered|offering|siap|bersedia|menawarkan|tawaran)$/.test(tokens[k]!.norm)) return true;
      return false;
    }
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';') return false;
  }
  return false;
}

/** Kinds of firms, whose deliveries to each other are trade. */
const COMMERCIAL = new Set(['company', 'soe']);

/** Talks at token i are what is to be done: `to hold annual meetings`, `untuk menggelar pertemuan`, `to resume talks`. */
function talksAgreedOn(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const n = tokens[j]!.norm;
    if (/^(in|at|during|dalam|pada|saat|lewat|melalui|via|by|after|setelah|usai)$/.test(n)) return false;
    if (/^(to|untuk|hold|holding|resume|resuming|menggelar|mengadakan|melanjutkan|melakukan|continue)$/.test(n)) return true;
  }
  return false;
}

/** `near (the)`, `di dekat` right before token i. */
function nearBefore(tokens: Token[], i: number): boolean {
  let p = i - 1;
  if (tokens[p]?.norm === 'the') p--;
  return /^(near|dekat)$/.test(tokens[p]?.norm ?? '');
}

/** The country named in `(dekat) perbatasan(nya) dengan X`, `(near) its border with X` a few words from `a`. */
function borderWith(v: SentenceView, a: number, limit: number): MentionLike[] | undefined {
  const { tokens } = v;
  for (let j = a; j < Math.min(limit - 1, a + 5); j++) {
    const n = tokens[j]!.norm;
    if (!/^(perbatasan|border|borders|frontier)$/.test(n) && tokens[j]!.base !== 'perbatasan') continue;
    if (!/^(dengan|with)$/.test(tokens[j + 1]!.norm)) return undefined;
    const mi = v.at.get(j + 2);
    return mi && !mi.m.part ? asLike(groupOf(v, mi)) : undefined;
  }
  return undefined;
}

/** Verbs of dying or being hurt before `in`/`dalam` an attack. */
const KILLED = /^(tewas|terbunuh|meninggal|gugur|terluka|cedera|killed|died|dead|wounded|injured|hurt)$/;

/**
 * Those killed or hurt in the attack named by the nominal trigger `tr`, and its author:
 * `X tewas dalam/akibat serangan (udara) Israel`, `X was killed in an Israeli strike`.
 */
function killedIn(v: SentenceView, tr: Trigger): { victims: MentionLike[]; by: MentionLike[] } | undefined {
  const { tokens } = v;
  let p = tr.start - 1;
  let byDemonym: MentionInfo | undefined;
  while (p > v.s.tokenStart && (/^(a|an|the|air|drone|missile|rocket|udara|rudal|roket)$/.test(tokens[p]!.norm) || v.endAt.get(p + 1)?.m.demonym)) {
    const d = v.endAt.get(p + 1);
    if (d?.m.demonym && !byDemonym) { byDemonym = d; p = d.m.tokenStart - 1; continue; }
    p--;
  }
  if (!/^(dalam|akibat|oleh|in|by|during)$/.test(tokens[p]?.norm ?? '')) return undefined;
  const verb = p - 1;
  if (!KILLED.test(tokens[verb]?.norm ?? '')) return undefined;
  let q = verb - 1;
  while (q > v.s.tokenStart && /^(was|were|been|have|has|had|be|telah|sudah|yang|dilaporkan|dikabarkan|reportedly)$/.test(tokens[q]!.norm)) q--;
  // the victims: the group ending just before, or named within a few words before (`seorang pemimpin
  // senior Al Qaeda`, `three Palestinian civilians`)
  let victims: MentionLike[] | undefined;
  for (let j = q; j >= Math.max(v.s.tokenStart, q - 4) && !victims; j--) {
    const mi = v.cover.get(j);
    if (mi && !mi.m.part) victims = asLike(groupOf(v, mi));
  }
  if (!victims) return undefined;
  let by: MentionLike[] | undefined = byDemonym ? [{ entity: byDemonym.m.entity, span: byDemonym.m }] : undefined;
  if (!by) {
    const g = mentionAfter(v, skipWords(v, tr.end, Math.min(v.s.tokenEnd, tr.end + 3), /^(udara|rudal|roket|drone|militer)$/), Math.min(v.s.tokenEnd, tr.end + 4));
    if (g && !g[0]!.prep) by = asLike(g);
  }
  // (or named by a relative clause after the attack: `serangan udara yang dilancarkan oleh militer
  // Israel`, `a strike carried out by Israel`)
  if (!by) by = authorOf(v, skipWords(v, tr.end, Math.min(v.s.tokenEnd, tr.end + 3), /^(udara|rudal|roket|drone|air|missile|rocket)$/));
  if (!by || by.some((b) => victims!.some((x) => x.entity === b.entity))) return undefined;
  return { victims, by };
}

/**
 * The author of an act that opens the sentence before token `until`: `A U.S. strike …`, `The Israeli
 * raid …` (a demonym or name before the act noun), `Serangan Israel …` (a genitive after it).
 */
function actAuthorAtStart(v: SentenceView, until: number): MentionLike[] | undefined {
  const { tokens } = v;
  let j = v.s.tokenStart;
  if (/^(a|an|the)$/.test(tokens[j]?.norm ?? '')) j++;
  const before = v.at.get(j);
  if (before && !before.m.part && ACT_NOUNS.has(tokens[before.m.tokenEnd]?.norm ?? '') && before.m.tokenEnd < until) return asLike([before]);
  // (English, with a possessive: `Israel's strike on a Hamas compound in Doha drew swift condemnation from …`)
  if (before && !before.m.part && v.lang === 'en' && /^['’]s$/.test(tokens[before.m.tokenEnd]?.text ?? '')) {
    let k = before.m.tokenEnd + 1;
    if (/^(air|missile|rocket|drone|military|deadly|latest)$/.test(tokens[k]?.norm ?? '')) k++;
    if (ACT_NOUNS.has(tokens[k]?.norm ?? '') && k < until) return asLike([before]);
  }
  if (ACT_NOUNS.has(tokens[j]?.norm ?? '')) {
    let k = j + 1;
    if (/^(udara|rudal|roket|drone|militer)$/.test(tokens[k]?.norm ?? '')) k++;
    // (the genitive suffered the act; an agent after `oleh`/`by` did it: `Penangkapan aktivis X oleh
    // Polda Metro Jaya menuai kecaman dari …`, `The arrest of X by police drew criticism from …`)
    if (tokens[k]?.norm === 'of') k++;
    const after = v.at.get(k) ?? mentionAfter(v, k, until)?.[0];
    if (after && !after.m.part && after.m.tokenEnd < until) {
      const by = byRightAfter(v, groupEnd(v, after));
      if (by && by[by.length - 1]!.span.end <= tokens[until]!.start) return by;
      return asLike(groupOf(v, after));
    }
  }
  return undefined;
}

/** The sentence opens with an act pointed back to, then the passive verb at token i: `Tindakan itu (langsung) dikecam`, `Hal itu dikritik`, `The move was condemned`. */
function actAnaphorBefore(v: SentenceView, i: number): boolean {
  const { tokens } = v;
  let j = v.s.tokenStart;
  if (/^(the|this|that)$/.test(tokens[j]?.norm ?? '')) j++;
  if (!(ACT_NOUNS.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'hal')) return false;
  j++;
  if (v.lang === 'id') {
    if (!/^(itu|tersebut|ini)$/.test(tokens[j]?.norm ?? '')) return false;
    j++;
  }
  while (j < i && (AUX[v.lang].has(tokens[j]!.norm) || /^(langsung|segera|keras|was|were|has|been|quickly|swiftly|widely)$/.test(tokens[j]!.norm))) j++;
  return j === i;
}

/** Nouns of acts a later sentence refers back to (`peluncuran rudal tersebut`, `the attack`). */
const ACT_NOUNS = new Set(['latihan', 'drills', 'exercise', 'exercises', 'peluncuran', 'serangan', 'penembakan', 'pengeboman', 'penyerangan', 'uji', 'aksi', 'tindakan', 'langkah', 'keputusan', 'kebijakan', 'pernyataan', 'ancaman', 'penangkapan', 'penahanan', 'invasi', 'agresi', 'provokasi', 'launch', 'launches', 'attack', 'attacks', 'strike', 'strikes', 'test', 'tests', 'move', 'decision', 'statement', 'threat', 'threats', 'arrest', 'invasion', 'provocation', 'manoeuvre', 'maneuver', 'manoeuvres', 'maneuvers', 'raid', 'raids', 'operation', 'incursion', 'crackdown', 'blockade', 'operasi', 'manuver', 'blokade', 'penggerebekan']);

/**
 * Right after the trigger, an act named by a noun and pointed back to (`peluncuran rudal tersebut`,
 * `aksi itu`, `the launch`, `the missile test`), with no name of its own in it.
 */
function referencedAct(v: SentenceView, i: number, limit: number): number {
  const { tokens } = v;
  let j = i;
  while (j < limit && /^(keras|tegas|the|this|that|these|those|latest|recent)$/.test(tokens[j]!.norm)) j++;
  if (j >= limit || !ACT_NOUNS.has(tokens[j]!.norm)) return -1;
  const en = v.lang === 'en';
  // Indonesian: the noun, at most two words, then `tersebut`/`itu`/`ini`; English: after `the`/`this`
  if (en && !/^(the|this|that|these|those)$/.test(tokens[j - 1]?.norm ?? '')) return -1;
  for (let k = j + 1; k < Math.min(limit, j + 4); k++) {
    const n = tokens[k]!.norm;
    if (v.at.has(k) || v.cover.has(k)) return -1;
    if (!en && /^(tersebut|itu|ini)$/.test(n)) return j;
    // (English: a preposition right after the noun gives the act its own ends, `the attack on X`; further
    // on it belongs to what the act is called, `the attack an act of terror`)
    const prep = k === j + 1 && /^(by|on|against|in|of)$/.test(n);
    if (en && (tokens[k]!.kind === 'punct' || prep)) return prep ? -1 : j;
    if (tokens[k]!.kind === 'punct') return -1;
  }
  return en ? j : -1;
}

/** The event types an act noun names, where it names some (`serangan itu` → an ASSAULT told before). */
const ASSAULTS = new Set(['ASSAULT']);
const COERCIONS = new Set(['COERCE']);
const DRILLS = new Set(['MOBILIZE', 'COOPERATE']);
const ACT_NOUN_TYPES: Record<string, Set<string>> = {
  serangan: ASSAULTS, penyerangan: ASSAULTS, pengeboman: ASSAULTS, penembakan: ASSAULTS, invasi: ASSAULTS, agresi: ASSAULTS,
  attack: ASSAULTS, attacks: ASSAULTS, strike: ASSAULTS, strikes: ASSAULTS, invasion: ASSAULTS,
  penangkapan: COERCIONS, penahanan: COERCIONS, arrest: COERCIONS,
  // (`Taipei mengecam latihan itu`: forces massed for drills, or the drills two held together)
  latihan: DRILLS, drills: DRILLS, exercise: DRILLS, exercises: DRILLS,
};

/** Event types of harm or pressure whose doer a judgment of `the manoeuvre`, `the operation` is aimed at. */
const HOSTILE_TYPES = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'THREATEN']);

/**
 * Who did the act a noun points back to: the subjects of the last event of one of `types` told in
 * this sentence or the `back` before it (`mengecam serangan itu`: an attack up to two sentences back;
 * `…, Manila said, denouncing the manoeuvre`: a hostile act of this sentence).
 */
function actorOfReferencedAct(recent: RecentEntities, sentence: number, types: Set<string>, back: number): number[] | undefined {
  for (let s = sentence; s >= sentence - back; s--) {
    const acts = recent.actsOf(s);
    for (let k = acts.length - 1; k >= 0; k--) {
      const a = acts[k]!;
      if (types.has(a.type) && a.subjects.length) return a.subjects;
    }
  }
  return undefined;
}

/** English `froze the assets of X`, `revoked the autonomy of X`: the name after `of` that follows the row's needed noun. */
function ofNeededNoun(v: SentenceView, tr: Trigger, limit: number): MentionInfo[] | undefined {
  if (!tr.hit.row.needs.length) return undefined;
  if (v.lang === 'id') return ownerAfterNeededNoun(v, tr, limit);
  for (let j = tr.end; j < Math.min(limit - 1, tr.end + 5); j++) {
    const t = v.tokens[j]!;
    if (t.kind === 'punct' || v.at.has(j)) return undefined;
    if (t.norm === 'of' && tr.hit.row.needs.includes(v.tokens[j - 1]!.norm)) {
      const k = v.tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
      const mi = v.at.get(k);
      return mi && !mi.m.part ? groupOf(v, mi) : undefined;
    }
  }
  return undefined;
}

/**
 * Indonesian: the owner after the needed noun and its modifiers: `membekukan izin operasional
 * TikTok`, `membekukan tanda daftar (TDPSE) milik TikTok`, `menyita aset milik Riza Chalid`.
 */
function ownerAfterNeededNoun(v: SentenceView, tr: Trigger, limit: number): MentionInfo[] | undefined {
  const { tokens } = v;
  const needs = tr.hit.row.needs;
  for (let j = tr.end; j < Math.min(limit, tr.end + 4); j++) {
    if (!needs.includes(tokens[j]!.norm)) continue;
    let k = j + 1;
    // modifiers (lower-case words), a short form in parentheses, then `milik`
    for (let words = 0; k < limit && words < 6; k++) {
      const t = tokens[k]!;
      if (t.text === '(') { const close = k + 2 < limit && tokens[k + 2]!.text === ')' ? k + 2 : -1; if (close < 0) break; k = close; continue; }
      // (a preposition of the frame opens its own slot: `vonis mati kepada warga negara Iran, X`)
      if (t.kind !== 'word' || !lowerStart(t.text) || isIdVerb(t) || v.at.has(k) || tr.hit.row.target.includes(t.norm)) break;
      words++;
    }
    const mi = v.at.get(k);
    return mi && !mi.m.part ? groupOf(v, mi) : undefined;
  }
  return undefined;
}

/**
 * The owner named after `milik`/`kepunyaan` within the clause after token `from` (twenty words, no
 * verb or sentence punctuation between): its mentions, past a title before the name.
 */
function ownerNamedLater(v: SentenceView, from: number): MentionInfo[] | undefined {
  const { tokens } = v;
  for (let k = from; k < Math.min(v.s.tokenEnd, from + 20); k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.' || (k > from && isIdVerb(t) && !v.cover.has(k))) return undefined;
    if (t.norm !== 'milik' && t.norm !== 'kepunyaan') continue;
    // (past a title and the body or region it names: `milik Bupati Sidoarjo Ahmad Muhdlor Ali`)
    const titled = titleStartingAt(tokens, k + 1, v.s.tokenEnd);
    if (!titled) { const mi = v.at.get(k + 1); return mi && !mi.m.part ? groupOf(v, mi) : undefined; }
    for (let j = titled.end; j < Math.min(v.s.tokenEnd, titled.end + 6); j++) {
      const mi = v.at.get(j);
      if (mi && !mi.m.part && mi.person) return groupOf(v, mi);
      if (mi) j = mi.m.tokenEnd - 1;
      else if (tokens[j]!.kind !== 'word' || !upperStart(tokens[j]!.text)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** A name inside an agreement's name: before its noun in English (`the Paris climate agreement`), after it in Indonesian (`kesepakatan iklim Paris`). */
function namesAgreement(v: SentenceView, mi: MentionInfo): boolean {
  const { tokens } = v;
  if (v.lang === 'en') {
    for (let j = mi.m.tokenEnd; j < Math.min(v.s.tokenEnd, mi.m.tokenEnd + 3); j++) {
      if (AGREEMENT_NOUNS.has(tokens[j]!.norm)) return true;
      if (tokens[j]!.kind !== 'word') return false;
    }
    return false;
  }
  for (let j = mi.m.tokenStart - 1; j >= Math.max(v.s.tokenStart, mi.m.tokenStart - 3); j--) {
    if (AGREEMENT_NOUNS.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.kind !== 'word' || PREPOSITIONS.id.has(tokens[j]!.norm)) return false;
  }
  return false;
}

/** A name after a comma that follows a place after `di`/`in`/`at` (`di Sochi, Rusia`): where the place lies. */
function afterPlace(v: SentenceView, mi: MentionInfo): boolean {
  if (v.tokens[mi.m.tokenStart - 1]?.text !== ',') return false;
  const place = v.endAt.get(mi.m.tokenStart - 1);
  return place !== undefined && /^(di|in|at)$/.test(place.prep ?? '');
}

/** An English `-ing` form used as a noun (`the shelling of Kharkiv`, `its bombing`), not a verb (`is attacking Ukraine`). */
function englishNoun(v: SentenceView, tr: Trigger): boolean {
  if (!/ing$/.test(v.tokens[tr.start]!.norm)) return true;
  const prev = v.tokens[tr.start - 1]?.norm ?? '';
  return /^(the|a|an|its|their|his|her|our|this|that|of|'s|’s)$/.test(prev) || v.tokens[tr.end]?.norm === 'of';
}

/**
 * The name whose possessive `'s` stands right before token i, or before one or two lower-case words
 * before it (`Russia's invasion`, `the European Union's trade agreement`). Undefined when none does.
 */
function possessorBefore(v: SentenceView, i: number): MentionInfo | undefined {
  const { tokens } = v;
  let k = i - 1;
  while (k > i - 3 && k > v.s.tokenStart && tokens[k]!.kind === 'word' && /^[a-z][a-z-]*$/.test(tokens[k]!.text) && !/^(a|an|the|and|or|of|to|in|on|for|with|by|its|their|his|her)$/.test(tokens[k]!.norm) && !/^['’]s$/.test(tokens[k]!.text)) k--;
  if (!/^['’]s$/.test(tokens[k]?.text ?? '')) return undefined;
  const mi = v.endAt.get(k);
  return mi && !mi.m.part ? mi : undefined;
}

/**
 * `untuk memburu (kelompok bersenjata) X`, `to hunt down X` within a dozen words after token i, no
 * clause boundary before: X's group, when it is no place or country.
 */
function huntedAfter(v: SentenceView, i: number): MentionInfo[] | undefined {
  const { tokens } = v;
  for (let j = i; j < Math.min(v.s.tokenEnd - 1, i + 12); j++) {
    if (tokens[j]!.text === ';' || tokens[j]!.text === '.') return undefined;
    if (!/^(untuk|guna|to)$/.test(tokens[j]!.norm) || !/^(memburu|menumpas|mengejar|memberantas|melawan|memerangi|hunt|fight|combat|pursue|crush)$/.test(tokens[j + 1]!.norm)) continue;
    let k = j + 2;
    if (tokens[k]?.norm === 'down') k++;
    for (; k < Math.min(v.s.tokenEnd, j + 7); k++) {
      const mi = v.at.get(k);
      if (mi) return !mi.m.part && !mi.place && !mi.country ? groupOf(v, mi) : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Adjectives between a determiner and an act's noun (`a joint operation`, `a two-day state visit`). */
const ACT_ADJECTIVES = /^(overnight|joint|separate|coordinated|deadly|pre-dawn|fresh|latest|large-scale|massive|state|official|working|surprise|brief|historic|rare|unannounced|[a-z]+-day)$/;

/**
 * An English form of any voice used as a noun, by the word before it: a determiner or a preposition
 * (`condemned the attack on Syria`, `for talks with Prabowo`, `over its supply of drones`).
 */
function englishNounByContext(v: SentenceView, tr: Trigger): boolean {
  // the subject of a clause's verb of course (`but fighting resumed in Khartoum`, `clashes erupted`)
  if (/^(resumed|erupted|continued|intensified|escalated|raged|flared|broke|spread|subsided|eased)$/.test(v.tokens[tr.end]?.norm ?? '') && /^(but|and|as|while|after|when|,)$/.test(v.tokens[tr.start - 1]?.norm ?? '')) return true;
  // a name modifying the noun, inside a noun phrase: `a package of European Union sanctions`, `new EU
  // sanctions`, `the Israeli strikes` (not a subject and its verb: `Israel strikes Gaza`)
  // (a demonym, a plural noun or a preposition after it tells the noun: `The Free Papua Movement shot an
  // Indonesian soldier` is a subject and its verb)
  const modifier = v.endAt.get(tr.start);
  // (a count right after it is the object of a verb: `Gunmen from the TPNPB shot dead two soldiers`)
  const counted = /^(two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands|several|\d+)$/.test(v.tokens[tr.end]?.norm ?? '');
  // (a demonym is no subject: `said Israeli strikes had killed …` — the noun, whatever comes before)
  if (modifier && modifier.m.demonym && !counted && /s$/.test(v.tokens[tr.start]!.norm) && !/(ed|ing)$/.test(v.tokens[tr.start]!.norm)) return true;
  if (modifier && !counted && !/(ed|ing)$/.test(v.tokens[tr.start]!.norm) && /^(the|a|an|of|new|fresh|more|further|its|their|against|for|over|on|to|with|latest|recent)$/.test(v.tokens[modifier.m.tokenStart - 1]?.norm ?? '')
    && (modifier.m.demonym || /s$/.test(v.tokens[tr.start]!.norm) || /^(on|against|in|by|of|near|at|that|which)$/.test(v.tokens[tr.end]?.norm ?? '') || modifier.m.tokenStart - 1 > v.s.tokenStart)) return true;
  // a possessive and a noun or two of the act's kind before it: `the European Union's trade agreement`
  // (not an -ing form: `Russia's continuing shelling` stays the gerund's own case below)
  if (!/(ed|ing)$/.test(v.tokens[tr.start]!.norm) && !/^['’]s$/.test(v.tokens[tr.start - 1]?.text ?? '') && possessorBefore(v, tr.start)) return true;
  let prev = v.tokens[tr.start - 1]?.norm ?? '';
  // (an adjective of the act between, or two: `in overnight raids`, `a joint operation`, `during a
  // two-day state visit` — not read as a verb after the name before: `praised Malaysia's programme
  // during a state visit`)
  for (let k = 2; k <= 3 && ACT_ADJECTIVES.test(prev); k++) prev = v.tokens[tr.start - k]?.norm ?? '';
  // a gerund after a preposition keeps its verb frame when no `of` follows: `thanked Germany for
  // delivering tanks to Ukraine`, `after meeting Putin` (but `for talks with`, `the shelling of`)
  if (/ing$/.test(v.tokens[tr.start]!.norm) && /^(for|after|before|of|by|without|while|in)$/.test(prev) && v.tokens[tr.end]?.norm !== 'of') return false;
  return /^(the|a|an|its|their|his|her|our|this|these|of|for|in|after|before|during|amid|despite|following|over|against|'s|’s)$/.test(prev);
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got', 'gets']);

/** Words before a past form that make it a verb of its own clause, not a participle after a noun. */
const FUNCTION_WORDS_BEFORE_VERB = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'if', 'unless', 'when', 'whether', 'once', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'that', 'which', 'who', 'it', 'they', 'he', 'she', 'we', 'has', 'have', 'had', 'also', 'not', 'never', 'then', 'later', 'reportedly', 'allegedly', 'jointly', 'recently', 'already', 'just', 'as', 'its', 'their', 'his', 'her']);

/** `were abducted by`, `has been arrested`: a be-form (adverbs between) before a past participle. */
function englishPassive(v: SentenceView, tr: Trigger): boolean {
  const w = v.tokens[tr.start]!.norm;
  if (!/(ed|en|wn|ht|ld|ck|ot|ung|ut)$/.test(w)) return false;
  // a reduced relative: `200 Palestinian prisoners freed by Israel`, `fishermen detained by police`,
  // `talks in Putrajaya, hosted by X`, `Imran Khan, arrested by …`
  const prev = v.tokens[tr.start - 1];
  if (prev?.text === ',' && v.tokens[tr.end]?.norm === 'by') return true;
  // (`two Chinese refineries accused of buying Russian crude`: one accuses someone of a thing, so
  // `accused of` right after a noun is said of the accused)
  if (w === 'accused' && v.tokens[tr.end]?.norm === 'of' && prev && prev.kind === 'word' && /^[a-z]/.test(prev.text) && !BE.has(prev.norm) && !/^(has|have|had|and|or|also|who|which|that)$/.test(prev.norm)) return true;
  if (prev && tr.start > v.s.tokenStart && prev.kind === 'word' && /^[a-z]/.test(prev.text) && !BE.has(prev.norm) && !FUNCTION_WORDS_BEFORE_VERB.has(prev.norm)) {
    // (`by` right after the participle, or after an adverb: not after an object, `the government denied
    // accusations by the United States`)
    for (let j = tr.end; j < Math.min(v.s.tokenEnd, tr.end + 4); j++) {
      if (v.tokens[j]!.norm === 'by') return true;
      if (!/ly$|^(last|week|month|year|yesterday|earlier|overnight|today|this|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(v.tokens[j]!.norm)) break;
    }
  }
  for (let p = tr.start - 1; p >= Math.max(v.s.tokenStart, tr.start - 3); p--) {
    const n = v.tokens[p]!.norm;
    if (BE.has(n)) return true;
    if (!/^(also|reportedly|allegedly|later|then|not|never|already|just|recently|being|been|have|has|had|will|would|could|may|might)$/.test(n)) return false;
  }
  return false;
}

/** An English past participle right after a noun, no be-form before it (`prisoners freed by Israel`). */
function reducedRelative(v: SentenceView, tr: Trigger): boolean {
  const prev = v.tokens[tr.start - 1];
  return prev !== undefined && tr.start > v.s.tokenStart && prev.kind === 'word' && /^[a-z]/.test(prev.text) && !BE.has(prev.norm) && !FUNCTION_WORDS_BEFORE_VERB.has(prev.norm)
    && !/ly$/.test(prev.norm) && !/^(been|being|will|would|could|may|might|not|never)$/.test(prev.norm);
}

/** The names inside the noun phrase that ends right before token i (`183 Palestinian prisoners`). */
function patientBefore(v: SentenceView, i: number): MentionLike[] {
  let p = i - 1;
  while (p > v.s.tokenStart && i - p < 6) {
    const t = v.tokens[p - 1]!;
    if (v.cover.has(p - 1)) { p--; continue; }
    if (!(t.kind === 'word' || t.kind === 'number') || /^(the|a|an|of|in|on|at|to|for|from|with|by|and|or|that|which|who|its|their|his|her|is|are|was|were|has|have|had)$/.test(t.norm)) break;
    p--;
  }
  const out: MentionLike[] = [];
  for (let k = p; k < i; k++) {
    const mi = v.at.get(k);
    if (mi && !mi.m.part && mi.m.tokenEnd <= i) out.push(...asLike([mi]));
  }
  return out;
}

/** A truce named at i only as something sought, proposed, guarded or undermined. */
function soughtTruce(tokens: Token[], i: number): boolean {
  let p = i - 1;
  for (let n = 0; n < 3 && /^(a|an|the|any|humanitarian|immediate|permanent|lasting|full|new|fragile|temporary|possible|potential|proposed|future)$/.test(tokens[p]?.norm ?? ''); n++) p--;
  if (p < i - 1 && /^(any|possible|potential|proposed|future)$/.test(tokens[i - 1]!.norm)) return true;
  // (a purpose: `untuk mencapai gencatan senjata`, `to reach a truce`)
  if (/^(mencapai|reach|achieve|secure|mewujudkan)$/.test(tokens[p]?.norm ?? '') && /^(untuk|guna|demi|to)$/.test(tokens[p - 1]?.norm ?? '')) return true;
  // (talks on a truce: `perundingan tahap kedua gencatan senjata`, `negosiasi gencatan senjata`,
  // `ceasefire talks`)
  for (let q = i - 1; q >= Math.max(0, i - 4); q--) if (/^(perundingan|negosiasi|pembicaraan|dialog|talks|negotiations)$/.test(tokens[q]!.norm)) return true;
  if (/^(talks|negotiations|negotiators|proposal|plan|framework)$/.test(tokens[i + 1]?.norm ?? '')) return true;
  return /^(for|guarantee|guaranteeing|monitor|monitoring|undermine|undermining|undermined|seek|seeking|sought|seeks|push|pushing|demand|demanding|demanded|proposal|proposed|propose|proposing|plan|towards|toward|menyerukan|mendesak|menuntut|mengusulkan|usulan|upaya|mengupayakan|menjaga|mengawal|merusak)$/.test(tokens[p]?.norm ?? '');
}

/** `langkah yang` (adverbs between) right before token i: a relative clause about a step, decision or policy. */
function stepBeforeYang(v: SentenceView, i: number): boolean {
  let p = i - 1;
  while (p > v.s.tokenStart && AUX[v.lang].has(v.tokens[p]!.norm)) p--;
  return v.tokens[p]?.norm === 'yang' && /^(langkah|keputusan|kebijakan|tindakan|sikap|rencana|move|decision|step|policy)$/.test(v.tokens[p - 1]?.norm ?? '');
}

/** People acting for a body named after `from`/`of`/`dari`. */
const PEOPLE_OF = /^(investigators|officers|agents|officials|members|troops|soldiers|forces|police|prosecutors|penyidik|petugas|personel|anggota|aparat|tim|prajurit|polisi|jaksa|tentara|pasukan)$/;
/** Group nouns before an agent named right after a passive verb: `disandera kelompok Abu Sayyaf`. */
const AGENT_HEADS = new Set(['massa', 'ormas', 'kelompok', 'pasukan', 'militer', 'tentara', 'polisi', 'otoritas', 'aparat', 'milisi', 'pemberontak', 'gerilyawan', 'militan', 'kubu', 'rezim', 'jaringan', 'organisasi', 'faksi', 'sayap', 'pemerintah', 'angkatan', 'pihak', 'penyidik', 'penyelidik', 'petugas', 'personel', 'tim', 'anggota', 'simpatisan', 'pendukung', 'kader', 'prajurit', 'serdadu', 'orang', 'kapal', 'kapal-kapal', 'armada']);
/** Words of an armed group's description after its noun, before its name. */
const AGENT_MODIFIERS = new Set(['bersenjata', 'kriminal', 'separatis', 'teroris', 'pemberontak', 'militan', 'bersenjatakan',
  // (and a ship's kind: `ditabrak dua kapal milisi maritim China`, `dihadang kapal penjaga pantai China`)
  'ikan', 'patroli', 'perang', 'penjaga', 'pantai', 'milisi', 'maritim', 'nelayan', 'asing', 'induk',
  // (and an authority's field: `ditahan otoritas imigrasi Korea Selatan`)
  'imigrasi', 'keamanan', 'bea', 'cukai']);
/** Nouns before an agent named after a relative clause's passive verb (`yang diajukan pasangan calon X`). */
const RELATIVE_AGENT_HEADS = new Set([...AGENT_HEADS, 'pasangan', 'calon', 'paslon', 'tim', 'kuasa', 'hukum', 'juru', 'bicara', 'para']);
/** Trades named before a person, no title of a body (`pengusaha Hartono`, `aktivis X`). */
const OCCUPATIONS = new Set(['pengusaha', 'aktivis', 'advokat', 'politikus', 'politisi', 'mahasiswa', 'pengamat', 'warga', 'terdakwa', 'tersangka', 'terpidana', 'pedagang', 'petani', 'nelayan', 'buruh', 'jurnalis', 'wartawan']);

/** A name (or personal pronoun) right before token i, auxiliaries and adverbs between: the passive's subject. */
function subjectRightBefore(v: SentenceView, i: number): boolean {
  let p = i - 1;
  while (p > v.s.tokenStart && AUX[v.lang].has(v.tokens[p]!.norm)) p--;
  const mi = v.endAt.get(p + 1);
  return (mi !== undefined && !mi.m.part) || PERSONAL_PRONOUNS.has(v.tokens[p]?.norm ?? '');
}

/** Weapons an attacker is named after, right after a passive verb (`diserang drone milik RSF`, `dihantam rudal Houthi`). */
const WEAPONS_ID = /^(drone|rudal|roket|misil|peluru|jet|pesawat|artileri|bom|mortir|granat|kapal|tank|helikopter|meriam)$/;

/** `oleh X` after a passive verb, or X right after it (`dikritik Rusia`, `disandera kelompok Abu Sayyaf`). */
function passiveAgent(v: SentenceView, tr: Trigger): MentionLike[] {
  const { tokens } = v;
  const to = v.s.tokenEnd;
  let d = tr.end;
  // (a count before the agent's noun: `ditabrak dua kapal milisi maritim China`)
  if (v.lang === 'id' && /^(dua|tiga|empat|lima|sejumlah|beberapa|puluhan|belasan|sebuah)$/.test(tokens[d]?.norm ?? '') && AGENT_HEADS.has(tokens[d + 1]?.norm ?? '')) d++;
  while (d < Math.min(to, tr.end + 2) && AGENT_HEADS.has(tokens[d]!.norm) && !v.at.has(d)) d++;
  // (and the armed group's own words after its noun: `diserang kelompok bersenjata TPNPB-OPM`, `kelompok
  // kriminal bersenjata`, `kelompok separatis`)
  if (d > tr.end) while (d < Math.min(to, tr.end + 4) && AGENT_MODIFIERS.has(tokens[d]!.norm) && !v.at.has(d)) d++;
  // (the weapon first, then whose it is: `diserang drone milik Pasukan Dukungan Cepat`, `dihantam rudal
  // balistik Houthi`; not its maker: `drone buatan Iran`)
  // (a count before the weapon: `diserang puluhan drone Rusia`, `dihantam tiga rudal Houthi`)
  if (v.lang === 'id' && tr.hit.row.type === 'ASSAULT' && d === tr.end && (tokens[d]?.kind === 'number' || /^(puluhan|ratusan|belasan|ribuan|sejumlah|beberapa|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebuah|satu)$/.test(tokens[d]?.norm ?? '')) && WEAPONS_ID.test(tokens[d + 1]?.norm ?? '')) d++;
  if (v.lang === 'id' && tr.hit.row.type === 'ASSAULT' && (d === tr.end || d === tr.end + 1) && WEAPONS_ID.test(tokens[d]?.norm ?? '')) {
    let w = d + 1;
    while (w < Math.min(to, d + 3) && /^(tempur|balistik|kamikaze|jelajah|hipersonik|bunuh|diri|udara|nirawak|tak|berawak|milik)$/.test(tokens[w]!.norm) && !v.at.has(w)) w++;
    const owner = v.at.get(w);
    if (owner && !owner.titleModifier && !owner.m.part && tokens[w - 1]!.norm !== 'buatan') return asLike(groupOf(v, owner));
  }
  const direct = v.at.get(d);
  if (direct && !direct.titleModifier) return asLike(groupOf(v, direct));
  // a titled person right after the verb: `disambut Perdana Menteri Anthony Albanese`, `diperiksa
  // Kepala Kejaksaan Negeri Bogor X`
  // (only right after the name or pronoun the passive is about: `Sekelah diultimatum Ketua Umum …` has none)
  if (v.lang === 'id' && subjectRightBefore(v, tr.start)) {
    for (let k = d + 1; k < Math.min(to, d + 6); k++) {
      const t = tokens[k - 1]!;
      if (!((t.kind === 'word' || t.kind === 'abbreviation') && upperStart(t.text)) && !v.cover.get(k - 1)?.titleModifier) break;
      const mi = v.at.get(k);
      // (the words between are a title: `Perdana Menteri`, `Perdana Menteri Australia`)
      if (mi && !mi.m.part && mi.person && (titleEndingAt(tokens, k, d) !== undefined || mi.m.role !== undefined || hasRoleOf(v, mi.k))) return asLike(groupOf(v, mi));
    }
  }
  // `oleh` right after the verb (adverbs between at most): `diserang oleh`, `disalahkan secara sepihak oleh`;
  // after the row's own noun and its complement: `ditetapkan sebagai tersangka kasus korupsi bantuan sosial oleh KPK`
  let ownNoun = false;
  for (let j = tr.end; j < Math.min(to, tr.end + (ownNoun ? 10 : 3)); j++) {
    const t = tokens[j]!;
    const n = t.norm;
    if (n === 'oleh' || n === 'by') {
      // (people of a body: `by investigators from the CIO`, `oleh penyidik dari KPK`, `by agents of the FSB`)
      let k = j + 1;
      if (tokens[k]?.norm === 'the') k++;
      if (PEOPLE_OF.test(tokens[k]?.norm ?? '') && /^(from|of|dari)$/.test(tokens[k + 1]?.norm ?? '')) {
        const body = mentionAfter(v, k + 2, Math.min(to, k + 6));
        if (body) return asLike(body);
      }
      // (an armed group's description, then its name: `oleh kelompok kriminal bersenjata (KKB)`)
      let d = j + 1;
      while (d < Math.min(to, j + 6) && (AGENT_HEADS.has(tokens[d]!.norm) || AGENT_MODIFIERS.has(tokens[d]!.norm) || tokens[d]!.text === '(') && !v.at.has(d)) d++;
      const described = d > j + 1 ? v.at.get(d) : undefined;
      if (described && !described.m.part && !described.place) return asLike(groupOf(v, described));
      const g = mentionAfter(v, j + 1, to);
      return g ? asLike(g) : [];
    }
    if (tr.hit.row.needs.includes(n)) { ownNoun = true; continue; }
    // (`dijatuhi sanksi larangan bermain tiga pertandingan oleh …`: a ban names the act banned)
    if (ownNoun && t.kind === 'word' && (!isIdVerb(t) || tokens[j - 1]!.norm === 'larangan') && !v.at.has(j) && !/^(yang|dan|karena|namun|tetapi)$/.test(n)) continue;
    if (!AUX[v.lang].has(n) && !/^(secara|sepihak|langsung|resmi|sebagai|keras)$/.test(n)) break;
  }
  // after the act the passive verb embeds or its complement: `dituduh melakukan genosida oleh Afrika
  // Selatan`, `diminta mundur oleh partainya`, `divonis dua tahun penjara oleh Pengadilan Negeri`,
  // `ditangkap di Bekasi oleh Densus 88` (words that name no one, up to seven; a verb only first; a
  // place or date only after its preposition; English alike: `was accused of ethnic cleansing by the UN`)
  const by = v.lang === 'id' ? 'oleh' : 'by';
  for (let j = tr.end; j < Math.min(to, tr.end + 8); j++) {
    const t = tokens[j]!;
    if (t.norm === by) {
      const g = mentionAfter(v, j + 1, to);
      return g ? asLike(g) : [];
    }
    if (t.kind === 'punct' || PASSIVE_COMPLEMENT_STOPS[v.lang].has(t.norm)) break;
    if (j > tr.end && v.lang === 'id' && isIdVerb(t)) break;
    const at = v.at.get(j);
    if (at) {
      if (!LOCATIVE_BEFORE_AGENT[v.lang].has(tokens[j - 1]!.norm)) break;
      j = at.m.tokenEnd - 1;
    }
  }
  return [];
}
const PASSIVE_COMPLEMENT_STOPS: Record<Language, Set<string>> = {
  id: new Set(['yang', 'dan', 'serta', 'atau', 'karena', 'namun', 'tetapi', 'bahwa', 'setelah', 'sebelum', 'saat', 'ketika', 'sedangkan', 'sementara', 'agar', 'supaya', 'untuk']),
  en: new Set(['and', 'or', 'but', 'that', 'which', 'who', 'because', 'after', 'before', 'while', 'when', 'since', 'as', 'although', 'though', 'if', 'whose']),
};
const LOCATIVE_BEFORE_AGENT: Record<Language, Set<string>> = { id: new Set(['di', 'pada', 'sejak', 'ke']), en: new Set(['in', 'at', 'on', 'since', 'to']) };

/** The theme noun phrase after the trigger, rendered in English from the theme lexicon. */
function themeAfter(v: SentenceView, tr: Trigger): string | undefined {
  const { tokens } = v;
  const themes = predicateLexicon().themes;
  let found: string | undefined;
  for (let j = tr.end; j < Math.min(v.s.tokenEnd, tr.end + 7); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') break;
    if (v.at.has(j) || OBJECT_CONTROL[v.lang].has(t.norm) || PREPOSITIONS[v.lang].has(t.norm)) break;
    const cands = themes.get(t.norm) ?? (t.base ? themes.get(t.base) : undefined);
    if (!cands) continue;
    for (const [rest, english] of cands) {
      let ok = true;
      for (let k = 0; k < rest.length; k++) if (tokens[j + 1 + k]?.norm !== rest[k]) { ok = false; break; }
      if (!ok) continue;
      // a generic head (`pasokan`, `bantuan`) gives way to what follows it (`pasokan pesawat tak berawak`)
      if (GENERIC_THEMES.has(english) && !found) { found = english; j += rest.length; break; }
      return english;
    }
  }
  return found;
}

const GENERIC_THEMES = new Set(['supplies', 'aid']);

/**
 * Who can act: persons, countries, organizations, and capitals or regions standing for their
 * governments (`Tokyo`, `Washington`). A building, a district or a city of no government does not
 * meet, attack or demand; it can still be where troops go or what is attacked.
 */
function canAct(e: Entity, kind: string | undefined): boolean {
  if (e.type !== 'LOCATION') return true;
  return kind === 'capital' || kind === 'province' || kind === 'state';
}
/**
 * A regency or city named as its government (`Pemerintah Kabupaten Klaten memberikan bantuan …`,
 * `Pemerintah Kota Surabaya menggugat …`): the region stands for its government, which acts.
 */
function governedRegion(v: SentenceView, x: MentionLike, kind: string | undefined, e: Entity): boolean {
  if ((kind !== 'regency' && kind !== 'city') || e.country !== 'IDN') return false;
  const mi = mentionStartingAt(v, x.span.start);
  return mi !== undefined && !mi.m.part && /^(pemerintah|pemerintahan|pemda|pemkab|pemkot)$/.test(v.tokens[mi.m.tokenStart - 1]?.norm ?? '');
}

/** The first of the sentence's mentions starting at character offset `start` (they are in text order: a binary search). */
function mentionStartingAt(v: SentenceView, start: number): MentionInfo | undefined {
  let lo = 0;
  let hi = v.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v.mentions[mid]!.m.start < start) lo = mid + 1;
    else hi = mid;
  }
  const mi = v.mentions[lo];
  return mi !== undefined && mi.m.start === start ? mi : undefined;
}

/**
 * How a region is named with an office's title before it: `holder` when named only as the seat of an
 * office, with no name after it (`Gubernur Jawa Tengah itu ditahan KPK`, `Bupati Kudus mendesak …`:
 * the one acting or acted upon is the unnamed official, not the province; a country's unnamed
 * official does stand for the country: `Presiden Rusia`); `seat` when named after the office of its
 * head (`di depan Kantor Gubernur Jawa Tengah`, `Kantor Bupati Pati`: the office stands for the region).
 */
function officeOfRegion(v: SentenceView, entities: Entity[], x: MentionLike): 'holder' | 'seat' | undefined {
  if (entities[x.entity]!.type !== 'LOCATION') return undefined;
  const mi = mentionStartingAt(v, x.span.start);
  if (mi === undefined) return undefined;
  const title = titleEndingAt(v.tokens, mi.m.tokenStart, v.s.tokenStart);
  if (title === undefined) return undefined;
  if (v.tokens[title.start - 1]?.norm === 'kantor') return 'seat';
  return mi.titleModifier ? undefined : 'holder';
}
/**
 * English `the <title> of <region or body>(,) <Name>`: the holder named after the office stands for
 * the object the verb found in the office's region or body (`KPK detained the regent of Pesisir
 * Selatan, Rusdi Hamid`). `objs` unchanged otherwise.
 */
function holderAfterOfficeOf(v: SentenceView, objs: MentionLike[], entities: Entity[]): MentionLike[] {
  const x = objs[0]!;
  if (entities[x.entity]!.type === 'PERSON') return objs;
  const mi = mentionStartingAt(v, x.span.start);
  if (mi === undefined || mi.m.part) return objs;
  const { tokens } = v;
  let k = mi.m.tokenStart - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'of' || titleEndingAt(tokens, k, v.s.tokenStart) === undefined) return objs;
  const holder = holderAfter(v, mi.m.tokenEnd, entities);
  return holder ? [holder] : objs;
}

/** The person named at token j, or after the comma there (the holder after an office's body or region). */
function holderAfter(v: SentenceView, j: number, entities: Entity[]): MentionLike | undefined {
  if (v.tokens[j]?.text === ',') j++;
  const holder = v.at.get(j);
  if (holder === undefined || holder.m.part || entities[holder.m.entity]!.type !== 'PERSON') return undefined;
  return { entity: holder.m.entity, span: { start: holder.m.start, end: holder.m.end } };
}

/**
 * The author of a proposal right after a rejection, in a relative clause: `menolak proposal … yang
 * diajukan (oleh) X` → X (past a title, as `mentionAfter` reads one).
 */
function proposalAuthor(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  const to = Math.min(v.s.tokenEnd - 1, i + 12);
  let noun = -1;
  for (let j = i; j < Math.min(to, i + 3) && noun < 0; j++) if (/^(usulan|proposal|tawaran|rencana|permintaan|rancangan|gagasan|draf)$/.test(tokens[j]!.norm)) noun = j;
  if (noun < 0) return undefined;
  for (let j = noun + 1; j < to; j++) {
    const n = tokens[j]!.norm;
    if (n === ',' || v.at.has(j)) return undefined;
    if (n !== 'yang' || !/^(diajukan|disampaikan|ditawarkan|diusulkan|digagas|dirancang|disodorkan)$/.test(tokens[j + 1]?.norm ?? '')) continue;
    const k = tokens[j + 2]?.norm === 'oleh' ? j + 3 : j + 2;
    const g = mentionAfter(v, k, v.s.tokenEnd);
    return g ? asLike(g) : undefined;
  }
  return undefined;
}

/** `the <title> of (the) <name>(,) <Person>` starting at token i (English): the person, or undefined. */
function holderOfOfficeAt(v: SentenceView, i: number, entities: Entity[]): MentionLike | undefined {
  const { tokens } = v;
  if (/^(the|former)$/.test(tokens[i]?.norm ?? '')) i++;
  const title = titleStartingAt(tokens, i, v.s.tokenEnd);
  if (title === undefined || tokens[title.end]?.norm !== 'of') return undefined;
  let k = title.end + 1;
  if (tokens[k]?.norm === 'the') k++;
  const office = v.at.get(k);
  if (office === undefined || office.m.part || entities[office.m.entity]!.type === 'PERSON') return undefined;
  return holderAfter(v, office.m.tokenEnd, entities);
}

/** Stems of a court's sentence (ACCUSE/116: the sentenced are found guilty). */
const SENTENCE_STEMS = new Set(['vonis', 'jatuh', 'berat', 'kuat', 'sentence']);

/** Event types whose symmetric relations stay one undirected relation (RELATIONS.md). */
const UNDIRECTED = new Set(['CONSULT', 'AGREE', 'COOPERATE']);


/**
 * Rows derived from a lexicon row when the sentence tells its event another way; one object per row
 * and kind, made the first time it is asked for (drafts of one cue then share their row).
 */
const DERIVED = {
  /** a clash (`bentrok`, `exchanged fire`) told as one act of each side on the other */
  directed: { symmetric: false },
  /** a demand named by its rejection: `rejected Hamas' demand for …` says Hamas demanded (CAMEO 100) */
  demand: { type: 'REQUEST', cameo: '100', predicate: 'made a demand of', base: 'make a demand of', symmetric: false, theme: false },
  /** a promise of harm is a threat: `vowed to punish Israel`, `bersumpah akan membalas` (CAMEO 130) */
  threat: { type: 'THREATEN', cameo: '130', predicate: 'threatened', base: 'threaten', symmetric: false },
  /** the visit a hosting row describes, seen from the visitor (CAMEO 042, `visited`) */
  visit: { cameo: '042', predicate: 'visited', base: 'visit' },
  /** sanctions aimed at someone by a verb of aiming (`sanctions … targeting X`): SANCTION/163 */
  sanction: { type: 'SANCTION', cameo: '163', predicate: 'imposed sanctions on', base: 'impose sanctions on' },
  /** the seller's side of a weapons purchase: AID/072, `supplied` (the buyer is the object) */
  purchase: { type: 'AID', cameo: '072', predicate: 'supplied', base: 'supply' },
  /** troops sent abroad to help: military assistance (AID/074, `sent troops to help`) */
  assistance: { type: 'AID', cameo: '074', predicate: 'sent troops to help', base: 'send troops to help' },
  /** the accusation a denial answers, as an event of its own (ACCUSE/112, `accused`) */
  accusation: { type: 'ACCUSE', cameo: '112', predicate: 'accused', base: 'accuse', symmetric: false, theme: false },
} satisfies Record<string, Partial<PredicateEntry>>;
const derivedRows = new Map<PredicateEntry, Partial<Record<keyof typeof DERIVED, PredicateEntry>>>();
function derivedRow(row: PredicateEntry, kind: keyof typeof DERIVED): PredicateEntry {
  let byKind = derivedRows.get(row);
  if (!byKind) derivedRows.set(row, (byKind = {}));
  return (byKind[kind] ??= { ...row, ...DERIVED[kind] });
}

/** The two are of different countries (both known). */
function abroad(entities: Entity[], a: number, b: number): boolean {
  const x = entities[a]!, y = entities[b]!;
  const ca = x.iso3 ?? x.country, cb = y.iso3 ?? y.country;
  return ca !== undefined && cb !== undefined && ca !== cb;
}

/** A purpose of help after token i in the clause: `untuk membantu`, `to help`, `as part of a stabilisation force`. */
function sentToHelp(v: SentenceView, i: number): boolean {
  const { tokens } = v;
  for (let j = i; j < Math.min(v.s.tokenEnd, i + 25); j++) {
    const n = tokens[j]!.norm;
    if (n === '.' || n === ';') return false;
    if (/^(membantu|help|helping|assist|assisting|mendukung)$/.test(n) && /^(untuk|guna|to|demi|dalam)$/.test(tokens[j - 1]?.norm ?? '')) return true;
    if (/^(stabilisation|stabilization|stabilisasi)$/.test(n)) return true;
  }
  return false;
}

/**
 * A protest that names no one protested against, then a demand of its protesters later in the
 * sentence: `… berunjuk rasa di depan kantor bupati, Rabu (13/8), menuntut Bupati Pati Sudewo
 * mundur`, `… rallied in Bangkok, demanding the resignation of …`. The protest is against the one
 * the demand is made of (as event coders read it); the drafts of the demand are those from `first` on.
 * A protest held at a regional head's office (its target the region) is against the person named in
 * the demand instead.
 */
function protestsOfDemands(v: SentenceView, triggers: Trigger[], entities: Entity[], out: Draft[], first: number): void {
  const { tokens } = v;
  const last = out.length;
  const drop = new Set<Draft>();
  for (const tr of triggers) {
    if (tr.hit.row.type !== 'PROTEST' || !tr.subjects.length) continue;
    // (a protest at a regional head's office, `di depan Kantor Gubernur Papua`, is against the one its
    // protesters then demand of by name: `menuntut Gubernur Papua X mundur`)
    // (or the body whose seat it is, `di depan Gedung Sate`: the provincial government)
    const atOffice = tr.objects.length > 0 && tr.objects.every((o, k) => entities[o]!.type === 'LOCATION' || (tr.objectSpans[k] !== undefined && /^(depan|outside|luar|halaman|gerbang|front)$/.test(tokens[tokenAfter(v, tr.objectSpans[k]!.start) - 1]?.norm ?? '')));
    const after = tokens[tr.end - 1]!.end;
    // (a demand right after the protest, its subject read as the body the protest stands before: `warga
    // Filipina berunjuk rasa di depan markas ICC di Den Haag, menuntut pembebasan Duterte` — the
    // protesters demand)
    const protested = new Set<number>(tr.objects);
    for (let k = first; k < last; k++) if (out[k]!.type === 'PROTEST' && out[k]!.trigger.start === tokens[tr.start]!.start) protested.add(out[k]!.object);
    for (let k = first; k < last; k++) {
      const d = out[k]!;
      if (d.type !== 'REQUEST' || d.negated || d.trigger.start < after || tr.subjects.includes(d.subject) || !protested.has(d.subject)) continue;
      if (tokens[tokenAfter(v, d.trigger.start) - 1]?.text !== ',') continue;
      drop.add(d);
      tr.subjects.forEach((sub, i) => {
        if (sub !== d.object && !out.some((x) => x.type === 'REQUEST' && x.subject === sub && x.object === d.object)) out.push({ ...d, subject: sub, subjectSpan: tr.subjectSpans[i] ?? d.subjectSpan });
      });
    }
    if (tr.objects.length && !atOffice) continue;
    for (let k = first; k < last; k++) {
      const d = out[k]!;
      if (d.type !== 'REQUEST' || d.negated || d.trigger.start < after || !tr.subjects.includes(d.subject) || d.subject === d.object) continue;
      if (atOffice && entities[d.object]!.type !== 'PERSON') continue;
      // (the demand is a clause of the protest: a comma or `to`/`untuk` before it, no sentence break)
      const at = tokenAfter(v, d.trigger.start);
      if (!/^(,|to|untuk|sambil|seraya)$/.test(tokens[at - 1]?.text ?? '') && !/^(,|to|untuk|sambil|seraya)$/.test(tokens[at - 1]?.norm ?? '')) continue;
      // (the protest's drafts at the place, or at the body whose seat it is, give way)
      const trStart = tokens[tr.start]!.start;
      if (atOffice) for (let q = first; q < last; q++) if (out[q]!.type === 'PROTEST' && out[q]!.subject === d.subject && out[q]!.trigger.start === trStart && entities[out[q]!.object]!.type !== 'PERSON') drop.add(out[q]!);
      if (out.some((x) => x.type === 'PROTEST' && x.subject === d.subject && x.object === d.object)) continue;
      const i = tr.subjects.indexOf(d.subject);
      const p: Draft = { type: 'PROTEST', subject: d.subject, object: d.object, sentence: v.s.index, trigger: { start: tokens[tr.start]!.start, end: tokens[tr.end - 1]!.end }, subjectSpan: tr.subjectSpans[i] ?? d.subjectSpan, objectSpan: d.objectSpan, row: tr.hit.row };
      qualify(p, v, tr.start);
      out.push(p);
    }
  }
  if (drop.size) for (let k = out.length - 1; k >= first; k--) if (drop.has(out[k]!)) out.splice(k, 1);
}

/** A draft of `type` from `subject` to `object` among this sentence's (from `first` on). */
function hasDraft(out: Draft[], first: number, type: string, subject: number, object: number): boolean {
  for (let k = first; k < out.length; k++) if (out[k]!.type === type && out[k]!.subject === subject && out[k]!.object === object) return true;
  return false;
}

/**
 * A protest told with no one it is against, then a demand its protesters make in the next sentence,
 * opening it (`Aliansi BEM SI kembali berunjuk rasa di kawasan Patung Kuda. Mereka menuntut Presiden
 * X membatalkan …`): the protest is against the one the demand names.
 */
function carriedProtests(v: SentenceView, triggers: Trigger[], recent: RecentEntities, out: Draft[], first: number): void {
  const { tokens } = v;
  const pending = recent.pendingProtest?.sentence === v.s.index - 1 ? recent.pendingProtest : undefined;
  recent.pendingProtest = undefined;
  if (pending) {
    const last = out.length;
    for (let k = first; k < last; k++) {
      const d = out[k]!;
      if (d.type !== 'REQUEST' || d.negated || d.subjectSpan.start !== tokens[v.s.tokenStart]!.start) continue;
      for (const p of pending.drafts) {
        if (p.subject !== d.subject || p.subject === d.object || hasDraft(out, first, 'PROTEST', p.subject, d.object)) continue;
        out.push({ ...p, object: d.object, objectSpan: d.objectSpan });
      }
    }
  }
  // this sentence's protests with no one they are against, for the next
  const drafts: Draft[] = [];
  for (const tr of triggers) {
    // (a place it is held at is no one it is against: `berunjuk rasa di kawasan Patung Kuda`)
    if (tr.hit.row.type !== 'PROTEST' || !tr.subjects.length || tr.objects.some((o) => recent.entities[o]!.type !== 'LOCATION')) continue;
    const start = tokens[tr.start]!.start;
    let told = false;
    for (let k = first; k < out.length && !told; k++) told = out[k]!.type === 'PROTEST' && out[k]!.trigger.start === start;
    if (told) continue;
    tr.subjects.forEach((sub, i) => {
      const p: Draft = { type: 'PROTEST', subject: sub, object: sub, sentence: v.s.index, trigger: { start, end: tokens[tr.end - 1]!.end }, subjectSpan: tr.subjectSpans[i]!, objectSpan: tr.subjectSpans[i]!, row: tr.hit.row };
      qualify(p, v, tr.start);
      if (!p.negated) drafts.push(p);
    });
  }
  if (drafts.length) recent.pendingProtest = { sentence: v.s.index, drafts };
}

/** Words after a comma that name some of those before it (`…, including two Indonesians`). */
const INCLUDING = /^(including|termasuk|among|di antaranya|diantaranya)$/;

/** Nouns of armed people whose side acts (`withdrawal of Israeli troops`). */
const TROOPS = /^(troops|forces|soldiers|personnel|army|military|fighters|units|peacekeepers|officers|police|pasukan|tentara|prajurit|personel|polisi)$/;

/** Words that open a relative clause. */
const RELATIVE_WORDS = new Set(['yang', 'which', 'who', 'whose']);

/** Nouns of a demand or call (`rejected Washington's demand`, `menolak tuntutan Israel`). */
const DEMAND_NOUNS = /^(demand|demands|call|calls|request|requests|appeal|appeals|ultimatum|plea|bid|bids|tuntutan|permintaan|desakan|seruan|imbauan)$/;

/**
 * The rejected thing is a demand of the one rejected: `rejected Washington's demand that …`, `rejected
 * a call by the IAEA to …`, `menolak tuntutan Israel agar …`: the object made a demand of the subject.
 */
function rejectedDemand(v: SentenceView, tr: Trigger, objSpan: Span, rejecter: number, entities: Entity[]): boolean | MentionLike[] {
  const { tokens } = v;
  let j = tr.end;
  while (j < v.s.tokenEnd && j - tr.end < 3 && /^(the|a|an|its|their|repeated|latest|renewed|new)$/.test(tokens[j]!.norm)) j++;
  const at = v.tokens[j];
  if (!at) return false;
  let ownerEnd = -1;
  // `a call by X`, `tuntutan X`, `tuntutan dari X`
  if (DEMAND_NOUNS.test(at.norm)) {
    let k = /^(by|from|of|dari)$/.test(tokens[j + 1]?.norm ?? '') ? j + 2 + (tokens[j + 2]?.norm === 'the' ? 1 : 0) : j + 1;
    // (past the owner's title: `a request by former Philippine President Rodrigo Duterte`)
    for (let q = k; q < Math.min(v.s.tokenEnd, k + 5) && tokens[q]!.start < objSpan.start; q++) {
      // (and lower-case: `a bid by jailed former prime minister Najib Razak`)
      // (an abbreviation too: `a demand from U.S. President Donald Trump`)
      if ((tokens[q]!.kind !== 'word' && tokens[q]!.kind !== 'abbreviation') || !(upperStart(tokens[q]!.text) || FORMER.has(tokens[q]!.norm) || STATE_PARTICIPLES.test(tokens[q]!.norm) || PERSON_NOUNS_EN.test(tokens[q]!.norm))) break;
      if (tokens[q + 1]?.start === objSpan.start) { k = q + 1; break; }
    }
    const owner = v.at.get(k);
    // (the owner may be an anaphor, no mention: `tuntutan pemerintah nasional`)
    if (tokens[k] !== undefined && tokens[k]!.start === objSpan.start) ownerEnd = owner ? owner.m.tokenEnd : k + 1;
  } else {
    // `Washington's demand`, `Hamas' demand`, `a US request`
    const mi = v.at.get(j);
    if (mi && mi.m.start === objSpan.start) {
      let q = mi.m.tokenEnd;
      if (/^['’]s?$/.test(tokens[q]?.text ?? '')) q++;
      if (DEMAND_NOUNS.test(tokens[q]?.norm ?? '')) ownerEnd = q + 1;
    }
  }
  if (ownerEnd < 0) return false;
  // `menolak permintaan Uni Eropa agar Indonesia mencabut …`, `rejected the EU's call for Jakarta to …`:
  // the one the demand names is urged, not the one rejecting
  if (/^(agar|supaya|that|for)$/.test(tokens[ownerEnd]?.norm ?? '')) {
    const named = v.at.get(ownerEnd + 1);
    if (named && !named.m.part) return asLike(groupOf(v, named));
    // (`rejected U.S. calls for the group to disarm`, `menolak tuntutan AS agar kelompok itu …`: the
    // body whose title the one rejecting holds here)
    const k = tokens[ownerEnd + 1]?.norm === 'the' ? ownerEnd + 2 : ownerEnd + 1;
    if (ORG_NOUNS.has(tokens[k]?.norm ?? '') && !v.at.has(k)) {
      const org = titleOrganization(v, rejecter, entities);
      if (org) return asLike([org]);
    }
  }
  return true;
}

/** Acts that make a promise of them a threat. */
const HARM_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
/** Verbs of harm no lexicon row names (`punish`, `membalas`): a promise of them is a threat. */
const HARM_VERBS = /^(punish|avenge|retaliate|crush|destroy|eliminate|annihilate|wipe|menghukum|membalas|membalaskan|menghancurkan|memusnahkan|menumpas|melumat)$/;

/** A noun of sanctions within the eight tokens before token i, with no sentence punctuation between. */
function sanctionsBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.s.tokenStart, i - 8); k--) {
    const n = v.tokens[k]!.norm;
    if (/^(sanctions|sanction|measures|penalties|restrictions|tariffs|embargo|sanksi)$/.test(n)) return true;
    if (/^[.;:]$/.test(n)) return false;
  }
  return false;
}

/** Events whose target can be a place as such: an attacked or occupied city stays the city. */
const PHYSICAL = new Set(['ASSAULT', 'MOBILIZE', 'COERCE', 'RETREAT', 'THREATEN', 'AID']);
/** Threat stems that address a party (a warning, an ultimatum), not a place. */
const WARNINGS = new Set(['ingat', 'warn', 'ultimatum', 'somasi', 'gertak']);

/**
 * Finds or adds an entity of warta's data by id (a country's id is its ISO alpha-3), or by one of its
 * names written `name:<name>` (`name:Polda Jawa Barat`), or a country only by one of its names
 * (`country:Iran`, nothing added otherwise); undefined when the data has no such entity (or a name
 * is ambiguous). Given by the caller that owns the document's entity list (extract.ts).
 */
export type KnownEntity = (id: string) => number | undefined;
/** Whether warta's data gives entity `person` the office `role` of entity `org` on the document's date. */
export type HoldsOffice = (person: number, role: string, org: number) => boolean;

/**
 * A capital stands for its country's government (the country's entity is added when the text does not
 * name it); not when written as its province (`DKI Jakarta`, `Provinsi DKI Jakarta`).
 */
function governmentOf(v: SentenceView, x: MentionLike, entities: Entity[], kinds: Array<string | undefined>, known?: KnownEntity): MentionLike {
  const e = entities[x.entity]!;
  if (kinds[x.entity] !== 'capital' || !e.country) return x;
  if (/^(?:DKI|Provinsi|Daerah Khusus)\b/.test(v.s.text.slice(x.span.start - v.s.start, x.span.end - v.s.start))) return x;
  // Brussels, in a document about the European Union, is the Union, not Belgium (`Uni Eropa menjatuhkan
  // sanksi … yang dituding Brussel bertanggung jawab`)
  if (e.id === 'city-brussels') {
    const eu = entities.findIndex((c) => c.id === 'eu');
    if (eu >= 0) return { entity: eu, span: x.span };
  }
  const k = known ? known(e.country) : entities.findIndex((c) => c.type === 'COUNTRY' && c.iso3 === e.country);
  return k !== undefined && k >= 0 ? { entity: k, span: x.span } : x;
}
const PLACE_TARGETS = new Set(['ASSAULT', 'MOBILIZE', 'RETREAT', 'COERCE', 'CONSULT', 'AID']);

/** `Indian High Commission`, `U.S. Embassy`, `Kedutaan Besar AS`: a country's mission acts and is acted on for the country. */
const MISSION = /^(?:(.+?)\s+(?:Embassy|High Commission|Consulate(?: General)?|Mission)|(?:Kedutaan Besar|Kedubes|Konsulat Jenderal|Konsulat)\s+(.+))$/;
function missionOf(x: MentionLike, entities: Entity[], known: KnownEntity | undefined): MentionLike {
  const e = entities[x.entity]!;
  if (e.known || e.type !== 'ORGANIZATION' || !known) return x;
  const m = MISSION.exec(e.name);
  if (!m) return stateBodyOf(x, e, known);
  const who = (m[1] ?? m[2])!.replace(/^the\s+/i, '');
  const k = known(`name:${who}`) ?? known(`demonym:${who}`);
  return k !== undefined && entities[k]!.type === 'COUNTRY' ? { entity: k, span: x.span } : x;
}

/** Indonesian heads of a state's body named with its country after it (`Kementerian Luar Negeri Iran`). */
const STATE_BODY_ID = /^(kementerian|kemlu|kemenlu|kemenhan|kemhan|departemen|militer|angkatan|pemerintah|parlemen|kepolisian|tentara|pasukan|penjaga|garda|dinas|badan|mahkamah|kantor)$/;

/**
 * An unknown state body named in Indonesian with its country last (`Kementerian Luar Negeri Iran`,
 * `Kementerian Pertahanan Israel`, `Penjaga Pantai Jepang`) acts for the country, as the English
 * possessive does (`Iran's foreign ministry`).
 */
function stateBodyOf(x: MentionLike, e: Entity, known: KnownEntity): MentionLike {
  // (a foreign ministry warta named in English, `Ministry of Foreign Affairs (Iran)`: its country's too)
  const paren = /^Ministry of [^()]+ \(([^()]+)\)$/.exec(e.name);
  if (paren) return { entity: known(`country:${paren[1]}`) ?? x.entity, span: x.span };
  const words = e.name.split(' ');
  if (words.length < 2 || !STATE_BODY_ID.test(words[0]!.toLowerCase())) return x;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    // (a country only: `Dinas Perhubungan DKI Jakarta` is a province's office, no state's)
    const k = known(`country:${words.slice(words.length - n).join(' ')}`);
    if (k !== undefined) return { entity: k, span: x.span };
  }
  return x;
}

/**
 * An unknown body named generically after a country's possessive (`Brazil's Supreme Court`,
 * `Thailand's Constitutional Court`) acts for the country, as event coders code it.
 */
function possessedBody(v: SentenceView, x: MentionLike, entities: Entity[], known: KnownEntity | undefined): MentionLike {
  const e = entities[x.entity]!;
  if (e.known || e.type !== 'ORGANIZATION') return x;
  // (or after a demonym written into its name: `Mexican National Guard`, `Sudanese Army`)
  const sp = e.name.indexOf(' ');
  if (known && sp > 0 && GENERIC_BODY.test(e.name.slice(sp + 1)) && /^\p{Lu}/u.test(e.name)) {
    const c = known(`demonym:${e.name.slice(0, sp)}`);
    if (c !== undefined) return { entity: known(`name:${e.name.slice(sp + 1)} of ${entities[c]!.name}`) ?? c, span: x.span };
  }
  if (!GENERIC_BODY.test(e.name)) return x;
  const mi = v.mentions.find((y) => y.m.start === x.span.start && y.m.entity === x.entity);
  if (!mi || !/^['’]s$/.test(v.tokens[mi.m.tokenStart - 1]?.text ?? '')) return x;
  const owner = v.endAt.get(mi.m.tokenStart - 1);
  if (!owner || owner.m.part || entities[owner.m.entity]!.type !== 'COUNTRY') return x;
  // (the body warta knows by the country's name: `Indonesia's Constitutional Court` is the Constitutional Court of Indonesia)
  const body = known?.(`name:${e.name} of ${entities[owner.m.entity]!.name}`);
  return { entity: body ?? owner.m.entity, span: x.span };
}

const WAR_WORD = /^(perang|war)$/;
/**
 * Verbs and nouns of keeping off, ending or discussing a war (`avoid a wider war`, `mencegah perang`,
 * `membahas penghentian perang di Ukraina`: the leaders who discuss ending it are not its sides).
 */
const AVERTED = /^(avoid|avoiding|avert|averting|prevent|preventing|end|ending|stop|stopping|discuss|discussed|discussing|mencegah|menghindari|menghindarkan|mengakhiri|menghentikan|membahas|membicarakan|penghentian|pengakhiran|berakhirnya|penyelesaian|pencegahan|resolusi|akhir)$/;
/** The word before token i, past articles and adjectives of size (`a wider war`, `an all-out war`). */
function skipBack(tokens: Token[], i: number, from: number): string {
  let p = i - 1;
  while (p > from && /^(a|an|the|wider|broader|full-scale|all-out|regional|new|another|besar|terbuka|lebih|luas)$/.test(tokens[p]!.norm)) p--;
  return tokens[p]?.norm ?? '';
}
const SIGNS = /^(tanda-tanda|tanda|indikasi|gejala|signs|sign|indications|hints)$/;
/** Weapons and armed forces that hit: a `hit` after them is an attack. */
const WEAPONS = /^(missiles?|rockets?|strikes?|airstrikes?|drones?|shells?|bombs?|artillery|forces|troops|jets|warplanes|aircraft|fire|shelling|mortars?|which|that)$/;
/** The ISO code of a country named right after the place ending at offset `end`, past a comma (`Kunar, Afghanistan`). */
function countryAfterComma(v: SentenceView, end: number, entities: Entity[]): string | undefined {
  // (the token after the place: a comma, then the country)
  const q = tokenAfter(v, end);
  if (v.tokens[q]?.text !== ',') return undefined;
  const c = v.at.get(q + 1);
  return c && !c.m.part && c.country ? entities[c.m.entity]!.iso3 : undefined;
}

/**
 * The act at token i is what unnamed suspects are suspected of (`people suspected of planning attacks`,
 * `orang yang diduga merencanakan serangan`): true when no name stands right before the suspicion.
 */
/** Verbs of preparing an act, between `suspected of` and the act (`suspected of plotting attacks`). */
const PLOTTING = /^(planning|plotting|preparing|merencanakan|menyiapkan)$/;

function suspectedAct(v: SentenceView, i: number): boolean {
  const { tokens } = v;
  let p = i - 1;
  // (an article and the act's modifiers between: `suspected of plotting a car bomb attack`)
  let m = p;
  while (m > i - 5 && tokens[m]?.kind === 'word' && lowerStart(tokens[m]!.text) && !PLOTTING.test(tokens[m]!.norm)) m--;
  if (m < p && PLOTTING.test(tokens[m]?.norm ?? '')) p = m;
  if (PLOTTING.test(tokens[p]?.norm ?? '') || /^(hendak|akan|to|carry|carrying|out)$/.test(tokens[p]?.norm ?? '')) p--;
  if (PLOTTING.test(tokens[p]?.norm ?? '') || /^(carry|carrying)$/.test(tokens[p]?.norm ?? '')) p--;
  if (/^(of|with)$/.test(tokens[p]?.norm ?? '')) p--;
  if (!/^(suspected|accused|charged|alleged|diduga|terduga|dituduh|disangka)$/.test(tokens[p]?.norm ?? '')) return false;
  let q = p - 1;
  if (tokens[q]?.norm === 'yang') q--;
  return !v.endAt.has(q + 1);
}

/**
 * A nominal act that is the subject of a verb of its own (`setelah serangan pesawat nirawak menghantam
 * markas kelompok itu`, `after an air strike hit the base`): its doer is not the main clause's subject.
 */
function actWithOwnVerb(v: SentenceView, tr: Trigger): boolean {
  const { tokens } = v;
  let j = tr.end;
  while (j < v.s.tokenEnd && j - tr.end < 3 && /^(pesawat|nirawak|tak|berawak|udara|rudal|drone|roket|bom|artileri|misil|air|missile|rocket)$/.test(tokens[j]!.norm)) j++;
  // (auxiliaries before the verb: `Israeli strikes had killed …`, `serangan itu telah menewaskan`)
  while (j < v.s.tokenEnd && /^(had|has|have|reportedly|also|telah|sudah|juga|itu|tersebut)$/.test(tokens[j]!.norm)) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !lowerStart(t.text)) return false;
  return v.lang === 'id' ? /^(menghantam|menewaskan|melukai|menghancurkan|merusak|mengenai|menyasar|menggempur)$/.test(t.norm) : /^(hit|hits|killed|kills|struck|strikes|destroyed|damaged|wounded|injured|targeted)$/.test(t.norm);
}

/** The mentions start the sentence, with only capitalized words (titles) and commas before them. */
function opensSentence(v: SentenceView, subs: MentionLike[] | undefined): boolean {
  if (!subs?.length) return false;
  const first = tokenAfter(v, Math.min(...subs.map((x) => x.span.start)));
  for (let k = v.s.tokenStart; k < first; k++) {
    const t = v.tokens[k]!;
    if (!(t.text === ',' || (t.kind === 'word' && upperStart(t.text)) || v.cover.has(k))) return false;
  }
  return true;
}

/** Things released that are no people (`a new single`, `its report`, `the footage`). */
const RELEASED_THINGS = /^(single|singles|album|albums|song|songs|film|films|movie|movies|report|reports|statement|statements|video|videos|data|book|figures|results|details|footage|photos|images|list|version|update|trailer|collection|product|products|game|games|app|plan|plans|funds|budget|guidelines|rules|findings|transcript|documents|files|ep|mixtape|tour)$/;

/** What is released right after token i (past articles and adjectives) is a work or a statement. */
function releasesThing(v: SentenceView, i: number): boolean {
  const j = skipWords(v, i, Math.min(v.s.tokenEnd, i + 4), /^(a|an|the|its|his|her|their|new|latest|first|second|debut|full|annual|final|official|two|three|\d+)$/);
  return j < v.s.tokenEnd && RELEASED_THINGS.test(v.tokens[j]!.norm);
}

/** Nouns of bodies, people and ways that English `aid` describes (`aid group`, `relief agency`, `aid workers`, `aid flotilla`). */
const AID_BODY_NOUNS = /^(group|groups|agency|agencies|organization|organizations|organisation|organisations|worker|workers|official|officials|chief|chiefs|charity|charities|ngo|ngos|staff|community|sector|body|bodies|flotilla|flotillas|corridor|corridors|route|routes)$/;

/** `perang`/`war` describing another noun, no war itself. */
function warModifier(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  if (/^(tahanan|tawanan|kejahatan|penjahat|kapal|pesawat|korban|veteran|kamp|zona|pampasan|alat|strategi|kabinet|menteri|prisoners|crimes)$/.test(prev)) return true;
  if (prev === 'of' && /^(prisoners|prisoner|crimes|declaration|state|theatre|theater|spoils|act)$/.test(tokens[i - 2]?.norm ?? '')) return true;
  return /^(crimes|crime|criminal|criminals|cabinet|zone|games|chest|room|memorial|veteran|veterans)$/.test(tokens[i + 1]?.norm ?? '');
}

/** Event relations of one sentence. */
export function eventRelations(v: SentenceView, entities: Entity[], kinds: Array<string | undefined>, recent: RecentEntities, out: Draft[], known?: KnownEntity): void {
  const { tokens, s, lang } = v;
  recent.current = v;
  // (a person in the possessive is not the one met: `welcomed Prabowo's decision`, `received Xi's letter`)
  const personAt = (j: number) => { const mi = v.at.get(j); return mi !== undefined && !mi.m.part && entities[mi.m.entity]!.type === 'PERSON' && !/^['’]s$/.test(tokens[mi.m.tokenEnd]?.text ?? ''); };
  const triggers: Trigger[] = [];
  const headline = lang === 'id' && (s.zone === 'headline' || isTitleCase(tokens, s.tokenStart, s.tokenEnd, (j) => v.cover.has(j)));
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // (no word of a name is a predicate: `Rapid Support Forces`, `Front Pembela Islam`)
    if (v.cover.has(i)) continue;
    // (nor a capitalized word inside the name of a unit no one recognized: `Kepala Bidang Informasi Gempa
    // Bumi dan Peringatan Dini Tsunami BMKG`, `Satuan Tugas Penanganan Konflik`)
    if (lang === 'id' && !headline && i > s.tokenStart && upperStart(tokens[i]!.text) && insideCapitalRun(tokens, i, s.tokenStart)) continue;
    const tr = triggerAt(tokens, i, s.tokenStart, s.tokenEnd, lang, personAt, headline);
    if (tr) {
      // (the tests below run only where a trigger starts, not on every token)
      // (no `perang` or `war` inside a noun: `tahanan perang`, `kapal perang`, `prisoners of war`, `war crimes`)
      if (WAR_WORD.test(tokens[i]!.norm) && warModifier(tokens, i)) continue;
      // an act named something is judged only when it is named right after the verb: `called the attack
      // a war crime`, `menyebut serangan itu …` (not `in what Tehran called retaliation for the killing …`)
      if (tr.hit.row.type === 'ACCUSE' && (tr.hit.row.stem === 'call' || tr.hit.row.stem === 'sebut') && !(tr.hit.row.stem === 'call' ? /^(the|this|that|these|those)$/.test(tokens[tr.end]?.norm ?? '') && tr.hit.row.needs.includes(tokens[tr.end + 1]?.norm ?? '') : tr.hit.row.needs.includes(tokens[tr.end]?.norm ?? ''))) continue;
      // (a verdict of guilt names the one convicted between the verb and `bersalah`: `menyatakan Budi
      // terbukti bersalah`, `found X guilty`; `Siti menyatakan tidak bersalah` is her own plea)
      if (tr.hit.row.cameo === '116' && tr.hit.row.needs.length && /^(tidak|tak|bukan|belum|terbukti|bersalah|not|guilty|never)$/.test(tokens[tr.end]?.norm ?? '')) continue;
      // an act noun with a demonstrative points back to an act already told (`serangan itu`,
      // `penangkapan tersebut`): no new event (its doer is found where a verb needs it)
      if (lang === 'id' && tr.end === i + 1 && tr.hit.voice !== 'active' && tr.hit.voice !== 'passive' && /^(itu|tersebut|ini)$/.test(tokens[tr.end]?.norm ?? '') && ACT_NOUN_TYPES[tokens[i]!.norm] !== undefined) continue;
      // (nor a truce of trade: `a one-year trade truce`, `gencatan tarif`, `tariff truce`)
      if (tr.hit.row.type === 'RETREAT' && tr.hit.row.cameo === '0871' && (/^(trade|tariff|tariffs|dagang|perdagangan|tarif)$/.test(tokens[i - 1]?.norm ?? '') || /^(tarif|dagang|perdagangan|trade|tariff|tariffs)$/.test(tokens[tr.end]?.norm ?? ''))) continue;
      // (nor a war to be avoided or ended: `ways to avoid a wider war`, `mencegah perang`)
      if (WAR_WORD.test(tokens[i]!.norm) && AVERTED.test(skipBack(tokens, i, s.tokenStart))) continue;
      // an English participle before a noun describes it, no act (`released six detained Americans`;
      // but `the two agreed to …`, `the two signed on …`: a verb, its subject the pair; nor is a
      // number ending a name one: `Densus 88 arrested …`)
      if (lang === 'en' && /ed$/.test(tokens[i]!.norm) && tr.end === i + 1 && /^(a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|\d+)$/.test(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.kind === 'word' && !/^(to|that|on|upon)$/.test(tokens[i + 1]!.norm) && !v.cover.has(i - 1)) continue;
      // (goals or points contributed to a club are no donation: `menyumbangkan 27 gol bagi Dortmund`)
      if (tr.hit.row.type === 'AID' && tr.hit.row.stem === 'sumbang' && (SCORED.test(tokens[tr.end]?.norm ?? '') || SCORED.test(tokens[tr.end + 1]?.norm ?? ''))) continue;
      // (nor is an export control trade: `tighten export controls on chips to China`)
      if (tr.hit.row.type === 'COOPERATE' && tr.hit.row.stem === 'export' && /^(controls?|curbs?|bans?|restrictions?|limits?|licen[cs]es?|duties|duty|taxes|tax|levy|levies|quotas?)$/.test(tokens[tr.end]?.norm ?? '')) continue;
      // (nor is smuggling drugs: `allegedly importing 200 kilograms of methamphetamine`, `mengimpor sabu`)
      if (tr.hit.row.type === 'COOPERATE' && tr.hit.row.cameo === '061' && drugsAfter(tokens, tr.end, s.tokenEnd)) continue;
      // (money recovered for the state and handed to its treasury is no aid: `menyerahkan uang pengganti
      // kerugian negara kepada Kementerian Keuangan`, `uang rampasan`, `barang sitaan`)
      if (tr.hit.row.type === 'AID' && lang === 'id' && recoveredForState(tokens, tr.end, s.tokenEnd)) continue;
      // (so is a participle of a state before a person after a lower-case word that is no subject: `a bid
      // by jailed former prime minister Najib Razak`, `would not free jailed opposition leader X`; not
      // `Pakistan jailed former prime minister Imran Khan`, `who later jailed …`)
      if (lang === 'en' && tr.end === i + 1 && STATE_PARTICIPLES.test(tokens[i]!.norm) && attributiveBeforePerson(v, i, personAt)) continue;
      // (an English word with a possessive after it is a noun owning something, no act: `the sovereign
      // fund's chief investment officer`)
      if (lang === 'en' && tr.end === i + 1 && /^['’]s$/.test(tokens[i + 1]?.text ?? '')) continue;
      // (nor any act at all: `will not allow its airspace to be used for any attack on Iran`)
      // (also with a word of kind between: `would respond to any new strikes on Beirut`)
      if (lang === 'en' && (/^(any|every)$/.test(tokens[i - 1]?.norm ?? '') || (/^(any|every)$/.test(tokens[i - 2]?.norm ?? '') && tokens[i - 1]!.kind === 'word' && lowerStart(tokens[i - 1]!.text)))) continue;
      // (an act some unnamed suspects are said to plan is no one's named here: `arrested seven people
      // suspected of planning attacks on churches`, `menangkap tujuh orang yang diduga merencanakan
      // serangan`)
      if (suspectedAct(v, i)) continue;
      // (nor `fund` naming a body: `Indonesia's sovereign wealth fund Danantara`, `the pension fund`)
      if (lang === 'en' && tr.hit.row.stem === 'fund' && tokens[i]!.norm === 'fund' && /^(wealth|sovereign|investment|hedge|pension|relief|emergency|trust|monetary|development|the|a|an|its|their|this|that)$/.test(tokens[i - 1]?.norm ?? '')) continue;
      // (a rehearsal or game of war is no war: `gladi perang`, `simulasi perang`, `permainan perang`)
      if (lang === 'id' && tr.hit.row.stem === 'perang' && tokens[i]!.norm === 'perang' && /^(gladi|simulasi|permainan|skenario)$/.test(tokens[i - 1]?.norm ?? '')) continue;
      // (`convict` after a determiner, a crime or a nationality is a person: `Australian drug convict X`)
      if (lang === 'en' && tr.hit.row.stem === 'convict' && /^convicts?$/.test(tokens[i]!.norm) && (/^(a|an|the|drug|drugs|terror|terrorism|terrorist|corruption|graft|murder|former|ex|escaped|fellow|row|his|her|their|two|three|several|convicted)$/.test(tokens[i - 1]?.norm ?? '') || v.endAt.get(i)?.m.demonym === true)) continue;
      // (releasing a work or a statement frees no one: `will release a new single`, `released its report`)
      if (lang === 'en' && tr.hit.row.stem === 'release' && releasesThing(v, tr.end)) continue;
      // (`komunikasi` naming a field or a kind of thing is no talk: `startup komunikasi`, `Menteri
      // Komunikasi`, `strategi komunikasi`)
      if (lang === 'id' && tokens[i]!.norm === 'komunikasi' && /^(startup|perusahaan|teknologi|layanan|sistem|alat|sarana|media|saluran|jaringan|infrastruktur|platform|satelit|operator|menteri|kementerian|ilmu|pola|strategi|tim|direktur|biro|bagian|divisi|fakultas|jurusan|data|bisnis|industri|konsultan|pakar|ahli|staf|kepala|gaya|kanal|perangkat)$/.test(tokens[i - 1]?.norm ?? '')) continue;
      // (nor `strike` naming a kind of force or weapon: `a carrier strike group`, `strike drones`)
      if (lang === 'en' && tr.hit.row.type === 'ASSAULT' && tr.end === i + 1 && /^(strike|attack)$/.test(tokens[i]!.norm) && /^(group|groups|force|forces|fighter|fighters|aircraft|jet|jets|drone|drones|helicopter|helicopters|submarine|submarines|capability|capabilities|package|team|teams|range|carrier|dog|dogs)$/.test(tokens[i + 1]?.norm ?? '')) continue;
      // (`aid` naming a kind of body or worker is no aid given: `the medical aid group MER-C`, `aid workers`,
      // `bantuan kemanusiaan` stays: Indonesian puts the noun first)
      if (lang === 'en' && tr.hit.row.type === 'AID' && tr.end === i + 1 && /^(aid|relief)$/.test(tokens[i]!.norm) && AID_BODY_NOUNS.test(tokens[i + 1]?.norm ?? '')) continue;
      // (nor an act only signalled: `menunjukkan tanda-tanda agresi`, `signs of aggression`)
      if (SIGNS.test(tokens[i - 1]?.norm ?? '') || (tokens[i - 1]?.norm === 'of' && SIGNS.test(tokens[i - 2]?.norm ?? ''))) continue;
      // `hit` is an attack only by a weapon or an armed side right before it (`missiles hit Kharkiv`,
      // `Ukraine hit Russian positions`), not `sanctions hit the economy`
      if (tr.hit.row.stem === 'hit' && !v.endAt.has(i) && !WEAPONS.test(tokens[i - 1]?.norm ?? '')) continue;
      // (and `memukul` or `menekan` an economy or a trade beats or presses no one: `tarif AS memukul ekspor
      // Indonesia`, `berpotensi menekan ekspor tekstil Indonesia`)
      if (lang === 'id' && (tr.hit.row.stem === 'pukul' || tr.hit.row.stem === 'tekan') && ECONOMY_NOUNS.test(tokens[tr.end]?.norm ?? '')) continue;
      // a ceasefire violated is no ceasefire agreed (`pelanggaran gencatan senjata`, `violated the truce`)
      if (tr.hit.row.cameo === '0871' && /^(pelanggaran|melanggar|dilanggar|violation|violations|violating|violated|breach|breaches|breaching|breached|broke|breaking)$/.test(tokens[i - 1]?.norm ?? '')) continue;
      // nor a ceasefire only sought, proposed or guarded (`to guarantee any ceasefire with Russia`, `a
      // proposal for a humanitarian truce`, `undermining a ceasefire`, `menyerukan gencatan senjata`)
      if (tr.hit.row.cameo === '0871' && soughtTruce(tokens, i)) continue;
      // (nor one whose go-betweens are named: `Mesir, Qatar, dan Turki, yang menjadi penengah gencatan senjata`)
      if (tr.hit.row.cameo === '0871' && /^(penengah|mediator|mediators|perantara|broker|brokers|mediasi|mediation|sponsor|sponsors|penjamin|guarantor|guarantors)$/.test(tokens[i - 1]?.norm ?? '')) continue;
      // `strong demand from Russia`, `permintaan pasar`: the demand of a market is no request
      // (nor one whose owners weaken or grow: `as demand from China and India weakened`, `meningkatnya
      // permintaan dari India`)
      if ((tr.hit.row.stem === 'demand' && MARKET_DEMAND.test(tokens[i - 1]?.norm ?? '')) || (tr.hit.row.stem === 'minta' && tr.hit.voice !== 'active' && /^(pasar|ekspor|impor|konsumen|global|domestik)$/.test(tokens[i + 1]?.norm ?? ''))) continue;
      if (tr.end === i + 1 && (tokens[i]!.norm === 'demand' || tokens[i]!.norm === 'permintaan') && demandChanging(v, i)) continue;
      // `to release detained Australian economist X`: a participle right after a verb is an adjective
      const prev = triggers[triggers.length - 1];
      // (the verb before is clearly one: `to release`, `released`, `releasing`; `airstrikes killed` is a subject and its verb)
      if (lang === 'en' && prev && prev.end === tr.start && /ed$/.test(tokens[tr.start]!.norm)
        && (/(ed|ing)$/.test(tokens[prev.start]!.norm) || tokens[prev.start - 1]?.norm === 'to')) { i = tr.end - 1; continue; }
      triggers.push(tr);
      i = tr.end - 1;
    }
  }
  const demanded = modalDemands(v, entities, recent, out);
  // the actor of a sentence with no event of the inventory, for `tindakan itu` in the next one
  // (`Korea Utara kembali menerbangkan balon sampah … . Seoul mengecam tindakan itu`)
  if (!triggers.length) {
    const actor = clauseSubject(v, entities);
    if (actor) recent.setClauseActor(s.index, actor);
    return;
  }
  const sports = sportsReport(tokens, s.tokenStart, s.tokenEnd);
  // (in a sports report an act of war is a figure of speech, unless the police act)
  const figurative = (tr: Trigger) => sports && figureOfSpeech(tr, tokens) && !policeAct(tokens, tr.start, s.tokenStart, s.tokenEnd);
  for (let n = 0; n < triggers.length; n++) {
    if (figurative(triggers[n]!)) continue;
    findArguments(v, triggers, n, entities, recent);
  }
  // how the acts of the sentence bear on each other, step by step (each step a function of its own:
  // V8 recompiles a whole function when one of its assumptions fails, and this one, at 340 lines,
  // took ~100 ms each time, on the same cores as the work)
  // a threat or promise of another action: `mengancam akan menyerang Guam` is a THREATEN against
  // Guam, not an attack; the embedded predicate gives its object and is not an event itself
  const suppressed = new Set<Trigger>();
  const denied = deniedActs(v, triggers, suppressed);
  cooperationOfAgreement(v, triggers, suppressed);
  topicsOfTalks(v, triggers, suppressed);
  embeddedActs(v, triggers, suppressed);
  threatsAfterActs(v, triggers);
  unnamedActTargets(v, triggers);
  conditionalThreats(v, triggers, entities);
  coordinatedThreats(v, triggers, suppressed);
  nounsOfVerbs(v, triggers, suppressed);
  const requested = requestedActs(v, triggers);
  // (what the one urged must do has not happened either: `Israel harus menghentikan serangan`)
  for (const m of demanded) for (const tr of triggers) if (tr.start > m && tr.start <= m + 3 && !tokens.slice(m + 1, tr.start).some((t) => t.kind !== 'word' || upperStart(t.text))) requested.add(tr);
  const first = out.length;
  for (const tr of triggers) {
    if (suppressed.has(tr) || figurative(tr)) continue;
    emitTrigger(v, tr, triggers, entities, kinds, known, out, denied, requested);
  }
  backedCompounds(v, entities, out);
  protestsOfDemands(v, triggers, entities, out, first);
  carriedProtests(v, triggers, recent, out, first);
  deniedAccusations(v, triggers, entities, kinds, known, out, first);
  answeredAccusations(v, entities, kinds, known, recent, out, first);
  requestsGranted(v, out);
  visitsReceived(v, out, first);
  // the two who met, for `"Kami sepakat …," kata X` in the sentences after
  for (let k = first; k < out.length; k++) {
    const d = out[k]!;
    if ((d.type === 'CONSULT' || (d.row?.symmetric && (d.type === 'COOPERATE' || d.type === 'AGREE'))) && !d.negated && d.subject !== d.object) recent.meeting = { sentence: s.index, parties: [{ entity: d.subject, span: d.subjectSpan }, { entity: d.object, span: d.objectSpan }] };
  }
}

/** Criticism a rejection answers (`rejected criticism from X`, `menolak kritik X`). */
const CRITICISM_NOUN = /^(criticism|criticisms|condemnation|kritik|kritikan|kecaman)$/;
const ACCUSATION_NOUN = /^(claims?|accusations?|allegations?|charges?|tuduhan|tudingan|tuduhannya|tudingannya|klaim|dakwaan)$/;
const NOT_BEFORE = /^(not|never|tidak|tak|belum|bukan|enggan)$/;

/**
 * A denial that names no one as its object takes the accuser it answers (REJECT denier → accuser), when the sentence names the accusation's author (`contradicting claims
 * by the Israeli army`, `calling the accusation by Phnom Penh baseless`, `calling Ukrainian
 * accusations a provocation`, `membantah tuduhan Uni Eropa`, `seperti yang dituduhkan APPI`) or
 * relates the accusation itself (`India accused Pakistan …, while Islamabad denied any involvement`,
 * `Helsinki accused Moscow of …, a charge the Kremlin denied`).
 */
function deniedAccusations(v: SentenceView, triggers: Trigger[], entities: Entity[], kinds: Array<string | undefined>, known: KnownEntity | undefined, out: Draft[], first: number): void {
  const { tokens, s } = v;
  const end = out.length;
  for (const tr of triggers) {
    const row = tr.hit.row;
    // (`a charge the DPP rejected`: a rejection of a claim only after the claim's noun, below)
    if (row.type !== 'REJECT' || !(DENIALS.has(row.stem) || (row.stem === 'reject' && row.needs.length === 0)) || tr.objects.length || tr.subjects.length !== 1) continue;
    if (tr.start > s.tokenStart && NOT_BEFORE.test(tokens[tr.start - 1]!.norm)) continue;
    let emitted = false;
    for (let k = first; k < end && !emitted; k++) if (out[k]!.trigger.start === tokens[tr.start]!.start) emitted = true;
    if (emitted) continue;
    const denier = governmentOf(v, { entity: tr.subjects[0]!, span: tr.subjectSpans[0]! }, entities, kinds, known);
    let accuser: MentionLike | undefined;
    // the accusation's author named in the sentence
    // (within the denial's own stretch of words: a sentence of thousands of denials stays linear)
    for (let j = tr.end; j < Math.min(s.tokenEnd, tr.end + 25) && !accuser && DENIALS.has(row.stem); j++) {
      const n = tokens[j]!.norm;
      let at = -1;
      if (ACCUSATION_NOUN.test(n)) {
        const before = v.endAt.get(j);
        if (before && !before.m.part && (before.m.demonym || entities[before.m.entity]!.type === 'COUNTRY')) { accuser = { entity: before.m.entity, span: before.m }; break; }
        at = /^(by|oleh|dari|of|from)$/.test(tokens[j + 1]?.norm ?? '') ? j + 2 : row.lang === 'id' ? j + 1 : -1;
      } else if (n === 'dituduhkan' || n === 'disangkakan') at = tokens[j + 1]?.norm === 'oleh' ? j + 2 : j + 1;
      if (at < 0) continue;
      if (/^(the|a|an|para)$/.test(tokens[at]?.norm ?? '')) at++;
      const m = v.at.get(at);
      if (m && !m.m.part) accuser = { entity: m.m.entity, span: m.m };
    }
    // or the accusation told before the denial in the same sentence
    if (!accuser && DENIALS.has(row.stem)) {
      // (the nearest one, among the last drafts)
      for (let k = end - 1, seen = 0; k >= first && seen < 64; k--, seen++) {
        const d = out[k]!;
        if (d.type !== 'ACCUSE' || d.negated || d.trigger.start >= tokens[tr.start]!.start) continue;
        if (sameSide(entities, d.object, denier.entity)) { accuser = { entity: d.subject, span: d.subjectSpan }; break; }
      }
    }
    // or the claim the main clause states, in English wire style: `Ukraine's SBU said its drones hit two
    // Russian warships, a claim the Russian Defence Ministry denied` — the one whose act against the
    // denier's side the sentence told last before the claim
    if (!accuser && row.lang === 'en') {
      let q = tokenAfter(v, tr.subjectSpans[0]!.start) - 1;
      if (q > s.tokenStart && /^(the|that|which)$/.test(tokens[q]!.norm)) q--;
      if (q > s.tokenStart && tokens[q]!.norm === 'that') q--;
      if (q - 2 >= s.tokenStart && ACCUSATION_NOUN.test(tokens[q]!.norm) && /^(a|an|the)$/.test(tokens[q - 1]!.norm) && tokens[q - 2]!.text === ',') {
        // (the nearest such act before the claim, among the last drafts: a sentence of thousands of
        // claims stays linear)
        for (let k = end - 1, seen = 0; k >= first && seen < 64; k--, seen++) {
          const d = out[k]!;
          if (d.negated || d.row === undefined || d.trigger.start >= tokens[q]!.start) continue;
          if (sameSide(entities, d.object, denier.entity) && !sameSide(entities, d.subject, denier.entity)) { accuser = { entity: d.subject, span: d.subjectSpan }; break; }
        }
      }
    }
    if (!accuser) continue;
    const a = governmentOf(v, accuser, entities, kinds, known);
    if (sameSide(entities, a.entity, denier.entity)) continue;
    out.push({ type: 'REJECT', subject: denier.entity, object: a.entity, sentence: s.index, trigger: { start: tokens[tr.start]!.start, end: tokens[tr.end - 1]!.end }, subjectSpan: { start: denier.span.start, end: denier.span.end }, objectSpan: { start: a.span.start, end: a.span.end }, row });
  }
}

/** Words between a clause's `bahwa`/`that` and the name of its subject (`kapal-kapal China`, `pesawat-pesawat tempur Rusia`): lower-case words that are no verbs. */
function beforeSubject(t: Token): boolean {
  return t.kind === 'word' && !upperStart(t.text) && !(t.norm.length > 5 && /^(me|di|ber|ter)/.test(t.norm)) && !/^(telah|sudah|akan|sedang|has|had|have|was|were|is|are|will|would)$/.test(t.norm);
}
/** A body's own people and arms, written with `-nya` (`anggotanya`, `pasukannya`, `pesawat tanpa awaknya`). */
const OWN_PEOPLE_OR_ARMS = /^(anggota|pasukan|prajurit|personel|tentara|aparat|petugas|awak|pesawat|drone|kapal|jet|rudal|pabrik|kilang|smelter|tambang|fasilitas|karyawan|pegawai)$/;
/**
 * An act done at someone's request was asked of its doer: `Presiden Prabowo memberikan grasi … atas
 * permintaan Presiden Filipina Ferdinand Marcos Jr.`, `… at the request of Japan` (REQUEST from the one
 * named after the noun, titles read past, to the main clause's subject).
 */
function requestsGranted(v: SentenceView, out: Draft[]): void {
  const { tokens, s } = v;
  for (let i = s.tokenStart + 2; i < s.tokenEnd - 1; i++) {
    const n = tokens[i]!.norm;
    if (n !== 'permintaan' && n !== 'request') continue;
    const at = n === 'permintaan' ? tokens[i - 1]!.norm === 'atas' : tokens[i - 2]?.norm === 'at' && tokens[i - 1]!.norm === 'the' && tokens[i + 1]?.norm === 'of';
    if (!at) continue;
    // (the requester: the first name after the noun, past a title and its country: `Presiden Filipina X`)
    const k = n === 'permintaan' ? i + 1 : i + 2;
    let mi: MentionInfo | undefined;
    for (let q = k; q < Math.min(s.tokenEnd, k + 6); q++) {
      mi = v.at.get(q);
      if (mi && !mi.titleModifier) break;
      if (!mi && !upperStart(tokens[q]!.text)) break;
    }
    if (!mi || mi.m.part || mi.titleModifier) continue;
    let subs = mainSubject(v, n === 'permintaan' ? i - 1 : i - 2);
    // (a passive main clause was done by its agent: `Zumi dicegah Ditjen Imigrasi, atas permintaan KPK`)
    const last = subs?.[subs.length - 1];
    if (last) {
      let q = s.tokenStart;
      while (q < i && tokens[q]!.start < last.span.end) q++;
      while (q < i && !isIdVerb(tokens[q]!) && !/^(was|were|is|are|been)$/.test(tokens[q]!.norm)) q++;
      if (q < i && (/^di/.test(tokens[q]!.norm) || /^(was|were|is|are|been)$/.test(tokens[q]!.norm))) {
        let k2 = q + 1;
        while (k2 < i && !v.at.has(k2) && /^(oleh|by|[a-z]+ed)$/.test(tokens[k2]!.norm)) k2++;
        const agent = v.at.get(k2);
        subs = agent && !agent.m.part ? asLike(groupOf(v, agent)) : undefined;
      }
    }
    const row = predicateLexicon().byStem.get('minta')?.find((h) => h.row.type === 'REQUEST' && !h.row.needs.length)?.row;
    if (!subs?.length || !row) continue;
    for (const sub of subs) {
      if (sub.entity === mi.m.entity || out.some((d) => d.type === 'REQUEST' && d.subject === mi!.m.entity && d.object === sub.entity && d.sentence === s.index)) continue;
      out.push({ type: 'REQUEST', subject: mi.m.entity, object: sub.entity, sentence: s.index, trigger: { start: tokens[i]!.start, end: tokens[i]!.end }, subjectSpan: mi.m, objectSpan: sub.span, row });
    }
  }
}

/**
 * `X berkunjung ke Ternate, Maluku Utara, dan diterima langsung oleh Gubernur Y`: the one who receives
 * a visit told right after it is its host too (the visitor met them).
 */
function visitsReceived(v: SentenceView, out: Draft[], first: number): void {
  const { tokens, s } = v;
  if (v.lang !== 'id') return;
  for (let q = s.tokenStart + 3; q < s.tokenEnd - 2; q++) {
    if (tokens[q]!.norm !== 'diterima' || !/^(dan|lalu|kemudian)$/.test(tokens[q - 1]!.norm)) continue;
    // the visit before it, in the same clause
    let visit = -1;
    for (let j = q - 2; j >= Math.max(s.tokenStart, q - 14); j--) {
      if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== ',') break;
      if (VISIT_VERBS.test(tokens[j]!.norm)) { visit = j; break; }
    }
    if (visit < 0) continue;
    const visitors = mainSubject(v, visit);
    const row = predicateLexicon().byStem.get('kunjung')?.find((h) => h.row.cameo === '042')?.row;
    let k = q + 1;
    while (k < s.tokenEnd && /^(langsung|secara|oleh)$/.test(tokens[k]!.norm)) k++;
    const host = mentionAfter(v, k, Math.min(s.tokenEnd, k + 6));
    if (!visitors?.length || !row || !host) continue;
    for (const a of visitors) for (const h of host) {
      if (h.m.part || h.m.entity === a.entity || out.slice(first).some((x) => x.type === 'CONSULT' && x.subject === a.entity && x.object === h.m.entity)) continue;
      out.push({ type: 'CONSULT', subject: a.entity, object: h.m.entity, sentence: s.index, trigger: { start: tokens[q]!.start, end: tokens[q]!.end }, subjectSpan: a.span, objectSpan: h.m, row });
    }
  }
}

/** Verbs of a visit (`berkunjung ke`, `tiba di`, `bertandang ke`). */
const VISIT_VERBS = /^(berkunjung|mengunjungi|tiba|datang|bertandang|melawat|menyambangi|bertolak)$/;

/** Pronouns for the one denying, as the subject of the accusation's clause. */
const SELF = /^(dirinya|pihaknya|ia|dia|mereka|kami|saya|it|he|she|they|we|i)$/;

/**
 * The accusation a denial answers was made: `Hasto membantah tuduhan KPK bahwa dirinya …` also says
 * the KPK accused Hasto (ACCUSE author → accused), `Kremlin membantah tuduhan Polandia bahwa drone-drone
 * Rusia …` that Poland accused Russia. The accused is the named subject of the clause the accusation
 * states, else the one denying. Only for denials whose object is the author of an accusation noun
 * written between them (`tuduhan`, `tudingan`, `accusations by`).
 */
function answeredAccusations(v: SentenceView, entities: Entity[], kinds: Array<string | undefined>, known: KnownEntity | undefined, recent: RecentEntities, out: Draft[], first: number): void {
  const { tokens, s } = v;
  const end = out.length;
  for (let k = first; k < end; k++) {
    const d = out[k]!;
    // (an accusation rejected is answered as one denied: `rejected accusations by X that it …`, `menolak
    // tuduhan X`)
    if (d.type !== 'REJECT' || d.negated || !d.row || !(DENIALS.has(d.row.stem) || d.row.stem === 'reject' || d.row.stem === 'tolak')) continue;
    // the accusation noun between the denial and its object
    let noun = -1;
    // (the first token after the trigger, by halving: a sentence of thousands of denials stays linear)
    let q = tokenAfter(v, d.trigger.end);
    // (criticism rejected was made too: `China rejected criticism from the Group of Seven`)
    for (const from = q; q < s.tokenEnd && tokens[q]!.start < d.objectSpan.start && q - from < 6; q++) if (ACCUSATION_NOUN.test(tokens[q]!.norm) || CRITICISM_NOUN.test(tokens[q]!.norm)) noun = q;
    if (noun < 0) continue;
    const at = tokenAfter(v, d.objectSpan.start);
    const author = at >= noun && tokens[at]?.start === d.objectSpan.start ? v.at.get(at) : undefined;
    if (!author) continue;
    let told = groupEnd(v, author);
    // (`tudingan Greenpeace yang menyebut Kementerian Kehutanan membiarkan …`: the clause after a verb
    // of saying in a relative clause, as after `bahwa`)
    const sayingRelative = tokens[told]?.norm === 'yang' && /^(menyebut|menyebutkan|menuding|menuduh|mengatakan|menilai|menyatakan)$/.test(tokens[told + 1]?.norm ?? '');
    if (sayingRelative) told++;
    let accused: MentionLike | undefined = { entity: d.subject, span: d.subjectSpan };
    if ((sayingRelative || /^(bahwa|that)$/.test(tokens[told]?.norm ?? '')) && !SELF.test(tokens[told + 1]?.norm ?? '')) {
      // (a clause whose subject names no one, `bahwa pemerintah provinsinya membiarkan …`, tells no
      // one accused)
      accused = undefined;
      // (past lower-case words before the subject's name: `bahwa sebuah kapal survei China memasuki …`)
      for (let i = told + 1; i < Math.min(s.tokenEnd, told + 6); i++) {
        const mi = v.at.get(i);
        if (mi && !mi.m.part && !mi.titleModifier) {
          accused = governmentOf(v, { entity: mi.m.entity, span: mi.m }, entities, kinds, known);
          break;
        }
        // (the denier's own people or arms: `bahwa anggotanya menyiksa …`, `bahwa pesawat tanpa awaknya
        // mengebom …`; not a body of its own, `pemerintah provinsinya`)
        if (tokens[i]!.clitics?.includes('nya') && OWN_PEOPLE_OR_ARMS.test(tokens[i]!.base ?? '')) {
          accused = { entity: d.subject, span: d.subjectSpan };
          break;
        }
        // (or its country's: `bahwa aparat negaranya menyiksa …` accuses the country)
        if (tokens[i]!.clitics?.includes('nya') && tokens[i]!.base === 'negara') {
          const c = anaphor(v, i, entities, recent)?.[0];
          accused = c ? { entity: c.entity, span: c.span } : undefined;
          break;
        }
        // (the denier named again by a noun and a demonstrative: `Hizbullah membantah tuduhan Israel bahwa
        // kelompok itu sedang membangun kembali …`)
        // (`Persebaya membantah tuduhan APPI bahwa klub itu …`, `rejected accusations by Walhi that the organisation …`)
        if ((/^(kelompok|organisasi|partai|negara|perusahaan|lembaga|klub|instansi|kementerian|badan|pihaknya)$/.test(tokens[i]!.norm) && (tokens[i]!.norm === 'pihaknya' || /^(itu|tersebut|ini)$/.test(tokens[i + 1]?.norm ?? '')))
          || (tokens[i]!.norm === 'the' && /^(organisation|organization|group|company|party|club|ministry|agency|firm|country|government)$/.test(tokens[i + 1]?.norm ?? ''))) {
          accused = { entity: d.subject, span: d.subjectSpan };
          // (a body's head denying for it: the body is the one named so, `NU chairman Yahya Cholil Staquf
          // rejected accusations … that the organisation …`)
          if (entities[d.subject]!.type === 'PERSON') {
            const office = out.find((x) => x.type === 'holds_role' && x.sentence === s.index && x.subject === d.subject && entities[x.object]!.type === 'ORGANIZATION');
            if (office) accused = { entity: office.object, span: office.objectSpan };
          }
          break;
        }
        if (!beforeSubject(tokens[i]!)) break;
      }
    }
    if (!accused || sameSide(entities, d.object, accused.entity)) continue;
    // (an accusation one of the five sentences before told already: `Kejagung menetapkan X sebagai
    // tersangka. … X membantah tuduhan Kejagung`)
    let before = false;
    for (let k = s.index - 1; k >= Math.max(0, s.index - 5) && !before; k--) before = recent.actsOf(k).some((a) => a.type === 'ACCUSE' && a.subjects.includes(d.object) && a.objects.includes(accused!.entity));
    if (before) continue;
    if (out.some((x) => x.type === 'ACCUSE' && x.subject === d.object && x.object === accused.entity && x.sentence === s.index)) continue;
    out.push({ type: 'ACCUSE', subject: d.object, object: accused.entity, sentence: s.index, trigger: { start: tokens[noun]!.start, end: tokens[noun]!.end }, subjectSpan: d.objectSpan, objectSpan: { start: accused.span.start, end: accused.span.end }, row: derivedRow(d.row, 'accusation') });
  }
}

/** The same entity, or a country and a body or capital of it. */
function sameSide(entities: Entity[], a: number, b: number): boolean {
  if (a === b) return true;
  const x = entities[a]!;
  const y = entities[b]!;
  return (x.iso3 !== undefined && y.country === x.iso3) || (y.iso3 !== undefined && x.country === y.iso3);
}

/**
 * `Iran-backed Houthi rebels`, `Hezbollah, an Iran-backed group,`: the one named inside the compound
 * backs the one the compound describes (SUPPORT, as `backed by Iran` is).
 */
function backedCompounds(v: SentenceView, entities: Entity[], out: Draft[]): void {
  if (v.lang !== 'en') return;
  const { tokens } = v;
  for (const mi of v.mentions) {
    if (!mi.m.part) continue;
    const t = tokens[mi.m.tokenStart]!;
    const last = t.parts?.[t.parts.length - 1];
    if (!last || !/^(backed|supported|sponsored|funded)$/.test(last.norm)) continue;
    let target = v.at.get(mi.m.tokenEnd);
    // (`Hezbollah, an Iran-backed group,`: the name the appositive describes)
    if (!target && /^(a|an|the)$/.test(tokens[mi.m.tokenStart - 1]?.norm ?? '') && tokens[mi.m.tokenStart - 2]?.text === ',') target = v.endAt.get(mi.m.tokenStart - 2);
    if (!target || target.m.part || target.m.entity === mi.m.entity) continue;
    const row = predicateLexicon().byFirst.get('backed')?.find((h) => h.row.type === 'SUPPORT' && h.row.lang === 'en')?.row;
    if (!row) return;
    out.push({ type: 'SUPPORT', subject: mi.m.entity, object: target.m.entity, sentence: v.s.index, trigger: { start: t.start, end: t.end }, subjectSpan: mi.m, objectSpan: target.m, row });
  }
}

/** Words before `demand` that make it a market's demand (`strong demand from Russia`). */
const MARKET_DEMAND = /^(strong|weak|weaker|stronger|rising|falling|growing|robust|sluggish|slowing|high|higher|low|lower|global|domestic|consumer|export|import|energy|oil|seasonal|overseas|foreign|firm|solid|soft|softer|tepid|booming)$/;

/**
 * An act of the inventory that a sports report uses as a figure of speech (`menghukum`, `menyerang`,
 * `membombardir gawang`); a sanction or a fine a football body imposes is none (`dijatuhi sanksi
 * larangan bermain tiga pertandingan oleh Komdis PSSI`).
 */
function figureOfSpeech(tr: Trigger, tokens: Token[]): boolean {
  const row = tr.hit.row;
  // (a shot `ditepis` by the keeper is parried, no claim dismissed: `menepis tudingan` stays one)
  if (row.type === 'REJECT') return row.stem === 'tepis' && !/^(tudingan|tuduhan|kabar|isu|anggapan|klaim|rumor|spekulasi|laporan)$/.test(tokens[tr.end]?.norm ?? '');
  // (pressing in a match is no pressure on a side: `Bhayangkara terus menekan Gresik United`)
  if (row.stem === 'tekan' || row.stem === 'press') return true;
  // (a punishment a football body hands out is no court's sentence: `dijatuhi hukuman berat oleh Komite
  // Disiplin Federasi Sepak Bola Prancis`)
  if (row.type === 'ACCUSE' && SENTENCE_STEMS.has(row.stem)) return true;
  if (!NOT_IN_SPORTS.has(row.type)) return false;
  // (nor is a warning, a fine or a suspension a figure of speech: `FIFA memperingatkan PSSI`, `UEFA fined Celtic`)
  if (LITERAL_IN_SPORTS.has(row.stem)) return false;
  return !(row.type === 'SANCTION' && (row.needs.includes('sanksi') || row.needs.includes('denda')));
}
const LITERAL_IN_SPORTS = new Set(['ingat', 'warn', 'fine', 'suspend']);
/** The police act in a sports report: `Polisi Malaysia menangkap tiga suporter Indonesia usai laga …`. */
function policeAct(tokens: Token[], i: number, from: number, to: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) if (POLICE.test(tokens[k]!.norm)) return true;
  // (or the agent of a passive: `Dua suporter Indonesia ditahan oleh polisi Malaysia usai kericuhan …`)
  let k = i + 1;
  if (/^(oleh|by)$/.test(tokens[k]?.norm ?? '')) k++;
  return k < to && (tokens[i]!.norm.startsWith('di') || tokens[i + 1]?.norm === 'by') && POLICE.test(tokens[k]!.norm);
}
const POLICE = /^(polisi|police|kepolisian|polres|polda|polrestabes|polresta|aparat|officers)$/;


/** The subjects and objects of trigger n (those of the triggers before it already found). */
/** Two entities that are one country or a country and its capital/body (`Kyiv` and `Ukraine`). */
function sameCountry(entities: Entity[], a: number, b: number): boolean {
  if (a === b) return true;
  const ca = entities[a]!.type === 'COUNTRY' ? entities[a]!.iso3 : entities[a]!.country;
  const cb = entities[b]!.type === 'COUNTRY' ? entities[b]!.iso3 : entities[b]!.country;
  return ca !== undefined && ca === cb;
}

/** Words of a demand changing: after its owners (`demand from China weakened`) or, in Indonesian, before it (`meningkatnya permintaan`). */
const DEMAND_CHANGE = /^(weakened|weakening|fell|falls|rose|rises|slowed|grew|surged|increased|declined|dropped|softened|recovered|melemah|menurun|turun|naik|meningkat|anjlok|lesu|berkurang|bertambah|tumbuh|melonjak)$/;
const DEMAND_CHANGE_BEFORE_ID = /^(meningkatnya|menurunnya|melemahnya|naiknya|turunnya|tingginya|rendahnya|lemahnya|lesunya|melonjaknya)$/;
/** The demand noun at `i` is changing, a market's: `permintaan dari India melemah`, `as demand from China and India weakened`. */
function demandChanging(v: SentenceView, i: number): boolean {
  const { tokens } = v;
  if (DEMAND_CHANGE_BEFORE_ID.test(tokens[i - 1]?.norm ?? '')) return true;
  if (!/^(from|dari)$/.test(tokens[i + 1]?.norm ?? '')) return false;
  // past the owners and their conjunctions
  let j = i + 2;
  while (j < v.s.tokenEnd && j - i < 12) {
    const mi = v.at.get(j);
    if (mi) { j = mi.m.tokenEnd; continue; }
    if (/^(and|dan|serta|,)$/.test(tokens[j]!.norm)) { j++; continue; }
    break;
  }
  return j > i + 2 && DEMAND_CHANGE.test(tokens[j]?.norm ?? '');
}

/** English participles of a person's state, used before the person (`jailed former prime minister X`). */
const STATE_PARTICIPLES = /^(jailed|detained|imprisoned|exiled|ousted|deposed|convicted|indicted|sanctioned|impeached|arrested)$/;

/**
 * The participle at `i` stands before a person (a title word, `former`, or the name) and after a
 * word that cannot be its subject (a preposition, or a verb whose object it opens: `by`, `free`, `visited`).
 */
function attributiveBeforePerson(v: SentenceView, i: number, personAt: (j: number) => boolean): boolean {
  const prev = v.tokens[i - 1];
  if (!prev || i - 1 < v.s.tokenStart || v.cover.has(i - 1) || !ATTRIBUTIVE_AFTER.test(prev.norm)) return false;
  const next = v.tokens[i + 1];
  if (!next) return false;
  return personAt(i + 1) || next.norm === 'former' || next.norm === 'ex' || PERSON_NOUNS_EN.test(next.norm);
}
/** Words after which a participle is no verb of a clause: prepositions, and verbs whose object it opens (`free jailed …`). */
const ATTRIBUTIVE_AFTER = /^(by|of|for|to|with|from|against|on|about|over|into|as|including|like|free|freed|frees|release|released|releases|pardon|pardoned|visit|visited|visits|meet|met|meets|extradite|extradited|transfer|transferred|interview|interviewed)$/;
/** Lower-case English words of a person's title or calling before the name (`prime minister`, `opposition leader`). */
const PERSON_NOUNS_EN = /^(opposition|activist|dissident|journalist|rapper|tycoon|businessman|cleric|leader|lawmaker|politician|general|president|prime|minister|senator|governor|mayor|chief|chairman|congressman|premier)$/;

/** Within four words after `at`: money or goods recovered for the state (`uang pengganti`, `rampasan`, `sitaan`, `kerugian negara`). */
function recoveredForState(tokens: Token[], at: number, to: number): boolean {
  for (let k = at; k < Math.min(to, at + 4); k++) {
    const n = tokens[k]!.norm;
    if (n === 'pengganti' || n === 'rampasan' || n === 'sitaan' || (n === 'kerugian' && tokens[k + 1]?.norm === 'negara')) return true;
  }
  return false;
}

/** What a player contributes: goals, assists, points, medals (`menyumbangkan 27 gol`). */
const SCORED = /^(gol|assist|asis|poin|angka|medali|emas|perak|perunggu|suara|kursi|trofi|gelar|skor)$/;
/** Names of buildings and sites (`Balai Kota Jakarta`, `Gedung Sate`, `Stadion GBK`). */
const BUILDING_NAME = /^(Balai|Gedung|Kantor|Markas|Hotel|Bandara|Pelabuhan|Stasiun|Museum|Masjid|Gereja|Pura|Vihara|Kampus|Pabrik|Pasar|Lapangan|Stadion|Bundaran|Monumen|Taman|Candi|City Hall|Airport|Stadium)\b/;
/** Nouns of unnamed residents before `di` and their place (`seorang warga di Kabupaten X`). */
const RESIDENT_NOUNS = /^(warga|penduduk|orang|petani|nelayan|pedagang|pemuda|remaja|siswa|pelajar|mahasiswa|buruh|pekerja|sopir|pengemudi|ibu|bapak|anak|bocah|lansia|korban)$/;
/** The word two words before character offset `at` (the one before `wordBefore`'s). */
function wordBeforeWord(v: SentenceView, at: number): string {
  const k = tokenIndexAt(v, at);
  return k - 2 >= v.s.tokenStart ? v.tokens[k - 2]!.norm : '';
}

/** The trigger is the act a noun of plan names (`Israel's plan to annex`), no verb of the clause. */
function nounComplement(v: SentenceView, tr: Trigger): boolean {
  const p = tr.start - 1;
  if (!/^(to|untuk)$/.test(v.tokens[p]?.norm ?? '')) return false;
  if (PLAN_NOUNS.has(v.tokens[p - 1]?.norm ?? '')) return true;
  // (the plan's owner between: `rencana Israel untuk mencaplok …`)
  const owner = v.endAt.get(p);
  return owner !== undefined && PLAN_NOUNS.has(v.tokens[owner.m.tokenStart - 1]?.norm ?? '');
}

/** Words of a visit, not of an arrival (`visit`, `berkunjung`, `kunjungan`). */
const VISIT_WORDS = /^(visit|visits|visited|visiting|berkunjung|mengunjungi|dikunjungi|kunjungan|bertandang|melawat|lawatan)$/;

/** Bodies that arrest and detain: police, prosecutors, anti-corruption agencies. */
function lawEnforcer(e: Entity, kind: string | undefined): boolean {
  return e.type === 'ORGANIZATION' && (kind === 'police' || /Police|Prosecut|Attorney General|Corruption Eradication|Anti-Corruption|Investigation/.test(e.name));
}

function findArguments(v: SentenceView, triggers: Trigger[], n: number, entities: Entity[], recent: RecentEntities): void {
  const { tokens, s, lang } = v;
  const tr = triggers[n]!;
  const row = tr.hit.row;
  const passive = tr.hit.voice === 'passive' || (lang === 'en' && englishPassive(v, tr));
  let subs: MentionLike[];
  let objs: MentionLike[] & { between?: boolean };
  if (passive) {
    // the grammatical subject is the target; the agent follows
    const left = subjectsLeft(v, tr.start, entities, recent);
    objs = row.target.includes('obj') ? left.subs : objectsRight(v, tr, true);
    // `Filipina menyebut kapal patrolinya ditabrak …`: a thing of the speaker's side, written with
    // `-nya`, right before the passive verb is the side's
    if (!objs.length && row.target.includes('obj') && lang === 'id') objs = ownedPatient(v, tr, entities) ?? [];
    // `Seorang anggota Brimob terluka setelah diserang kelompok bersenjata X`: a passive in a clause of
    // time with no subject of its own is about the main clause's subject (not a place after it)
    if (!objs.length && row.target.includes('obj') && lang === 'id' && /^(setelah|sesudah|usai|seusai|saat|ketika|sebelum)$/.test(tokens[tr.start - 1]?.norm ?? '')) objs = mainSubject(v, tr.start - 1) ?? [];
    // `Sebuah kapal X ditabrak dan ditembaki meriam air oleh Y`: a passive joined by `dan` to the passive
    // before it shares its patient
    if (!objs.length && row.target.includes('obj') && lang === 'id' && /^(dan|serta)$/.test(tokens[tr.start - 1]?.norm ?? '') && tr.start - 2 > v.s.tokenStart) {
      const before = tokens[tr.start - 2]!;
      // (a passive the lexicon does not know reads so too: `ditabrak dan ditembaki`)
      if (/^di[a-z]{4,}$/.test(before.norm) && (isIdVerb(before) || before.norm.length >= 7)) objs = subjectsLeft(v, tr.start - 2, entities, recent).subs;
    }
    // an English reduced relative (`a ceasefire brokered by Qatar`, `183 Palestinian prisoners freed by
    // Israel`): its patient is the noun phrase right before, or no one
    // (a deal brokered for the two who agreed it: `Saudi Arabia and Iran agreed … in a deal brokered by
    // China` — China mediated between them)
    if (lang === 'en' && reducedRelative(v, tr)) {
      const agreed = row.cameo === '045' && n > 0 && triggers[n - 1]!.hit.row.type === 'AGREE' && triggers[n - 1]!.subjects.length ? triggers[n - 1]! : undefined;
      objs = agreed ? toLike(agreed.subjects, agreed.subjectSpans) : patientBefore(v, tr.start);
      // `…, a move welcomed by BEUC`: a move, step or decision stands for the one who took it
      if (!objs.length && /^(move|step|decision|plan|policy|announcement|measure|action)$/.test(tokens[tr.start - 1]!.norm)) objs = mainSubject(v, tr.start) ?? [];
    }
    // an English participle after a comma modifies the phrase before it (`talks in Putrajaya, Malaysia,
    // hosted by X`): its patient is the name right before the comma, or no one (not the clause's subject)
    if (lang === 'en' && tokens[tr.start - 1]?.text === ',' && /ed$/.test(tokens[tr.start]!.norm)) {
      const before = v.endAt.get(tr.start - 1);
      objs = before && !before.m.part && before.prep === undefined ? asLike(groupOf(v, before)) : [];
    }
    // a guest welcomed is named right before `disambut` (`Peringatan Hari Kartini …, disambut antusias
    // oleh X` welcomes no guest)
    if (row.cameo === '043' && !subjectRightBefore(v, tr.start)) objs = [];
    // a subject that names no one leaves the row's preposition (`kasus yang disangkakan oleh KPK
    // terhadap dirinya`)
    if (!objs.length && row.target.length > 1 && row.target.includes('obj')) objs = objectsRight(v, tr, true, recent);
    // `Sanksi terhadap Iran dicabut`, `The ban on Telegram was lifted`: the needed noun is the grammatical
    // subject; its object follows its preposition
    if (!objs.length && row.needs.length) objs = neededNounObject(v, tr.start, row.needs) ?? [];
    // `…, langkah yang dikecam keras oleh Israel`: a step, decision or policy stands for those who took it
    if (!objs.length && row.target.includes('obj') && stepBeforeYang(v, tr.start)) objs = mainSubject(v, tr.start) ?? [];
    // `Tindakan itu langsung dikecam oleh Jepang`: the act the sentence before told, by the one who did it
    if (!objs.length && AUTHORED.has(row.type) && actAnaphorBefore(v, tr.start)) objs = recent.previousActor(v.s.index)?.map((x) => ({ entity: x.entity, span: { start: tokens[v.s.tokenStart]!.start, end: tokens[tr.start - 1]!.end } })) ?? [];
    subs = passiveAgent(v, tr);
    // `pasca ditetapkannya Novanto sebagai tersangka`: a passive with -nya names the act; the one
    // right after it is its patient (and no agent is named unless `oleh` follows)
    if (lang === 'id' && tokens[tr.start]!.clitics?.includes('nya') && /^di/.test(tokens[tr.start]!.norm)) {
      const after = v.at.get(tr.end);
      if (after && !after.m.part) {
        objs = asLike(groupOf(v, after));
        subs = subs.filter((x) => !objs.some((o) => o.entity === x.entity));
      }
    }
    // `X ditahan KPK seusai diperiksa selama sembilan jam`: a passive with no agent in a clause of time
    // right after another passive shares its agent and its patient
    if (!subs.length && lang === 'id' && /^(seusai|usai|setelah|sesudah|sebelum)$/.test(tokens[tr.start - 1]?.norm ?? '') && n > 0) {
      const prev = triggers[n - 1]!;
      // (or an active detention by a body of law enforcement, and the passive is its charge or
      // questioning: `KPK menahan Sekda X usai diperiksa sebagai tersangka` — X was questioned, by KPK;
      // not any passive after an active verb: `Israel menyerang Gaza setelah diserang` is Israel's)
      const lawAct = prev.hit.voice !== 'passive' && row.type === 'ACCUSE' && prev.hit.row.type === 'COERCE' && prev.subjects.length === 1 && lawEnforcer(entities[prev.subjects[0]!]!, recent.kinds[prev.subjects[0]!]);
      // (a day and its date between, in commas, is no clause boundary: `ditahan oleh penyidik Kejaksaan
      // Agung, Selasa (11/2), usai diperiksa`)
      let dated = 0;
      let boundary = false;
      for (let k = prev.end; k < tr.start && !boundary; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'punct' || t.text === '(' || t.text === ')') continue;
        if (t.text === ',' && (isCalendarWord(tokens[k + 1]?.norm ?? '') || tokens[k - 1]?.text === ')')) dated++;
        else boundary = true;
      }
      if ((prev.hit.voice === 'passive' || lawAct) && prev.end < tr.start && tr.start - prev.end <= 8 + 5 * Math.min(dated, 1) && !boundary && prev.subjects.length && prev.objects.length) {
        subs = toLike(prev.subjects, prev.subjectSpans);
        // (the name left of the verb is the agent just read, not the one questioned)
        objs = toLike(prev.objects, prev.objectSpans);
      }
    }
    // `pemblokiran Telegram telah dicabut … berdasarkan perintah Presiden Hassan Rouhani`: who ordered it
    if (!subs.length) subs = orderedBy(v, tr.end, v.s.tokenEnd) ?? [];
    // `ditangkap polisi`, `ditahan oleh polisi`: the police the document means
    if (!subs.length && v.lang === 'id') {
      const k = tokens[tr.end]?.norm === 'oleh' ? tr.end + 1 : tr.end;
      subs = domesticPolice(v, k, entities, recent) ?? [];
    }
    // `Three Colombian citizens were arrested in Venezuela`, `dua WNI ditahan di Malaysia`: no agent
    // named, the country where it happened holds them (as event coders code it), when they are not its own
    if (!subs.length && row.type === 'COERCE' && objs.length) {
      for (let k = tr.end; k < Math.min(v.s.tokenEnd, tr.end + 4); k++) {
        const mi = v.at.get(k);
        if (!mi) continue;
        if (mi.country && /^(in|di)$/.test(mi.prep ?? '') && !mi.m.part && objs.every((o) => o.entity !== mi.m.entity && entities[o.entity]!.type === 'COUNTRY')) subs = asLike([mi]);
        break;
      }
    }
    // `12 WNI yang sempat ditahan otoritas imigrasi Korea Selatan … telah dibebaskan`, `fishermen
    // detained by Malaysia were released`: a release with no agent, of those an act before in the
    // sentence held, is the holder's
    if (!subs.length && row.type === 'CONCEDE' && row.cameo === '0841' && n > 0) {
      for (let k = n - 1; k >= Math.max(0, n - 8); k--) {
        const held = triggers[k]!;
        if (held.hit.row.type !== 'COERCE' || held.hit.row.cameo !== '173' || !held.subjects.length || !held.objects.length) continue;
        // (the name right before the release may be the holder, the relative clause's agent: `Tiga WNI
        // yang ditahan polisi Malaysia dibebaskan` releases the WNI)
        const agentRead = objs.length > 0 && held.hit.voice === 'passive' && tokens[held.start - 1]?.norm === 'yang' && objs.every((o) => held.subjects.includes(o.entity));
        if (objs.length && !agentRead && !objs.some((o) => held.objects.includes(o.entity))) continue;
        subs = toLike(held.subjects, held.subjectSpans);
        if (!objs.length || agentRead) objs = toLike(held.objects, held.objectSpans);
        break;
      }
    }
    // `Kejagung menetapkan X sebagai tersangka. Usai diperiksa, ia langsung ditahan …`: a detention
    // with no agent, right after a sentence whose actor is a body of law enforcement, is that body's
    // (only when that sentence told another act of the body on the one detained: a suspect named, then
    // held; not a detention told again, nor others held by someone unnamed)
    if (!subs.length && row.type === 'COERCE' && /^di/.test(tokens[tr.start]!.norm) && objs.length) {
      const act = recent.actsOf(v.s.index - 1).find((a) => a.type !== 'COERCE' && a.subjects.length === 1 && lawEnforcer(entities[a.subjects[0]!]!, recent.kinds[a.subjects[0]!])
        && objs.some((o) => a.objects.includes(o.entity)));
      if (act) subs = [{ entity: act.subjects[0]!, span: { start: tokens[tr.start]!.start, end: tokens[tr.end - 1]!.end } }];
    }
  } else {
    const left = subjectsLeft(v, tr.start, entities, recent);
    subs = left.subs;
    // an English noun no verb has, its author after `by`: `rejected accusations by Thailand that …`
    if (lang === 'en' && tr.end === tr.start + 1 && /(ations|ments)$/.test(tokens[tr.start]!.norm) && tokens[tr.end]?.norm === 'by') {
      const by = byRightAfter(v, tr.end);
      if (by) { subs = by; left.subs = by; left.connector = undefined; }
    }
    const main = n > 0 ? triggers[n - 1] : undefined;
    const controlled = left.connector && OBJECT_CONTROL[lang].has(left.connector) ? controllerObject(v, tr.start) : undefined;
    // the act one is accused of: `accused the UAE of supplying weapons to …`, `menuduh Amerika
    // Serikat mendalangi kudeta …`: the accused acts, and the act is only alleged
    // (and a second act joined to the first by `and`: `accused X of ramming and firing water cannon at Y`)
    const prevAct = n > 0 ? triggers[n - 1]! : undefined;
    const accused = prevAct ? accusedAct(v, prevAct, tr) ?? (lang === 'en' && prevAct.alleged && prevAct.subjects.length && /^(and|or)$/.test(tokens[tr.start - 1]?.norm ?? '') && /ing$/.test(tokens[tr.start]!.norm) ? toLike(prevAct.subjects, prevAct.subjectSpans) : undefined) : undefined;
    if (accused) {
      tr.alleged = true;
      subs = accused;
      left.connector = undefined;
      tr.controlled = true;
    }
    // an English participle after a comma shares the main clause's subject: `Scholz spoke with Xi,
    // urging Beijing to …`
    const participle = lang === 'en' && tr.start > v.s.tokenStart && tokens[tr.start - 1]!.text === ',' && /ing$/.test(tokens[tr.start]!.norm);
    // (after a speech tag, the speaker's: `…, the Royal Thai Army said, blaming Cambodia for …`)
    // a clause of `saat`/`ketika` (when) with no subject is the main clause's, not an embedded act's:
    // `Prabowo memuji keputusan Prancis mengakui Palestina saat bertemu Macron`
    // (only a subject that opens the sentence, titles before it: not a name inside a fronted adjunct)
    const whenMain = left.connector && /^(saat|ketika)$/.test(left.connector) ? mainSubject(v, tr.start) : undefined;
    // (Indonesian: an active verb right after a speech tag and its comma is the speaker's: `"…," kata
    // Menlu Sugiono, mengecam serangan udara Israel …`)
    const taggedSpeaker = lang === 'id' && !participle && tr.hit.voice === 'active' && tokens[tr.start - 1]?.text === ',' ? speakerOfTagBefore(v, tr.start - 1) : undefined;
    if (participle) subs = speakerBeforeComma(v, tr.start - 1) ?? mainSubject(v, tr.start) ?? [];
    else if (taggedSpeaker) subs = taggedSpeaker;
    else if (whenMain && opensSentence(v, whenMain)) subs = whenMain;
    else if (controlled) {
      // `Obama memerintahkan Kemenhan AS untuk mengerahkan …`: the one ordered acts
      subs = controlled;
      tr.controlled = true;
    } else if (left.connector && main) {
      // the purpose of a proposal or plan someone named made is theirs: `DPR menyetujui usulan Presiden
      // Prabowo Subianto untuk memberikan abolisi kepada …`, `backed a plan by Egypt to rebuild Gaza`
      const proposer = OBJECT_CONTROL[lang].has(left.connector) ? proposerOfPurpose(v, tr.start) : undefined;
      if (proposer) subs = proposer;
      else if (OBJECT_CONTROL[lang].has(left.connector) && (main.hit.row.type === 'REQUEST' || main.hit.row.type === 'THREATEN')) subs = toLike(main.objects, main.objectSpans);
      else if (REASON[lang].has(left.connector)) subs = toLike(main.objects, main.objectSpans);
      else {
        // (the subject of the last verb, not of an act named in its object: `China mengecam kunjungan
        // delegasi Kongres AS ke Taiwan dan menuduh Washington …` — China accuses)
        let shared = main;
        // (nor of a noun with no subject of its own: `rejected Israel's ceasefire proposal and demanded …`)
        // (nor of the act an accusation names: `accused Jakarta of genocide and urged Britain …` — the accuser urges)
        // (nor of an act a noun names in the object: `condemned Israel's plan to annex … and urged the UN`)
        // (nor of `talks` read as a noun: `accused X of siding with firms in the wage talks and called on him`)
        // (nor of a relative clause on a noun: `mengecam serangan RSF … yang menewaskan puluhan pasien, dan mendesak …`)
        const relative = (t: Trigger) => tokens[t.start - 1]?.norm === 'yang';
        // (nor of an English noun after a determiner or a possessive, which the lexicon reads as a verb:
        // `thanked Indonesia for its aid and urged Jakarta …`, `condemned Iran's execution of … and urged Tehran`)
        const determined = (t: Trigger) => lang === 'en' && /^(its|their|his|her|our|the|a|an|['’]s)$/.test(tokens[t.start - 1]?.norm ?? '');
        // (nor, for an English past form, of an act of those the sentence urged: `urged the police to
        // release the students detained during the protests and accused officers of …` — the urger accuses)
        // (the nearest few requests before: a sentence of thousands of clauses stays linear)
        const requests: Trigger[] = [];
        if (lang === 'en' && /ed$/.test(tokens[tr.start]!.norm)) for (let j = n - 1; j >= Math.max(0, n - 12) && requests.length < 3; j--) if (triggers[j]!.hit.row.type === 'REQUEST' && triggers[j]!.objects.length) requests.push(triggers[j]!);
        const infinitive = (t: Trigger) => requests.some((r) => r.end <= t.start && t.subjects.every((x) => r.objects.includes(x)));
        if (main.hit.voice === 'nominal' || !main.subjects.length || main.alleged || nounComplement(v, main) || talksNoun(v, main) || relative(main) || determined(main)) for (let j = n - 2; j >= 0; j--) if (triggers[j]!.hit.voice !== 'nominal' && triggers[j]!.subjects.length && !triggers[j]!.alleged && !nounComplement(v, triggers[j]!) && !talksNoun(v, triggers[j]!) && !relative(triggers[j]!) && !determined(triggers[j]!) && !infinitive(triggers[j]!)) { shared = triggers[j]!; break; }
        // (nor of the act a denial is about, its subject right after the denial: `membantah kelompoknya
        // menyerang warga sipil dan menuding aparat TNI` — the one who denies accuses)
        const denial = shared === main && main.subjectSpans.length ? triggers.find((t, j) => j < n - 1 && t.hit.row.type === 'REJECT' && t.subjects.length && tokens[t.end]?.start === main.subjectSpans[0]!.start) : undefined;
        if (denial) shared = denial;
        // (with no verb before but a noun, the main clause's subject: `Gibran mewakili Prabowo dalam KTT
        // G20 … dan bertemu Cyril Ramaphosa` — Gibran meets, not the G20 of the summit)
        subs = shared === main && (main.hit.voice === 'nominal' || main.hit.voice === 'base') ? mainSubject(v, tr.start) ?? toLike(shared.subjects, shared.subjectSpans) : toLike(shared.subjects, shared.subjectSpans);
      }
    } else if (left.connector && !main) {
      // `Turki …, telah membuat marah Rusia dengan mengirimkan …`: the main clause's subject
      // (a purpose after a reported clause is that clause's: `Airlangga mengatakan pemerintah Indonesia
      // akan mengirim delegasi ke Washington untuk merundingkan …` — Indonesia negotiates)
      const purpose = OBJECT_CONTROL[lang].has(left.connector) ? purposeSubject(v, tr.start, entities, recent) : undefined;
      subs = purpose ?? (SHARE_SUBJECT[lang].has(left.connector) || OBJECT_CONTROL[lang].has(left.connector) ? mainSubject(v, tr.start) ?? [] : []);
    }
    // a clause fronted before the subject shares it: `Menyindir keputusan Partai Golkar, Johnny
    // menegaskan …`, `Criticizing the decision, Obama said …`
    const fronted = !subs.length && !left.connector && !accused ? frontedClauseSubject(v, tr) : undefined;
    if (fronted) subs = fronted;
    // a call or a meeting as the adjunct of the main verb is the main subject's, not that of an infinitive
    // before it: `Hegseth urged Indonesia to buy more equipment during a phone call with Sjafrie`
    if (row.type === 'CONSULT' && tr.hit.voice === 'nominal' && lang === 'en') {
      let p = tr.start - 1;
      if (/^(a|an|the|their|his|her|its)$/.test(tokens[p]?.norm ?? '')) p--;
      const main = p > v.s.tokenStart && tokens[p]!.norm === 'during' ? mainSubject(v, p) : undefined;
      if (main?.length) subs = main;
    }
    objs = objectsRight(v, tr, false, recent);
    // `mengusir dua diplomat Uni Eropa dan menuduh mereka …`: `mereka` after a verb joined by `dan` is
    // the last act's objects
    // (not a deadline given to leave: `mengusir dua diplomat … dan memberi mereka waktu 72 jam` is no threat)
    if (lang === 'id' && !objs.length && main && row.type !== 'THREATEN' && tokens[tr.end]?.norm === 'mereka' && /^(dan|serta|lalu|kemudian)$/.test(tokens[tr.start - 1]?.norm ?? '') && main.objects.length && main.end < tr.start) {
      objs = Object.assign(toLike(main.objects, main.objectSpans).filter((o) => !subs.some((x) => x.entity === o.entity)), { between: false });
    }
    // forces sent or readied to hunt an armed group are mobilized against it, not against the place
    // they go (`menyiagakan dua batalion di Kabupaten Puncak untuk memburu kelompok bersenjata OPM`)
    if (row.type === 'MOBILIZE') {
      const hunted = huntedAfter(v, tr.end);
      if (hunted) objs = asLike(hunted);
    }
    // `called on Myanmar's military to release X`, `urged Israel's government to …`: the country's own
    // rulers or forces, right after the verb, are the country (not the name after them)
    if (lang === 'en') {
      const own = v.at.get(tr.end);
      // (the noun ends the object: `Myanmar's military leader Min Aung Hlaing` is the leader)
      if (own && own.country && !own.m.part && /^['’]s$/.test(tokens[own.m.tokenEnd]?.text ?? '') && /^(military|army|junta|government|regime|rulers|forces|troops|navy|authorities|leaders|leadership)$/.test(tokens[own.m.tokenEnd + 1]?.norm ?? '')
        && /^(to|,|\.|;|and|for|over|after|on|in)$/.test(tokens[own.m.tokenEnd + 2]?.norm ?? '.')) objs = asLike([own]);
    }
    // `memanggil Duta Besar Australia … untuk meminta penjelasan atas …`, `summoned the envoy to seek an
    // explanation`: a request naming no one, the purpose of a summons, is made of the one summoned
    if (row.type === 'REQUEST' && !objs.length && main && main.hit.row.cameo === '114' && main.objects.length && left.connector && OBJECT_CONTROL[lang].has(left.connector)) objs = toLike(main.objects, main.objectSpans);
    // `imposed sanctions on a Chinese independent refinery, Shandong Shouguang Luqing Petrochemical,`:
    // a demonym describing a thing the sentence then names is that name's, not the country's
    // (not where the subject was read from that demonym: `Police arrested a Chinese businessman, X`)
    if (lang === 'en' && objs.length === 1 && !subs.some((x) => x.entity === objs[0]!.entity)) {
      const named = namedAfterDemonym(v, objs[0]!) ?? namedAfterCompound(v, objs[0]!);
      if (named) objs = asLike(groupOf(v, named));
      // (the broker of a ceasefire or deal is no party to it: `accusing Ankara of violating a U.S.-brokered
      // ceasefire`)
      else if (brokerOf(v, objs[0]!)) objs = [];
    }
    // property seized is its owner's, named after `milik` past the things and where they are: `menyita
    // tiga bidang tanah dan sebuah vila di Kabupaten Bogor, Jawa Barat, milik X`
    if (row.cameo === '1711' && lang === 'id') {
      const owner = ownerNamedLater(v, tr.end);
      if (owner) objs = asLike(owner);
    }
    // the act given again to another with its verb left out: `memberikan amnesti kepada Hasto dan
    // abolisi kepada Tom Lembong`, `sent tanks to Ukraine and jets to Poland`
    // (rows that name no theme only: the theme of the first, `tanks`, is not the second's, `jets`)
    if (objs.length && row.needs.length && !row.theme && !row.needs.includes('@person')) {
      const more = gappedObject(v, tr, objectEnd(tokens, objs), row.needs, row.target);
      if (more) objs = [...objs, ...more];
    }
    // the fronted clause's objects end before its subject (a list may have run on across the comma)
    if (fronted) objs = objs.filter((o) => o.span.end <= fronted[0]!.span.start && !fronted.some((x) => x.entity === o.entity));
    // an agreement or a pledge right after a meeting or call of the same subject, naming no one, is made
    // with the one met (`spoke by phone with Trump and agreed to deepen cooperation`, `met President X and
    // pledged to double output`, `bertemu Anwar dan sepakat …`); so is a request for a thing (`bertemu
    // Panglima TNI X …, dan meminta penarikan pasukan`), not one that names its own addressee (`urged
    // allies to …`, `meminta kedua Kodam itu …`)
    if ((row.type === 'AGREE' || (row.type === 'REQUEST' && REQUESTED_THING.test(tokens[tr.end]?.base ?? tokens[tr.end]?.norm ?? '') && (lang === 'id' || !addresseeClause(v, tr.end)))) && !objs.length && main && main.hit.row.type === 'CONSULT' && left.connector && /^(dan|serta|lalu|kemudian|and|then)$/.test(left.connector)
      && main.objects.length && subs.length && subs.every((x) => main.subjects.includes(x.entity))) objs = toLike(main.objects, main.objectSpans);
    // nominal events take only explicit arguments: `percakapan telepon antara Putin dan Erdogan`,
    // `serangan Israel ke Gaza`, `percakapan telepon kedua kepala negara`
    // (English forms carry no voice: a noun after `faced`, `drew`, `received` is one too)
    let received = tr.hit.voice === 'nominal' || tr.hit.voice === 'base' || lang === 'en' ? verbBefore(v, tr.start, RECEIVE_VERBS) : -1;
    // one faces sanctions, criticism or a suit from someone (`menghadapi sanksi dari Uni Eropa`), but
    // facing an invasion is no receiving of it from its author (`dalam menghadapi invasi Rusia`)
    if (received >= 0 && /^(menghadapi|dihadapkan)$/.test(tokens[received]!.norm) && !FACED.has(row.type)) received = -1;
    // (an act goes ahead despite opposition, not despite someone's tariffs: `exports held up despite U.S. tariffs`)
    if (received >= 0 && CONCESSIVE.has(tokens[received]!.norm) && !OPPOSED.has(row.type)) received = -1;
    if (accused) {
      // the accused act keeps the accused as its subject
    } else if (received >= 0) {
      // the receiver is the target; the source is the genitive or comes after `dari`/`oleh`
      const l = subjectsLeft(v, received, entities, recent);
      // `A U.S. strike that killed … drew condemnation from Iran`, `Serangan Israel itu menuai kecaman`:
      // an act opening the sentence receives it for its author
      const act = actAuthorAtStart(v, received);
      // (`…, drawing sharp criticism from Israel`: a participle after a comma receives it for the main clause's subject)
      const participleAfterComma = lang === 'en' && /ing$/.test(tokens[received]!.norm) && tokens[received - 1]?.text === ',';
      const concessive = CONCESSIVE.has(tokens[received]!.norm);
      const receivers = act ?? (l.connector || participleAfterComma || concessive ? mainSubject(v, received) ?? [] : l.subs);
      let from = receivers.length ? sourceAfter(v, tr.end) : [];
      // (English names the giver right before the noun: `secures $2.9 billion IMF bailout`,
      // `received Chinese loans`)
      const genitive = lang === 'en' ? v.endAt.get(tr.start) : undefined;
      if (!from.length && receivers.length && genitive && !genitive.m.part && genitive.m.tokenStart > received) from = asLike([genitive]);
      subs = from.filter((x) => !receivers.some((r) => r.entity === x.entity));
      objs = subs.length ? receivers.filter((x) => !subs.some((r) => r.entity === x.entity)) : [];
    } else if ((tr.hit.voice === 'nominal' && !participle && (lang !== 'en' || englishNoun(v, tr))) || (tr.hit.voice === 'base' && nounUse(v, tr)) || (lang === 'en' && !participle && englishNounByContext(v, tr))) {
      subs = [];
      let light = verbBefore(v, tr.start, LIGHT_VERBS);
      // (filing voices a suit or a complaint only: `mengajukan gugatan`, not `mengajukan permintaan`)
      // (a request for an act filed is the filer's: `mengajukan permintaan ekstradisi X kepada Malaysia`)
      // (and so is one filed with a body after `kepada`, not with a court: `mengajukan permohonan red
      // notice kepada Interpol`; `mengajukan permohonan praperadilan ke PN` stays the court's matter)
      if (light >= 0 && FILING.has(tokens[light]!.norm) && row.type !== 'ACCUSE' && !(row.type === 'REQUEST' && (/^(ekstradisi|pemulangan|pembebasan|penangkapan|extradition|release|return)$/.test(tokens[tr.end]?.norm ?? '') || filedWith(tokens, tr.end, v.s.tokenEnd)))) light = -1;
      // `menegaskan dukungan negaranya terhadap …`: a genitive `negaranya`/`pihaknya` names whose act it is
      const after = tokens[tr.end];
      const ownGenitive = after !== undefined && after.clitics?.includes('nya') && (after.base === 'negara' || after.base === 'pihak') ? anaphor(v, tr.end, entities, recent) : undefined;
      // `ISIS mengklaim bertanggung jawab atas serangan bom di Surabaya`, `claimed responsibility for
      // the attack`: the one who claims it did it
      const claim = claimBefore(v, tr.start);
      // `X and Y will build a data centre through a joint venture`, `melalui perusahaan patungan`: the
      // means of the main clause's act is its subject's
      let via = tr.start - 1;
      if (/^(a|an|the|sebuah|suatu)$/.test(tokens[via]?.norm ?? '')) via--;
      if (!/^(through|via|melalui|lewat)$/.test(tokens[via]?.norm ?? '') || via <= v.s.tokenStart) via = -1;
      if (ownGenitive) subs = ownGenitive;
      else if (via >= 0 && row.symmetric && !PREPOSITIONS[lang].has(tokens[tr.end]?.norm ?? '')) subs = mainSubject(v, via) ?? [];
      else if (claim >= 0) {
        const l = subjectsLeft(v, claim, entities, recent);
        subs = l.connector ? mainSubject(v, claim) ?? [] : l.subs;
      }
      else if (light >= 0) {
        // `melakukan pertemuan dengan X`: the one who holds the meeting
        const l = subjectsLeft(v, light, entities, recent);
        // (`… menjatuhkan sanksi kepada Arief karena telah menjalin pertemuan dengan …`: a reason's
        // subject is the main clause's object)
        subs = l.connector ? (REASON[lang].has(l.connector) && main ? toLike(main.objects, main.objectSpans) : mainSubject(v, light) ?? []) : l.subs;
      } else {
        // the genitive: `kunjungan Menteri Luar Negeri Uruguay Rodolfo Nin Novoa ke Indonesia`;
        // or where it comes from, when `dari` is not the frame's own (`bantuan dari Turki untuk …`)
        const g = PREPOSITIONS[lang].has(tokens[tr.end]?.norm ?? '') ? undefined : mentionAfter(v, tr.end, v.s.tokenEnd);
        // `Penangkapan Bupati Sidoarjo X oleh KPK`, `the arrest of X by police`: the genitive suffered
        // the act, and its agent follows `oleh`/`by`
        const ofG = !g && lang === 'en' && tokens[tr.end]?.norm === 'of' ? mentionAfter(v, tr.end + 1, Math.min(v.s.tokenEnd, tr.end + 8)) : undefined;
        const gen = g && !g[0]!.prep ? g : ofG;
        // (for the branches below: `Russia's invasion`, `keterlibatan mereka dalam …`)
        const possessor = lang === 'en' ? possessorBefore(v, tr.start) : undefined;
        const involved = involvedParty(v, tr.start, triggers, n);
        // (a noun after a demonym genitive comes first: `the shooting of Indonesian migrants by …`)
        let genEnd = gen ? groupEnd(v, gen[gen.length - 1]!) : -1;
        if (gen && lang === 'en' && gen[gen.length - 1]!.m.demonym) while (genEnd < v.s.tokenEnd && genEnd - groupEnd(v, gen[gen.length - 1]!) < 2 && tokens[genEnd]!.kind === 'word' && lowerStart(tokens[genEnd]!.text) && tokens[genEnd]!.norm !== 'by') genEnd++;
        const by = gen && !row.symmetric && row.target.includes('obj') ? carriedOutBy(v, genEnd) : undefined;
        if (by) {
          subs = by;
          objs = Object.assign(asLike(gen!).filter((o) => !by.some((x) => x.entity === o.entity)), { between: false });
        }
        // `gugatan praperadilan yang diajukan X terhadap Bareskrim`: a suit or motion filed by its author
        // (before the genitive: the author is no genitive of the noun)
        else if (lang === 'id' && row.type === 'ACCUSE' && filedByRelative(v, tr.end) >= 0) {
          subs = authorOf(v, filedByRelative(v, tr.end)) ?? [];
          // (whom it is against follows the author: `… yang diajukan X terhadap Bareskrim`)
          if (subs.length && !objs.length) {
            const end = Math.max(...subs.map((x) => tokenIndexAt(v, x.span.end - 1) + 1));
            let k = end;
            while (k < v.s.tokenEnd && k - end < 12 && !/^(terhadap|kepada|atas)$/.test(tokens[k]!.norm) && tokens[k]!.text !== '.' && tokens[k]!.text !== ';') k++;
            const against = /^(terhadap|kepada|atas)$/.test(tokens[k]?.norm ?? '') ? v.at.get(k + 1) : undefined;
            if (against && !against.m.part) objs = Object.assign(asLike(groupOf(v, against)), { between: false });
          }
        } else if (g && !g[0]!.prep) subs = asLike(g);
        // `a package of European Union sanctions against Russia`: the name that modifies the noun
        else if (lang === 'en' && v.endAt.get(tr.start) && !v.endAt.get(tr.start)!.m.part) subs = asLike(groupOf(v, v.endAt.get(tr.start)!));
        // `Russia's invasion of Ukraine`, `Israel's strikes on Gaza`: the possessor
        // (a noun or two of the act's kind between: `the European Union's trade agreement with Mercosur`)
        else if (possessor) subs = asLike(groupOf(v, possessor));
        // `over its supply of drones to Russia`: the nearest name before
        else if (lang === 'en' && /^(its|their|his|her)$/.test(tokens[tr.start - 1]?.norm ?? '')) subs = nearestBefore(v, tr.start - 1);
        else if (!row.target.includes('dari') && sourceAfter(v, tr.end).length) subs = sourceAfter(v, tr.end);
        // `serangan rudalnya ke Ukraina`, `kunjungannya ke Beijing`: -nya is the clause's subject;
        // so is the subject of an adjunct `during a visit to Jerusalem`, `dalam kunjungan ke Beijing`
        // `punish Israel for the killing of X`, `mengecam Israel atas serangan ke Gaza`: a hostile act
        // given as the reason is the doing of the one named before `for`/`atas` (else of no one named)
        else if (HOSTILE_ACTS.has(row.type) && reasonBefore(v, tr.start) >= 0) {
          let named = v.endAt.get(reasonBefore(v, tr.start));
          // (`Israel dikecam oleh Turki atas serangan …`: the one criticized, the passive's subject,
          // not its agent)
          if (named && /^(oleh|by)$/.test(tokens[groupOf(v, named)[0]!.m.tokenStart - 1]?.norm ?? '')) {
            let p = groupOf(v, named)[0]!.m.tokenStart - 2;
            if (/^(was|were|is|are|been|being)$/.test(tokens[p - 1]?.norm ?? '')) p--;
            while (p > v.s.tokenStart && AUX[lang].has(tokens[p - 1]!.norm)) p--;
            named = v.endAt.get(p);
          }
          subs = named && !named.m.part ? asLike(groupOf(v, named)) : [];
        }
        else if (tokens[tr.start]!.clitics?.includes('nya') || tokens[tr.end]?.clitics?.includes('nya')) subs = mainSubject(v, tr.start) ?? [];
        // `… tiga pejabat Korea Utara atas keterlibatan mereka dalam pengiriman rudal ke Rusia`,
        // `over their role in supplying drones`: the act is the involved party's, not the main subject's
        else if (involved) subs = involved;
        // (an adjunct of a clause opened by `after`/`setelah` … is that clause's: `Poland summoned …
        // after a Russian missile entered its airspace during an overnight attack`)
        // (an agent written after the noun, even one not named, is the act's own: `after an attack by
        // armed separatists killed …` is no attack of the main clause's subject)
        // (after a speech tag, the speaker's: `…, kata Menteri Investasi Rosan Roeslani usai pertemuan di
        // Doha`, `…, said Foreign Minister X after talks in Cairo`)
        // (one who attends an act does not do it: `hadir dalam pemberian dana CSR bagi warga Kalibaru`)
        // (nor the victims' act: `tidak ada WNI yang menjadi korban dalam serangan di Doha`, `victims of the attack`)
        else if (adjunctEvent(v, tr.start)) subs = /^(by|oleh)$/.test(tokens[tr.end]?.norm ?? '') || attended(v, tr.start) || actWithOwnVerb(v, tr) || victimsBefore(v, tr.start) ? [] : speakerBeforeAdjunct(v, tr.start) ?? subordinateSubject(v, tr.start) ?? passiveAgentBefore(triggers, n) ?? mainSubject(v, tr.start) ?? [];
        // `In a phone call with X, Putin discussed …`, `Dalam pertemuan dengan X, Jokowi …`: the
        // adjunct opens the sentence; its event is the main clause's subject's, named after the comma
        else if (frontedAdjunct(v, tr)) subs = subjectAfterComma(v, tr.end) ?? [];
        // `latihan militer gabungan kedua negara itu`: an anaphor after the noun's own words
        else subs = anaphor(v, skipWords(v, tr.end, Math.min(v.s.tokenEnd, tr.end + 3), NOMINAL_MODIFIERS), entities, recent) ?? [];
      }
      // the genitive is not also the object; a noun has no direct object, so its object is the
      // one a preposition gives (`invasi Rusia ke Ukraina`)
      objs = Object.assign(objs.filter((o) => !subs.some((x) => x.entity === o.entity)), { between: objs.between });
      if (!objs.length && subs.length && row.target.includes('obj')) {
        const viaPrep = objectsRight(v, tr, true, recent);
        objs = Object.assign(viaPrep.filter((o) => !subs.some((x) => x.entity === o.entity)), { between: viaPrep.between });
      }
      // a meeting or call in an adjunct is with the one the main clause addresses: `Xi told his
      // American counterpart Joe Biden during a video call`, `… kepada X dalam pertemuan di …`
      if (!objs.length && subs.length && row.type === 'CONSULT' && row.symmetric && adjunctEvent(v, tr.start)) objs = addressee(v, entities, subs, tr.start);
    }
  }
  // `the withdrawal of Israeli troops from Gaza`, `deployment of Russian forces`: the troops' side moves
  if ((row.type === 'RETREAT' || row.type === 'MOBILIZE') && lang === 'en' && tokens[tr.end]?.norm === 'of' && !passive) {
    const ofG = mentionAfter(v, tr.end + 1, Math.min(v.s.tokenEnd, tr.end + 4));
    if (ofG && TROOPS.test(tokens[groupEnd(v, ofG[ofG.length - 1]!)]?.norm ?? '')) {
      subs = asLike(ofG);
      objs = Object.assign(objs.filter((o) => !subs.some((x) => x.entity === o.entity)), { between: objs.between });
    }
  }
  // `Seorang pemimpin Al Qaeda terbunuh dalam serangan udara Amerika`, `a Hezbollah commander was
  // killed in an Israeli strike`: those killed are the attack's target, its author the demonym or genitive
  if (row.type === 'ASSAULT' && !passive) {
    const k = killedIn(v, tr);
    if (k) {
      subs = k.by;
      objs = Object.assign(k.victims.filter((o) => !k.by.some((x) => x.entity === o.entity)), { between: false });
    }
  }
  // a verb of harm whose subject is an attack named just before is that attack's agent's: `Israel's
  // strike on a UNIFIL base wounded two Indonesian peacekeepers`, `serangan Israel terhadap markas
  // UNIFIL … yang melukai dua prajurit TNI` (not the target or the place of the attack)
  if (row.type === 'ASSAULT' && tr.hit.voice !== 'nominal' && !passive && n > 0) {
    const attack = triggers[n - 1]!;
    // (an English noun reads as a verb form: `strike` after a possessive or an article)
    const noun = attack.hit.voice === 'nominal' || (lang === 'en' && /^(['’]s|a|an|the|its|their|his|her)$/.test(tokens[attack.start - 1]?.text.toLowerCase() ?? ''));
    if (attack.hit.row.type === 'ASSAULT' && noun && attack.subjects.length && tr.start - attack.end <= 12
      && (tokens[tr.start - 1]?.norm === 'yang' ? true : subs.length > 0 && subs.every((x) => attack.objects.includes(x.entity) || entities[x.entity]!.type === 'LOCATION'))) {
      subs = toLike(attack.subjects, attack.subjectSpans);
    }
  }
  // `eleven Indian sailors whom they had detained`, `warga Prancis yang telah mereka tahan`: an
  // object relative; its pronoun is the main clause's subject, the noun before `whom`/`yang` its object
  if (!passive) {
    let p = tr.start - 1;
    if (lang === 'en') while (p > v.s.tokenStart && AUX.en.has(tokens[p]!.norm)) p--;
    const pronoun = lang === 'en' ? /^(they|he|she|it)$/.test(tokens[p]?.norm ?? '') : RELATIVE_AGENTS.has(tokens[p]?.norm ?? '');
    let y = p - 1;
    if (lang === 'id') while (y > v.s.tokenStart && AUX.id.has(tokens[y]!.norm)) y--;
    // (`accusations that it supplied drones`, `accusations by the United States that it …`: a claim's
    // content, no relative clause)
    let content = false;
    for (let q = y - 1; q >= Math.max(v.s.tokenStart, y - 6) && !content; q--) content = CONTENT_NOUNS.test(tokens[q]!.norm);
    if (pronoun && !content && (lang === 'en' ? /^(whom|who|that|which)$/ : /^yang$/).test(tokens[y]?.norm ?? '')) {
      const rel = y;
      let head: MentionInfo | undefined;
      for (let q = rel - 1; q >= Math.max(v.s.tokenStart, rel - 4) && !head; q--) head = v.cover.get(q);
      const main = head ? mainSubject(v, head.m.tokenStart) : undefined;
      // (the main clause has its verb between its subject and the head: not `Ada Superman, … Batman lain yang ia temui`)
      const verbed = head !== undefined && main !== undefined && (lang !== 'id' || verbBeforeIn(v, tokenAfter(v, main[0]!.span.end), head.m.tokenStart));
      if (head && main && verbed && !head.m.part && !main.some((x) => x.entity === head.m.entity)) {
        subs = main;
        objs = Object.assign(asLike(groupOf(v, head)), { between: false });
      }
    }
  }
  // `seusai memeriksanya`, `lalu menahannya`: -nya on an active verb after a clause joined to the
  // one before is that clause's object, and its subject the same
  if (lang === 'id' && !passive && tr.hit.voice === 'active' && row.target.includes('obj') && tokens[tr.end - 1]!.clitics?.includes('nya') && n > 0) {
    const main = triggers[n - 1]!;
    let p = tr.start - 1;
    while (p > v.s.tokenStart && AUX.id.has(tokens[p]!.norm) && !JOINS_CLAUSE.has(tokens[p]!.norm)) p--;
    if (JOINS_CLAUSE.has(tokens[p]!.norm) && main.objects.length && main.subjects.length) {
      objs = Object.assign(toLike(main.objects, main.objectSpans), { between: false });
      subs = toLike(main.subjects, main.subjectSpans);
    }
  }
  // `arrested X, accusing him of …`, `accused him of plotting`: an English object pronoun is the
  // person named last before it in the sentence (not the subject)
  if (lang === 'en' && !passive && !objs.length && subs.length && /^(him|her)$/.test(tokens[tr.end]?.norm ?? '')) {
    let person: MentionLike[] | undefined;
    for (const mi of v.mentions) if (!mi.m.part && mi.person && mi.m.tokenEnd <= tr.start && !subs.some((y) => y.entity === mi.m.entity)) person = asLike([mi]);
    if (person?.length) objs = Object.assign([{ entity: person[0]!.entity, span: { start: tokens[tr.end]!.start, end: tokens[tr.end]!.end } }], { between: false });
  }
  // `urged the Indonesian National Police to release … and accused officers of beating detainees`:
  // unnamed officers or troops accused are the police or army the sentence named before
  if (lang === 'en' && row.type === 'ACCUSE' && !objs.length && subs.length) {
    let k = tr.end;
    if (/^(the|its|their)$/.test(tokens[k]?.norm ?? '')) k++;
    if (/^(police|security)$/.test(tokens[k]?.norm ?? '') && /^(officers|forces|personnel)$/.test(tokens[k + 1]?.norm ?? '')) k++;
    const kind = /^(officers|policemen|police)$/.test(tokens[k]?.norm ?? '') ? 'police' : /^(troops|soldiers)$/.test(tokens[k]?.norm ?? '') ? 'military' : undefined;
    const body = kind && tokens[k + 1]?.norm === 'of' ? recent.lastOrganization(tr.start, v.s.index, new Set([kind])) : undefined;
    if (body && !subs.some((x) => x.entity === body[0]!.entity)) objs = Object.assign([{ entity: body[0]!.entity, span: { start: tokens[k]!.start, end: tokens[k]!.end } }], { between: false });
  }
  // `Penyidik langsung menahannya`, `polisi menangkapnya`: an Indonesian verb's `-nya` acting on people
  // is the person named last before it (here or in the sentence before), not the subject
  // (and so is that of a legal step against a person: `Bawaslu telah melaporkannya atas dugaan politik
  // uang`, `jaksa mendakwanya`, `penyidik memeriksanya`)
  if (lang === 'id' && !passive && tr.hit.voice === 'active' && !objs.length && subs.length && (ON_PEOPLE_TYPES.has(row.type) || (row.type === 'ACCUSE' && LEGAL_CAMEO.test(row.cameo ?? ''))) && tokens[tr.end - 1]!.clitics?.includes('nya')) {
    const person = recent.lastPerson(tr.start, v.s.index, subs.map((x) => entities[x.entity]!));
    if (person) objs = Object.assign([{ entity: person[0]!.entity, span: { start: tokens[tr.end - 1]!.start, end: tokens[tr.end - 1]!.end } }], { between: false });
  }
  // `menuduh bahwa Rusia menyerang …`, `tuduhan Ukraina bahwa Rusia …`, `alleged that Iran …`: the one
  // accused is the subject of the clause the accusation states
  if (!objs.length && subs.length && row.type === 'ACCUSE') {
    let j = tr.end;
    for (let k = 0; k < 5 && j < v.s.tokenEnd && !/^(bahwa|that)$/.test(tokens[j]!.norm); k++) {
      const mi = v.at.get(j);
      j = mi ? groupEnd(v, mi) : j + 1;
    }
    if (/^(bahwa|that)$/.test(tokens[j]?.norm ?? '')) {
      const mi = v.at.get(j + 1);
      if (mi && !mi.m.part && !mi.titleModifier) objs = Object.assign(asLike(groupOf(v, mi)).filter((o) => !subs.some((x) => x.entity === o.entity)), { between: false });
    }
  }
  // `companies it accused of moving Iranian oil`: an active `accused` right before `of` has its object
  // before it (a relative clause with no `whom`), not in what it is accused of
  // (the accused: the side named in the noun phrase before the pronoun, `three Indonesian nationals it
  // accused of funneling money`)
  if (lang === 'en' && row.type === 'ACCUSE' && tokens[tr.end]?.norm === 'of' && /^accus/.test(tokens[tr.start]!.norm) && /^(it|they|he|she)$/.test(tokens[tr.start - 1]?.norm ?? '')) {
    let head: MentionInfo | undefined;
    for (let q = tr.start - 2; q >= Math.max(v.s.tokenStart, tr.start - 7) && !head; q--) {
      if (tokens[q]!.kind === 'punct' || /^(on|against|of|to)$/.test(tokens[q]!.norm)) break;
      const c = v.cover.get(q);
      if (c && !c.m.part) head = c;
    }
    // (a demonym describing the name before the comma is that name's: `Golden Lotus Holdings, a
    // Cambodian conglomerate it accused of …`)
    if (head?.m.demonym && /^(a|an|the)$/.test(tokens[head.m.tokenStart - 1]?.norm ?? '') && tokens[head.m.tokenStart - 2]?.text === ',') {
      const named = v.endAt.get(head.m.tokenStart - 2);
      if (named && !named.m.part && !named.country) head = named;
    }
    objs = Object.assign(head ? asLike([head]) : [], { between: false });
    // (and the pronoun is the main clause's subject, not the side named in that noun phrase)
    const main = mainSubject(v, tr.start - 1);
    if (main?.length) subs = main;
    objs = Object.assign(objs.filter((o) => !subs.some((x) => x.entity === o.entity)), { between: false });
  }
  // a contract signed by a person is a player's or an employee's (a membership or an office, not an
  // agreement between parties): `Bank Mandiri dan Persija menandatangani perpanjangan kontrak sponsor`
  // is one, `Rizky Ridho menandatangani kontrak dua musim dengan Persib` is none
  // (a minister's purchase contract with a company or a body is one: `Menhan X menandatangani kontrak
  // pembelian 48 jet tempur dengan Turkish Aerospace`; only a club's contract with a person is none)
  if (row.type === 'AGREE' && (row.stem === 'tanda tangan' || row.stem === 'teken' || row.stem === 'sign') && [...subs, ...objs].some((x) => entities[x.entity]!.type === 'PERSON')) {
    let contract = false;
    for (let j = tr.end; j < Math.min(v.s.tokenEnd, tr.end + 5) && !contract; j++) contract = /^(kontrak|contract|contracts)$/.test(tokens[j]!.norm);
    const withBody = [...subs, ...objs].some((x) => entities[x.entity]!.type === 'ORGANIZATION' && recent.kinds[x.entity] !== 'club' && recent.kinds[x.entity] !== undefined);
    if (contract && !withBody) return;
  }
  // a party nominates people (`PDIP mengusung Ridwan Kamil`); what else one `mengusung` is a style, a
  // theme or a format carried (`mengusung gaya klasik era Victorian`, `kode QR yang diusung Snapchat`)
  if (row.stem === 'usung' && objs.length) objs = Object.assign(objs.filter((o) => entities[o.entity]!.type === 'PERSON'), { between: objs.between });
  // where an arrest, search or revocation happens is not who suffers it (`mencabut izin usaha sebuah
  // perusahaan pembiayaan di Surabaya`, `menggeledah rumah di Bekasi`)
  if ((row.type === 'SANCTION' || (row.type === 'COERCE' && row.cameo.startsWith('17'))) && objs.length) objs = Object.assign(objs.filter((o) => !placeOfEvent(v, o, entities)), { between: objs.between });
  // a name that opens a tournament's is no party: `withdrew from the Qatar Open`, `mundur dari
  // Indonesia Masters`
  if (objs.length) objs = Object.assign(objs.filter((o) => !tournamentName(v, o)), { between: objs.between });
  // a summit's name is no party to the meetings held at it (`Dalam pertemuan di sela KTT ASEAN …, Prabowo
  // dan Trump sepakat …`, `met on the sidelines of the G20 summit`)
  if (row.type === 'CONSULT' && objs.length) objs = Object.assign(objs.filter((o) => !summitName(v, o)), { between: objs.between });
  // `Thailand dan Kamboja saling menuding`, `accused each other`: each acts on the other
  if (!objs.length && subs.length >= 2 && !row.symmetric && !passive && reciprocal(v, tr)) objs = Object.assign([...subs], { between: false });
  // a protest with no target named is against the body in front of which it is held (`berunjuk rasa
  // di depan Gedung DPR`, `rallied outside the House of Representatives`)
  // (and a town the protest is held in is no target: `berunjuk rasa di Jakarta` is not against Indonesia)
  if (row.type === 'PROTEST') {
    const place = protestPlace(v, tr);
    if (place) objs = Object.assign(place, { between: false });
    else objs = Object.assign(objs.filter((o) => !placeOfEvent(v, o, entities)), { between: objs.between });
  }
  // `TNI dan Angkatan Bersenjata Singapura menggelar latihan bersama Safkar Indopura`: with the partners
  // named before, a name no one knows right after `latihan bersama` is the exercise's own
  if (row.type === 'COOPERATE' && row.stem === 'latih' && subs.length >= 2 && objs.length) {
    objs = Object.assign(objs.filter((o) => entities[o.entity]!.known || !/^(bersama|gabungan)$/.test(tokens[tokenAfter(v, o.span.start) - 1]?.norm ?? '')), { between: objs.between });
  }
  // `impose duties on steel wire imported from China`: a trade measure on goods lands on the country
  // they come from
  if (row.type === 'SANCTION' && row.cameo === '163' && !objs.length && subs.length) {
    const origin = goodsOrigin(v, tr);
    if (origin) objs = Object.assign(origin, { between: false });
  }
  // `Kyiv membantah tuduhan tersebut`, `Beijing rejected the accusations`: a denial of an accusation
  // told before is aimed at the accuser
  if (row.type === 'REJECT' && !objs.length && subs.length) {
    let j = tr.end;
    if (tokens[j]?.norm === 'the') j++;
    // (or, before a passive, the noun as its subject: `Tuduhan itu dibantah Hamas`)
    if (lang === 'id' && passive && /^(itu|tersebut|ini)$/.test(tokens[tr.start - 1]?.norm ?? '')) j = tr.start - 2;
    const noun = /^(tuduhan|tudingan|klaim|accusations?|allegations?|claims?|charges)$/.test(tokens[j]?.norm ?? '');
    const pointed = lang === 'id' ? /^(itu|tersebut|ini)$/.test(tokens[j + 1]?.norm ?? '') : tokens[j - 1]?.norm === 'the' && !/^(of|by|that|from)$/.test(tokens[j + 1]?.norm ?? '');
    if (noun && pointed) {
      const act = [...recent.actsOf(v.s.index), ...recent.actsOf(v.s.index - 1)].reverse().find((a) => a.type === 'ACCUSE' && a.objects.some((o) => subs.some((x) => x.entity === o || sameCountry(entities, x.entity, o))));
      if (act) objs = Object.assign(act.subjects.map((e) => ({ entity: e, span: { start: tokens[j]!.start, end: tokens[j]!.end } })), { between: false });
    }
  }
  // `…, a move Moscow dismissed as "legally void"`, `…, a decision Beijing condemned`: the act the
  // sentence told, by its main subject, is what the name after the noun judges
  if (AUTHORED.has(row.type) && !objs.length && subs.length && lang === 'en') {
    const q = subs[0]!.span.start;
    let k = tr.start - 1;
    while (k > v.s.tokenStart && tokens[k]!.end > q) k--;
    // (`…, an allegation Bangkok rejected`: the accuser is the main subject)
    if (/^(move|decision|step|ruling|verdict|action|plan|measure|allegation|accusation|claim|charge)$/.test(tokens[k]?.norm ?? '') && /^(a|an|the)$/.test(tokens[k - 1]?.norm ?? '') && tokens[k - 2]?.text === ',') {
      const main = mainSubject(v, k - 2)?.filter((x) => !subs.some((y) => y.entity === x.entity));
      if (main?.length) objs = Object.assign(main, { between: false });
    }
  }
  // `demanding the resignation of Prime Minister X`, `menuntut pengunduran diri Bupati X`: the one asked to go
  if (row.type === 'REQUEST' && !objs.length && subs.length) {
    let k = tr.end;
    if (tokens[k]?.norm === 'the') k++;
    if (/^(resignation|ouster|removal|pengunduran|mundurnya|pencopotan|pemecatan)$/.test(tokens[k]?.norm ?? '')) {
      k++;
      if (tokens[k]?.norm === 'diri') k++;
      if (/^(of|dari)$/.test(tokens[k]?.norm ?? '')) k++;
      const g = mentionAfter(v, k, Math.min(v.s.tokenEnd, k + 6));
      if (g && g[0]!.m.tokenStart - k <= 3 && !subs.some((x) => x.entity === g[0]!.m.entity)) objs = Object.assign(asLike(g), { between: false });
    }
  }
  // `Russia demanded that Ukraine withdraw …`, `menuntut agar Israel menarik …`: the one urged is the
  // subject of the clause the demand states
  if (row.type === 'REQUEST' && !objs.length && subs.length && /^(that|agar|supaya)$/.test(tokens[tr.end]?.norm ?? '')) {
    let k = tr.end + 1;
    if (tokens[k]?.norm === 'the') k++;
    const mi = v.at.get(k);
    if (mi && !mi.m.part && !subs.some((x) => x.entity === mi.m.entity)) objs = Object.assign(asLike(groupOf(v, mi)), { between: false });
  }
  // `permintaan Polda agar sidang terhadap terdakwa X ditunda`: one named deep inside what is asked for
  // is not the one asked (the one asked opens the clause: `agar Israel menarik …`)
  if (row.type === 'REQUEST' && objs.length && objs.between !== true && askedDeepInClause(v, tr.end, objs)) objs = Object.assign([], { between: false });
  // `menyerukan gencatan senjata segera antara Rusia dan Ukraina`, `called for a ceasefire between
  // Israel and Hamas`: a call for a truce between two is made to both
  if (row.type === 'REQUEST' && !objs.length && subs.length) {
    const parties = truceBetween(v, tr.end);
    if (parties) objs = Object.assign(parties.filter((x) => !subs.some((y) => y.entity === x.entity)), { between: false });
  }
  // `dicegat dengan bantuan AS, Inggris, dan Yordania`, `with the help of France`: those who help
  // aid the clause's subject
  if (row.type === 'AID' && !objs.length && subs.length && (tokens[tr.start - 1]?.norm === 'dengan' || (tokens[tr.start - 1]?.norm === 'the' && tokens[tr.start - 2]?.norm === 'with'))) {
    const main = mainSubject(v, tr.start)?.filter((x) => !subs.some((y) => y.entity === x.entity));
    if (main?.length) objs = Object.assign(main, { between: false });
  }
  // `KRI Bung Tomo-357 milik TNI AL menghalau …`, `ditangkap oleh KN Pulau Dana-323 milik Bakamla`: a
  // ship named with its owner acts for the owner
  subs = vesselOwner(v, subs);
  objs = Object.assign(vesselOwner(v, objs), { between: objs.between });
  // `detained the regent of Pesisir Selatan, Rusdi Hamid`, `sued the governor of North Sumatra, Bobby
  // Nasution`: the office's region or body in English, then its holder's name, names the holder
  if (lang === 'en' && objs.length === 1) objs = Object.assign(holderAfterOfficeOf(v, objs, entities), { between: objs.between });
  // `…, kata Menteri Pertahanan Boris Pistorius saat berkunjung ke Odesa`: a clause of time right after a
  // person's name is that person's act, not the main clause subject's
  if (lang === 'id' && subs.length && /^(saat|ketika|sewaktu|selagi|seraya|sembari)$/.test(tokens[tr.start - 1]?.norm ?? '')) {
    const who = v.endAt.get(tr.start - 1);
    if (who && !who.m.part && who.person && !subs.some((x) => x.entity === who.m.entity)) subs = [{ entity: who.m.entity, span: { start: who.m.start, end: who.m.end } }];
  }
  // `rudal … yang digunakan Ukraina untuk menyerang wilayah Kursk`: the one who uses the weapon to act acts
  if (lang === 'id' && /^(untuk|guna)$/.test(tokens[tr.start - 1]?.norm ?? '')) {
    const user = v.endAt.get(tr.start - 1);
    let q = user ? user.m.tokenStart - 1 : -1;
    if (tokens[q]?.norm === 'oleh') q--;
    if (user && !user.m.part && /^(digunakan|dipakai|dimanfaatkan|diluncurkan|ditembakkan)$/.test(tokens[q]?.norm ?? '') && !subs.some((x) => x.entity === user.m.entity)) subs = [{ entity: user.m.entity, span: { start: user.m.start, end: user.m.end } }];
  }
  // `menolak proposal gencatan senjata yang diajukan utusan khusus AS Steve Witkoff`: the proposal's
  // author, named in a relative clause after it, is the one rejected
  if (lang === 'id' && !objs.length && subs.length && row.type === 'REJECT') {
    const author = proposalAuthor(v, tr.end);
    if (author) objs = Object.assign(author, { between: false });
  } else if (lang === 'en' && !objs.length && subs.length && (tr.hit.voice === 'active' || tr.hit.voice === 'base') && tr.hit.row.target.includes('obj')) {
    // (the verb found no object at all in the office: `Police arrested the mayor of Medan, Rudi Sitorus`)
    const holder = holderOfOfficeAt(v, tr.end, entities);
    if (holder) objs = Object.assign([holder], { between: false });
  }
  // `An Israeli air strike killed four Palestinians in Khan Younis`: an English act noun that is the
  // subject of its own verb of attack leaves the relation to that verb (what follows the verb is its
  // object, no genitive of the noun)
  if (lang === 'en' && row.type === 'ASSAULT' && tr.end < s.tokenEnd && actWithOwnVerb(v, tr) && (tr.hit.voice === 'nominal' || englishNounByContext(v, tr))) { subs = []; objs = Object.assign([], { between: false }); }
  tr.subjects = subs.map((x) => x.entity);
  tr.subjectSpans = subs.map((x) => x.span);
  tr.between = objs.between === true;
  tr.objects = objs.map((x) => x.entity);
  tr.objectSpans = objs.map((x) => x.span);
  // `…, Manila said, denouncing the manoeuvre as dangerous`: a judgment of an act the sentence told,
  // in a participle after a closing attribution, is the speaker's (one does not denounce one's own act)
  if (lang === 'en' && (row.type === 'ACCUSE' || row.type === 'REJECT') && objs.length && tokens[tr.start - 1]?.text === ',' && /ing$/.test(tokens[tr.start]!.norm) && referencedAct(v, tr.end, v.s.tokenEnd) >= 0) {
    const speaker = speakerBeforeComma(v, tr.start - 1)?.filter((x) => !objs.some((o) => o.entity === x.entity));
    if (speaker?.length) {
      subs = speaker;
      tr.subjects = subs.map((x) => x.entity);
      tr.subjectSpans = subs.map((x) => x.span);
    }
  }
  if (subs.length) recent.setSubjects(s.index, subs);
  if (subs.length && objs.length) recent.noteAct(s.index, row.type, tr.subjects, tr.objects);
}

/** Words of a truce asked for (`gencatan senjata`, `ceasefire`, `truce`). */
const TRUCE_WORDS = /^(gencatan|ceasefire|cease-fire|truce|armistice|perdamaian|de-eskalasi|deeskalasi|de-escalation)$/;
/** Words of the kind of truce, before or after its noun (`immediate ceasefire`, `gencatan senjata permanen`). */
const TRUCE_MODIFIERS = /^(immediate|immediately|segera|permanent|permanen|lasting|full|humanitarian|kemanusiaan|total|menyeluruh)$/;

/**
 * The two a truce asked for right after token `from` is between: `gencatan senjata segera antara
 * Rusia dan Ukraina`, `for an immediate ceasefire between Israel and Hamas`.
 */
function truceBetween(v: SentenceView, from: number): MentionLike[] | undefined {
  const { tokens } = v;
  let k = from;
  for (let n = 0; n < 4 && (/^(for|a|an|the)$/.test(tokens[k]?.norm ?? '') || TRUCE_MODIFIERS.test(tokens[k]?.norm ?? '')); n++) k++;
  if (!TRUCE_WORDS.test(tokens[k]?.norm ?? '')) return undefined;
  k++;
  if (tokens[k]?.norm === 'senjata') k++;
  for (let n = 0; n < 3 && TRUCE_MODIFIERS.test(tokens[k]?.norm ?? ''); n++) k++;
  if (!/^(antara|between)$/.test(tokens[k]?.norm ?? '')) return undefined;
  const mi = v.at.get(k + 1);
  if (!mi || mi.m.part) return undefined;
  const group = groupOf(v, mi);
  return group.length >= 2 ? asLike(group) : undefined;
}

/**
 * The first object of a request lies in an `agar`/`supaya` clause after the trigger, behind a
 * preposition or more than three words: someone the asked-for act concerns, not the one asked.
 */
function askedDeepInClause(v: SentenceView, from: number, objs: MentionLike[]): boolean {
  const { tokens } = v;
  let first = objs[0]!.span.start;
  for (const o of objs) first = Math.min(first, o.span.start);
  let a = -1;
  for (let k = from; k < v.s.tokenEnd && tokens[k]!.start < first; k++) if (/^(agar|supaya)$/.test(tokens[k]!.norm)) { a = k; break; }
  if (a < 0) return false;
  let k = a + 1;
  // (a preposition puts the name inside the clause's phrase, not at its head: `agar sidang terhadap X`)
  for (; k < v.s.tokenEnd && tokens[k]!.start < first; k++) if (PREPOSITIONS.id.has(tokens[k]!.norm)) return true;
  return k - a - 1 > 3;
}

/**
 * The subject of a plain clause that opens the sentence (a name, auxiliaries, then a verb):
 * `Korea Utara kembali menerbangkan …`, `North Korea launched …`.
 */
function clauseSubject(v: SentenceView, entities: Entity[]): MentionLike[] | undefined {
  const { tokens } = v;
  const mi = v.at.get(v.s.tokenStart);
  if (!mi || mi.m.part || !canAct(entities[mi.m.entity]!, undefined)) return undefined;
  let k = groupEnd(v, mi);
  while (k < v.s.tokenEnd && AUX[v.lang].has(tokens[k]!.norm)) k++;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word') return undefined;
  const isVerb = v.lang === 'id' ? isIdVerb(verb) && !/^di/.test(verb.norm) : /^[a-z]+(ed|s)$/.test(verb.text);
  return isVerb ? asLike(groupOf(v, mi)) : undefined;
}

/** The sentence's mention info of a relation end (the mention starting where its span starts). */
function infoOf(v: SentenceView, o: MentionLike): MentionInfo | undefined {
  return v.mentions.find((x) => x.m.start === o.span.start);
}

/** The mention opens a tournament's name (`Qatar Open`, `Indonesia Masters`, `Piala AFF`: the cup before it). */
function tournamentName(v: SentenceView, o: MentionLike): boolean {
  const mi = infoOf(v, o);
  if (!mi) return false;
  const after = v.tokens[mi.m.tokenEnd];
  return (after !== undefined && /^(Open|Masters|Cup|Championships|Championship|Games|Marathon|Classic|Invitational|Series|Grand)$/.test(after.text)) || /^(piala|turnamen|kejuaraan)$/.test(v.tokens[mi.m.tokenStart - 1]?.norm ?? '');
}

/** The mention names a summit or conference (`KTT ASEAN`, `the G20 summit`, `Konferensi Tingkat Tinggi OKI`). */
function summitName(v: SentenceView, o: MentionLike): boolean {
  const mi = infoOf(v, o);
  if (!mi) return false;
  const before = v.tokens[mi.m.tokenStart - 1]?.norm ?? '';
  const after = v.tokens[mi.m.tokenEnd]?.norm ?? '';
  return /^(ktt|konferensi|summit|tinggi)$/.test(before) || /^(summit|summits|ministerial|conference)$/.test(after);
}

/** A place named after `di`/`in`/`at` (where something happens), not a body seated there. */
function placeOfEvent(v: SentenceView, o: MentionLike, entities: Entity[]): boolean {
  const e = entities[o.entity]!;
  if (e.type !== 'LOCATION' || nerLexicon().seats.has(e.id)) return false;
  const mi = infoOf(v, o);
  return mi !== undefined && /^(di|in|at)$/.test(v.tokens[mi.m.tokenStart - 1]?.norm ?? '');
}

/**
 * The country goods come from, after a trade measure and `on`/`atas`/`terhadap`: `duties of up to 35% on
 * steel wire imported from China`, `bea masuk atas baja asal China`. Undefined when no country is named
 * so before a clause boundary.
 */
function goodsOrigin(v: SentenceView, tr: Trigger): MentionLike[] | undefined {
  const { tokens } = v;
  let goods = false;
  for (let j = tr.end; j < Math.min(v.s.tokenEnd - 1, tr.end + 16); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '%' && t.text !== '-') return undefined;
    if (/^(on|atas|terhadap|untuk)$/.test(t.norm)) { goods = true; continue; }
    if (!goods) continue;
    let k = -1;
    if (/^(imported|made|produced|manufactured|originating|shipped)$/.test(t.norm) && /^(from|in)$/.test(tokens[j + 1]!.norm)) k = j + 2;
    else if (/^(from|asal|dari)$/.test(t.norm)) k = j + 1;
    if (k < 0) continue;
    const mi = v.at.get(tokens[k]?.norm === 'the' ? k + 1 : k);
    return mi && !mi.m.part && mi.country ? asLike([mi]) : undefined;
  }
  return undefined;
}

/** Words of a building (and the office of a region's head) between `di depan`/`outside` and its body. */
const BUILDING = /^(of|the|kantor|gedung|markas|kediaman|headquarters|offices|office|building|residence|kedutaan|kedubes|besar|komisi|tinggi|konsulat|jenderal|embassy|high|commission|consulate|general|gubernur|bupati|wali|walikota|kota|governor's|governor)$/;

/**
 * The subject of the verb a purpose clause (`untuk`/`to` before token i) serves, when that verb is no
 * event of the inventory: `… pemerintah Indonesia akan mengirim delegasi ke Washington untuk
 * merundingkan …` is Indonesia's. Undefined when no verb with a named subject stands in the clause.
 */
function purposeSubject(v: SentenceView, i: number, entities: Entity[], recent: RecentEntities): MentionLike[] | undefined {
  const { tokens, lang } = v;
  let c = i - 1;
  while (c > v.s.tokenStart && AUX[lang].has(tokens[c]!.norm) && !OBJECT_CONTROL[lang].has(tokens[c]!.norm)) c--;
  if (!OBJECT_CONTROL[lang].has(tokens[c]?.norm ?? '')) return undefined;
  for (let k = c - 1; k > Math.max(v.s.tokenStart, c - 12); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return undefined;
    if (v.cover.has(k) || !(lang === 'id' ? isIdVerb(t) : verbLike(t, lang))) continue;
    const l = subjectsLeft(v, k, entities, recent);
    return l.subs.length && !l.connector ? l.subs : undefined;
  }
  return undefined;
}

/** Nouns of a proposal or plan whose maker a purpose clause after them belongs to. */
const PROPOSAL_NOUNS = /^(usulan|usul|rencana|tawaran|proposal|proposals|gagasan|inisiatif|plan|plans|offer|initiative)$/;

/** `usulan Presiden X untuk <verb>`, `a plan by Egypt to <verb>`: the one named between the noun and the connector before token i. */
function proposerOfPurpose(v: SentenceView, i: number): MentionLike[] | undefined {
  const { tokens } = v;
  let c = i - 1;
  while (c > v.s.tokenStart && AUX[v.lang].has(tokens[c]!.norm) && !OBJECT_CONTROL[v.lang].has(tokens[c]!.norm)) c--;
  const named = v.endAt.get(c);
  if (!named || named.m.part || named.place) return undefined;
  // (the noun right before the name, past a title of capitalized words and `by`/`dari`)
  let k = named.m.tokenStart - 1;
  while (k > v.s.tokenStart && named.m.tokenStart - k <= 4 && ((tokens[k]!.kind === 'word' && upperStart(tokens[k]!.text)) || v.cover.get(k)?.titleModifier)) k--;
  if (/^(by|from|dari|of)$/.test(tokens[k]?.norm ?? '')) k--;
  return PROPOSAL_NOUNS.test(tokens[k]?.norm ?? '') ? asLike(groupOf(v, named)) : undefined;
}

/** The body or building a protest is held in front of: `di depan Gedung DPR`, `outside the embassy of X`. */
function protestPlace(v: SentenceView, tr: Trigger): MentionLike[] | undefined {
  const { tokens } = v;
  for (let j = tr.end; j < Math.min(v.s.tokenEnd - 1, tr.end + 8); j++) {
    const n = tokens[j]!.norm;
    if (n === ',' || n === ';' || (isIdVerb(tokens[j]!) && n !== 'menuju')) break;
    // (also a march towards it: `berunjuk rasa menuju Komisi Tinggi India`, `marched towards the embassy`)
    if (!/^(depan|luar|outside|front|menuju|towards|toward)$/.test(n)) continue;
    let k = j + 1;
    // (the office of a region's head is the region's: `di depan Kantor Gubernur Jawa Tengah`, `Kantor Bupati Pati`)
    while (k < v.s.tokenEnd && BUILDING.test(tokens[k]!.norm) && !v.at.has(k)) k++;
    let mi = v.at.get(k);
    // (a town before the building says where it stands: `outside the Jakarta headquarters of state-owned
    // InJourney`, `di depan kantor pusat PT X di Jakarta`)
    if (mi && v.lang === 'en' && mi.m.tokenStart === k && /^(headquarters|offices|office|building|embassy|consulate)$/.test(tokens[mi.m.tokenEnd]?.norm ?? '')) {
      let q = mi.m.tokenEnd;
      while (q < v.s.tokenEnd && (BUILDING.test(tokens[q]!.norm) || /^(state-owned|state|owned|the)$/.test(tokens[q]!.norm)) && !v.at.has(q)) q++;
      mi = v.at.get(q);
    }
    return mi && !mi.m.part ? asLike([mi]) : undefined;
  }
  return undefined;
}

/**
 * `…, Manila said on Saturday,` right before the comma at `comma`: the one who said it (a name, a verb
 * of saying, then only a time).
 */
function speakerBeforeComma(v: SentenceView, comma: number): MentionLike[] | undefined {
  const { tokens } = v;
  let k = comma - 1;
  while (k > v.s.tokenStart && /^(on|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|late|earlier|later)$/.test(tokens[k]!.norm)) k--;
  if (!/^(said|says|told|added|stated)$/.test(tokens[k]?.norm ?? '')) return undefined;
  const mi = v.endAt.get(k);
  return mi && !mi.m.part ? asLike(groupOf(v, mi)) : undefined;
}

/**
 * `kata Menlu Sugiono ,` ending at the comma `comma`: the speaker of an Indonesian speech tag (a
 * title or two may stand between the verb and the name). Undefined when no tag ends there.
 */
function speakerOfTagBefore(v: SentenceView, comma: number): MentionLike[] | undefined {
  const mi = v.endAt.get(comma);
  if (!mi || mi.m.part) return undefined;
  const group = groupOf(v, mi);
  let k = group[0]!.m.tokenStart - 1;
  for (let guard = 0; guard < 4 && k > v.s.tokenStart && !speechTag(v.tokens[k]) && v.tokens[k]!.kind === 'word'; guard++) k--;
  return speechTag(v.tokens[k]) ? asLike(group) : undefined;
}

/** `saling` before the trigger (auxiliaries between), or `each other`/`one another` right after it. */
function reciprocal(v: SentenceView, tr: Trigger): boolean {
  const { tokens } = v;
  if (v.lang === 'id') {
    for (let p = tr.start - 1; p >= Math.max(v.s.tokenStart, tr.start - 3); p--) {
      if (tokens[p]!.norm === 'saling') return true;
      if (!AUX.id.has(tokens[p]!.norm)) break;
    }
    return false;
  }
  const a = tokens[tr.end]?.norm ?? '';
  const b = tokens[tr.end + 1]?.norm ?? '';
  return (a === 'each' && b === 'other') || (a === 'one' && b === 'another');
}

/** Words between a denial and the act it denies (`membantah telah mengirim`, `denied that its troops had fired`). */
const DENIED_BETWEEN = /^(having|that|pernah|telah|sudah|bahwa|it|pihaknya|militer|tentara|pasukan|aparat|junta|pasukannya|tentaranya|militernya|anggotanya|aparatnya|kelompoknya|anak|buahnya|pemerintah|berencana|hendak|ingin|its|their|troops|forces|soldiers|fighters|group|army|military|government|planned|plans|had|have|has)$/;
/** Tokens [from, to) are lower-case words with a noun of what a side owns among them (`kapal penjaga pantainya`). */
function ownedRun(tokens: Token[], from: number, to: number): boolean {
  let owned = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !lowerStart(t.text)) return false;
    owned ||= OWNED_NOUNS.test(t.base ?? t.norm);
  }
  return owned;
}
/** Reports and rumours a denial answers (`membantah kabar yang menyebut …`, `denied reports that …`). */
const REPORT_NOUNS = /^(kabar|laporan|isu|rumor|berita|spekulasi|reports?|rumou?rs?|speculation|claims?)$/;
/** Nouns of a body's people before its name (`anggota Polrestabes Medan`, `members of the army`). */
const BODY_PEOPLE = /^(anggota|personel|prajurit|petugas|aparat|oknum|pasukan|tentara|members|officers|soldiers|troops|personnel)$/;

/**
 * Acts denied right after the denial. A denial of a body's people acting (`membantah anggota
 * Polrestabes Medan menganiaya X`) names no accuser: the denial itself goes into `accuserless`.
 */
function deniedActs(v: SentenceView, triggers: Trigger[], accuserless: Set<Trigger>): Set<Trigger> {
  const { tokens, s, lang } = v;
  // a denial of an act right after it (`Iran denied sending drones to Russia`, `Iran membantah telah
  // mengirim drone`): the act did not happen by the denier's word
  const denied = new Set<Trigger>();
  for (let n = 0; n + 1 < triggers.length; n++) {
    const a = triggers[n]!;
    if (a.hit.row.type !== 'REJECT' || !DENIALS.has(a.hit.row.stem)) continue;
    const b = triggers[n + 1]!;
    // (a claim denied was made: `membantah tuduhan Ukraina`, `denied the accusations`)
    if (b.hit.row.type === 'ACCUSE' && (lang === 'en' ? /(ions?|s)$/.test(tokens[b.start]!.norm) : b.hit.voice === 'nominal')) continue;
    // (also an act of the denier's own forces: `membantah pasukannya menembaki kapal patroli Guyana`,
    // `denied that its troops had fired on civilians`)
    const q = skipWords(v, a.end, b.start, DENIED_BETWEEN);
    if (q === b.start) { denied.add(b); continue; }
    // (the denier's own ships or people, named with `-nya`: `membantah kapal penjaga pantainya menabrak …`)
    if (lang === 'id' && b.start - q <= 4 && tokens[b.start - 1]!.clitics?.includes('nya') && ownedRun(tokens, q, b.start)) { denied.add(b); continue; }
    // (the act a denied report tells: `membantah kabar yang menyebut Indonesia akan membuka hubungan
    // diplomatik dengan Israel`, `denied reports that it had sent troops`)
    if (REPORT_NOUNS.test(tokens[a.end]?.norm ?? '')) {
      let r = a.end + 1;
      if (tokens[r]?.norm === 'yang' && /^(menyebut|menyebutkan|menyatakan|mengatakan|mengklaim)$/.test(tokens[r + 1]?.norm ?? '')) r += 2;
      else if (/^(bahwa|that|saying)$/.test(tokens[r]?.norm ?? '')) r++;
      else r = -1;
      if (r > 0 && b.start >= r && b.start - r <= 6 && !tokens.slice(r, b.start).some((t) => t.kind === 'punct' || (lang === 'id' && isIdVerb(t)))) denied.add(b);
    }
    // (`membantah anggota Polrestabes Medan menganiaya X`, `denied that members of the army had …`)
    if (q < b.start && BODY_PEOPLE.test(tokens[q]!.norm)) {
      let p = q + 1;
      if (tokens[p]?.norm === 'of') p++;
      if (tokens[p]?.norm === 'the') p++;
      const mi = v.at.get(p);
      if (mi && !mi.person && skipWords(v, groupEnd(v, mi), b.start, DENIED_BETWEEN) === b.start) {
        denied.add(b);
        accuserless.add(a);
      }
    }
  }
  return denied;
}

/** The sentence's mention an object was read from (the one opening at its first token, of its entity). */
function objectMention(v: SentenceView, o: MentionLike): MentionInfo | undefined {
  const mi = v.at.get(tokenIndexAt(v, o.span.start));
  return mi !== undefined && mi.m.entity === o.entity ? mi : undefined;
}

/**
 * The body or person named after a comma following `a`/`an` + demonym + lower-case nouns (`a Chinese
 * independent refinery, Shandong Shouguang Luqing Petrochemical,`), closed by a comma or the sentence's end.
 */
function namedAfterDemonym(v: SentenceView, o: MentionLike): MentionInfo | undefined {
  const { tokens } = v;
  const mi = objectMention(v, o);
  if (!mi || !mi.m.demonym || mi.m.start !== o.span.start) return undefined;
  let j = mi.m.tokenEnd;
  while (j < v.s.tokenEnd && j - mi.m.tokenEnd < 4 && tokens[j]!.kind === 'word' && lowerStart(tokens[j]!.text) && !v.cover.has(j)) j++;
  // (or a count of them: `sanctions on two Indonesian nickel processors, PT X and PT Y,`)
  const before = tokens[mi.m.tokenStart - 1];
  const counted = before !== undefined && (/^(a|an|two|three|four|five|six|seven|eight|nine|ten|several)$/.test(before.norm) || before.kind === 'number');
  // (plural things and their names right after, no comma: `sanctions on Russian oil producers Rosneft
  // and Lukoil` — bodies, not a country or a place)
  if (!counted) {
    if (j === mi.m.tokenEnd || !/s$/.test(tokens[j - 1]!.norm)) return undefined;
    const named = v.at.get(j);
    return named && !named.m.part && !named.country && !named.place && !named.m.demonym ? named : undefined;
  }
  if (j === mi.m.tokenEnd || tokens[j]?.text !== ',') return undefined;
  const named = v.at.get(j + 1);
  if (!named || named.m.part || named.country || named.place) return undefined;
  // (the named list ends the apposition: `…, PT X and PT Y,`)
  const group = groupOf(v, named);
  const end = group[group.length - 1]!.m.tokenEnd;
  const after = tokens[end];
  return after === undefined || after.text === ',' || end >= v.s.tokenEnd - 1 ? named : undefined;
}

/** A thing asked for right after a request (`meminta penarikan pasukan`, `urged a faster deal`), not its addressee (`meminta kedua Kodam itu …`). */
const REQUESTED_THING = /^((?!perusahaan)pe[a-z]{3,}an|dukungan|bantuan|izin|akses|jaminan|kepastian|a|an|the|more|greater|further|faster)$/;

/** A clause of what is asked within three words after token i (`urged allies to …`): the request names its own addressee. */
function addresseeClause(v: SentenceView, i: number): boolean {
  for (let j = i; j < Math.min(v.s.tokenEnd, i + 4); j++) if (v.tokens[j]!.norm === 'to') return true;
  return false;
}

/** The object stands before `-brokered`/`-mediated` (`a U.S.-brokered ceasefire`): a broker, no party. */
function brokerOf(v: SentenceView, o: MentionLike): boolean {
  const { tokens } = v;
  const mi = objectMention(v, o);
  return mi !== undefined && tokens[mi.m.tokenEnd]?.text === '-' && /^(brokered|mediated)$/.test(tokens[mi.m.tokenEnd + 1]?.norm ?? '');
}

/** The body named right after an attributive compound on the object (`the U.N.-authorized Gang Suppression Force`): that body. */
function namedAfterCompound(v: SentenceView, o: MentionLike): MentionInfo | undefined {
  const { tokens } = v;
  const mi = objectMention(v, o);
  if (!mi || tokens[mi.m.tokenEnd]?.text !== '-') return undefined;
  if (!/^(authorized|authorised|backed|sponsored|mandated|funded|supported|brokered|run|owned)$/.test(tokens[mi.m.tokenEnd + 1]?.norm ?? '')) return undefined;
  const named = v.at.get(mi.m.tokenEnd + 2);
  return named && !named.m.part && !named.place && !named.country ? named : undefined;
}

/** Days and relative days (`on Wednesday`, `yesterday`, `Senin`). */
const DAY_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|senin|selasa|rabu|kamis|jumat|sabtu|minggu|kemarin)$/;

/**
 * What talks are about is no event of its own: `held talks on a free trade agreement`,
 * `membahas kerja sama perdagangan` (an agreement or cooperation named as the topic).
 */
function topicsOfTalks(v: SentenceView, triggers: Trigger[], suppressed: Set<Trigger>): void {
  const { tokens } = v;
  for (const a of triggers) {
    if (a.hit.row.type !== 'CONSULT') continue;
    // (a time between: `spoke by phone on Wednesday about the planned defence treaty`)
    let p = a.end;
    if (tokens[p]?.norm === 'on' && DAY_WORDS.test(tokens[p + 1]?.norm ?? '')) p += 2;
    else if (DAY_WORDS.test(tokens[p]?.norm ?? '')) p++;
    let about = /^(on|about|over|tentang|mengenai|soal|terkait|seputar)$/.test(tokens[p]?.norm ?? '') ? p + 1 : /^(membahas|discussed|discuss|bahas)$/.test(tokens[a.start]!.norm) ? a.end : -1;
    // (or a verb of discussing that follows the meeting or call: `berbicara melalui telepon selama dua
    // jam, Selasa (18/3), membahas gencatan senjata di Ukraina`, `…, discussing a ceasefire`)
    if (about < 0) for (let j = a.end; j < Math.min(v.s.tokenEnd, a.end + 14); j++) {
      const n = tokens[j]!.norm;
      if (/^(membahas|discussing|discussed)$/.test(n)) { about = j + 1; break; }
      if (/^(to|untuk)$/.test(n) && /^(membahas|discuss)$/.test(tokens[j + 1]?.norm ?? '')) { about = j + 2; break; }
      if (tokens[j]!.text === ';' || (v.lang === 'id' && isIdVerb(tokens[j]!))) break;
    }
    if (about < 0) continue;
    for (const b of triggers) {
      if (b === a || b.start < about || b.start > about + 4) continue;
      // (aid, supplies and tariffs talked about alike: `to discuss liquefied natural gas supplies with X`,
      // `membahas bantuan kemanusiaan`)
      // (a plan discussed is still the planner's intent: `membahas rencana pengiriman bantuan Indonesia ke Sudan`)
      const trade = b.hit.row.type === 'AID' || b.hit.row.type === 'SANCTION';
      if (trade && tokens.slice(about, b.start).some((t) => PLAN_NOUNS.has(t.norm))) continue;
      if ((b.hit.row.type === 'AGREE' || b.hit.row.type === 'COOPERATE' || b.hit.row.type === 'RETREAT' || trade) && (b.hit.voice === 'nominal' || b.hit.voice === 'base' || v.lang === 'en')) suppressed.add(b);
    }
  }
}

/** An agreement noun a few words before token i, about it: `memorandum of understanding on maritime cooperation`, `nota kesepahaman di bidang kerja sama`. */
function agreementOn(v: SentenceView, i: number): boolean {
  const { tokens } = v;
  // (past lower-case words of the domain and `and`: `agreements on rice trade and coast guard
  // cooperation`, `a memorandum on naval shipbuilding cooperation`; no verb, name or clause break)
  for (let j = i - 1; j >= Math.max(v.s.tokenStart, i - 8); j--) {
    const t = tokens[j]!;
    if (AGREEMENT_NOUNS.has(t.norm)) return true;
    if (t.kind !== 'word' || v.cover.has(j) || !lowerStart(t.text)) return false;
    if (v.lang === 'en' ? /ed$/.test(t.norm) || /^(to|that|which|who|is|was|are|were|will|would|has|have|had|said|says)$/.test(t.norm) : /^(me|di)/.test(t.norm) && t.norm !== 'di' && t.norm !== 'mengenai' || /^(yang|untuk|akan|telah|sudah)$/.test(t.norm)) return false;
  }
  return false;
}

/** Verbs of strengthening what is agreed (`sepakat memperkuat patroli bersama`). */
const STRENGTHEN = /^(memperkuat|meningkatkan|memperluas|mempererat|memperdalam|strengthen|boost|expand|deepen|enhance)$/;

/** Cooperation that names the kind of an agreement found is no event of its own. */
function cooperationOfAgreement(v: SentenceView, triggers: Trigger[], suppressed: Set<Trigger>): void {
  const { tokens, s, lang } = v;
  // `perjanjian kerja sama`, `a maritime cooperation agreement`: cooperation names the agreement's
  // kind; the agreement is the event (when one was found)
  if (triggers.some((t) => t.hit.row.type === 'AGREE')) {
    for (const b of triggers) {
      // `sepakat melakukan gencatan senjata`, `menyepakati gencatan senjata`, `agreed to a ceasefire`,
      // `kesepakatan gencatan senjata`: the agreement is the event; a truce declared alone stays RETREAT/0871
      if (b.hit.row.type === 'RETREAT' && b.hit.row.cameo === '0871') {
        if (triggers.some((a) => a.hit.row.type === 'AGREE' && a.end <= b.start && skipWords(v, a.end, b.start, /^(untuk|melakukan|menerapkan|memberlakukan|memperpanjang|to|a|an|the|immediate|segera|permanent|permanen|temporary|sementara|on|upon|extend|their|its|bilateral|mutual|monday|tuesday|wednesday|thursday|friday|saturday|sunday|humanitarian|kemanusiaan|lasting|full|nationwide|new|baru|border|perbatasan|existing|current|ongoing|fragile|rapuh|maintain|uphold|respect|observe|menjaga|mempertahankan|menghormati|mematuhi|[a-z0-9]+-(hour|day|week|month)|\d+|jam|hari|pekan|minggu|bulan|selama)$/) === b.start)) suppressed.add(b);
        continue;
      }
      // (any joint act an agreement is about: `nota kesepahaman tentang patroli terkoordinasi`, `an
      // agreement on joint patrols`)
      if (b.hit.row.type === 'COOPERATE' && /^(tentang|mengenai|soal|on|about|for)$/.test(tokens[b.start - 1]?.norm ?? '') && agreementOn(v, b.start)) { suppressed.add(b); continue; }
      // (a joint act an agreement commits to: `signed an agreement on Monday to share intelligence`,
      // `sepakat untuk bersama-sama membangun …`: the agreement is the event, the act its content)
      if (b.hit.row.type === 'COOPERATE' && /^(to|untuk)$/.test(tokens[b.start - 1]?.norm === 'jointly' || tokens[b.start - 1]?.norm === 'bersama-sama' ? tokens[b.start - 2]?.norm ?? '' : tokens[b.start - 1]?.norm ?? '')
        && triggers.some((a) => a.hit.row.type === 'AGREE' && a.end <= b.start && b.start - a.end <= 8 && !tokens.slice(a.end, b.start).some((t) => /^[.;:]$/.test(t.text) || /^(but|namun|tetapi|while|sementara|after|setelah)$/.test(t.norm)))) { suppressed.add(b); continue; }
      // (`sepakat memperkuat kerja sama pertahanan`, `agreed to deepen cooperation`, `sepakat memperkuat
      // patroli bersama`: the agreement is the event, the cooperation its content)
      if (b.hit.row.type !== 'COOPERATE') continue;
      // (`menandatangani nota kesepahaman patroli maritim bersama`, `signed an MoU on joint patrols`:
      // what the signed agreement is about)
      // (joint patrols or exercises only: a joint venture signed is formed, `perjanjian usaha patungan`)
      if (b.hit.row.cameo === '062' && triggers.some((a) => a.hit.row.type === 'AGREE' && a.end <= b.start && b.start - a.end <= 6 && tokens.slice(a.end, b.start).some((t) => AGREEMENT_NOUNS.has(t.norm)) && !tokens.slice(a.end, b.start).some((t) => t.kind === 'punct'))) { suppressed.add(b); continue; }
      const nounOfCooperation = /^(kerja|kerjasama|cooperation|partnership|kemitraan)$/.test(tokens[b.start]!.norm);
      if (triggers.some((a) => a.hit.row.type === 'AGREE' && a.end <= b.start && skipWords(v, a.end, b.start, /^(untuk|to|memperkuat|meningkatkan|memperluas|mempererat|memperdalam|mengembangkan|menjalin|strengthen|boost|expand|deepen|enhance|step|up|further|the|their|its|bilateral|mutual)$/) === b.start
        && (nounOfCooperation || STRENGTHEN.test(tokens[b.start - 1]?.norm ?? '')))) { suppressed.add(b); continue; }
      if (!nounOfCooperation) continue;
      if (AGREEMENT_NOUNS.has(tokens[b.start - 1]?.norm ?? '') || AGREEMENT_NOUNS.has(tokens[b.end]?.norm ?? '') || agreementOn(v, b.start)) suppressed.add(b);
    }
    // talks two sides agree to hold are the agreement's content, not an act of their own (`Wong and her
    // Indonesian counterpart Sugiono agreed in Canberra on Friday to hold annual leaders' meetings`,
    // `agreed to resume talks`); the talks in which they agree stay (`sepakat … dalam pertemuan di
    // Beijing`, `agreed in a phone call`), and so do talks with a party of their own (`agreed to hold talks
    // with Russia`) and a joint act agreed on (news annotators split on it)
    for (const b of triggers) {
      if (b.hit.row.type !== 'CONSULT' || suppressed.has(b) || !talksAgreedOn(tokens, b.start)) continue;
      const a = triggers.find((x) => x.hit.row.type === 'AGREE' && x.hit.row.symmetric && x.end <= b.start && b.start - x.end <= 16
        && x.subjects.length + x.objects.length >= 2 && !tokens.slice(x.end, b.start).some((t) => /^[.;:]$/.test(t.text) || /^(but|namun|tetapi|while|sementara|after|setelah|usai|seusai|since|sejak|during|saat|ketika|when|which|yang)$/.test(t.norm)));
      // (an object after the act is the act's own, which the agreement borrowed: `talks with Oman`)
      if (!a || a.objectSpans.some((x) => x.start >= b.start)) continue;
      const parties = new Set([...a.subjects, ...a.objects]);
      if ([...b.subjects, ...b.objects].every((x) => parties.has(x))) suppressed.add(b);
    }
  }
}

/** Nouns whose `that` clause tells their content (`accusations that it supplied drones`), no relative clause. */
const CONTENT_NOUNS = /^(accusations?|allegations?|claims?|charges|reports?|evidence|fears?|concerns?|suggestions?|assertions?|rumou?rs?|news|statements?|warnings?|assurances?|denials?|insistence|belief|view|fact|idea|notion)$/;

/**
 * A threat coordinated after an act against someone, with no target of its own, is against the same
 * one: `Somalia expelled Ethiopia's ambassador and threatened to cut ties`, `mengusir duta besar
 * Ethiopia dan mengancam memutus hubungan`.
 */
function threatsAfterActs(v: SentenceView, triggers: Trigger[]): void {
  const { tokens, s } = v;
  for (let n = 1; n < triggers.length; n++) {
    const a = triggers[n]!;
    if (a.hit.row.type !== 'THREATEN' || a.objects.length) continue;
    // (a threat with an object of its own, unnamed, threatens them: `imposed sanctions on Iranian oil and
    // warned refiners in China …`)
    if (a.end < s.tokenEnd && tokens[a.end]!.kind === 'word' && lowerStart(tokens[a.end]!.text) && !/^(to|that|of|it|them|him|her|akan|bahwa|untuk|agar)$/.test(tokens[a.end]!.norm) && !AUX[v.lang].has(tokens[a.end]!.norm)) continue;
    let p = a.start - 1;
    while (p > s.tokenStart && AUX[v.lang].has(tokens[p]!.norm)) p--;
    if (!/^(dan|serta|and)$/.test(tokens[p]?.norm ?? '')) continue;
    const prev = triggers[n - 1]!;
    if (!/^(ASSAULT|COERCE|SANCTION|ACCUSE|REJECT|PROTEST)$/.test(prev.hit.row.type) || !prev.objects.length || prev.end > p) continue;
    // (and the same subject: no other name between the two)
    if (a.subjects.length && !a.subjects.every((x) => prev.subjects.includes(x))) continue;
    a.objects = [...prev.objects];
    a.objectSpans = [...prev.objectSpans];
    if (!a.subjects.length) { a.subjects = [...prev.subjects]; a.subjectSpans = [...prev.subjectSpans]; }
  }
}

/** Threats and promises of an act a row names: the act's object is theirs. */
function embeddedActs(v: SentenceView, triggers: Trigger[], suppressed: Set<Trigger>): void {
  const { tokens, s, lang } = v;
  for (let n = 0; n + 1 < triggers.length; n++) {
    const a = triggers[n]!;
    const b = triggers[n + 1]!;
    if (!EMBEDDING.has(a.hit.row.type)) continue;
    // (`vowed to continue attacks on …`, `berjanji akan terus menyerang …`)
    // (a day between: `threatened on Wednesday to impose 50% tariffs`)
    const reach = skipWords(v, a.end, b.start, /^(untuk|akan|to|will|continue|keep|resume|melanjutkan|meneruskan|terus|kembali|on|pada|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|senin|selasa|rabu|kamis|jumat|sabtu|minggu|kemarin)$/);
    // (and the verb that carries a noun of the act: `threatened on Wednesday to raise tariffs`)
    // (an English threat of a harm: not `mengancam akan membalas latihan militer gabungan …`, whose
    // drills are the others' and happen)
    if (reach !== b.start && !(lang === 'en' && reach + 1 === b.start && a.hit.row.type === 'THREATEN' && HARM_TYPES.has(b.hit.row.type) && tokens[reach - 1]?.norm === 'to' && tokens[reach]!.kind === 'word' && lowerStart(tokens[reach]!.text))) continue;
    // `Germany agreed to supply tanks to Ukraine`: one side agreeing to act is no agreement with
    // the target of the act (the act itself is intended, qualifiers.ts)
    if (a.hit.row.type === 'AGREE' && a.hit.row.symmetric && !a.objects.length && a.subjects.length < 2) {
      suppressed.add(a);
      continue;
    }
    // (two or more agreeing to act agree with each other, not with the act's target: `Partai Golkar
    // dan Partai NasDem sepakat mengusung X`)
    if (!a.objects.length && !(a.hit.row.type === 'AGREE' && a.hit.row.symmetric && a.subjects.length >= 2)) {
      a.objects = b.objects;
      a.objectSpans = b.objectSpans;
    }
    // a promise of harm is a threat (`vowed to retaliate against Israel`)
    if (a.hit.row.type === 'AGREE' && !a.hit.row.symmetric && HARM_TYPES.has(b.hit.row.type)) a.hit = { ...a.hit, row: derivedRow(a.hit.row, 'threat') };
    if (a.hit.row.type === 'THREATEN') suppressed.add(b);
  }
}

/** Threats and promises of an act no row names. */
function unnamedActTargets(v: SentenceView, triggers: Trigger[]): void {
  const { tokens, s, lang } = v;
  // a threat or promise of an act no lexicon row names: `mengancam akan menghancurkan Seoul`,
  // `berjanji akan membela Jepang`: the act's object is the target
  for (let n = 0; n < triggers.length; n++) {
    const a = triggers[n]!;
    const row = a.hit.row;
    if (!(row.type === 'THREATEN' || (row.type === 'AGREE' && !row.symmetric))) continue;
    const gap = skipWords(v, a.end, s.tokenEnd, TO_ACT);
    // a promise of harm is a threat, whatever object it found (`vowed to punish Israel`)
    if (row.type === 'AGREE' && gap > a.end && gap < s.tokenEnd && HARM_VERBS.test(tokens[gap]!.norm)) a.hit = { ...a.hit, row: derivedRow(row, 'threat') };
    if (a.objects.length) continue;
    if (gap >= s.tokenEnd || triggers[n + 1]?.start === gap) continue;
    const verb = tokens[gap]!;
    const isVerb = lang === 'id' ? isIdVerb(verb) : verb.kind === 'word' && lowerStart(verb.text) && gap > a.end;
    if (!isVerb) continue;
    // (coordinated acts share the object: `berjanji akan membela dan menjamin keamanan Jepang`)
    let at = gap + 1;
    while (at + 1 < s.tokenEnd && /^(dan|serta|atau|and|or)$/.test(tokens[at]!.norm) && (lang === 'id' ? isIdVerb(tokens[at + 1]!) : lowerStart(tokens[at + 1]!.text))) at += 2;
    const g = mentionAfter(v, at, Math.min(s.tokenEnd, at + 8));
    if (!g || g[0]!.prep) continue;
    const objs = asLike(g).filter((o) => !a.subjects.includes(o.entity));
    a.objects = objs.map((o) => o.entity);
    a.objectSpans = objs.map((o) => o.span);
  }
}

/** Threats on a condition: those named in the condition are threatened. */
function conditionalThreats(v: SentenceView, triggers: Trigger[], entities: Entity[]): void {
  const { tokens, s, lang } = v;
  // a threat with a condition on others: `warned that Pyongyang would use nuclear weapons if attacked
  // by South Korea and the United States`, `memperingatkan … jika diserang oleh Korea Selatan`: those
  // named in the condition are the ones threatened (when the threat names no one else)
  for (const a of triggers) {
    if (a.hit.row.type !== 'THREATEN') continue;
    // the threatener and its country (`Kim Jong Un` … `Pyongyang`)
    const own = new Set(a.subjects);
    const homes = new Set(a.subjects.map((x) => entities[x]!.country).filter((c) => c !== undefined));
    entities.forEach((e, k) => { if (e.iso3 !== undefined && homes.has(e.iso3)) own.add(k); });
    // (a threat to close a strait or shut a border names a place, no party: `mengancam akan menutup
    // Selat Hormuz jika AS menyerang`)
    if (a.objects.some((o) => !own.has(o) && entities[o]!.type !== 'LOCATION')) continue;
    let j = a.end;
    while (j < s.tokenEnd && !/^(if|unless|jika|apabila|bila|kalau|seandainya)$/.test(tokens[j]!.norm) && tokens[j]!.text !== ';') j++;
    if (j >= s.tokenEnd || tokens[j]!.text === ';') continue;
    // (only the condition's subject or its passive's agent: `if attacked by X`, `jika Korea Selatan
    // menyerang`; not every name in it: `apabila pemerintah tidak menjamin pesangon bagi pekerja PT Sritex di Sukoharjo`)
    const subjectAt = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
    const objs: MentionLike[] = [];
    for (const mi of v.mentions) {
      if (mi.m.tokenStart <= j || mi.m.part || mi.titleModifier || own.has(mi.m.entity)) continue;
      if (objs.some((o) => o.entity === mi.m.entity)) continue;
      const first = groupOf(v, mi)[0]!.m.tokenStart;
      const agent = /^(by|oleh)$/.test(tokens[first - 1]?.norm ?? '');
      if (first !== subjectAt && !agent) continue;
      objs.push({ entity: mi.m.entity, span: mi.m });
    }
    if (!objs.length) continue;
    a.objects = objs.map((o) => o.entity);
    a.objectSpans = objs.map((o) => o.span);
  }
}

/** Acts threatened after the first one, coordinated with it. */
function coordinatedThreats(v: SentenceView, triggers: Trigger[], suppressed: Set<Trigger>): void {
  const { tokens, s, lang } = v;
  // more acts threatened, coordinated after the first: `mengancam akan meluncurkan serangan ke
  // Korsel, dan menghancurkan ibu kota Seoul`; a coordinated act that is an event itself
  // (`… dan menyerang kapal Israel`) is threatened too, not done
  const triggerAtToken = new Map(triggers.map((t) => [t.start, t]));
  for (const a of triggers) {
    if (a.hit.row.type !== 'THREATEN') continue;
    const gap = skipWords(v, a.end, s.tokenEnd, TO_ACT);
    if (gap === a.end || gap >= s.tokenEnd) continue; // no act embedded: `mengancam Korea Selatan`
    for (let k = gap + 1; k + 1 < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.text === ';' || (t.text === ',' && !/^(dan|serta|and)$/.test(tokens[k + 1]!.norm))) break;
      if (!/^(dan|serta|and)$/.test(t.norm)) continue;
      const verb = tokens[k + 1]!;
      const b = triggerAtToken.get(k + 1);
      let objs: MentionLike[] = [];
      if (b) {
        suppressed.add(b);
        objs = toLike(b.objects, b.objectSpans);
      } else if (lang === 'id' && isIdVerb(verb)) {
        const g = mentionAfter(v, k + 2, Math.min(s.tokenEnd, k + 10));
        if (g && !g[0]!.prep) objs = asLike(g);
      }
      for (const o of objs) {
        if (a.objects.includes(o.entity) || a.subjects.includes(o.entity)) continue;
        a.objects.push(o.entity);
        a.objectSpans.push(o.span);
      }
    }
  }
}

/** Nouns that name a verb's own event or what its row needs. */
function nounsOfVerbs(v: SentenceView, triggers: Trigger[], suppressed: Set<Trigger>): void {
  const { tokens, s, lang } = v;
  // `menandatangani perjanjian`, `signed an agreement`: the noun names the verb's own event
  for (let n = 0; n + 1 < triggers.length; n++) {
    const a = triggers[n]!;
    const b = triggers[n + 1]!;
    // (a mediator's talks are still the two sides' talks: `memediasi perundingan antara Israel dan Hamas`)
    // (a second act joined by `and` is its own: `accused Russia of shelling Kharkiv and attacking Odesa`)
    if (b.hit.voice === 'nominal' && b.hit.row.type === a.hit.row.type && b.start - a.end <= 2 && a.hit.row.cameo !== '045' && !/^(and|or|dan|serta|atau)$/.test(tokens[b.start - 1]?.norm ?? '')) suppressed.add(b);
    // (what one agrees on is the agreement's matter: `failed to agree on a peace treaty`, `sepakat soal perjanjian damai`)
    else if ((b.hit.voice === 'nominal' || b.hit.voice === 'base' || (lang === 'en' && !/(ed|ing)$/.test(tokens[b.start]!.norm))) && b.hit.row.type === a.hit.row.type && a.hit.row.type === 'AGREE' && b.start - a.end <= 4 && /^(on|upon|tentang|soal|mengenai|atas)$/.test(tokens[a.end]?.norm ?? '')) suppressed.add(b);
    // `mencabut sanksi terhadap Suriah`: the noun the verb's row needs is its object, not an event of its own
    if (b.start - a.end <= 3 && (b.hit.voice === 'nominal' || b.hit.voice === 'base' || (lang === 'en' && !/(ed|ing)$/.test(tokens[b.start]!.norm))) && a.hit.row.needs.includes(tokens[b.start]!.norm)) suppressed.add(b);
    // `filed a genocide case against Israel`, `kasus penyerangan`: the act is what a case is about
    if (b.hit.row.type !== a.hit.row.type && /^(case|cases|charges|lawsuit|trial|accusations|allegations)$/.test(tokens[b.end]?.norm ?? '')) suppressed.add(b);
    // `pledged $500 million in aid to Yemen`, `menjanjikan bantuan`: the aid is pledged, not given
    if (a.hit.row.type === 'AGREE' && a.hit.row.cameo === '033' && b.hit.row.type === 'AID' && b.start - a.end <= 6) suppressed.add(b);
  }
}

const STOP_VERBS = /^(menghentikan|hentikan|berhenti|mengakhiri|akhiri|stop|halt|end|cease|stopping|halting|ending|ceasing)$/;

/** Nouns of a kind of body described before its origin and name (`perusahaan minyak asal UEA, ADNOC`). */
const BODY_NOUNS = /^(perusahaan|maskapai|bank|klub|grup|kelompok|organisasi|lembaga|produsen|raksasa|startup|firma|konglomerasi|emiten|company|firm|group|carrier|maker|giant|lender|club|organization|organisation|marketplace|retailer|conglomerate|utility|miner|producer|developer|operator|insurer|airline|automaker|carmaker|manufacturer|platform|builder|exporter|importer|refiner|shipper|supplier)$/;

/** Acts of one side against another, whose two ends are `both sides` after them. */
const SIDES_ACTS = new Set(['ASSAULT', 'THREATEN', 'COERCE', 'SANCTION', 'ACCUSE', 'MOBILIZE', 'REJECT']);

const MUST: Record<Language, Set<string>> = { en: new Set(['must', 'should']), id: new Set(['harus', 'mesti', 'wajib']) };
const SAYS: Record<Language, RegExp> = {
  en: /^(say|says|said|told|insisted|insists|stressed|stresses|warned|warns)$/,
  id: /^(mengatakan|menyatakan|menegaskan|menilai|menyebut|berpendapat|kata|ujar|tegas|menurut)$/,
};
let demandRowCache: Partial<Record<Language, PredicateEntry | null>> = {};

/**
 * A demand told as what another must do: `Erdogan says Sweden must do more …`, `Menlu menegaskan
 * Israel harus menghentikan …`, `"Sweden should act," Erdogan said` — the speaker urges the one who
 * must (REQUEST), unless it is the speaker's own side (`Jokowi mengatakan Indonesia harus …`).
 */
function modalDemands(v: SentenceView, entities: Entity[], recent: RecentEntities, out: Draft[]): number[] {
  const { tokens, s, lang } = v;
  const at: number[] = [];
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    // (first letters of the modals, before the set: this runs on every word)
    const c = tokens[i]!.norm.charCodeAt(0);
    if ((c !== 109 && c !== 115 && c !== 104 && c !== 119) || !MUST[lang].has(tokens[i]!.norm)) continue;
    let q = i;
    while (q > s.tokenStart && /^(also|still|now|first|juga|pun|tetap|segera|terlebih|dahulu)$/.test(tokens[q - 1]!.norm)) q--;
    const x = v.endAt.get(q);
    if (!x || x.m.part || x.titleModifier || x.inAttribution) continue;
    // the speaker: the subject of a speech verb right before (`says`, `said that`, `menegaskan bahwa`),
    // or the source of the sentence's attribution
    let k = x.m.tokenStart - 1;
    if (/^(that|bahwa|,)$/.test(tokens[k]?.norm ?? '')) k--;
    let speakers: MentionLike[] = [];
    if (k > s.tokenStart && SAYS[lang].test(tokens[k]!.norm)) speakers = subjectsLeft(v, k, entities, recent).subs;
    else if (k <= s.tokenStart + 1 && v.source !== undefined && v.speech) speakers = [{ entity: v.source, span: { start: tokens[s.tokenEnd - 1]!.start, end: tokens[s.tokenEnd - 1]!.end } }];
    const target = entities[x.m.entity]!;
    if (target.type === 'LOCATION') continue;
    let row = demandRowCache[lang];
    if (row === undefined) {
      const form = lang === 'en' ? 'urged' : 'mendesak';
      row = demandRowCache[lang] = predicateLexicon().byFirst.get(form)?.find((h) => h.row.type === 'REQUEST' && h.row.lang === lang)?.row ?? null;
    }
    if (!row) return at;
    for (const sp of speakers) {
      const e = entities[sp.entity]!;
      // (one's own side is told what it must do, not urged: `Jokowi said Indonesia must …`)
      if (sp.entity === x.m.entity || (e.country !== undefined && (e.country === target.id || e.country === target.country)) || (target.type === 'COUNTRY' && e.id === target.id)) continue;
      const d: Draft = { type: 'REQUEST', subject: sp.entity, object: x.m.entity, sentence: s.index, trigger: { start: tokens[i]!.start, end: tokens[i]!.end }, subjectSpan: sp.span, objectSpan: { start: x.m.start, end: x.m.end }, row };
      qualify(d, v, i);
      out.push(d);
      if (at[at.length - 1] !== i) at.push(i);
    }
  }
  return at;
}

/** Acts someone is urged to do. */
/** Verbs whose object is an act that happened: one discusses or investigates it (`membahas serangan …`). */
const TOPIC_VERBS = /^(membahas|discuss|discussed|discussing|menyelidiki|mengusut|menginvestigasi|investigate|investigating|probe)$/;

/** Verbs that open an act named by a noun, besides the light verbs (`membuka dialog`, `hold talks`). */
const OPENING_VERBS = /^(membuka|memulai|melanjutkan|open|hold|begin|start|resume)$/;

function requestedActs(v: SentenceView, triggers: Trigger[]): Set<Trigger> {
  const { tokens, s, lang } = v;
  // an act someone is urged to do has not happened: `mendesak Rusia untuk membatalkan …`,
  // `called on Myanmar to release …` (the act's subject is the one urged; its modality possible)
  // (the request may lie further back, past another verb: `urged the army and the RSF to return to
  // talks`); an act named as a noun right after the request is requested too (`called for the
  // release of Bazoum`, `menyerukan pembebasan X`)
  const requested = new Set<Trigger>();
  // (the last request and the words read after it are carried from one trigger to the next: a
  // sentence of thousands of verbs after one request stays linear)
  let lastRequest = -1;
  let p = 0;
  let to = false;
  let open = true;
  let nounNext = true;
  for (let n = 1; n < triggers.length; n++) {
    const b = triggers[n]!;
    if (triggers[n - 1]!.hit.row.type === 'REQUEST') {
      lastRequest = n - 1;
      p = triggers[n - 1]!.end;
      to = false;
      open = true;
      nounNext = true;
    }
    const m = lastRequest;
    if (m < 0) continue;
    const a = triggers[m]!;
    for (; open && p < b.start; p++) {
      const t = tokens[p]!;
      if (t.text === '.' || t.text === ';' || /^(but|namun|tetapi|sedangkan|while|sementara)$/.test(t.norm)) { open = false; break; }
      if (/^(untuk|agar|supaya|to)$/.test(t.norm) || (t.norm === 'that' && p === a.end)) to = true;
      // what the one urged is to stop goes on now (`menyerukan X untuk menghentikan serangan`, `urged
      // them to end the attacks`); a clause after the request's own is told as fact (`…, after the two
      // leaders spoke by phone`)
      // (so does an act one is asked to discuss or look into: `atas permintaan Iran untuk membahas serangan
      // udara Israel`, `urged the council to investigate the killing`)
      else if (to && (STOP_VERBS.test(t.norm) || AFTER_CLAUSE.test(t.norm) || TOPIC_VERBS.test(t.norm))) { open = false; break; }
      // (a relative clause describing someone in the act requested is told as fact: `untuk memburu X,
      // pengusaha minyak yang ditetapkan Kejaksaan Agung sebagai tersangka`, `to free those who were detained`)
      else if (to && /^(yang|who|whom)$/.test(t.norm)) { open = false; break; }
      // (and the call or meeting in which the request was made: `urged Indonesia to buy more equipment
      // during a phone call with Sjafrie`)
      else if (to && t.norm === 'during') { open = false; break; }
      if (!/^(the|a|an|immediate|immediately|swift|prompt|unconditional|full|complete|total|permanent|segera|for|of)$/.test(t.norm)) nounNext = false;
    }
    if (!open) continue;
    // Indonesian leaves `untuk` out: `mendesak PBB menjatuhkan sanksi …`, `meminta WHO mempercepat …`
    // (only the one urged, a name with its title, between the request and an active verb)
    let urgedTo = to;
    // (an intransitive act alike: `mendesak Arief mundur dari jabatannya`)
    // (or a noun after a light verb: `menyerukan Rusia dan Ukraina melakukan gencatan senjata`)
    const light = LIGHT_VERBS.has(tokens[b.start - 1]?.norm ?? '') && (b.hit.voice === 'nominal' || b.hit.voice === 'base');
    if (!to && lang === 'id' && (b.hit.voice === 'active' || b.hit.voice === 'intransitive' || (b.hit.voice === 'base' && b.hit.row.type === 'RETREAT') || light) && b.start > a.end) {
      let onlyObject = true;
      for (let q = a.end; q < b.start && onlyObject; q++) {
        const t = tokens[q]!;
        if (light && q === b.start - 1) continue;
        // (the one urged may be unnamed: `menuntut negara-negara Barat menjatuhkan sanksi`, `meminta
        // pemerintah pusat mencabut …`)
        if (!(v.cover.has(q) || t.text === '(' || t.text === ')' || t.text === ',' || upperStart(t.text) || /^(juga|segera|agar|supaya|dan|serta|lebih|dulu|dahulu|terlebih|secepatnya|sepenuhnya|kembali)$/.test(t.norm)
          || /^(negara|negara-negara|pemerintah|pihak|pihak-pihak|para|semua|seluruh|dunia|internasional|barat|lembaga|organisasi|otoritas|aparat|kedua|komunitas|pusat|daerah|junta|militer|rezim|pasukan|tentara|polisi|kepolisian)$/.test(t.norm))) onlyObject = false;
      }
      if (onlyObject) urgedTo = true;
    }
    // a second act joined to an urged one by `dan` is urged too: `mendesak Presiden menarik pasukan dari
    // Intan Jaya dan membuka dialog dengan …`, `urged Moscow to withdraw and negotiate` (not an English
    // past form, the urger's next verb: `urged X to withdraw and announced …`)
    // (a noun after a light verb alike: `dan membuka dialog dengan …`, `and hold talks with …`)
    if (!urgedTo && n - 1 > m && requested.has(triggers[n - 1]!) && !(lang === 'en' && /ed$/.test(tokens[b.start]!.norm))) {
      const before = tokens[b.start - 1]?.norm ?? '';
      const c = b.start - 1 - (LIGHT_VERBS.has(before) || OPENING_VERBS.test(before) ? 1 : 0);
      if (/^(dan|serta|and)$/.test(tokens[c]?.norm ?? '')) urgedTo = true;
    }
    // (an English past form after `and` is the urger's next act, not one urged: `urged the police to
    // free the farmers and accused officers of beating them`)
    if (lang === 'en' && to && tokens[b.start - 1]?.norm === 'and' && /ed$/.test(tokens[b.start]!.norm) && b.hit.voice !== 'nominal') {
      open = false;
      // (whose subject is the urger's, not the ones urged: `urged Thailand and Cambodia to pull back …,
      // and praised Trump`)
      if (b.subjects.length && b.subjects.every((x) => a.objects.includes(x))) {
        b.subjects = [...a.subjects];
        b.subjectSpans = [...a.subjectSpans];
      }
      continue;
    }
    const noun = b.hit.voice === 'nominal' || b.hit.voice === 'base' || (lang === 'en' && !/(ed|ing)$/.test(tokens[b.start]!.norm));
    // (a petition for a pretrial ruling is the motion filed, not one asked for: `permohonan praperadilan`)
    const petitionFiled = noun && nounNext && !urgedTo && a.hit.voice === 'nominal' && b.hit.row.cameo === '115';
    if ((urgedTo || (noun && nounNext)) && !petitionFiled) requested.add(b);
    // `demanded the withdrawal of Israeli troops`: the one whose act is demanded is the one urged
    // (objects found inside the act's own phrase are the act's: `… of Israeli troops from Gaza`)
    const inside = a.objectSpans.every((sp) => sp.start >= tokens[b.start]!.start);
    // (not when the noun's genitive is the one it is done to: `permintaan ekstradisi Riza Chalid kepada
    // Malaysia`, `called for the release of X`)
    const doneTo = b.hit.row.type === 'COERCE' || b.hit.row.type === 'CONCEDE' || b.hit.row.cameo === '063' || ACTS_ON_PEOPLE.has(tokens[b.start]!.norm);
    if (noun && nounNext && !urgedTo && inside && !doneTo && b.subjects.length && !b.subjects.some((x) => a.subjects.includes(x))) {
      a.objects = [...b.subjects];
      a.objectSpans = [...b.subjectSpans];
    }
  }
  return requested;
}

const governorTables = new WeakMap<Trigger[], Array<string | undefined>>();
/**
 * For every token of the sentence, what governs a trigger starting there: `REJECT` or `ACCUSE` when
 * a clause opened by `bahwa`/`that` before it follows a denial or an accusation (REJECT wins), else
 * nothing (`Iran membantah tuduhan AS bahwa pihaknya memasok drone`). One pass, cached per sentence.
 */
function governors(v: SentenceView, triggers: Trigger[]): Array<string | undefined> {
  let table = governorTables.get(triggers);
  if (table) return table;
  const { tokens, s } = v;
  const n = s.tokenEnd - s.tokenStart;
  // the combined type of the denials and accusations ending at or before each token
  const ending: Array<string | undefined> = new Array(n + 1).fill(undefined);
  for (const t of triggers) {
    if (t.hit.row.type !== 'REJECT' && t.hit.row.type !== 'ACCUSE') continue;
    const k = t.end - s.tokenStart;
    if (k >= 0 && k <= n) ending[k] = ending[k] === 'REJECT' ? 'REJECT' : t.hit.row.type;
  }
  const upTo: Array<string | undefined> = new Array(n + 1).fill(undefined);
  let acc: string | undefined;
  for (let k = 0; k <= n; k++) {
    if (ending[k] !== undefined) acc = acc === 'REJECT' ? acc : ending[k];
    upTo[k] = acc;
  }
  // a trigger at token j is governed by what ends at or before the last `bahwa`/`that` before j
  table = new Array(n).fill(undefined);
  let lastThat = -1;
  for (let k = 0; k < n; k++) {
    table[k] = lastThat >= 0 ? upTo[lastThat] : undefined;
    if (/^(bahwa|that)$/.test(tokens[s.tokenStart + k]!.norm)) lastThat = k;
  }
  governorTables.set(triggers, table);
  return table;
}

/** A verb of blocking aid right before the aid noun at i, past its adjectives. */
function aidBlocked(tokens: Token[], i: number, from: number): boolean {
  let p = i - 1;
  while (p > from && i - p <= 3 && /^(humanitarian|emergency|food|medical|relief|international|the|of|bantuan|kemanusiaan|pangan|darurat|obat-obatan)$/.test(tokens[p]!.norm)) p--;
  return p >= from && /^(block|blocks|blocked|blocking|obstruct|obstructs|obstructed|obstructing|hinder|hindered|hindering|hamper|hampered|hampering|impede|impeded|impeding|withhold|withheld|withholding|restrict|restricted|restricting|menghalangi|menghalang-halangi|menghambat|memblokir|memblokade|mencegat|dihalangi|dihambat|diblokir|diblokade|dicegat)$/.test(tokens[p]!.norm);
}

/** The drafts of one trigger: every subject–object pair its row allows. */
function emitTrigger(v: SentenceView, tr: Trigger, triggers: Trigger[], entities: Entity[], kinds: Array<string | undefined>, known: KnownEntity | undefined, out: Draft[], denied: Set<Trigger>, requested: Set<Trigger>): void {
  const { tokens, s, lang } = v;

  if (requested.has(tr)) return;
  const row = tr.hit.row;
  // an act named only to say what a case or charge is about is no act (`its genocide case against
  // Israel`, `war crimes charges`): the case is the event
  if (/^(ASSAULT|COERCE|MOBILIZE|SANCTION|AID)$/.test(row.type) && /^(case|cases|trial|charges|charge|lawsuit|suit|convention|accusations|allegations|hearing|hearings|probe|inquiry|investigation|tribunal)$/.test(tokens[tr.end]?.norm ?? '')) return;
  // a strike by workers is no attack (`threatened to call a nationwide strike`, `a general strike`)
  if (row.type === 'ASSAULT' && lang === 'en' && /^(strike|strikes)$/.test(tokens[tr.start]!.norm)
    && /^(nationwide|general|national|hunger|labour|labor|workers|worker|union|partial|mass|sit-down|student|students|teachers|doctors|rail|transport|port|dock|wildcat|week-long|two-day|three-day|one-day|24-hour|48-hour)$/.test(tokens[tr.start - 1]?.norm ?? '')) return;
  // a truce others monitor or propose is none of theirs (`membentuk gugus tugas bersama untuk memantau
  // gencatan senjata di Gaza`, `a proposal from France and Britain for a 30-day ceasefire`)
  if (row.type === 'RETREAT' && row.cameo === '0871') {
    let p = tr.start - 1;
    while (p > s.tokenStart && (/^(a|an|the|sebuah)$/.test(tokens[p]!.norm) || /^\d+-day$|^[a-z]+-day$/.test(tokens[p]!.norm))) p--;
    if (/^(memantau|mengawasi|monitor|monitoring|monitors|monitored|supervise|for)$/.test(tokens[p]?.norm ?? '')) return;
  }
  // a permit, quota or levy of trade is a rule, no trade done (`memberikan relaksasi izin ekspor konsentrat
  // tembaga kepada PT Freeport Indonesia`, `export permits to …`)
  if (row.type === 'COOPERATE' && row.cameo === '061' && /^(ekspor|impor|export|exports|import|imports)$/.test(tokens[tr.start]!.norm)
    && (/^(izin|kuota|relaksasi|larangan|bea|pajak|tarif|rekomendasi|persetujuan)$/.test(tokens[tr.start - 1]?.norm ?? '') || /^(permit|permits|licence|licences|license|licenses|quota|quotas|ban|bans|duty|duties|levy|levies|tax|taxes|controls|control|curbs|restrictions)$/.test(tokens[tr.end]?.norm ?? ''))) return;
  // aid blocked is none given (`accused of blocking humanitarian aid to …`, `menghalangi bantuan
  // kemanusiaan ke Gaza`)
  if (row.type === 'AID' && aidBlocked(tokens, tr.start, s.tokenStart)) return;
  // a participle describing a thing is no act (`loans backed by profits from frozen Russian assets`)
  if (lang === 'en' && tokens[tr.start]!.norm === 'frozen' && /^(from|of|on|with|using|the|its|their|in|into)$/.test(tokens[tr.start - 1]?.norm ?? '')) return;
  // talks one offers to host have not been held (`ready to host a new round of direct peace talks between
  // Russia and Ukraine`, `renewed his offer to host peace talks`, `siap menjadi tuan rumah perundingan`)
  if (row.type === 'CONSULT' && offeredToHost(tokens, tr.start, s.tokenStart)) return;
  // going somewhere together is no cooperation (`bersama-sama bertolak ke bus tur`, `jointly attended`):
  // acting on something is (`bersama-sama membongkar sindikat`, `jointly dismantled`)
  if (row.type === 'COOPERATE' && (tokens[tr.start]!.norm === 'bersama-sama' || tokens[tr.start]!.norm === 'jointly')) {
    const next = tokens[tr.end]?.norm ?? '';
    if (lang === 'id' ? !/^me/.test(next) || /^(menuju|mendatangi|menghadiri|menyaksikan|menonton|menikmati|mengunjungi)$/.test(next) : /^(went|go|going|travel|travelled|traveled|arrived|left|attended|attend|visited|watched|flew|walked)$/.test(next)) return;
  }
  // a company supplying a company trades, it gives no aid (`would begin supplying memory chips to Nvidia`)
  if (row.type === 'AID' && tr.subjects.length && COMMERCIAL.has(kinds[tr.subjects[0]!] ?? '') && tr.objects.length && tr.objects.every((o) => COMMERCIAL.has(kinds[o] ?? ''))) return;
  // an acquittal passes no sentence (`memvonis bebas X`, `divonis bebas`, `menjatuhkan vonis bebas`,
  // `vonis lepas`): the one tried goes free
  if (((row.type === 'COERCE' && row.cameo === '173') || (row.type === 'ACCUSE' && SENTENCE_STEMS.has(row.stem))) && lang === 'id') {
    for (let j = tr.end; j < Math.min(s.tokenEnd, tr.end + 2); j++) if (/^(bebas|lepas)$/.test(tokens[j]!.norm) && tokens[j + 1]?.norm !== 'bersyarat') return;
    // (the acquittal named before the verb: `vonis bebas yang dijatuhkan PN Jakarta Pusat kepada X`)
    if (tokens[tr.start - 1]?.norm === 'yang' && /^(bebas|lepas)$/.test(tokens[tr.start - 2]?.norm ?? '') && /^(vonis|putusan)$/.test(tokens[tr.start - 3]?.norm ?? '')) return;
  }
  // a body named for its other members is no party: those listed before it are (`Saudi Arabia, Russia
  // and six other OPEC+ members agreed …` — an agreement of the two, not with OPEC+)
  let subs = toLike(tr.subjects, tr.subjectSpans);
  if (row.symmetric && subs.length > 1 && subs.some((x) => kinds[x.entity] === 'igo')) {
    const members = subs.flatMap((x) => {
      const mi = kinds[x.entity] === 'igo' ? v.at.get(tokenIndexAt(v, x.span.start)) : undefined;
      return mi && !mi.m.part && mi.m.entity === x.entity ? otherMembersBefore(v, mi.m) : [];
    });
    if (members.length) {
      const body = new Set(subs.filter((x) => !members.some((c) => c.m.entity === x.entity) && kinds[x.entity] === 'igo').map((x) => x.entity));
      subs = [...subs.filter((x) => !body.has(x.entity)), ...asLike(members).filter((c) => !subs.some((x) => x.entity === c.entity))];
    }
  }
  let objs = toLike(tr.objects, tr.objectSpans);
  // a country describing the bodies named after a comma is no object of its own: `menjatuhkan sanksi
  // terhadap dua raksasa minyak Rusia, Rosneft dan Lukoil`
  if (objs.length > 1) {
    const described = (o: MentionLike) => {
      if (entities[o.entity]!.type !== 'COUNTRY') return false;
      const c = tokenAfter(v, o.span.end);
      return tokens[c]?.text === ',' && objs.some((x) => x !== o && entities[x.entity]!.type === 'ORGANIZATION' && x.span.start === tokens[c + 1]?.start);
    };
    if (objs.some(described)) objs = objs.filter((o) => !described(o));
  }
  // (a request's theme follows the one urged right after the verb: `asked Japan for aid`)
  // (not the object of the act demanded: `menuntut Israel menarik pasukan` demands no troops)
  const themeFrom = row.type === 'REQUEST' && objs.length ? objectEnd(tokens, objs) : -1;
  // (what is to be given is what is asked for: `meminta Jerman mengirim tank` asks for tanks)
  let q = themeFrom;
  if (q >= 0 && /^(untuk|agar|supaya|to)$/.test(tokens[q]?.norm ?? '')) q++;
  const actAfter = q >= 0 && tokens[q] !== undefined && (lang === 'id' ? isIdVerb(tokens[q]!) : q > themeFrom) && !GIVING.test(tokens[q]!.norm);
  const theme = row.theme ? themeAfter(v, tr) : row.type === 'REQUEST' && objs.length && !actAfter && objs[0]!.span.start <= (tokens[tr.end + 2]?.start ?? Infinity) ? themeAfter(v, { ...tr, end: themeFrom }) : undefined;
  const trigger = { start: tokens[tr.start]!.start, end: tokens[tr.end - 1]!.end };
  // what governs the trigger: an act requested or controlled by another verb is only possible;
  // `Iran membantah tuduhan AS bahwa pihaknya memasok drone`, `denied that it supplied`: the act a
  // denial is about did not happen by the speaker's word; an accusation makes it only possible
  const governed = (d: Draft) => {
    if ((requested.has(tr) || tr.controlled) && (d.modality === 'asserted' || d.modality === 'reported')) d.modality = 'possible';
    // (the trigger governing the `bahwa`/`that` clause that holds `tr`: a denial, an accusation)
    const gov = governors(v, triggers)[tr.start - s.tokenStart];
    // (a suit or motion a court rejects was filed: `menolak gugatan praperadilan yang diajukan X`)
    if ((gov === 'REJECT' && !(row.cameo === '115' && tr.hit.voice === 'nominal')) || denied.has(tr)) d.negated = true;
    else if (gov === 'ACCUSE' && (d.modality === 'asserted' || d.modality === 'reported')) d.modality = 'possible';
  };
  const emit = (a0: MentionLike, b0: MentionLike) => {
    // a capital acting, addressed in a diplomatic event or visited, is its government (`Washington
    // mendesak Beijing`, `dukungan kepada Madrid`, `kunjungan kerja ke Beijing`); a capital attacked
    // or occupied stays a place
    // a building protested at stands for the institution seated in it (`Gedung DPR` → the House)
    if (row.type === 'PROTEST' && known) {
      const seat = nerLexicon().seats.get(entities[b0.entity]!.id);
      const k = seat !== undefined ? known(seat) : undefined;
      if (k !== undefined) b0 = { entity: k, span: b0.span };
    }
    // (a spokesperson denying what is said of the body they speak for rejects no claim of that body:
    // `Juru bicara TPNPB X membantah kelompoknya menyerang warga sipil`)
    // (also an office told after the name: `Naim Qassem, Sekretaris Jenderal Hizbullah, membantah kelompoknya …`)
    if (row.type === 'REJECT' && entities[a0.entity]!.type === 'PERSON' && (titleOrganization(v, a0.entity, entities)?.m.entity === b0.entity
      || out.some((d) => d.type === 'holds_role' && d.sentence === v.s.index && d.subject === a0.entity && d.object === b0.entity))) return;
    // (a relative's or an aide's act, or one done to them, is not the person's)
    if ((entities[a0.entity]!.type === 'PERSON' && kinOfPerson(v, a0.span)) || (entities[b0.entity]!.type === 'PERSON' && kinOfPerson(v, b0.span))) return;
    if (entities[b0.entity]!.type === 'ORGANIZATION' && sympathizersOf(v, b0.span)) return;
    // a visit by a person who holds no office the document names, and whom warta knows as no state's
    // actor, is a private trip (`Mike dan istrinya ikut datang … ke Bali`, a singer touring, a coach
    // joining a club): no diplomatic visit (CAMEO 042 is a state's or a body's)
    // (a capitalized word right before the name is a title warta may not know: `Wakil Menteri Investasi dan
    // Hilirisasi Todotua Pasaribu berkunjung ke Seoul`)
    if (row.type === 'CONSULT' && row.cameo === '042' && privatePerson(entities[a0.entity]!, kinds[a0.entity]) && !titledBefore(v, a0.span.start)) return;
    a0 = missionOf(possessedBody(v, a0, entities, known), entities, known);
    b0 = missionOf(possessedBody(v, b0, entities, known), entities, known);
    const a = governmentOf(v, a0, entities, kinds, known);
    // (aid to another country's capital is aid to its government: `supply weapons to Kyiv`)
    const foreignCapital = row.type === 'AID' && kinds[b0.entity] === 'capital' && entities[b0.entity]!.country !== undefined && entities[b0.entity]!.country !== (entities[a.entity]!.iso3 ?? entities[a.entity]!.country);
    // (a capital warned is its government: `Seoul memperingatkan Pyongyang`; a city threatened with
    // a strike stays a place)
    let b = PHYSICAL.has(row.type) && !foreignCapital && !WARNINGS.has(row.stem) ? b0 : governmentOf(v, b0, entities, kinds, known);
    // people from a region of another country than the actor's stand for that country, as its
    // citizens do (`Malaysia membebaskan 18 nelayan asal Sulawesi Selatan` → Indonesia)
    const bPlace = entities[b.entity]!;
    if (known && (row.type === 'COERCE' || row.type === 'CONCEDE' || row.type === 'ASSAULT') && bPlace.type === 'LOCATION' && bPlace.country !== undefined && /^(asal|dari|from)$/.test(wordBefore(v, b.span.start))) {
      const home = entities[a.entity]!.iso3 ?? entities[a.entity]!.country;
      const c = home !== undefined && home !== bPlace.country ? known(bPlace.country) : undefined;
      if (c !== undefined) b = { entity: c, span: b.span };
    }
    // aid sent to a place abroad goes to its country (`dispatched rescue teams to Indonesia's Aceh
    // province`, `memberangkatkan dokter ke Kunar, Afghanistan`), as aid to a foreign capital does;
    // an actor of no known country gives it so when the sentence names the country
    // (a place warta does not know is in the country named after it: `ke Kunar, Afghanistan`)
    const placeCountry = bPlace.country ?? (bPlace.type === 'LOCATION' ? countryAfterComma(v, b.span.end, entities) : undefined);
    // troops sent abroad to help are military assistance (CAMEO 074): `mengirimkan ratusan tentara ke
    // Haiti untuk membantu kepolisian negara itu`, `send troops to Gaza as part of a stabilisation force`
    const helping = row.type === 'MOBILIZE' && abroad(entities, a.entity, b.entity) && sentToHelp(v, tr.end);
    // (so does a visit from abroad to a province or city of a country: `will visit Jakarta and Papua`
    // visits Indonesia; not an arrival, nor a landmark: `tiba di Cebu`, `menyambangi Pearl Harbor`)
    const visitAbroad = row.type === 'CONSULT' && row.cameo === '042' && VISIT_WORDS.test(tokens[tr.start]!.norm) && /^(province|state|city|regency)$/.test(kinds[b.entity] ?? '');
    // (a region stays itself: aid to Gaza goes to Gaza)
    // (and people of a region abroad acted on stand for its country: `18 nelayan Aceh yang ditangkap polisi
    // maritim Malaysia`)
    const peopleAbroad = (row.type === 'COERCE' || row.type === 'ASSAULT' || row.type === 'CONCEDE') && RESIDENT_NOUNS.test(wordBefore(v, b.span.start));
    if (known && (row.type === 'AID' || helping || visitAbroad || peopleAbroad) && bPlace.type === 'LOCATION' && placeCountry !== undefined && kinds[b.entity] !== 'sea' && kinds[b.entity] !== 'region') {
      const home = entities[a.entity]!.iso3 ?? entities[a.entity]!.country;
      const named = v.mentions.some((x) => !x.m.part && entities[x.m.entity]!.iso3 === placeCountry);
      // (a body warta knows that has no country is an international one: `UNICEF dan IFRC akan menyalurkan
      // bantuan … bagi pengungsi di Kabupaten Agam` gives to Indonesia)
      const c = (home !== undefined ? home !== placeCountry : named || (entities[a.entity]!.known && entities[a.entity]!.type === 'ORGANIZATION')) ? known(placeCountry) : undefined;
      if (c !== undefined && c !== a.entity) b = { entity: c, span: b.span };
    }
    if (a.entity === b.entity) return;
    // a place of the actor's own country as written (before a capital was read as its government)
    const homePlace = entities[b0.entity]!.type === 'LOCATION' && entities[b0.entity]!.country !== undefined && (entities[a.entity]!.country ?? entities[a.entity]!.iso3) === entities[b0.entity]!.country;
    // a body's warning or appeal to a place of its own country is one to the people there, no threat
    // or request (`BMKG memperingatkan potensi banjir rob di pesisir utara Jakarta`, `BMKG menghimbau
    // masyarakat pesisir selatan Jawa Tengah agar tetap tenang`); a petition rejected about a region is
    // no rejection of it (`MK menolak permohonan sengketa pilkada Kabupaten Intan Jaya, Papua`)
    if (homePlace && ((row.type === 'THREATEN' && WARNINGS.has(row.stem)) || (row.type === 'REQUEST' && row.stem === 'imbau') || row.type === 'REJECT')) return;
    // a visit to a building or landmark calls on no host (`berkunjung ke Balai Kota Jakarta`: the one met
    // there is the host, named on its own)
    if (row.type === 'CONSULT' && row.cameo === '042' && entities[b0.entity]!.type === 'LOCATION' && (kinds[b0.entity] === 'facility' || kinds[b0.entity] === 'landmark' || BUILDING_NAME.test(entities[b0.entity]!.name))) return;
    // a person of a place at home harmed is no act on the place: `menganiaya seorang warga di Kabupaten
    // Deli Serdang` (the resident, unnamed; the regency is where)
    if (homePlace && (row.type === 'ASSAULT' || row.type === 'COERCE') && wordBefore(v, b0.span.start) === 'di' && RESIDENT_NOUNS.test(wordBeforeWord(v, b0.span.start))) return;
    // a country naming a work or a product is no party (`menyambut baik pemutaran dua film Indonesia`,
    // `praised Indonesian coffee`)
    if ((row.type === 'SUPPORT' || row.type === 'ACCUSE' || row.type === 'REJECT') && entities[b0.entity]!.type === 'COUNTRY' && /^(film|film-film|lagu|musik|produk|kopi|batik|kuliner|makanan|masakan|buku|novel|karya|seni|budaya|tari|tarian|films|movies|songs|music|products|coffee|cuisine|food|books|art|culture)$/.test(wordBefore(v, b0.span.start))) return;
    // a joint exercise or operation is held with a side, not with the place it is held in (`latihan
    // bersama di perbatasan Kalimantan Barat dan Sarawak`)
    if (row.type === 'COOPERATE' && row.cameo === '062' && (entities[b.entity]!.type === 'LOCATION' || entities[a.entity]!.type === 'LOCATION')) return;
    // (checked on the names as written: `Uskup Agung Jakarta` is no capital standing for its state)
    if (officeOfRegion(v, entities, a0) === 'holder' || officeOfRegion(v, entities, b0) === 'holder' || (a !== a0 && officeOfRegion(v, entities, a) === 'holder') || (b !== b0 && officeOfRegion(v, entities, b) === 'holder')) return;
    // tariffs are laid on a country's goods (`menaikkan tarif PPN` is a tax at home, no sanction)
    if (row.type === 'SANCTION' && row.predicate.includes('tariff') && entities[b.entity]!.type !== 'COUNTRY') return;
    // (so are bans on trade: `will ban exports of bauxite from January, Energy … Minister X said` bans no one)
    if (row.type === 'SANCTION' && row.stem === 'ban' && entities[b.entity]!.type === 'PERSON') return;
    if (!canAct(entities[a.entity]!, kinds[a.entity]) && !governedRegion(v, a0, kinds[a.entity], entities[a.entity]!)) return;
    // police and armies guard protests, they do not stage them (`Polisi menangkap 14 orang … saat
    // demonstrasi di depan Gedung DPR`: the demonstration is others')
    if (row.type === 'PROTEST' && /^(police|military)$/.test(kinds[a0.entity] ?? '')) return;
    // (a protest at the office of a regency's or city's head is against its government: `di depan
    // Kantor Bupati Pati`)
    // (aid pledged goes to a place as aid sent does: `pledged humanitarian aid for Gaza`)
    if (!canAct(entities[b.entity]!, kinds[b.entity]) && !governedRegion(v, b0, kinds[b.entity], entities[b.entity]!) && (row.symmetric || !(PLACE_TARGETS.has(row.type) || row.cameo === '033')) && !(row.type === 'PROTEST' && officeOfRegion(v, entities, b) === 'seat')) return;
    // an arrival is a visit to a country (or its capital), not to a hospital or a city at home
    if (ARRIVALS.has(row.stem) && entities[b.entity]!.type !== 'COUNTRY') return;
    // the one a plain request names before a passive verb is what the request is about, not who is
    // asked (`Pemerintah meminta Putri Moi ditutup`: the school is to be closed)
    if (row.type === 'REQUEST' && v.lang === 'id' && !row.needs.length) {
      const next = tokens[tokenAfter(v, b.span.end)];
      if (next && /^di[a-z]{3,}/.test(next.norm) && isIdVerb(next)) return;
    }
    // a person is extradited, states extradite (`a bid by X to block his extradition to Jakarta`)
    if (row.cameo === '063' && /^(extradite|extradition|ekstradisi)$/.test(row.stem) && entities[a.entity]!.type === 'PERSON') return;
    // clubs give no aid to clubs: `dipinjamkan PSS Sleman ke Bali United` lends a player
    if (row.type === 'AID' && kinds[a.entity] === 'club' && kinds[b.entity] === 'club') return;
    // plain helping is aid only from a country or an international body (`membantu kepolisian Haiti`,
    // `helping Australia acquire submarines`), not a colleague's or a company's help (`dibantu oleh X
    // selaku analis`, `TokoCash membantu pemerintah`)
    if (row.predicate === 'helped' && !(entities[a.entity]!.type === 'COUNTRY' || (entities[a.entity]!.type === 'ORGANIZATION' && entities[a.entity]!.known && entities[a.entity]!.country === undefined && kinds[a.entity] !== 'company')) ) return;
    // bringing one's own citizens home is no deportation (`memulangkan ratusan WNI yang terjebak di Sudan`)
    if (row.cameo === '174' && entities[b.entity]!.iso3 !== undefined && (entities[a.entity]!.iso3 ?? entities[a.entity]!.country) === entities[b.entity]!.iso3) return;
    // a place visited is one warta knows (a city, a region), not a market or a stadium the text names
    // (`mengunjungi Pasar Induk Kramat Jati`: an inspection, no host)
    // (nor a landmark, a facility or a sea: `menyambangi tugu peringatan Pearl Harbor` has no host)
    // (nor a region of several countries: `his first trip to Southeast Asia`)
    if (row.type === 'CONSULT' && entities[b.entity]!.type === 'LOCATION' && (!entities[b.entity]!.known || NO_HOST_KINDS.has(kinds[b.entity] ?? '') || (kinds[b.entity] === 'region' && entities[b.entity]!.country === undefined))) return;
    // tourists, workers or students of a country coming somewhere make no state visit (`wisatawan
    // Perancis yang datang ke Indonesia`)
    if (row.cameo === '042' && (PRIVATE_PEOPLE.test(wordBefore(v, a.span.start, true)) || CITIZENS.test(v.s.text.slice(a.span.start - v.s.start, a.span.end - v.s.start)))) return;
    // a place at home going to the capital is no state visit (`petani di Kudus, Jawa Tengah, berangkat ke Jakarta`)
    if (row.cameo === '042' && entities[a.entity]!.type === 'LOCATION' && entities[a.entity]!.country !== undefined && entities[a.entity]!.country === entities[b.entity]!.iso3) return;
    // one's own country is no partner (`Ia … kerja sama dengan pemerintah` read as Jokowi and
    // Indonesia): a person of a country does not meet, agree or cooperate with it
    if (UNDIRECTED.has(row.type) && ownCountry(entities[a.entity]!, entities[b.entity]!)) return;
    // a visit to a town of one's own country hosts no one named (`Mendagri Tito Karnavian berkunjung ke
    // Sorong`: the people met there are the visit's other end, when named)
    if (row.type === 'CONSULT' && row.cameo === '042' && entities[b.entity]!.type === 'LOCATION' && entities[b.entity]!.country !== undefined
      && (entities[a.entity]!.country ?? entities[a.entity]!.iso3) === entities[b.entity]!.country) return;
    // relations two people establish are their own (`Keduanya … setelah menjalin hubungan selama lima
    // tahun`): ties between states or bodies are the event
    if (row.type === 'AGREE' && row.cameo === '050' && entities[a.entity]!.type === 'PERSON' && entities[b.entity]!.type === 'PERSON') return;
    // a raid or arrest somewhere at home acts on people there, not on the place (`Malaysian police
    // arrested three suspects in raids across Johor`)
    if (row.type === 'COERCE' && (row.stem === 'raid' || row.cameo === '173' || row.cameo === '1711') && entities[b.entity]!.type === 'LOCATION' && entities[b.entity]!.country !== undefined && entities[b.entity]!.country === (entities[a.entity]!.iso3 ?? entities[a.entity]!.country)) return;
    // aid goes to people, not to a mountain, a monument or a sea (`membantu evakuasi warga terdampak
    // erupsi Gunung Lewotobi`: the people near it are not named)
    if (row.type === 'AID' && entities[b.entity]!.type === 'LOCATION' && (/^(landmark|facility|sea|continent)$/.test(kinds[b.entity] ?? '') || /^(Mount|Lake) | (River|Sea|Strait|Volcano)$/.test(entities[b.entity]!.name))) return;
    // a state and its bodies bring their own citizens home, they do not deport them (`KBRI Kuala Lumpur
    // memulangkan 52 pekerja migran Indonesia`: a repatriation)
    // (an embassy warta names from its short form has no country of its own: its name tells it)
    if (row.type === 'COERCE' && row.cameo === '174' && entities[b.entity]!.type === 'COUNTRY' && entities[b.entity]!.iso3 !== undefined
      && ((entities[a.entity]!.iso3 ?? entities[a.entity]!.country) === entities[b.entity]!.iso3 || entities[a.entity]!.name.startsWith(`Embassy of ${entities[b.entity]!.name}`) || entities[a.entity]!.name.startsWith(`Consulate General of ${entities[b.entity]!.name}`))) return;
    // missiles fired into a sea are a launch, not an attack on it (`meluncurkan rudal ke Laut Jepang`)
    if (row.type === 'ASSAULT' && kinds[b.entity] === 'sea') return;
    // a state does not attack or invade its own capital (`menyebutnya gladi perang untuk menginvasi
    // Pyongyang`, said by North Korea, is an invasion others are charged with)
    if (row.type === 'ASSAULT' && homePlace && kinds[b0.entity] === 'capital' && entities[a.entity]!.type === 'COUNTRY') return;
    // a clash (`bentrok`, `exchanged fire`) is an act of each side against the other: the scoring of
    // RELATIONS.md treats only CONSULT, AGREE and COOPERATE as undirected
    if (row.symmetric && !UNDIRECTED.has(row.type)) {
      const one = derivedRow(row, 'directed');
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const d: Draft = { type: row.type, subject: x.entity, object: y.entity, sentence: s.index, trigger, subjectSpan: x.span, objectSpan: y.span, row: one };
        if (theme) d.theme = theme;
        qualify(d, v, tr.start);
        governed(d);
        out.push(d);
      }
      return;
    }
    // a visit is from visitor to host (RELATIONS.md): `X menerima kunjungan Y`, `X hosted Y` is Y's visit to X;
    // weapons bought are weapons the seller supplies (RELATIONS.md lists `menjual senjata` under AID):
    // `Indonesia membeli 42 jet tempur Rafale dari Prancis` is France's AID/072 to Indonesia
    const purchase = row.type === 'COOPERATE' && row.cameo === '062' && (row.stem === 'beli' || row.stem === 'buy');
    // sanctions `targeting` someone sanction them (`adopted a package of sanctions against Russia
    // targeting … two Chinese oil refineries`): no attack
    const targeted = row.stem === 'target' && row.type === 'ASSAULT' && sanctionsBefore(v, tr.start);
    const d: Draft = row.cameo === '043'
      ? { type: row.type, subject: b.entity, object: a.entity, sentence: s.index, trigger, subjectSpan: b.span, objectSpan: a.span, row: derivedRow(row, 'visit') }
      : helping ? { type: 'AID', subject: a.entity, object: b.entity, sentence: s.index, trigger, subjectSpan: a.span, objectSpan: b.span, row: derivedRow(row, 'assistance') }
      : purchase ? { type: 'AID', subject: b.entity, object: a.entity, sentence: s.index, trigger, subjectSpan: b.span, objectSpan: a.span, row: derivedRow(row, 'purchase') }
      : targeted ? { type: 'SANCTION', subject: a.entity, object: b.entity, sentence: s.index, trigger, subjectSpan: a.span, objectSpan: b.span, row: derivedRow(row, 'sanction') }
      : { type: row.type, subject: a.entity, object: b.entity, sentence: s.index, trigger, subjectSpan: a.span, objectSpan: b.span, row };
    if (theme) d.theme = theme;
    qualify(d, v, tr.start);
    governed(d);
    out.push(d);
    // the demand a rejection names was made by the one rejected, of the one rejecting
    const demand = row.type === 'REJECT' && !d.negated ? rejectedDemand(v, tr, d.objectSpan, d.subject, entities) : false;
    if (demand) {
      // (a capital urged stands for its government: `that Madrid raise defence spending`)
      const urged = demand === true ? { entity: d.subject, span: d.subjectSpan } : governmentOf(v, demand[0]!, entities, kinds, known);
      const q: Draft = { type: 'REQUEST', subject: d.object, object: urged.entity, sentence: s.index, trigger, subjectSpan: d.objectSpan, objectSpan: urged.span, row: derivedRow(row, 'demand') };
      qualify(q, v, tr.start);
      if (q.subject !== q.object) out.push(q);
    }
  };
  // `Japan, South Korea and the United States held a trilateral exercise`: every pair; with a third
  // party (`AS dan Inggris menggelar latihan gabungan dengan Filipina`) the partners of a joint act
  // are partners too, but the two who meet a third, or sign with a third (`Pertamina, PLN, dan PGN
  // menandatangani nota kesepahaman dengan ExxonMobil`), are one side
  // (a fight with an unnamed enemy is no fight among its partners: `a joint force to fight jihadist
  // groups`, `pasukan gabungan untuk memerangi kelompok teroris`)
  if (row.symmetric && row.type === 'ASSAULT' && subs.length >= 2 && !objs.length && unnamedObject(v, tr.end)) return;
  if (row.symmetric && subs.length >= 2 && (!objs.length || row.type === 'COOPERATE')) {
    for (let x = 0; x < subs.length; x++) for (let y = x + 1; y < subs.length; y++) emit(subs[x]!, subs[y]!);
    if (!objs.length) return;
  }
  // a mediator (`Mesir menengahi antara Israel dan Hamas`) acts on both sides
  if (tr.between && objs.length >= 2 && !(row.cameo === '045' && subs.length)) {
    // `antara Putin dan Erdogan`: the event is between them (both ways when it has a direction)
    emit(objs[0]!, objs[1]!);
    if (!row.symmetric) emit(objs[1]!, objs[0]!);
    return;
  }
  if (!row.symmetric && subs.length >= 2 && !objs.length && RECIPROCAL.test(tokens[tr.start]!.norm)) {
    // `Israel dan Hamas terlibat pertikaian bersenjata`: each against the other
    emit(subs[0]!, subs[1]!);
    emit(subs[1]!, subs[0]!);
    return;
  }
  for (const a of subs) for (const b of objs) emit(a, b);
}

function toLike(entities: number[], spans: Span[]): MentionLike[] {
  return entities.map((e, k) => ({ entity: e, span: spans[k]! }));
}

function objectEnd(tokens: Token[], objs: MentionLike[]): number {
  const last = objs[objs.length - 1]!.span.end;
  let i = 0;
  while (i < tokens.length && tokens[i]!.end <= last) i++;
  return i;
}


/**
 * The person a title and its body closed by `itu`/`tersebut` refer to (`Politisi PDI Perjuangan itu`,
 * `Mantan pelatih Persib tersebut`): the one the document named with that office, else the person
 * last spoken of; not a group (`para pemain MU tersebut`) nor an aside to a name before a comma.
 */
function describedHolder(v: SentenceView, mi: MentionInfo, recent: RecentEntities): MentionLike | undefined {
  const { tokens } = v;
  if (mi.m.part || mi.person || !DEMONSTRATIVE.has(tokens[mi.m.tokenEnd]?.norm ?? '')) return undefined;
  const title = titleEndingAt(tokens, mi.m.tokenStart, v.s.tokenStart);
  if (!title) return undefined;
  const before = tokens[title.start - 1]?.norm ?? '';
  const former = FORMER.has(before);
  const at = former ? title.start - 1 : title.start;
  const prev = tokens[at - 1];
  if ((NOT_HOLDER.test(before) && !former) || (prev?.text === ',' && upperStart(tokens[at - 2]?.text ?? '')) || (prev && (GROUP_WORD.test(prev.norm) || prev.kind === 'number'))) return undefined;
  const person = recent.office(title.role, mi.m.entity) ?? recent.person(v.s.index);
  return person === undefined ? undefined : { entity: person, span: { start: tokens[at]!.start, end: tokens[mi.m.tokenEnd]!.end } };
}

/** Words before a title that make it no reference to the office's holder. */
const NOT_HOLDER = /^(sebagai|selaku|menjabat|menjadi|jabatan|jabatannya|mantan|eks|bekas|calon|kandidat|as|became|become|becomes|former|ex|candidate|acting|plt|pj|wakil|deputy|vice)$/;

/**
 * An office named without its holder, the holder named earlier in the document with the same title
 * and organization: `Ketua Umum PAN Zulkifli Hasan …` then `Ketua Umum PAN menambahkan …` —
 * the second sentence says again that Zulkifli Hasan is PAN's chair.
 */
export function officeReferences(v: SentenceView, recent: RecentEntities, out: Draft[]): void {
  const { tokens, s } = v;
  for (const mi of v.mentions) {
    if (mi.m.part || mi.titleModifier) continue;
    const title = titleEndingAt(tokens, mi.m.tokenStart, s.tokenStart);
    if (!title) continue;
    // no name after it (`Ketua Umum PAN menambahkan`, `Ketua Umum Partai Golkar itu`)
    const next = tokens[mi.m.tokenEnd];
    if (next && (v.at.has(mi.m.tokenEnd) || (next.kind === 'word' && upperStart(next.text)))) continue;
    const t = tokens[title.start]!;
    const before = tokens[title.start - 1]?.norm ?? '';
    const otype = recent.entities[mi.m.entity]!.type;
    if (otype === 'PERSON') continue;
    const push = (person: number, role: string) => {
      if (person === mi.m.entity || recent.entities[person]!.name === recent.entities[mi.m.entity]!.name) return;
      // `politisi Gerindra itu`, `bek Everton itu`: a member (of an organization, not of a national side)
      if (title.role === 'Member') {
        if (otype === 'ORGANIZATION') out.push({ type: 'member_of', subject: person, object: mi.m.entity, sentence: s.index, trigger: t, subjectSpan: { start: t.start, end: tokens[mi.m.tokenStart - 1]!.end }, objectSpan: mi.m });
        return;
      }
      out.push({ type: 'holds_role', subject: person, object: mi.m.entity, role, sentence: s.index, trigger: t, subjectSpan: { start: t.start, end: tokens[mi.m.tokenStart - 1]!.end }, objectSpan: mi.m });
    };
    // a description closed by a demonstrative names the person just spoken of (`Mantan pelatih timnas
    // Indonesia itu …`, `kasus Ketua Umum Partai Golkar itu`), a former office included; not a group
    // (`ketiga anggota Polda itu`, `para pemain MU tersebut`) nor an aside to a name before the comma
    // (`M Taufik, politisi Gerindra itu`)
    if (next && DEMONSTRATIVE.has(next.norm)) {
      const former = FORMER.has(before);
      const at = former ? title.start - 1 : title.start;
      const prev = tokens[at - 1];
      const aside = prev?.text === ',' && upperStart(tokens[at - 2]?.text ?? '');
      if ((NOT_HOLDER.test(before) && !former) || aside || (prev && (GROUP_WORD.test(prev.norm) || prev.kind === 'number'))) continue;
      const person = recent.office(title.role, mi.m.entity) ?? recent.person(s.index);
      if (person !== undefined) push(person, former ? 'former ' + title.role : title.role);
      continue;
    }
    // `Ia juga menjabat sebagai Kepala Bakin`, `Ia merupakan anggota Komisi III DPR`: the office of
    // the person `ia` stands for
    const copula = before !== 'sebagai' && HOLDING.test(before);
    if ((before === 'sebagai' && HOLDING.test(tokens[title.start - 2]?.norm ?? '')) || copula) {
      let p = copula ? title.start - 2 : title.start - 3;
      while (p > s.tokenStart && /^(juga|pernah|sempat|kini|saat|itu|sudah|telah|masih|lalu|kemudian)$/.test(tokens[p]!.norm)) p--;
      if (p >= s.tokenStart && PERSONAL_PRONOUNS.has(tokens[p]!.norm) && (p === s.tokenStart || tokens[p - 1]!.kind === 'punct')) {
        const person = recent.person(s.index);
        if (person !== undefined) push(person, title.role);
      }
      continue;
    }
    if (!upperStart(t.text)) continue;
    // the office as a predicate or of someone else (`mundur sebagai Ketua MK`, `menjabat Gubernur DKI`),
    // or not held now (`mantan Ketua DPR`, `calon Gubernur`)
    if (NOT_HOLDER.test(before)) continue;
    const person = recent.office(title.role, mi.m.entity);
    if (person === undefined) continue;
    push(person, title.role);
  }
  titledHoldersOfReferredBody(v, recent, out);
  possessiveTitles(v, recent, out);
}

/** English nouns of a body found by its name (`the bank's president` for the Asian Development Bank). */
const NAMED_BODY_NOUNS = /^(bank|ministry|commission|council|federation|association|university|foundation|institute|fund|corporation|authority|board|police)$/;

/**
 * `the bloc's foreign policy chief Kaja Kallas`, `Rafael Grossi, the agency's director general,`,
 * `its former prime minister Sheikh Hasina`: a title owned by a body or country pointed back to
 * (English), before or after the person's name, is an office in that body or country.
 */
function possessiveTitles(v: SentenceView, recent: RecentEntities, out: Draft[]): void {
  const { tokens, s } = v;
  if (v.lang !== 'en') return;
  for (let p = s.tokenStart; p < s.tokenEnd - 2; p++) {
    const t = tokens[p]!;
    if (t.text.length > 5) continue;
    const its = t.norm === 'its' || t.norm === 'their';
    if (!its && !(/^['’]s$/.test(t.text) && tokens[p - 2]?.norm === 'the')) continue;
    // the owner: the country or body of the kind the noun names, last named; `its`: the main subject
    let owner: number | undefined;
    let at = p - 1;
    if (its) {
      at = p;
      // (`Its director-general, X, …` opening the sentence: the previous sentence's actor)
      const main = p === s.tokenStart ? recent.previousActor(v.s.index) : mainSubject(v, p);
      const e = main?.length === 1 ? recent.entities[main[0]!.entity]! : undefined;
      // (only when no other body or country stands between: `banned its former leader` after `the
      // Move Forward Party` may be the party's)
      const between = v.mentions.some((mi) => !mi.m.part && main !== undefined && mi.m.start > main[0]!.span.start && mi.m.tokenEnd <= p && mi.m.entity !== main[0]!.entity && /^(COUNTRY|ORGANIZATION)$/.test(recent.entities[mi.m.entity]!.type));
      if (e && !between && (e.type === 'COUNTRY' || e.type === 'ORGANIZATION')) owner = main![0]!.entity;
    } else {
      const noun = tokens[p - 1]!.norm;
      if (noun === 'country' || noun === 'nation') owner = (mainSubject(v, p)?.find((x) => recent.entities[x.entity]!.type === 'COUNTRY') ?? recent.last(1, 'COUNTRY', p - 2)?.[0])?.entity;
      else {
        const kinds = ORG_NOUNS.get(noun);
        const named = NAMED_BODY_NOUNS.test(noun);
        if (kinds === undefined && !named) continue;
        // (this sentence first: office references are read before its events make it the current one)
        // (a body of the kind the noun names, or whose name has the noun, before any other: `Indonesia's
        // Labour Party has sued the Manpower Ministry …, the party's president Said Iqbal`, `the bank's
        // president` after the Asian Development Bank)
        const nounIn = new RegExp(`\\b${noun}\\b`, 'i');
        for (let m = v.mentions.length - 1; m >= 0 && owner === undefined; m--) {
          const mi = v.mentions[m]!;
          const kind = recent.kinds[mi.m.entity];
          if (!mi.m.part && mi.m.tokenEnd <= p - 2 && recent.entities[mi.m.entity]!.type === 'ORGANIZATION' && kind !== 'media' && ((kinds?.size && kind !== undefined && kinds.has(kind)) || nounIn.test(recent.entities[mi.m.entity]!.name))) owner = mi.m.entity;
        }
        if (kinds !== undefined) {
          for (let m = v.mentions.length - 1; m >= 0 && owner === undefined; m--) {
            const mi = v.mentions[m]!;
            const kind = recent.kinds[mi.m.entity];
            if (!mi.m.part && mi.m.tokenEnd <= p - 2 && recent.entities[mi.m.entity]!.type === 'ORGANIZATION' && kind !== 'media' && (!kinds.size || (kind !== undefined && kinds.has(kind)) || (kind === undefined && !recent.entities[mi.m.entity]!.known))) owner = mi.m.entity;
          }
          owner ??= recent.lastOrganization(p - 2, s.index, kinds.size ? kinds : undefined, undefined, 2)?.[0]?.entity;
        }
      }
    }
    if (owner === undefined) continue;
    // the title, maybe former, maybe after an adjective (`the group's military spokesman`)
    let k = p + 1;
    const former = FORMER.has(tokens[k]?.norm ?? '');
    if (former) k++;
    let title = titleStartingAt(tokens, k, s.tokenEnd);
    if (!title && /^(military|top|senior|chief|official|acting|new)$/.test(tokens[k]?.norm ?? '')) title = titleStartingAt(tokens, ++k, s.tokenEnd);
    if (!title) continue;
    const role = former ? 'former ' + title.role : title.role;
    // the person after it (`… chief Kaja Kallas`), or before `, the …'s …` (`Rafael Grossi, the agency's director general`)
    const after = v.at.get(tokens[title.end]?.text === ',' ? title.end + 1 : title.end);
    const before = !its && tokens[p - 3]?.text === ',' ? v.endAt.get(p - 3) : undefined;
    const person = after && after.person && !after.m.part ? after : before && before.person && !before.m.part ? before : undefined;
    if (!person || person.m.entity === owner) continue;
    const trig = tokens[at]!;
    out.push({ type: 'holds_role', subject: person.m.entity, object: owner, role, sentence: s.index, trigger: tokens[k]!, subjectSpan: person.m, objectSpan: { start: trig.start, end: trig.end } });
  }
}

/**
 * `Direktur perusahaan itu, Hendra Lubis, …`, `Ketua partai tersebut Budi …`: a title of a body
 * pointed back to by its kind, then a person, holds the office in the body of that kind last named.
 */
function titledHoldersOfReferredBody(v: SentenceView, recent: RecentEntities, out: Draft[]): void {
  const { tokens, s } = v;
  if (v.lang !== 'id') return;
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 2; k++) {
    // (the demonstrative first: a cheap test on every word)
    const dem = tokens[k + 1]!.norm;
    if (dem !== 'itu' && dem !== 'tersebut') continue;
    const kinds = ORG_NOUNS.get(tokens[k]!.norm);
    if (kinds === undefined) continue;
    const title = titleEndingAt(tokens, k, s.tokenStart);
    if (!title) continue;
    const before = tokens[title.start - 1]?.norm ?? '';
    // (a former office is still given, as stated: `mantan direktur perusahaan itu`)
    const former = FORMER.has(before);
    if (NOT_HOLDER.test(before) && !former) continue;
    const j = tokens[k + 2]?.text === ',' ? k + 3 : k + 2;
    const mi = v.at.get(j);
    if (!mi || mi.m.part || recent.entities[mi.m.entity]!.type !== 'PERSON') continue;
    // (the body may lie two sentences back: a title of it is no passing mention)
    const org = recent.lastOrganization(title.start, s.index, kinds.size ? kinds : undefined, undefined, 2);
    if (!org) continue;
    const t = tokens[title.start]!;
    out.push({ type: 'holds_role', subject: mi.m.entity, object: org[0]!.entity, role: former ? 'former ' + title.role : title.role, sentence: s.index, trigger: t, subjectSpan: mi.m, objectSpan: { start: t.start, end: tokens[k + 1]!.end } });
  }
}

const DEMONSTRATIVE = new Set(['itu', 'tersebut']);
const GROUP_WORD = /^(para|kedua|ketiga|keempat|kelima|dua|tiga|empat|lima|beberapa|sejumlah|seluruh|semua|banyak|sebagian|kalangan)$/;
/** Verbs before `sebagai` that state an office held (`menjabat sebagai`, `bertugas sebagai`). */
const HOLDING = /^(menjabat|bertugas|bekerja|adalah|merupakan|diangkat|dilantik|ditunjuk)$/;

const chargeRowCache: Partial<Record<'id' | 'en', PredicateEntry | null>> = {};
/**
 * `Polisi Turki menahan X atas tuduhan korupsi`, `AS menjatuhkan sanksi kepada X dengan tuduhan …`:
 * a detention, sentence or sanction for a stated charge also accuses the one acted on, by the same
 * side (ACCUSE/112). Drafts from index `first` on are this sentence's events.
 */
export function chargesStated(v: SentenceView, out: Draft[], first: number): void {
  const { tokens } = v;
  const en = v.lang === 'en';
  const n = out.length;
  for (let k = first; k < n; k++) {
    const d = out[k]!;
    if (d.negated || !d.row || !(d.type === 'SANCTION' || (d.type === 'COERCE' && /^17/.test(d.row.cameo)))) continue;
    // the charge after the act, in its clause: `atas tuduhan`, `dengan tuduhan`, `atas dakwaan`
    let j = tokenAfter(v, d.trigger.end);
    let charged = -1;
    for (const end = Math.min(v.s.tokenEnd - 1, j + 24); j < end; j++) {
      const t = tokens[j]!;
      if (en) {
        // `detained on charges of treason` (a suspicion is no charge: `arrested on suspicion of spying`)
        if (t.text === ';' || /^(but|while|whereas|said|says|after|before|when)$/.test(t.norm)) break;
        if (t.norm === 'on' && (/^(charges?|accusations?)$/.test(tokens[j + 1]!.norm)) && /^(of|that)$/.test(tokens[j + 2]?.norm ?? '')) { charged = j + 1; break; }
        continue;
      }
      if (t.text === ';' || /^(namun|tetapi|sedangkan|sementara|karena|kata|ujar)$/.test(t.norm)) break;
      if ((t.norm === 'atas' || t.norm === 'dengan') && /^(tuduhan|dakwaan|sangkaan)$/.test(tokens[j + 1]!.norm)) { charged = j + 1; break; }
    }
    // (an accusation the sentence already has: its events are the drafts from `first` on)
    let has = false;
    for (let q = first; q < out.length && !has; q++) { const x = out[q]!; has = x.type === 'ACCUSE' && x.subject === d.subject && x.object === d.object; }
    if (charged < 0 || has) continue;
    const lang = en ? 'en' : 'id';
    if (chargeRowCache[lang] === undefined) chargeRowCache[lang] = predicateLexicon().byFirst.get(en ? 'accused' : 'menuduh')?.find((h) => h.row.type === 'ACCUSE' && h.row.lang === lang)?.row ?? null;
    const row = chargeRowCache[lang];
    if (!row) return;
    out.push({ ...d, type: 'ACCUSE', row, theme: undefined, trigger: { start: tokens[charged]!.start, end: tokens[charged]!.end } });
  }
}

/** A lower-case noun phrase no one is named in right after the act (past `against`/`melawan`): its object is unnamed. */
function unnamedObject(v: SentenceView, i: number): boolean {
  const { tokens } = v;
  if (/^(against|melawan|terhadap)$/.test(tokens[i]?.norm ?? '')) i++;
  if (/^(the|a|an)$/.test(tokens[i]?.norm ?? '')) i++;
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && lowerStart(t.text) && !v.cover.has(i) && !PREPOSITIONS[v.lang].has(t.norm) && !/^(along|again|fiercely|heavily|late|overnight|near|each|one|with|between|dengan|antara|satu|sama|over|for|in|on|at|di|untuk|to|back|alongside|together|bersama)$/.test(t.norm) && !(v.lang === 'id' && isIdVerb(t));
}

/** Nouns of an economy or a trade, which a policy may hit or press (`memukul ekspor`, `menekan harga`). */
const ECONOMY_NOUNS = /^(ekspor|impor|ekonomi|perekonomian|industri|pasar|harga|daya|sektor|bisnis|usaha|saham|rupiah|nilai|kinerja|pendapatan|penjualan|produksi|perdagangan|petani|nelayan|umkm|inflasi|biaya|angka|laju|defisit|pertumbuhan)$/;

/** Drugs named within the few words after a trade verb (`importing 200 kilograms of methamphetamine`). */
function drugsAfter(tokens: Token[], i: number, to: number): boolean {
  for (let k = i; k < Math.min(to, i + 6); k++) if (/^(methamphetamine|meth|cocaine|heroin|narcotics|drugs|ecstasy|sabu|sabu-sabu|narkoba|narkotika|kokain|ganja|ekstasi)$/.test(tokens[k]!.norm)) return true;
  return false;
}
