/**
 * Rule: a name's last syllable after a hyphen is part of the name, also when detokenized text
 * spaces the hyphen: `Tsai Ing - wen`, `Kim Jong - un`. The tagger sees only capitalized runs, so
 * the lower-case syllable is left out; it joins when it is short and no Indonesian or English word.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { knownWords } from '../../morph/lexicon.js';
import { FUNCTION_WORDS_ID } from '../../lang/id/words.js';
import { FUNCTION_WORDS_EN } from '../../lang/en/words.js';

const LAST_SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;
const SYLLABLE = /^\p{Ll}{2,4}$/u;

export function joinNameSyllables(tokens: Token[], spans: TaggedSpan[], sentenceEnd: number): TaggedSpan[] {
  for (const sp of spans) {
    const e = sp.end;
    if (e + 1 >= sentenceEnd || tokens[e]!.text !== '-') continue;
    const last = tokens[e - 1]!;
    const syl = tokens[e + 1]!;
    if (!LAST_SYLLABLE.test(last.text) || !SYLLABLE.test(syl.text)) continue;
    if (knownWords().has(syl.norm) || FUNCTION_WORDS_ID.has(syl.norm) || FUNCTION_WORDS_EN.has(syl.norm)) continue;
    sp.end = e + 2;
  }
  return spans;
}
