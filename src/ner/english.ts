/**
 * English sentences (captions, English articles): names compromise finds (people, places,
 * organizations) that neither the tagger (trained on Indonesian news) nor the gazetteer took.
 * compromise is loaded on the first English sentence only.
 */
import { createRequire } from 'node:module';
import type { Token } from '../types.js';
import type { TaggedSpan } from './tagger.js';

interface CompromiseDoc {
  people(): { json(o: { offset: boolean }): Array<{ offset: { start: number; length: number } }> };
  places(): CompromiseDoc['people'] extends () => infer R ? R : never;
  organizations(): CompromiseDoc['people'] extends () => infer R ? R : never;
}
type Nlp = (text: string) => CompromiseDoc;

let nlp: Nlp | undefined;
const MAX_TOKENS = 150;
/** an English name opens with a capital or a digit */
const NAME_OPENING = /^[\p{Lu}\p{N}]/u;

function load(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const mod = require('compromise') as Nlp | { default: Nlp };
    nlp = typeof mod === 'function' ? mod : mod.default;
  }
  return nlp;
}

/** Spans (token indices) of tokens[from..to) that compromise names, with their CoNLL type. */
export function englishNames(text: string, tokens: Token[], from: number, to: number): TaggedSpan[] {
  // compromise slows down more than linearly on very long sentences: a news sentence is short
  if (to <= from || to - from > MAX_TOKENS) return [];
  const base = tokens[from]!.start;
  const sentence = text.slice(base, tokens[to - 1]!.end);
  const doc = load()(sentence);
  const out: TaggedSpan[] = [];
  const add = (list: Array<{ offset: { start: number; length: number } }>, type: TaggedSpan['type']) => {
    for (const m of list) {
      const a = base + m.offset.start;
      const b = a + m.offset.length;
      let s = from;
      while (s < to && tokens[s]!.start < a) s++;
      let e = s;
      while (e < to && tokens[e]!.end <= b) e++;
      // trim punctuation compromise includes (`Putin,`)
      while (e > s && tokens[e - 1]!.kind === 'punct') e--;
      // an English name opens with a capital or a digit: compromise also names lower-case words
      // of a misjudged sentence (`yang`, `surat`)
      if (e > s && tokens[s]!.start === a && NAME_OPENING.test(tokens[s]!.text)) out.push({ start: s, end: e, type });
    }
  };
  add(doc.people().json({ offset: true }), 'PER');
  add(doc.organizations().json({ offset: true }), 'ORG');
  add(doc.places().json({ offset: true }), 'LOC');
  return out;
}
