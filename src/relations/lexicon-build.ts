/**
 * Build-time side of the predicate lexicon: read `data/predicates/*.tsv`, check every row, and
 * expand stems into surface forms (Indonesian by affixation rules, English by compromise's
 * conjugation). Run by scripts/build-data.ts; never on the hot path.
 */
import { PATTERNS, inflect, patternVoice, type Pattern } from '../morph/affix.js';
import { parseTsv, splitList, tsvError } from '../util/tsv.js';

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ID_SLOTS = ['obj', 'ke', 'kepada', 'dengan', 'terhadap', 'atas', 'dari', 'untuk', 'pada', 'bagi', 'antara', 'melawan', 'oleh', 'di', 'bersama'];
export const EN_SLOTS = ['obj', 'to', 'with', 'against', 'on', 'from', 'for', 'at', 'into', 'by', 'between', 'in', 'near', 'along', 'around', 'of', 'over'];
const EN_PATTERNS = ['base', 's', 'ed', 'ing'];

export interface PredicateRow {
  file: string;
  line: number;
  lang: 'id' | 'en';
  type: EventType;
  cameo: string;
  stem: string;
  patterns: string[];
  predicate: string;
  target: string[];
  theme: boolean;
  needs: string[];
  symmetric: boolean;
}

const COLUMNS = ['type', 'cameo', 'stem', 'patterns', 'predicate', 'target', 'theme', 'needs', 'symmetric', 'note'];

export function readPredicateTsv(text: string, file: string): PredicateRow[] {
  const lang: 'id' | 'en' = /(^|\/)en\.tsv$/.test(file) ? 'en' : 'id';
  return parseTsv(text, file, COLUMNS, ['type', 'cameo', 'stem', 'patterns', 'predicate', 'target']).map(({ line, cells }) => {
    const type = cells.type as EventType;
    if (!EVENT_TYPES.includes(type)) throw tsvError(file, line, 'type', `unknown event type "${cells.type}"; one of ${EVENT_TYPES.join(' ')}`);
    if (!/^\d{2,4}$/.test(cells.cameo!)) throw tsvError(file, line, 'cameo', `CAMEO code must be 2–4 digits, got "${cells.cameo}"`);
    const patterns = splitList(cells.patterns);
    const allowed: readonly string[] = lang === 'id' ? PATTERNS : EN_PATTERNS;
    for (const p of patterns) if (!p.startsWith('=') && !allowed.includes(p)) throw tsvError(file, line, 'patterns', `unknown pattern "${p}"; use ${allowed.join(' ')} or =form`);
    const target = splitList(cells.target);
    const slots = lang === 'id' ? ID_SLOTS : EN_SLOTS;
    for (const t of target) if (!slots.includes(t)) throw tsvError(file, line, 'target', `unknown slot "${t}"; use ${slots.join(' ')}`);
    if (cells.theme && cells.theme !== 'obj') throw tsvError(file, line, 'theme', 'theme is "obj" or empty');
    if (cells.symmetric && cells.symmetric !== 'yes') throw tsvError(file, line, 'symmetric', 'symmetric is "yes" or empty');
    return {
      file, line, lang, type, cameo: cells.cameo!, stem: cells.stem!.toLowerCase(), patterns,
      predicate: cells.predicate!, target, theme: cells.theme === 'obj', needs: splitList(cells.needs).map((s) => s.toLowerCase()),
      symmetric: cells.symmetric === 'yes',
    };
  });
}

let conjugate: ((verb: string) => Record<string, string>) | undefined;

async function loadCompromise(): Promise<void> {
  if (conjugate) return;
  const mod = await import('compromise');
  const nlp = (mod.default ?? mod) as unknown as (s: string) => { verbs(): { conjugate(): Array<Record<string, string>> } };
  conjugate = (v) => nlp(v).verbs().conjugate()[0] ?? {};
}

/** English surface forms by compromise's conjugation (call `prepareEnglish()` first). */
function englishForms(stem: string, pattern: string): string[] {
  const words = stem.split(' ');
  const head = words[0]!;
  const rest = words.slice(1).join(' ');
  const c = conjugate ? conjugate(head) : {};
  const pick: Record<string, string | undefined> = { base: c.Infinitive ?? head, s: c.PresentTense, ed: c.PastTense, ing: c.Gerund };
  const out = new Set<string>();
  const f = pick[pattern];
  if (f) out.add(rest ? `${f} ${rest}` : f);
  if (pattern === 'ed' && c.Participle) out.add(rest ? `${c.Participle} ${rest}` : c.Participle);
  return [...out];
}

export async function prepareEnglish(): Promise<void> {
  await loadCompromise();
}

export interface ExpandedForm {
  form: string;
  voice: 'active' | 'passive' | 'intransitive' | 'nominal' | 'base';
}

/** Every surface form of a row with its voice. */
export function expandPredicateRowVoiced(r: PredicateRow): ExpandedForm[] {
  const out = new Map<string, ExpandedForm['voice']>();
  for (const p of r.patterns) {
    if (p.startsWith('=')) {
      const form = p.slice(1).toLowerCase();
      out.set(form, guessVoice(form, r.lang));
    } else if (r.lang === 'id') {
      const form = inflect(r.stem, p as Pattern);
      out.set(form, p === 'base' ? 'base' : patternVoice(p as Pattern));
    } else {
      for (const form of englishForms(r.stem, p)) out.set(form, p === 'ed' ? 'active' : p === 'ing' ? 'nominal' : 'active');
    }
  }
  return [...out].map(([form, voice]) => ({ form, voice }));
}

export function expandPredicateRow(r: PredicateRow): string[] {
  return expandPredicateRowVoiced(r).map((f) => f.form);
}

/** Voice of an explicit Indonesian form from its affixes. */
export function guessVoice(form: string, lang: 'id' | 'en'): ExpandedForm['voice'] {
  if (lang === 'en') return 'active';
  const w = form.split(' ')[0]!;
  if (/^di(per)?/.test(w) && w.length > 4) return 'passive';
  if (/^me/.test(w)) return 'active';
  if (/^(pe|per|ke).*an$/.test(w) || /an$/.test(w)) return 'nominal';
  if (/^(ber|be)/.test(w)) return 'intransitive';
  return 'base';
}
