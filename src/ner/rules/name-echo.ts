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
export function nameEchoes(tokens: Token[], people: Array<{ tokenStart: number; tokenEnd: number }>, others: Array<{ tokenStart: number; tokenEnd: number }>, covered: Uint8Array, ranges: Array<{ tokenStart: number; tokenEnd: number; index: number }> = [{ tokenStart: 0, tokenEnd: tokens.length, index: 0 }]): EchoSpan[] {
  const words = new Set<string>();
  for (const p of people) {
    if (p.tokenEnd - p.tokenStart < 2) continue;
    // a name written as names are (`Carles Puigdemont`), not `TalentMind Asia` or `Go - Jek`
    let plain = true;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) if (!NAME_WORD.test(tokens[i]!.text)) plain = false;
    if (!plain) continue;
    for (const i of [p.tokenStart, p.tokenEnd - 1]) {
      const t = tokens[i]!;
      if (t.norm.length >= 3 && usable(t.norm)) words.add(t.norm);
    }
  }
  // a word that is also part of an organization's or a place's name here is not the person's alone
  // (`Crystal Palace`, `Sega Jepang`)
  for (const o of others) for (let i = o.tokenStart; i < o.tokenEnd; i++) words.delete(tokens[i]!.norm);
  if (words.size === 0) return [];
  const out: EchoSpan[] = [];
  for (const r of ranges) {
    const from = r.tokenStart;
    const to = r.tokenEnd;
    const unexplainedCapital = (i: number) => i >= from && i < to && !covered[i] && /^\p{Lu}/u.test(tokens[i]!.text) && tokens[i]!.kind === 'word';
    for (let i = from; i < to; i++) {
      if (covered[i]) continue;
      const t = tokens[i]!;
      if (t.kind !== 'word' || !words.has(t.norm) || !/^\p{Lu}/u.test(t.text)) continue;
      if (unexplainedCapital(i - 1) || unexplainedCapital(i + 1)) continue;
      if (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') continue;
      out.push({ start: i, end: i + 1, sentence: r.index });
    }
  }
  return out;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

function usable(norm: string): boolean {
  const lex = nerLexicon();
  return !commonWords().has(norm) && !lex.cueBits.has(norm) && !lex.notNames.has(norm) && !FUNCTION_WORDS_ID.has(norm) && !FUNCTION_WORDS_EN.has(norm);
}
