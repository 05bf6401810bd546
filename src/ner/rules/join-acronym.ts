import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';

/**
 * `Mahkamah Konstitusi (MK)`: a name and its short form in parentheses right after it are one
 * span (the CoNLL convention of IDNer; for people only outside CoNLL output); resolve.ts splits them
 * again into two mentions.
 */
export function joinAcronyms(tokens: Token[], spans: TaggedSpan[], conll = false): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    if (!balanceParentheses(tokens, sp)) continue;
    const prev = out[out.length - 1];
    // (in CoNLL terms a person's name and the nickname in parentheses after it stay two spans:
    // `Joko Widodo (Jokowi)`; IDNer's training set joins bodies with their short forms 34 times to 6,
    // and splits people from theirs 27 times to 1. For extract the two stay one span: resolve.ts
    // splits it into the name and its short form of one entity, and a team in parentheses after a
    // rider, `Jorge Lorenzo (Ducati)`, does not become a person of its own)
    if (prev && prev.type === sp.type && !(conll && sp.type === 'PER')) {
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


/**
 * A span with an opening parenthesis and no closing one: the tagger stopped one token short
 * (`General Elections Commission ( KPU` before `)`): the `)` right after joins it; with none
 * there, the span is cut before the `(`, or after it when the span opens with it. False when nothing
 * of the span is left.
 */
function balanceParentheses(tokens: Token[], sp: TaggedSpan): boolean {
  let open = -1;
  for (let i = sp.start; i < sp.end; i++) {
    const t = tokens[i]!.text;
    if (t === '(') open = i;
    else if (t === ')') open = -1;
  }
  if (open < 0) return true;
  if (tokens[sp.end]?.text === ')' && open < sp.end - 1 && open > sp.start) {
    sp.end++;
    return true;
  }
  // (a span that opens with the parenthesis keeps what follows it: `( Milos Jojic` in a list of scorers)
  if (open === sp.start) sp.start++;
  else sp.end = open;
  return sp.end > sp.start;
}
