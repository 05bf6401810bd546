/**
 * `tagTokens`: IOB2 tags for pre-tokenized text, so warta can be scored on any CoNLL dataset.
 * It runs the same recognizer as extract() (gazetteer, tagger, merge), on the given tokens.
 */
import { WartaError } from '../errors.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { fromWords } from '../text/pretokenized.js';
import { checkLang, type LanguageOption } from '../text/tokenize.js';
import type { NerModel } from './model.js';
import { recognize } from './recognize.js';

export interface TagTokensOptions {
  lang?: LanguageOption;
}

export function tagTokensWith(gaz: Gazetteer, model: NerModel, words: unknown, options: TagTokensOptions = {}): string[] {
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) {
    throw new WartaError('INVALID_INPUT', 'tagTokens() expects an array of token strings, e.g. ["Presiden", "Joko", "Widodo"].');
  }
  const lang = checkLang(options?.lang);
  const tags = new Array<string>(words.length).fill('O');
  // empty strings or tokens with spaces cannot be joined back faithfully: tag them O
  const keep: number[] = [];
  const clean: string[] = [];
  words.forEach((w: string, i: number) => {
    if (w.length > 0 && !/\s/.test(w)) { keep.push(i); clean.push(w); }
  });
  if (!clean.length) return tags;
  const { text, tokens, sentences, wordOf } = fromWords(clean, lang);
  const { spans } = recognize(text, tokens, sentences, gaz, model, undefined, true);
  // a span over tokens covers the words those tokens come from
  const taken = new Uint8Array(clean.length);
  for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
    const first = wordOf[s.start]!;
    const last = wordOf[s.end - 1]!;
    let free = true;
    for (let w = first; w <= last; w++) if (taken[w]) free = false;
    if (!free) continue;
    for (let w = first; w <= last; w++) {
      taken[w] = 1;
      tags[keep[w]!] = (w === first ? 'B-' : 'I-') + s.type;
    }
  }
  return tags;
}
