/** A relation being built: entity indices and spans, before ids and labels are filled in. */
import type { Modality } from '../types.js';
import type { PredicateEntry } from './lexicon.js';

export interface Span {
  start: number;
  end: number;
}

export interface Draft {
  type: string;
  /** indices into the result's entities */
  subject: number;
  object: number;
  sentence: number;
  trigger: Span;
  subjectSpan: Span;
  objectSpan: Span;
  role?: string;
  since?: string;
  row?: PredicateEntry;
  theme?: string;
  negated?: boolean;
  modality?: Modality;
  time?: string;
  /** the place an attack landed on, when `object` has become the country it lies in */
  location?: number;
  attributedTo?: number;
}
