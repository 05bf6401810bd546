/** The predicate lexicon at run time (compiled by the build step from data/predicates/). */
import { readData } from '../data-path.js';
import { inflect } from '../morph/affix.js';

/**
 * The form a headline writes for an Indonesian active form (`menggempur` → gempur, `menemui` → temui,
 * `menjatuhkan` → jatuhkan, `memperkuat` → perkuat): the prefix dropped; undefined when the form has
 * no meN- or memper- of the row's stem (its first word, for a phrase).
 */
function headlineForm(rowStem: string, first: string): string | undefined {
  const sp = rowStem.indexOf(' ');
  const stem = sp < 0 ? rowStem : rowStem.slice(0, sp);
  if (first.startsWith('memper' + stem)) return first.slice(3);
  const nasal = inflect(stem, 'meN');
  return first.startsWith(nasal) && /^(|kan|i)$/.test(first.slice(nasal.length)) ? stem + first.slice(nasal.length) : undefined;
}

function addHit(map: Map<string, FormHit[]>, key: string, hit: FormHit): void {
  const list = map.get(key);
  if (list) list.push(hit);
  else map.set(key, [hit]);
}

/** Longer forms first; among equals, rows that need a theme word before rows that do not. */
function longerThenNeeds(a: FormHit, b: FormHit): number {
  return b.rest.length - a.rest.length || (b.row.needs.length ? 1 : 0) - (a.row.needs.length ? 1 : 0);
}

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
  const byHeadline = new Map<string, FormHit[]>();
  for (const [form, row, voice] of c.forms) {
    const words = form.split(' ');
    const first = words[0]!;
    const hit: FormHit = { rest: words.slice(1), row: c.rows[row]!, voice };
    addHit(byFirst, first, hit);
    if (voice === 'active' && hit.row.lang === 'id') {
      const bare = headlineForm(hit.row.stem, first);
      if (bare !== undefined) addHit(byHeadline, bare, hit);
    }
  }
  for (const list of byFirst.values()) list.sort(longerThenNeeds);
  for (const list of byHeadline.values()) list.sort(longerThenNeeds);
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
  lex = { byFirst, byStem, themes, byHeadline };
  return lex;
}
