/**
 * `name-echo`: a person named in full once (`Carles Puigdemont`) is later written by one of their
 * names alone (`Rajoy meminta Puigdemont untuk …`), where the tagger, reading one sentence, often
 * sees nothing (a lone capitalized word after a verb). Every such word the document has not
 * explained becomes a person mention; in-document resolution (resolve.ts) then joins it to the
 * full name. One sense per discourse: a word that names a person in full here names them again.
 *
 * A word qualifies when it is the first or last word of a full (two or more words) person name in
 * this document, is capitalized where it stands, is no ordinary Indonesian word, cue word or
 * function word, and does not stand next to another unexplained capitalized word (that is some
 * other, longer name).
 */
import type { Token } from '../../types.js';
import { commonWords } from '../../gazetteer/load.js';
import { nerLexicon } from '../lexicon.js';
import { FUNCTION_WORDS_ID } from '../../lang/id/words.js';
import { FUNCTION_WORDS_EN } from '../../lang/en/words.js';
import { CAPITALIZED_WORD } from '../../text/chars.js';

export interface EchoSpan {
  start: number;
  end: number;
  /** the `index` of the range it lies in */
  sentence: number;
}

/**
 * `people`: token ranges of the person mentions found so far, `others` those of the other
 * mentions; `covered[i]` is 1 for tokens inside any mention; `ranges` are the token ranges
 * (sentences) to look in. Returns the single-token spans to add as person mentions.
 */
export function nameEchoes(tokens: Token[], people: Array<{ tokenStart: number; tokenEnd: number }>, others: Array<{ tokenStart: number; tokenEnd: number }>, covered: Uint8Array, ranges: Array<{ tokenStart: number; tokenEnd: number; index: number; zone?: string }> = [{ tokenStart: 0, tokenEnd: tokens.length, index: 0 }]): EchoSpan[] {
  let words: Set<string> | undefined;
  for (const p of people) {
    if (p.tokenEnd - p.tokenStart < 2) continue;
    // a name written as names are (`Carles Puigdemont`), not `TalentMind Asia` or `Go - Jek`
    let plain = true;
    for (let i = p.tokenStart; i < p.tokenEnd && plain; i++) plain = NAME_WORD.test(tokens[i]!.text);
    if (!plain) continue;
    const first = tokens[p.tokenStart]!.norm;
    const last = tokens[p.tokenEnd - 1]!.norm;
    if (first.length >= 3 && usable(first)) (words ??= new Set()).add(first);
    if (last.length >= 3 && usable(last)) (words ??= new Set()).add(last);
  }
  if (!words) return [];
  // a word that is also part of an organization's or a place's name here is not the person's alone
  // (`Crystal Palace`, `Sega Jepang`)
  for (const o of others) for (let i = o.tokenStart; i < o.tokenEnd; i++) words.delete(tokens[i]!.norm);
  if (words.size === 0) return [];
  const out: EchoSpan[] = [];
  for (const r of ranges) {
    if (r.zone === 'editorCode') continue;
    const from = r.tokenStart;
    const to = r.tokenEnd;
    for (let i = from; i < to; i++) {
      if (covered[i]) continue;
      const t = tokens[i]!;
      // most words are lower case: skip them before hashing their form
      const c = t.text.charCodeAt(0);
      if ((c >= 97 && c <= 122) || t.kind !== 'word' || !words.has(t.norm) || !UPPER.test(t.text)) continue;
      if (unexplainedCapital(tokens, covered, i - 1, from, to) || unexplainedCapital(tokens, covered, i + 1, from, to)) continue;
      if (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') continue;
      out.push({ start: i, end: i + 1, sentence: r.index });
    }
  }
  return out;
}

const UPPER = /^\p{Lu}/u;

function unexplainedCapital(tokens: Token[], covered: Uint8Array, i: number, from: number, to: number): boolean {
  return i >= from && i < to && !covered[i] && tokens[i]!.kind === 'word' && UPPER.test(tokens[i]!.text);
}

const NAME_WORD = CAPITALIZED_WORD;

const usableMemo = new Map<string, boolean>();

function usable(norm: string): boolean {
  let ok = usableMemo.get(norm);
  if (ok === undefined) {
    const lex = nerLexicon();
    ok = !commonWords().has(norm) && !lex.cueBits.has(norm) && !lex.notNames.has(norm) && !FUNCTION_WORDS_ID.has(norm) && !FUNCTION_WORDS_EN.has(norm);
    if (usableMemo.size < 50_000) usableMemo.set(norm, ok);
  }
  return ok;
}
