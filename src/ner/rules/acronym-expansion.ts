/**
 * Rule: capitalized words followed by their initials in parentheses name an organization:
 *   `Masyarakat Anti Korupsi Indonesia (MAKI)`, `Gerakan Masyarakat Bawah Indonesia (GMBI)`,
 *   `Africa Centre for Open Governance (AfriCOG)` is left alone (the letters are not the initials).
 * Indonesian news introduces most organizations this way; the tagger, trained on a few thousand
 * sentences, misses the long unfamiliar ones. Programs, laws and documents are introduced the same
 * way (`Bahan Bakar Minyak (BBM)`, `Berita Acara Pemeriksaan (BAP)`), so the words must hold an
 * organization's head (`Badan`, `Gerakan`, `Aliansi`, `Masyarakat` …). Spans the tagger found are
 * kept when they already cover the name; a person's span is never overridden.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { CUE_ORGHEAD, nerLexicon } from '../lexicon.js';
import { upperStart } from '../../text/chars.js';

const CONNECTORS = new Set(['dan', 'untuk', 'bagi', 'atas', 'dari', 'of', 'and', 'for', 'the', '&', '-']);
/** Heads of organization names beyond the cue lexicon's, trusted only before an acronym. */
const HEADS = new Set(['aliansi', 'masyarakat', 'forum', 'organisasi', 'komite', 'konsorsium', 'jaringan', 'lingkar', 'solidaritas', 'laskar', 'centre', 'center', 'alliance', 'movement', 'organization', 'organisation', 'network', 'union', 'front', 'group', 'association', 'league', 'coalition', 'committee']);

function hasOrgHead(tokens: Token[], start: number, end: number): boolean {
  const cues = nerLexicon().cueBits;
  for (let k = start; k < end; k++) {
    const n = tokens[k]!.norm;
    if (HEADS.has(n) || ((cues.get(n) ?? 0) & CUE_ORGHEAD)) return true;
  }
  return false;
}

export function expandAcronyms(tokens: Token[], spans: TaggedSpan[], from: number, to: number, known: (start: number, end: number) => boolean): TaggedSpan[] {
  let out = spans;
  for (let i = from + 1; i + 2 < to; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')') continue;
    if (!/^[A-Z]{2,8}$/.test(tokens[i + 1]!.text)) continue;
    out = expandAt(tokens, out, from, i, known);
  }
  return out;
}

/**
 * The name before the acronym in parentheses at `i`, when its initials spell it. (A function of its
 * own: closures over the loop's variables would make V8 allocate a context on every iteration.)
 */
function expandAt(tokens: Token[], out: TaggedSpan[], from: number, i: number, known: (start: number, end: number) => boolean): TaggedSpan[] {
  const acr = tokens[i + 1]!.text;
  // walk left over capitalized words and connectors while the initials still end the acronym
  let initials = '';
  let start = -1;
  for (let k = i - 1; k >= from && i - k <= 12; k--) {
    const t = tokens[k]!;
    if (CONNECTORS.has(t.norm)) continue;
    if (!upperStart(t.text)) break;
    initials = t.text[0]! + initials;
    if (!acr.endsWith(initials)) break;
    if (initials === acr) {
      start = k;
      break;
    }
  }
  if (start < 0 || CONNECTORS.has(tokens[start]!.norm)) return out;
  const end = i + 3;
  // the initials end a name at `start`: a span the tagger ran over `dan` into it is two names
  // (`Kementerian Pertahanan dan Korea Aerospace Industries (KAI)`), the first kept on its own
  const joined = start - 1 > from && LIST_WORDS.has(tokens[start - 1]!.norm) ? out.find((sp) => sp.start < start - 1 && sp.end > start && sp.type !== 'PER') : undefined;
  if (joined) out = out.filter((sp) => sp !== joined).concat({ start: joined.start, end: start - 1, type: joined.type });
  if (known(start, i) || !hasOrgHead(tokens, start, i)) {
    if (!joined) return out;
    // (the name itself is known, or no organization's by its words: the gazetteer or the tagger says what it is)
    out.push({ start, end: Math.max(joined.end, i), type: joined.type });
    return out.sort((a, b) => a.start - b.start);
  }
  if (out.some((sp) => sp.type === 'PER' && sp.start < end && sp.end > start)) return out;
  if (out.some((sp) => sp.start === start && (sp.end === i || sp.end === end))) return out;
  out = out.filter((sp) => sp.end <= start || sp.start >= end);
  out.push({ start, end, type: 'ORG' });
  out.sort((a, b) => a.start - b.start);
  return out;
}
/** Words that join two names in a list. */
const LIST_WORDS = new Set(['dan', 'serta', 'and']);
