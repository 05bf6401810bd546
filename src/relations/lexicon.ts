/** The predicate lexicon at run time (compiled by the build step from data/predicates/). */
import { readData } from '../data-path.js';

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
  lex = { byFirst, byStem, themes };
  return lex;
}
