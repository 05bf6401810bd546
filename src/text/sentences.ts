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

function newlinesBetween(text: string, a: number, b: number): number {
  // most tokens are glued or one space apart
  if (b - a === 0) return 0;
  if (b - a === 1) {
    const c = text.charCodeAt(a);
    return c === 10 || c === 0x2029 || c === 13 ? 1 : 0;
  }
  let n = 0;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 0x2029) n++;
  // a lone \r (old Mac) counts as a line break too
  if (n === 0) for (let i = a; i < b; i++) if (text.charCodeAt(i) === 13) n++;
  return n;
}

/**
 * Split tokens into sentences. Returns token index ranges [start, end).
 * `forced` is an ascending list of offsets where a sentence must start.
 */
export function segment(text: string, tokens: Token[], forced: readonly number[] = []): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = tokens.length;
  if (n === 0) return out;
  let start = 0;
  let pending = NONE;
  let f = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (i > start) {
      const prev = tokens[i - 1]!;
      let cut = false;
      while (f < forced.length && forced[f]! <= prev.end) f++;
      if (f < forced.length && forced[f]! <= t.start) cut = true;
      else {
        const nl = newlinesBetween(text, prev.end, t.start);
        if (nl >= 2) cut = true;
        else if (nl === 1) {
          const c = t.text.charCodeAt(0);
          const lowerContinues = !isUpperCode(c) && charClass(c) !== C_DIGIT && pending === NONE && t.kind === 'word';
          cut = !lowerContinues;
        } else if (pending === TERMINAL) {
          // closing quotes and brackets stay with the sentence they close
          if (!isCloser(t, prev)) cut = opensSentence(t);
        } else if (pending === STRONG_ABBR) {
          cut = isUpperCode(t.text.charCodeAt(0));
        } else if (pending === WEAK_ABBR) {
          cut = isUpperCode(t.text.charCodeAt(0)) && (SENTENCE_STARTERS_ID.has(t.norm) || SENTENCE_STARTERS_EN.has(t.norm));
        }
      }
      if (cut) {
        out.push([start, i]);
        start = i;
        pending = NONE;
      }
    }
    if (t.kind === 'punct') {
      const c = t.text.charCodeAt(0);
      if (c === 46 || c === 33 || c === 63 || c === 0x2026) pending = TERMINAL;
      else if (pending === TERMINAL && i > 0 && isCloser(t, tokens[i - 1]!)) pending = TERMINAL;
      else pending = NONE;
    } else if (t.kind === 'abbreviation') {
      pending = abbreviationStrength(t);
    } else pending = NONE;
  }
  out.push([start, n]);
  return out;
}
