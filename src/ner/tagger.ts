/**
 * The learned tagger over a sentence. Only "regions" are tagged: runs of name-like tokens
 * (capitalized, all capitals, inner capitals), joined by connectors (`bin`, `van`, `dan`,
 * parentheses around an acronym) and widened by a lower-case head noun before (`kota`, `partai`)
 * or a direction after (`utara`). Every other token is O: names in Indonesian news are written
 * with capitals, and skipping the rest makes the tagger several times faster.
 */
import type { Token } from '../types.js';
import { CUE_LOCHEAD, CUE_ORGHEAD, nerLexicon } from './lexicon.js';
import { FUNCTION_WORDS_ID, SENTENCE_STARTERS_ID } from '../lang/id/words.js';
import { FUNCTION_WORDS_EN, SENTENCE_STARTERS_EN } from '../lang/en/words.js';
import { MAX_FEATURES, MISSING, ROLE_CUR, ROLE_NEXT, ROLE_NEXT2, ROLE_PREV, ROLE_PREV2, pairFeatures, wordInfo, isConnector, isNameLike, type WordInfo } from './features.js';
import { NT, viterbi, type NerModel } from './model.js';

/** Closed-class words: capitalized only at a sentence start or in a title, never part of a name. */
const CLOSED_CLASS = new Set([...FUNCTION_WORDS_ID, ...SENTENCE_STARTERS_ID, ...FUNCTION_WORDS_EN, ...SENTENCE_STARTERS_EN]);
for (const w of ['presiden', 'minister', 'president', 'via', 'right', 'left', 'talk', 'meeting', 'photo', 'file']) CLOSED_CLASS.delete(w);

const DIRECTIONS = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'raya', 'daya', 'laut', 'darat']);
const INNER = new Set(['(', '-', '&', "'", '.', '/']);

/** Tagging regions [a, b) of tokens[from..to). */
export function regions(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const cueBits = nerLexicon().cueBits;
  let i = from;
  while (i < to) {
    const ti = tokens[i]!;
    // a capitalized function word (`Menurut`, `Namun`, `The`) is never a name: not a region
    if (!isNameLike(ti) || CLOSED_CLASS.has(ti.norm)) {
      i++;
      continue;
    }
    let a = i;
    if (a - 1 >= from) {
      const p = tokens[a - 1]!;
      const c0 = p.text.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122 && ((cueBits.get(p.norm) ?? 0) & (CUE_LOCHEAD | CUE_ORGHEAD))) a--;
    }
    let b = i + 1;
    let open = 0;
    for (;;) {
      if (b >= to) break;
      const t = tokens[b]!;
      if (isNameLike(t)) { b++; continue; }
      if (t.text === ')' && open > 0) { open--; b++; continue; }
      if (b + 1 < to && isNameLike(tokens[b + 1]!) && (INNER.has(t.text) || isConnector(t))) {
        if (t.text === '(') open++;
        b += 2;
        continue;
      }
      // (`tengah` before a verb is the aspect `is …-ing`: `Bella tengah hamil`, not Central)
      if (DIRECTIONS.has(t.norm) && !(t.text === 'tengah' && b + 1 < to && tokens[b + 1]!.kind === 'word' && !isNameLike(tokens[b + 1]!))) b++;
      break;
    }
    out.push([a, b]);
    i = b;
  }
  return out;
}

export interface TaggedSpan {
  start: number; // token index
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

/**
 * `spans` with `span` in place of the spans inside it (and of `replaced`), sorted by start; undefined
 * when another span crosses its edges: that span is the tagger's call (rules/facility-names.ts,
 * rules/regional-office.ts).
 */
export function placeSpan(spans: TaggedSpan[], span: TaggedSpan, replaced?: TaggedSpan): TaggedSpan[] | undefined {
  for (const sp of spans) if (sp !== replaced && sp.start < span.end && sp.end > span.start && (sp.start < span.start || sp.end > span.end)) return undefined;
  const out = spans.filter((sp) => sp !== replaced && (sp.end <= span.start || sp.start >= span.end));
  out.push(span);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `placeSpan` for many spans at once, in one pass: `adds` sorted by start and disjoint, each placed
 * when no span of `spans` (sorted, non-overlapping) crosses its edges, replacing the spans inside it.
 * Returns the new list and the spans placed. Same result as placing them one by one, without copying
 * the list for each (a sentence of thousands of names stays linear).
 */
export function placeSpans(spans: TaggedSpan[], adds: TaggedSpan[]): { out: TaggedSpan[]; placed: TaggedSpan[] } {
  const out: TaggedSpan[] = [];
  const placed: TaggedSpan[] = [];
  let i = 0;
  for (const add of adds) {
    // the spans before it stay
    while (i < spans.length && spans[i]!.end <= add.start) out.push(spans[i++]!);
    // those overlapping it: all inside, or it is not placed
    let j = i;
    let crossed = false;
    while (j < spans.length && spans[j]!.start < add.end) {
      const sp = spans[j]!;
      if (sp.start < add.start || sp.end > add.end) crossed = true;
      j++;
    }
    if (crossed) continue; // (the overlapping spans are pushed with the next add's `before` loop or at the end)
    out.push(add);
    placed.push(add);
    i = j;
  }
  while (i < spans.length) out.push(spans[i++]!);
  return { out, placed };
}

const feats = new Int32Array(MAX_FEATURES);

/** Word facts of tokens[from..to). */
export function infosOf(tokens: Token[], from: number, to: number): WordInfo[] {
  const infos: WordInfo[] = new Array(to - from);
  for (let i = from; i < to; i++) infos[i - from] = wordInfo(tokens[i]!);
  return infos;
}

let scoreBuf = new Float64Array(64 * NT);
let tagBuf = new Int8Array(64);

/**
 * Tag one sentence tokens[from..to); returns entity spans (token indices). `skip` leaves out
 * regions whose answer is already known (extract: a region that is exactly one gazetteer name).
 */
export function tagSentence(
  model: NerModel, tokens: Token[], from: number, to: number, gaz: Uint8Array, lang: number,
  skip?: (a: number, b: number) => boolean,
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let regs = regions(tokens, from, to);
  if (skip) regs = regs.filter(([a, b]) => !skip(a, b));
  if (!regs.length) return out;
  // word facts only where the features look: the regions and two tokens around them
  const infos: WordInfo[] = new Array(to - from);
  const vecs: Float64Array[] = new Array(to - from);
  for (const [a, b] of regs) {
    for (let i = Math.max(from, a - 2); i < Math.min(to, b + 2); i++) {
      if (infos[i - from]) continue;
      const wi = wordInfo(tokens[i]!);
      infos[i - from] = wi;
      vecs[i - from] = model.roleVector(wi);
    }
  }
  const none = model.roleVector(MISSING);
  for (const [a, b] of regs) {
    const len = b - a;
    if (scoreBuf.length < len * NT) {
      scoreBuf = new Float64Array(len * NT * 2);
      tagBuf = new Int8Array(len * 2);
    }
    const scores = scoreBuf;
    scores.fill(0, 0, len * NT);
    for (let i = a; i < b; i++) {
      const at = (i - a) * NT;
      addRoles(
        scores, at, vecs[i - from]!,
        i - 1 >= from ? vecs[i - 1 - from]! : none, i + 1 < to ? vecs[i + 1 - from]! : none,
        i - 2 >= from ? vecs[i - 2 - from]! : none, i + 2 < to ? vecs[i + 2 - from]! : none,
      );
      const n = pairFeatures(tokens, infos, from, to, i, gaz, lang, a, b, feats, 0);
      model.score(feats, n, scores, at);
    }
    const tags = tagBuf;
    viterbi(scores, len, model.trans, tags);
    spansFromTags(tags, a, len, out);
  }
  return out;
}

/** The role weights of a token and its four neighbours (see NerModel.roleVector), added in one pass. */
function addRoles(scores: Float64Array, at: number, cur: Float64Array, prev: Float64Array, next: Float64Array, prev2: Float64Array, next2: Float64Array): void {
  const oc = ROLE_CUR * NT, op = ROLE_PREV * NT, on = ROLE_NEXT * NT, op2 = ROLE_PREV2 * NT, on2 = ROLE_NEXT2 * NT;
  for (let t = 0; t < NT; t++) scores[at + t]! += cur[oc + t]! + prev[op + t]! + next[on + t]! + prev2[op2 + t]! + next2[on2 + t]!;
}

const TYPE_OF: Record<number, TaggedSpan['type']> = { 1: 'PER', 3: 'ORG', 5: 'LOC' };

export function spansFromTags(tags: Int8Array, offset: number, len: number, out: TaggedSpan[]): void {
  let i = 0;
  while (i < len) {
    const t = tags[i]!;
    if (t !== 0 && t % 2 === 1) {
      let j = i + 1;
      while (j < len && tags[j] === t + 1) j++;
      out.push({ start: offset + i, end: offset + j, type: TYPE_OF[t]! });
      i = j;
    } else i++;
  }
}

