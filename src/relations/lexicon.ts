/** The predicate lexicon at run time (compiled by the build step from data/predicates/). */
import { readData } from '../data-path.js';
import { inflect, type Pattern } from '../morph/affix.js';

/** Active patterns and the form a headline writes for each (the prefix dropped). */
const HEADLINE_FORMS: Array<[Pattern, (stem: string) => string]> = [
  ['meN', (s) => s],
  ['meN-kan', (s) => s + 'kan'],
  ['meN-i', (s) => (s.endsWith('i') ? s : s + 'i')],
  ['memper', (s) => 'per' + s],
  ['memper-kan', (s) => 'per' + s + 'kan'],
  ['memper-i', (s) => 'per' + s + (s.endsWith('i') ? '' : 'i')],
];

export interface PredicateEntry {
  lang: 'id' | 'en';
  type: string;
  cameo: string;
  stem: string;
  predicate: string;
  /** the predicate in the infinitive (`supply`, `speak by phone with`), for negated and intended events */
  base: string;
  target: string[];
  theme: boolean;
  needs: string[];
  symmetric: boolean;
  source: string;
}

export type Voice = 'active' | 'passive' | 'intransitive' | 'nominal' | 'base';

export interface CompiledPredicates {
  version: 1;
  rows: PredicateEntry[];
  /** [surface form (folded, may contain spaces), row index, voice] */
  forms: Array<[string, number, Voice]>;
  /** [folded Indonesian theme phrase, English] */
  themes: Array<[string, string]>;
}

export interface FormHit {
  /** words of the form after the first */
  rest: string[];
  row: PredicateEntry;
  voice: Voice;
}

export interface PredicateLexicon {
  /** first word of a form → candidate rows (rows with `needs` first, then file order) */
  byFirst: Map<string, FormHit[]>;
  /** Indonesian one-word stem → its active rows (`tahan` → menahan's), for object relatives with
   * a pronoun agent, where the bare stem is the verb: `WNI yang mereka sandera` */
  byStem: Map<string, FormHit[]>;
  /** theme phrases by first word, longest first */
  themes: Map<string, Array<[string[], string]>>;
  /**
   * Indonesian active forms as headlines write them, without meN- (`Gempur` for menggempur,
   * `Temui` for menemui, `Tetapkan` for menetapkan, `Perkuat` for memperkuat) → their rows; read
   * only in headlines and title-case sentences, where the bare stem is the verb.
   */
  byHeadline: Map<string, FormHit[]>;
}

let lex: PredicateLexicon | undefined;

export function predicateLexicon(): PredicateLexicon {
  if (lex) return lex;
  const c = JSON.parse(readData('compiled/predicates.json')) as CompiledPredicates;
  const byFirst = new Map<string, FormHit[]>();
  for (const [form, row, voice] of c.forms) {
    const words = form.split(' ');
    const first = words[0]!;
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push({ rest: words.slice(1), row: c.rows[row]!, voice });
  }
  // longer forms first; among equals, rows that need a theme word before rows that do not
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.rest.length - a.rest.length || (b.row.needs.length ? 1 : 0) - (a.row.needs.length ? 1 : 0));
  }
  const themes = new Map<string, Array<[string[], string]>>();
  for (const [phrase, english] of c.themes) {
    const words = phrase.split(' ');
    if (!themes.has(words[0]!)) themes.set(words[0]!, []);
    themes.get(words[0]!)!.push([words.slice(1), english]);
  }
  for (const list of themes.values()) list.sort((a, b) => b[0].length - a[0].length);
  const byStem = new Map<string, FormHit[]>();
  const seen = new Set<PredicateEntry>();
  for (const [, row, voice] of c.forms) {
    const r = c.rows[row]!;
    if (voice !== 'active' || r.lang !== 'id' || r.stem.includes(' ') || seen.has(r)) continue;
    seen.add(r);
    if (!byStem.has(r.stem)) byStem.set(r.stem, []);
    byStem.get(r.stem)!.push({ rest: [], row: r, voice: 'active' });
  }
  for (const list of byStem.values()) list.sort((a, b) => (b.row.needs.length ? 1 : 0) - (a.row.needs.length ? 1 : 0));
  const byHeadline = new Map<string, FormHit[]>();
  for (const [form, row, voice] of c.forms) {
    const r = c.rows[row]!;
    if (voice !== 'active' || r.lang !== 'id') continue;
    const sp = r.stem.indexOf(' ');
    const stem = sp < 0 ? r.stem : r.stem.slice(0, sp);
    const first = form.split(' ')[0]!;
    let bare: string | undefined;
    for (const [p, out] of HEADLINE_FORMS) if (inflect(stem, p) === first) { bare = out(stem); break; }
    if (bare === undefined || bare === first) continue;
    const words = form.split(' ');
    if (!byHeadline.has(bare)) byHeadline.set(bare, []);
    byHeadline.get(bare)!.push({ rest: words.slice(1), row: r, voice: 'active' });
  }
  for (const list of byHeadline.values()) {
    list.sort((a, b) => b.rest.length - a.rest.length || (b.row.needs.length ? 1 : 0) - (a.row.needs.length ? 1 : 0));
  }
  lex = { byFirst, byStem, themes, byHeadline };
  return lex;
}
