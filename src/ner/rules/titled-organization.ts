/**
 * Rule `titled-organization`: a title, the capitalized words of an organization warta does not know,
 * then a comma and the holder's name: `kata Direktur Rumah Kita Bahari Langkat, Azhar Kasim,`,
 * `Direktur Eksekutif Indonesia Budget Center, Roy Salam,`. Indonesian news names the holder's
 * organization this way before the name; the tagger, reading title case, cuts such a run up or
 * takes it for a person (`Budget Center`), and a known place inside it (`Langkat`, `Indonesia`) then
 * looked like the office's seat. The run becomes one organization when:
 * - it follows a whole title (data/lexicon/cues.tsv) and ends right before `, Name`;
 * - it has two to seven words, capitalized (lower-case `untuk`, `for`, `of`, `&` may join them; not
 *   `dan`: `Pangdam Brawijaya dan Diponegoro, X` names two units);
 * - a person's name follows the comma, maybe after a rank (`Kapolres Kediri Kota, AKBP X`), not a
 *   date (`kata Juru Bicara Kepolisian Swedia Jonas Hysing, Minggu`: the run took the name);
 * - no known organization or regional office lies inside it, it is not exactly one known name
 *   (`Menlu Amerika Serikat, Rex Tillerson`, `Ketua Umum Partai Golkar, X`: the known name is the
 *   organization), not a person the tagger found (`Ratu Tisha Destria, …`), and it does not end with
 *   a country (`Penasihat Keamanan Nasional Myanmar, X`: the title runs on, the country is the seat).
 * The same run after the holder's name and a lower-case title, up to the clause's end, is one too
 * (`kata Dladwell Otieno, direktur eksekutif Africa Centre for Open Governance.`).
 * The span replaces tagged spans lying inside it, and the known names inside it do not replace it
 * (see `isOwnSpan`); a tagged span crossing its edges is the tagger's call.
 */
import type { Token } from '../../types.js';
import type { TaggedSpan } from '../tagger.js';
import { skipRanksForward, titleStartingAt } from './role-before-name.js';
import { isOwnSpan, placeOwnSpan } from './regional-office.js';
import { nerLexicon } from '../lexicon.js';
import { upperStart } from '../../text/chars.js';

const JOINERS = new Set(['untuk', 'for', 'of', '&']);
const ROYAL = /^(Queen|King|Prince|Princess|Sultan|Emperor|Crown Prince)$/;

function capitalized(t: Token | undefined): boolean {
  if (t === undefined || (t.kind !== 'word' && t.kind !== 'abbreviation')) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : upperStart(t.text);
}

/**
 * The tagged persons of a span list by their start and end token, and the spans placed by these rules,
 * built once per list (a list is replaced, not changed, when a span is placed): a sentence of
 * thousands of titles does not search the whole list for each one.
 */
interface SpanIndex { spans: TaggedSpan[]; perByEnd: Map<number, TaggedSpan[]>; perStarts: Set<number>; own: TaggedSpan[] }
let lastIndex: SpanIndex | undefined;
function indexOf(spans: TaggedSpan[]): SpanIndex {
  if (lastIndex?.spans === spans) return lastIndex;
  const perByEnd = new Map<number, TaggedSpan[]>();
  const perStarts = new Set<number>();
  const own: TaggedSpan[] = [];
  for (const sp of spans) {
    if (sp.type === 'PER') {
      const list = perByEnd.get(sp.end);
      if (list) list.push(sp);
      else perByEnd.set(sp.end, [sp]);
      perStarts.add(sp.start);
    }
    if (isOwnSpan(sp)) own.push(sp);
  }
  return (lastIndex = { spans, perByEnd, perStarts, own });
}

// (helpers, not closures: a closure over the loop's variables makes V8 allocate a context on every
// iteration, i.e. for every token)
function personEndingAt(spans: TaggedSpan[], end: number): boolean {
  return indexOf(spans).perByEnd.has(end);
}

function personStartingAt(spans: TaggedSpan[], start: number): boolean {
  return indexOf(spans).perStarts.has(start);
}

/** The run [a, end) is a tagged person's (whole, or from a known given name on) or holds a span of these rules. */
function takenRun(tokens: Token[], spans: TaggedSpan[], a: number, end: number): boolean {
  const names = nerLexicon().names;
  const ix = indexOf(spans);
  for (const sp of ix.perByEnd.get(end) ?? []) if (sp.start === a || (sp.start > a && names.has(tokens[sp.start]!.norm))) return true;
  // (the rules' own spans are few: a title's organization, a facility)
  for (const sp of ix.own) if (sp.start >= a && sp.end <= end) return true;
  return false;
}

/**
 * `known(a, b)`: tokens [a, b) are exactly one name of warta's data; `orgInside(a, b)`: a known
 * organization's name lies within [a, b); `countryEndingAt(b)`: a known country's name ends right
 * before token b; `knownPersonAt(i)`, `knownPersonEndingAt(b)`: a person of warta's data is named
 * from token i, up to token b.
 */
export function titledOrganizations(
  tokens: Token[], spans: TaggedSpan[], from: number, to: number, known: (a: number, b: number) => boolean,
  orgInside: (a: number, b: number) => boolean, countryEndingAt: (b: number) => boolean, knownPersonAt: (i: number) => boolean,
  knownPersonEndingAt: (b: number) => boolean,
): TaggedSpan[] {
  let out = spans;
  // both shapes need a comma: the title starts at most a dozen words before one, or right after it
  let comma = from;
  for (let i = from; i < to - 3; i++) {
    if (comma < i) { comma = i; while (comma < to && tokens[comma]!.text !== ',') comma++; }
    if (i === from || tokens[i - 1]!.text !== ',') {
      if (comma >= to) break;
      if (comma - i > 12) { i = comma - 13; continue; }
    }
    const t = tokens[i]!;
    const c0 = t.text.charCodeAt(0);
    // after the name, the title in lower case: `kata Dladwell Otieno, direktur eksekutif Africa Centre
    // for Open Governance.` (the run then ends the clause)
    const lower = c0 >= 97 && c0 <= 122 && i - 1 > from && tokens[i - 1]!.text === ',';
    if (!lower && (c0 < 65 || c0 > 90)) continue;
    // a title that opens its phrase: not the tail of a longer name (`Badan … Kepala`)
    if (!lower && i > from && capitalized(tokens[i - 1])) continue;
    const title = titleStartingAt(tokens, i, to);
    // (royal titles are also given names: `Ratu Tisha Destria`)
    if (!title || ROYAL.test(title.role)) continue;
    const after = lower && (knownPersonEndingAt(i - 1) || personEndingAt(out, i - 1));
    if (lower && !after) continue;
    let end = title.end;
    while (end < to && end - title.end < 7) {
      const w = tokens[end]!;
      if (capitalized(w)) { end++; continue; }
      if (JOINERS.has(w.norm) && capitalized(tokens[end + 1]) && end > title.end) { end++; continue; }
      break;
    }
    const a = title.end;
    if (after) {
      // two words at least, then the clause ends
      if (end - a < 2 || (end < to && !/^[,.;:)"”]$/.test(tokens[end]!.text))) { i = Math.max(i, title.end - 1); continue; }
    } else if (end - a < 2 || tokens[end]?.text !== ',' || !capitalized(tokens[end + 1])) { i = Math.max(i, title.end - 1); continue; } // two words at least, then `, Name`
    const person = skipRanksForward(tokens, end + 1, to);
    const named = after || knownPersonAt(person) || personStartingAt(out, person);
    // (a person the tagger found at the run's end, with a known given name, is the holder:
    // `Direktur PT Windhu Tunggal Utama Abdul Khoir, Andi …` names two people)
    const taken = takenRun(tokens, out, a, end);
    if (!named || taken || known(a, end) || orgInside(a, end) || countryEndingAt(end) || knownFromTitle(known, i + 1, a, end)) { i = end - 1; continue; }
    out = placeOwnSpan(out, { start: a, end, type: 'ORG' });
    i = end - 1;
  }
  return out;
}

/** A known name that begins inside the title and ends the run: `Ketua [Komisi II DPR]`, the title's last word its first. */
function knownFromTitle(known: (a: number, b: number) => boolean, from: number, a: number, end: number): boolean {
  for (let k = from; k < a; k++) if (known(k, end)) return true;
  return false;
}

