/**
 * Rule `given-name-before`: a capitalized given name right before a person's name is the name's
 * first word, also when it is a common word too: `Hari Wibowo`, `Intan Permatasari`, `Fajar Nugroho`.
 * The tagger learned such words (`hari` is "day") mostly as no names and starts the person one word
 * late. The word joins only when it is on the list of given and family names, is no title, rank or
 * other cue, opens no name of the gazetteer, and no other span holds it, and when the span's own
 * first word is no common word (`Hari Raya Waisak`, `Hari Bhakti …` are holidays).
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { nerLexicon } from '../lexicon.js';
import { knownWords } from '../../morph/lexicon.js';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export function givenNameBefore(tokens: Token[], spans: TaggedSpan[], sentenceStart: number, known: (i: number) => boolean): TaggedSpan[] {
  const lex = nerLexicon();
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    const p = sp.start - 1;
    if (sp.type !== 'PER' || p < sentenceStart) continue;
    if (k > 0 && spans[k - 1]!.end > p) continue;
    const t = tokens[p]!;
    if (t.kind !== 'word' || !NAME_WORD.test(t.text) || !lex.names.has(t.norm) || lex.cueBits.has(t.norm) || known(p)) continue;
    // (the name's own first word is no common word either: `Hari Raya Waisak` is a holiday)
    if (knownWords().has(tokens[sp.start]!.norm)) continue;
    sp.start = p;
  }
  return spans;
}
