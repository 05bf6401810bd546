/**
 * Rule `possessed-acronym`: in English, a short all-capital word nobody knows right after a country's
 * possessive is the country's company or body (`signed an agreement with Japan's JERA`, `Korea's
 * KEPCO`): the tagger, reading an acronym on its own, left it untagged, and the relation stages then
 * took the country for the partner. Titles and cue words (`Japan's PM`) are left alone.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { CUE_HONORIFIC, CUE_RANK, CUE_TITLE, nerLexicon } from '../lexicon.js';

export function possessedAcronyms(tokens: Token[], tagged: TaggedSpan[], from: number, to: number, countryEndingAt: (end: number) => boolean, knownStart: (i: number) => boolean): TaggedSpan[] {
  let out = tagged;
  const cues = nerLexicon().cueBits;
  for (let i = from + 2; i < to; i++) {
    // (the look-up first: a country's possessive is rare, and no regex then runs on every token)
    if (!countryEndingAt(i - 1)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^['’]s$/.test(tokens[i - 1]!.text) || !/^[A-Z][A-Z0-9&]{1,6}$/.test(t.text)) continue;
    if (knownStart(i) || ((cues.get(t.norm) ?? 0) & (CUE_TITLE | CUE_HONORIFIC | CUE_RANK))) continue;
    // (a word that goes on capitalized is a longer name the tagger may have read: left to it)
    if (/^[A-Z]/.test(tokens[i + 1]?.text ?? '')) continue;
    if (out.some((sp) => sp.start <= i && sp.end > i)) continue;
    if (out === tagged) out = tagged.slice();
    let k = 0;
    while (k < out.length && out[k]!.start < i) k++;
    out.splice(k, 0, { start: i, end: i + 1, type: 'ORG' });
  }
  return out;
}
