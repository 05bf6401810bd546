import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';

/**
 * `Mahkamah Konstitusi (MK)`: a name and its short form in parentheses right after it are one
 * span (the CoNLL convention of IDNer); resolve.ts splits them again into two mentions.
 */
export function joinAcronyms(tokens: Token[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === sp.type) {
      const open = tokens[prev.end]!;
      // `X` `(` `Y` `)` with Y tagged alone, or `X` `(Y)` with the parentheses in Y's span
      if (open.text === '(' && sp.start === prev.end + 1 && tokens[sp.end]?.text === ')' && sp.end - sp.start === 1) {
        prev.end = sp.end + 1;
        continue;
      }
      if (sp.start === prev.end && open.text === '(' && tokens[sp.end - 1]!.text === ')') {
        prev.end = sp.end;
        continue;
      }
    }
    out.push(sp);
  }
  return out;
}

