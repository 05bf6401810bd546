/**
 * Rule: the names of a list are of one kind. In `yakni Arif Wicaksono, Rudi Hartanto, dan Yogi
 * Pramudya` the tagger may call the last, unfamiliar name an organization; when at least two
 * other names of the same list are persons, and the odd one is an unknown name (no gazetteer entry,
 * no organization or place head word such as `Partai`, `Universitas`, `Kabupaten`, no acronym),
 * it is a person too. Lists are names joined by `,`, `dan`, `serta`, `and`, `&` and nothing else.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { CUE_LOCHEAD, CUE_ORGHEAD, CUE_ORGTAIL, nerLexicon } from '../lexicon.js';
import { CAPITALIZED_WORD } from '../../text/chars.js';

const JOINERS = new Set([',', 'dan', 'serta', 'and', '&']);

function joined(tokens: Token[], a: TaggedSpan, b: TaggedSpan): boolean {
  if (b.start <= a.end || b.start - a.end > 2) return false;
  for (let i = a.end; i < b.start; i++) if (!JOINERS.has(tokens[i]!.norm)) return false;
  return true;
}

/** Only capitalized words, none of them an organization or place head, nor an acronym. */
function plainName(tokens: Token[], sp: TaggedSpan): boolean {
  const cues = nerLexicon().cueBits;
  for (let i = sp.start; i < sp.end; i++) {
    const t = tokens[i]!;
    if (!CAPITALIZED_WORD.test(t.text)) return false;
    if ((cues.get(t.norm) ?? 0) & (CUE_ORGHEAD | CUE_ORGTAIL | CUE_LOCHEAD)) return false;
  }
  return true;
}

export function agreeInLists(tokens: Token[], spans: TaggedSpan[], known: (start: number, end: number) => boolean): TaggedSpan[] {
  let i = 0;
  while (i < spans.length) {
    let j = i;
    while (j + 1 < spans.length && joined(tokens, spans[j]!, spans[j + 1]!)) j++;
    if (j - i >= 2) {
      let persons = 0;
      for (let k = i; k <= j; k++) if (spans[k]!.type === 'PER') persons++;
      if (persons >= 2 && persons === j - i) {
        for (let k = i; k <= j; k++) {
          const sp = spans[k]!;
          if (sp.type !== 'PER' && sp.end - sp.start <= 4 && plainName(tokens, sp) && !known(sp.start, sp.end)) sp.type = 'PER';
        }
      }
    }
    i = j + 1;
  }
  return spans;
}
