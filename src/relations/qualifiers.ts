/**
 * Qualifiers of an event: negation (`tidak bisa disalahkan` is no ACCUSE), modality (`akan`,
 * `ingin`, `berencana` → intended; `dikhawatirkan`, `diduga` → possible; reported speech →
 * reported), attribution (`jelas Kremlin`, `menurut Y`, `seperti dilansir AFP`) and time (the
 * sentence's resolved date nearest the predicate: `pada Minggu (2/1)` → 2022-01-02).
 */
import { FIRST_PERSON, type SentenceView } from './clause.js';
import type { Draft } from './draft.js';

const NEGATION = new Set([
  'tidak', 'tak', 'bukan', 'belum', 'tanpa', 'enggan', 'batal', 'gagal', 'menolak', 'not', "n't", 'never', 'no', 'refused', 'refuses', 'declined', 'declines',
  // support or cooperation taken back: `mencabut dukungannya untuk X`, `withdrew its support for X`
  'mencabut', 'menarik', 'withdrew', 'withdraws', 'withdrawn', 'revoked',
]);
const INTENDED = new Set([
  'akan', 'bakal', 'hendak', 'ingin', 'berencana', 'berniat', 'siap', 'mau', 'bertekad', 'will', 'would', 'plans', 'planned', 'intends', 'wants', 'ready',
  // a commitment to act is not the act: `sepakat untuk mengirim`, `berjanji akan membantu`, `agreed to supply`
  'sepakat', 'setuju', 'berjanji', 'berkomitmen', 'bersedia', 'agreed', 'agrees', 'promised', 'pledged', 'vowed', 'offered',
  // scheduled or sought, not yet done: `is expected to meet`, `is due to visit`, `dijadwalkan bertemu`, `moved to ban`
  'expected', 'due', 'scheduled', 'set', 'seeks', 'sought', 'aims', 'moved', 'dijadwalkan', 'direncanakan', 'rencananya',
  // an act named after a plan or a proposal: `rencana pengiriman pasukan`, `a proposed deployment`
  'rencana', 'usulan', 'wacana', 'plan', 'proposal', 'proposed',
]);
/** Nouns of a thing filed with a court or body, and the verbs that reject it (no negation of the filing). */
const FILINGS = /^(gugatan|praperadilan|permohonan|banding|kasasi|laporan|aduan|pengaduan|petisi|lawsuit|suit|appeal|petition|complaint|motion)$/;
const REJECTING = /^(menolak|refused|refuses|declined|declines)$/;
const CONDITION = new Set(['jika', 'apabila', 'bila', 'kalau', 'seandainya', 'andaikan', 'if', 'unless']);
const POSSIBLE = new Set(['dikhawatirkan', 'diduga', 'disinyalir', 'diperkirakan', 'kemungkinan', 'mungkin', 'berpotensi', 'terancam', 'may', 'might', 'could', 'possibly', 'reportedly', 'allegedly', 'suspected']);
/** Words that may stand between a qualifier and the predicate (`tidak bisa disalahkan`). */
const BETWEEN = new Set(['bisa', 'dapat', 'boleh', 'mampu', 'akan', 'bakal', 'lagi', 'pernah', 'juga', 'sama', 'sekali', 'segera', 'langsung', 'untuk', 'kembali', 'ikut', 'turut', 'join', 'joining', 'be', 'to', 'have', 'been', 'also', 'yet', 'return', 'resume', 'the',
  // a light verb before a noun of the act: `will set up a joint venture`, `plans to hold joint drills`
  'a', 'an', 'up', 'form', 'establish', 'hold', 'launch', 'conduct', 'stage', 'membentuk', 'menggelar', 'mengadakan',
  // a verb of receiving before the act received: `belum menerima bantuan dari Jerman`, `has not received aid`
  'menerima', 'mendapat', 'mendapatkan', 'memperoleh', 'receive', 'received', 'receiving', 'get', 'got', 'obtain', 'obtained',
  // a verb of filing before the suit filed: `tidak mengajukan gugatan`, `did not file a lawsuit`
  'mengajukan', 'melayangkan', 'file', 'filed', 'lodge', 'lodged',
  // (and a kind of the act received: `had not received any formal request from Jakarta`)
  'has', 'had', 'any', 'formal', 'official', 'written', 'resmi', 'tertulis',
  // (and of talks not resumed or held: `would not resume nuclear talks with Washington`)
  'nuclear', 'peace', 'trade', 'direct', 'indirect', 'bilateral', 'further', 'new']);

/** Verbs of guaranteeing right before a noun of an act (`menjamin penarikan`, `ensure the withdrawal`). */
const GUARANTEE = /^(menjamin|dijamin|memastikan|guarantee|guarantees|guaranteed|ensure|ensures|ensured)$/;

/** Words of leaving right before `dari`/`from`/`of` (`menarik diri`, `keluar`, `pulled out`). */
const EXIT = /^(keluar|mundur|hengkang|withdrew|withdraws|withdraw|withdrawn|exited|exits|quit|quits)$/;

/** `menarik diri dari (rencana)`, `keluar dari`, `pulled out of (the planned)` right before token i. */
function exitedFrom(tokens: SentenceView['tokens'], i: number, from: number): boolean {
  let p = i - 1;
  while (p > from && /^(rencana|planned|proposed|the|a|an|its|their|his|her|sebuah)$/.test(tokens[p]!.norm)) p--;
  if (!/^(dari|from|of)$/.test(tokens[p]?.norm ?? '') || p - 1 < from) return false;
  const a = tokens[p - 1]!.norm;
  const b = tokens[p - 2]?.norm ?? '';
  return EXIT.test(a) || (a === 'diri' && /^(menarik|mengundurkan)$/.test(b)) || (a === 'out' && /^(pulled|pulls|pull|pulling|backed|backs|opted|opts)$/.test(b));
}

export function qualify(d: Draft, v: SentenceView, trigger: number): void {
  const { tokens } = v;
  const from = v.s.tokenStart;
  let negated = false;
  let modality: Draft['modality'] = 'asserted';
  // (a suit, motion or appeal rejected was filed: `menolak gugatan praperadilan X`, `rejected the appeal`)
  const filing = FILINGS.test(tokens[trigger]!.norm);
  for (let p = trigger - 1, seen = 0; p >= from && seen < 5; p--, seen++) {
    const n = tokens[p]!.norm;
    if (NEGATION.has(n) && !(filing && REJECTING.test(n))) negated = true;
    // `failed to agree on a ceasefire` (`gagal mencapai kesepakatan`: NEGATION): the act did not come
    // about (not `a failed coup`, whose attempt was made)
    else if (/^(failed|fails|fail)$/.test(n) && tokens[p + 1]?.norm === 'to') negated = true;
    else if (INTENDED.has(n)) modality = modality === 'asserted' ? 'intended' : modality;
    else if (POSSIBLE.has(n)) modality = 'possible';
    else if (!BETWEEN.has(n)) break;
  }
  // a verdict of innocence is no finding of guilt: `found Yoon not guilty`, `menyatakan X tidak terbukti
  // bersalah` (the rows of CAMEO 116 that need `guilty`/`bersalah` after the verb)
  if (d.row?.cameo === '116' && d.row.needs.length) {
    for (let p = trigger + 1; p < Math.min(v.s.tokenEnd, trigger + 10); p++) {
      if (!/^(guilty|bersalah|liable|culpable)$/.test(tokens[p]!.norm)) continue;
      const a = tokens[p - 1]!.norm;
      if (NEGATION.has(a) || ((a === 'terbukti' || a === 'proven') && NEGATION.has(tokens[p - 2]!.norm))) negated = true;
      break;
    }
  }
  // an act a plan or a deal only guarantees has not happened: `proposal … karena tidak menjamin
  // penarikan pasukan Israel dari Gaza`, `a deal that would ensure the withdrawal of troops`
  if (GUARANTEE.test(tokens[trigger - 1]?.norm ?? '') && trigger - 1 > from) {
    const before = tokens[trigger - 2]!.norm;
    if (NEGATION.has(before)) negated = true;
    else if (modality === 'asserted') modality = 'possible';
  }
  // an act one pulls out of is not done: `menarik diri dari rencana kerja sama dengan X`, `keluar dari
  // perjanjian`, `pulled out of a planned joint venture`
  if (exitedFrom(tokens, trigger, from)) negated = true;
  // `has not ruled out a military strike`, `tidak menutup kemungkinan serangan`: a possibility, and
  // the negation is the ruling out's
  for (let p = trigger - 1; p > Math.max(from, trigger - 6); p--) {
    if (tokens[p]!.norm === 'out' && /^(rule|rules|ruled|ruling)$/.test(tokens[p - 1]!.norm)) { modality = 'possible'; negated = false; break; }
  }
  // a worry or suspicion further back governs the clause (`yang dikhawatirkan Rusia akan digunakan`)
  for (let p = trigger - 1; p >= Math.max(from, trigger - 8); p--) if (POSSIBLE.has(tokens[p]!.norm)) modality = 'possible';
  // an act in a condition is only possible (`jika Amerika Serikat menyerang Iran`, `if attacked by X`),
  // up to the comma that ends the condition
  for (let p = trigger - 1; p >= Math.max(from, trigger - 6); p--) {
    const n = tokens[p]!.norm;
    if (n === ',' || n === ';') break;
    if (CONDITION.has(n)) { modality = 'possible'; break; }
  }
  if (modality === 'asserted' && v.reported) modality = 'reported';
  // (the speaker's own act in the first person is asserted: `"Kami mengecam …," kata X`)
  if (modality === 'asserted' && v.speech && v.source !== undefined && !ownWords(v, d)) modality = 'reported';
  d.negated = negated;
  d.modality = modality;
  if (v.source !== undefined && v.source !== d.subject) d.attributedTo = v.source;
  // time: the nearest full date in the sentence
  let best: { start: number; value: string } | undefined;
  const at = tokens[trigger]!.start;
  for (const x of v.dates) if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  if (best) d.time = best.value;
}

/** The relation's subject is the speaker in the first person (`kami`, `saya`, `we`, `I`) or the source itself. */
function ownWords(v: SentenceView, d: Draft): boolean {
  if (d.subject === v.source) return true;
  const sp = d.subjectSpan;
  if (!sp) return false;
  return FIRST_PERSON.has(v.s.text.slice(sp.start - v.s.start, sp.end - v.s.start).toLowerCase());
}
