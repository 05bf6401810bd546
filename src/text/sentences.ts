/**
 * Sentence boundaries over tokens. A boundary falls
 * - at a blank line, and at a single line break unless the next line continues in lower case;
 * - after `.`, `!`, `?`, `…` (and any closing quotes or brackets glued to them) when the next
 *   token opens a sentence: a capital, a digit, an opening quote or bracket;
 * - after an abbreviation only when it can end a sentence (`dll.`, `Tbk.`) and what follows
 *   looks like a new sentence (`Namun`, `The`); never after titles, initials or `Sept.`;
 * - at forced offsets (the news layout: headline, captions, paragraphs never share a sentence).
 */
import type { Token } from '../types.js';
import { ABBREVIATIONS, STRONG_FINAL } from '../lang/abbreviations.js';
import { SENTENCE_STARTERS_ID } from '../lang/id/words.js';
import { SENTENCE_STARTERS_EN } from '../lang/en/words.js';
import { isUpperCode, charClass, C_DIGIT } from './chars.js';
import { F_ABBR, F_PUNCT, F_TERMINAL, breaksOf } from './facts.js';

const NONE = 0, TERMINAL = 1, STRONG_ABBR = 2, WEAK_ABBR = 3;

function isCloser(t: Token, prev: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (t.text.length !== 1) return false;
  if (c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 125) return true;
  // straight quotes close when glued to what precedes them
  return (c === 34 || c === 39) && t.start === prev.end;
}

function opensSentence(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (isUpperCode(c) || charClass(c) === C_DIGIT) return true;
  if (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  return t.kind === 'mention' || t.kind === 'hashtag' || t.kind === 'url' || t.kind === 'emoji';
}

function abbreviationStrength(t: Token): number {
  const body = t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm;
  if (body.indexOf('.') !== -1) return WEAK_ABBR; // dotted: U.S., S.H.
  if (body.length === 1) return NONE; // initial
  if (STRONG_FINAL.has(body)) return STRONG_ABBR;
  return ABBREVIATIONS.get(body) === 'final' ? WEAK_ABBR : NONE;
}

/**
 * Split tokens into sentences. Returns token index ranges [start, end).
 * `codes` are the scanner's token facts (facts.ts): most tokens are decided from their code alone,
 * and only tokens at a line break or after sentence-final punctuation are read themselves.
 * `forced` is an ascending list of offsets where a sentence must start.
 */
export function segment(tokens: Token[], codes: Int32Array, forced: readonly number[] = []): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = tokens.length;
  if (n === 0) return out;
  let start = 0;
  let pending = NONE;
  let f = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    if (i > start) {
      let cut = false;
      if (f < forced.length) {
        const prevEnd = tokens[i - 1]!.end;
        while (f < forced.length && forced[f]! <= prevEnd) f++;
        if (f < forced.length && forced[f]! <= tokens[i]!.start) cut = true;
      }
      if (!cut) {
        const nl = breaksOf(code);
        if (nl >= 2) cut = true;
        else if (nl === 1) {
          const t = tokens[i]!;
          const c = t.text.charCodeAt(0);
          const lowerContinues = !isUpperCode(c) && charClass(c) !== C_DIGIT && pending === NONE && t.kind === 'word';
          cut = !lowerContinues;
        } else if (pending === TERMINAL) {
          // closing quotes and brackets stay with the sentence they close
          const t = tokens[i]!;
          if (!isCloser(t, tokens[i - 1]!)) cut = opensSentence(t);
        } else if (pending === STRONG_ABBR) {
          cut = isUpperCode(tokens[i]!.text.charCodeAt(0));
        } else if (pending === WEAK_ABBR) {
          const t = tokens[i]!;
          cut = isUpperCode(t.text.charCodeAt(0)) && (SENTENCE_STARTERS_ID.has(t.norm) || SENTENCE_STARTERS_EN.has(t.norm));
        }
      }
      if (cut) {
        out.push([start, i]);
        start = i;
        pending = NONE;
      }
    }
    if ((code & F_PUNCT) !== 0) {
      if ((code & F_TERMINAL) !== 0) pending = TERMINAL;
      else if (pending === TERMINAL && i > 0 && isCloser(tokens[i]!, tokens[i - 1]!)) pending = TERMINAL;
      else pending = NONE;
    } else if ((code & F_ABBR) !== 0) {
      pending = abbreviationStrength(tokens[i]!);
    } else pending = NONE;
  }
  out.push([start, n]);
  return out;
}
