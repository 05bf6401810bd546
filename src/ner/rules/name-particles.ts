/**
 * Rules on the edges of a person's name:
 * - `name-particle`: lower-case particles inside European and Arabic names join the name with the
 *   capitalized word after them: `Frank de Boer`, `Edwin van der Sar`, `Ursula von der Leyen`,
 *   `Abu Bakar bin Ba'asyir`. The tagger reads capitalized runs and stops at the particle.
 * - `initial`: an initial the tagger took alone opens the name after it: `M. Fanshurullah Asa`.
 * - `academic-degree`: degrees written after a name are not part of it: `Firdaus MT`,
 *   `Ineu Purwadewi Sundari SH`, `Dr. Budi Santoso MSi` (the tagger takes the capitals along, and
 *   an all-capital tail can make the span look like an organization: such a span of plain name
 *   words and a degree is a person).
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { CUE_TITLE, nerLexicon } from '../lexicon.js';
import { CAPITALIZED_WORD } from '../../text/chars.js';
import { roleBefore } from './role-before-name.js';

/** lower-case particles of names (not `di`, `la`: Indonesian words) */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'dos', 'das', 'del', 'della', 'du', 'ter', 'bin', 'binti', 'ibn', 'al', 'el']);
/** degrees, as the tokenizer folds them (with and without dots) */
const DEGREES = new Set([
  'sh', 'mh', 'msi', 'mm', 'mt', 'st', 'se', 'spd', 'mpd', 'ssos', 'sip', 'skom', 'mkom', 'mba', 'phd', 'msc', 'bsc', 'llm', 'mkes', 'skm', 'sag', 'mag', 'lc', 'mph', 'mhum', 'ssi',
  's.h.', 's.h', 'm.h.', 'm.h', 'm.si', 'm.si.', 'm.m.', 'm.t.', 's.t.', 's.e.', 's.pd', 's.pd.', 'm.pd', 'm.pd.', 's.sos', 's.sos.', 's.ip', 's.ip.', 's.kom', 'm.kom', 'ph.d', 'ph.d.', 'm.hum', 'm.hum.', 'm.sc', 'm.sc.',
]);

/** A degree written after a name (`MT`, `S.H.`), in capitals. */
function isDegree(t: Token): boolean {
  return DEGREES.has(t.norm) && /^[A-Z]/.test(t.text);
}

const NAME_START = /^\p{Lu}\p{Ll}/u;

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && NAME_START.test(t.text);
}

/** A capitalized word at i after `floor` that may be a given name: no known name's start, no title. */
function givenNameAt(tokens: Token[], i: number, floor: number, known: (i: number) => boolean): boolean {
  return i > floor && isNameWord(tokens[i]) && !known(i) && !((nerLexicon().cueBits.get(tokens[i]!.norm) ?? 0) & CUE_TITLE);
}

/**
 * `known(i)`: a name of the gazetteer starts at token i (`Budi de Jakarta` would not join it).
 * `degrees`: cut degrees off (extract); the CoNLL view keeps them, as IDNer's annotation does.
 */
export function nameParticles(tokens: Token[], spans: TaggedSpan[], sentenceEnd: number, known: (i: number) => boolean = () => false, degrees = true): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    // `Firdaus MT` taken as an organization for its capitals: a name and a degree are a person
    if (sp.type !== 'PER' && sp.end - sp.start >= 2 && isDegree(tokens[sp.end - 1]!)) {
      let plain = true;
      for (let i = sp.start; i < sp.end - 1; i++) if (!CAPITALIZED_WORD.test(tokens[i]!.text) || nerLexicon().cueBits.has(tokens[i]!.norm)) plain = false;
      if (plain) sp.type = 'PER';
    }
    // `M. Fanshurullah Asa`: an initial taken alone opens the name after it (the tagger stops at a
    // word it never saw)
    if (sp.end - sp.start === 1 && /^\p{Lu}\.$/u.test(tokens[sp.start]!.text) && isNameWord(tokens[sp.end]) && !known(sp.end)) {
      const next = spans[k + 1];
      let q = sp.end;
      while (q < sentenceEnd && q - sp.end < 3 && isNameWord(tokens[q]) && !(next && next.start <= q)) q++;
      if (q > sp.end) { sp.end = q; sp.type = 'PER'; }
    }
    if (sp.type === 'PER') {
      // (a particle the tagger ended the span with goes on to the name after it: `[David da] [Silva]`)
      while (sp.end - sp.start >= 2 && PARTICLES.has(tokens[sp.end - 1]!.text) && isNameWord(tokens[sp.end])) sp.end--;
      // (and the given names before a particle the tagger left out: `David da [Silva]`, one or two words,
      // no other span's and no known name's)
      const prevEnd = out.length ? out[out.length - 1]!.end : -1;
      if (PARTICLES.has(tokens[sp.start - 1]?.text ?? '') && givenNameAt(tokens, sp.start - 2, prevEnd, known)) {
        let a = sp.start - 2;
        if (givenNameAt(tokens, a - 1, prevEnd, known)) a--;
        sp.start = a;
      }
      // `Frank de Boer`: particles (one or two), then a capitalized word
      let e = sp.end;
      let p = e;
      while (p < sentenceEnd && p - e < 2 && PARTICLES.has(tokens[p]!.text)) p++;
      if (p > e && p < sentenceEnd && isNameWord(tokens[p]) && !known(p)) {
        // the name's rest: the capitalized run after the particles (a tagged span there is absorbed)
        let q = p;
        while (q < sentenceEnd && q - p < 3 && isNameWord(tokens[q])) q++;
        const next = spans[k + 1];
        if (next && next.start === p) {
          // `Frank` + `Boer` tagged apart: one name (only when that span is a person or a stray word)
          if (next.type === 'PER' || next.end - next.start === 1) {
            q = Math.max(q, next.end);
            k++;
          } else q = sp.end; // `… di Jakarta`: a place after `di` is no part of a name
        } else if (next && next.start < q) q = sp.end;
        if (q > sp.end) sp.end = q;
      }
      // `Firdaus MT`: academic degrees after the name
      while (degrees && sp.end - sp.start > 1 && isDegree(tokens[sp.end - 1]!)) sp.end--;
    }
    out.push(sp);
  }
  return out;
}

/**
 * `Ketua KPPU M. Fanshurullah Asa`: an initial after a title (its body between allowed), then name
 * words the tagger left untagged, is a person; the tagger, meeting words it never saw, takes none
 * of it. `known(i)`: a name of the gazetteer starts at token i.
 */
export function initialNames(tokens: Token[], spans: TaggedSpan[], from: number, to: number, known: (i: number) => boolean): TaggedSpan[] {
  let out: TaggedSpan[] | undefined;
  for (let i = from + 1; i < to - 1; i++) {
    // (two code units, the second a period: most tokens stop at the length)
    const text = tokens[i]!.text;
    if (text.length !== 2 || text.charCodeAt(1) !== 46 || !/^\p{Lu}\.$/u.test(text) || !isNameWord(tokens[i + 1]) || known(i + 1)) continue;
    const list = out ?? spans;
    if (list.some((sp) => sp.start <= i + 1 && sp.end > i)) continue;
    let q = i + 1;
    while (q < to && q - i <= 3 && isNameWord(tokens[q]) && !known(q) && !list.some((sp) => sp.start === q)) q++;
    if (roleBefore(tokens, i, from) === undefined) continue;
    out = [...list, { start: i, end: q, type: 'PER' as const }].sort((a, b) => a.start - b.start);
    i = q - 1;
  }
  return out ?? spans;
}
