/**
 * The offset invariants of warta's text layer, as plain checks that throw on the first violation.
 * Used by the property tests and by the correctness pass of the tokenizer benchmark.
 */
import type { Sentence, Token } from '../../src/types.js';

/** Whitespace and invisible format characters: the only characters no token covers. */
export const SPACE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff\u00ad\u2000-\u200a\u202f\u205f\u3000]$/u;

function fail(msg: string): never {
  throw new Error(msg);
}

/** Every token reproduces its text, tokens never overlap and cover every non-space character. */
export function checkTokens(text: string, tokens: Token[]): void {
  let prevEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const t of tokens) {
    if (text.slice(t.start, t.end) !== t.text) fail(`token ${JSON.stringify(t.text)} at ${t.start} does not match its offsets`);
    if (t.start < prevEnd) fail(`token at ${t.start} overlaps the previous one ending at ${prevEnd}`);
    if (t.end <= t.start) fail(`empty token at ${t.start}`);
    covered.fill(1, t.start, t.end);
    prevEnd = t.end;
    if (t.parts) for (const p of t.parts) if (text.slice(p.start, p.end) !== p.text) fail(`part ${p.text} offsets`);
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !SPACE.test(text[i]!)) fail(`char ${i} (${JSON.stringify(text[i])}) not covered in ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
  }
}

/** Sentences are ordered, trimmed to their tokens, and only whitespace lies between them. */
export function checkSentences(text: string, sentences: Sentence[], tokens: Token[]): void {
  let prevEnd = 0;
  let tok = 0;
  for (const s of sentences) {
    if (s.start < prevEnd) fail(`sentence ${s.index} overlaps`);
    if (text.slice(s.start, s.end) !== s.text) fail(`sentence ${s.index} text does not match offsets`);
    if (s.tokenStart !== tok) fail(`sentence ${s.index} token range does not continue the previous one`);
    tok = s.tokenEnd;
    if (tokens[s.tokenStart]!.start !== s.start || tokens[s.tokenEnd - 1]!.end !== s.end) fail(`sentence ${s.index} span is not its tokens' span`);
    for (let i = prevEnd; i < s.start; i++) if (!SPACE.test(text[i]!)) fail(`non-space char ${i} between sentences`);
    prevEnd = s.end;
  }
  if (tok !== tokens.length) fail('sentences do not cover all tokens');
  for (let i = prevEnd; i < text.length; i++) if (!SPACE.test(text[i]!)) fail(`non-space char ${i} after the last sentence`);
}

