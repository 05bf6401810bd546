/** The predicate lexicon at run time (compiled by the build step from data/predicates/). */
export interface PredicateEntry {
  lang: 'id' | 'en';
  type: string;
  cameo: string;
  stem: string;
  predicate: string;
  target: string[];
  theme: boolean;
  needs: string[];
  symmetric: boolean;
  source: string;
}

export interface CompiledPredicates {
  version: 1;
  rows: PredicateEntry[];
  /** [surface form (folded, may contain spaces), row index, voice] */
  forms: Array<[string, number, 'active' | 'passive' | 'intransitive' | 'nominal' | 'base']>;
}
