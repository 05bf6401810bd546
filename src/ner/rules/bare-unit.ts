/**
 * Rule `bare-unit`: a regional body's kind written alone, after the body was named (`Kejaksaan Tinggi
 * Jawa Timur … Kejati juga meminta PPATK …`, `Polda Jawa Barat menangkap … Polda juga menyita …`,
 * `Pemkot Surabaya … Pemkot meminta …`), is that body: Indonesian news names a regional prosecutor,
 * police, government or council in full once and then by its kind. The body is the nearest one of the
 * same kind named before (by its long or short form); with none named before, the word names nobody
 * and is left alone. `bareUnits` adds the mentions the tagger did not see (it reads a lone `Polda` as
 * no name); `unitKey` and `bareUnitKey` let resolution link them (and a lone `Kejati` the tagger took
 * for a person).
 */
import type { Sentence, Token } from '../../types.js';
import type { Candidate } from '../resolve.js';

/** The kind of regional body a name opens with, by its first words (folded), as one key. */
const KINDS: Array<[string[], string]> = [
  [['kejati'], 'kejati'], [['kejaksaan', 'tinggi'], 'kejati'],
  [['kejari'], 'kejari'], [['kejaksaan', 'negeri'], 'kejari'],
  [['polda'], 'polda'], [['kepolisian', 'daerah'], 'polda'],
  [['polres'], 'polres'], [['polresta'], 'polres'], [['polrestabes'], 'polres'], [['kepolisian', 'resor'], 'polres'],
  [['polsek'], 'polsek'], [['kepolisian', 'sektor'], 'polsek'],
  [['pemprov'], 'pemprov'], [['pemerintah', 'provinsi'], 'pemprov'],
  [['pemkab'], 'pemkab'], [['pemerintah', 'kabupaten'], 'pemkab'],
  [['pemkot'], 'pemkot'], [['pemerintah', 'kota'], 'pemkot'],
  [['dprd'], 'dprd'],
  [['kodam'], 'kodam'], [['komando', 'daerah', 'militer'], 'kodam'],
  [['bpbd'], 'bpbd'],
];

/** First words of the names `unitKey` knows (a cheap test before it). */
const UNIT_FIRST = new Set(KINDS.map(([head]) => head[0]!));

/** The short forms a unit's kind is written with alone, by key (`Polresta` → polres). */
const BARE = new Map([['kejati', 'kejati'], ['kejari', 'kejari'], ['polda', 'polda'], ['polres', 'polres'], ['polresta', 'polres'], ['polrestabes', 'polres'], ['polsek', 'polsek'], ['pemprov', 'pemprov'], ['pemkab', 'pemkab'], ['pemkot', 'pemkot'], ['dprd', 'dprd'], ['kodam', 'kodam'], ['bpbd', 'bpbd']]);

/** The kind of regional body the name at tokens[at..end) opens with (its first words), if it is one. */
export function unitKey(tokens: Token[], at: number, end: number): string | undefined {
  if (!UNIT_FIRST.has(tokens[at]!.norm)) return undefined;
  for (const [head, key] of KINDS) {
    if (end - at < head.length) continue;
    let ok = true;
    for (let k = 0; k < head.length; k++) if (tokens[at + k]!.norm !== head[k]) { ok = false; break; }
    if (ok) return key;
  }
  return undefined;
}

/** The kind a word written alone names (`Kejati`, `Polda`: a unit's short form with no region after it). */
export function bareUnitKey(norm: string): string | undefined {
  return BARE.get(norm);
}

/**
 * Adds a candidate for each lone unit word (capitalized, not inside another candidate, no capitalized
 * word after it) whose kind a candidate before it in the document names in full.
 */
export function bareUnits(tokens: Token[], sentences: Sentence[], cands: Candidate[]): void {
  let named: Map<string, number> | undefined; // kind → where it was first named in full
  for (const c of cands) {
    if (c.tokenEnd - c.tokenStart < 2) continue;
    const key = unitKey(tokens, c.tokenStart, c.tokenEnd);
    if (key === undefined) continue;
    named ??= new Map();
    const at = named.get(key);
    if (at === undefined || c.tokenStart < at) named.set(key, c.tokenStart);
  }
  if (!named) return;
  let covered: Uint8Array | undefined;
  let si = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = t.text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    const key = bareUnitKey(t.norm);
    if (key === undefined) continue;
    const first = named.get(key);
    if (first === undefined || first >= i) continue;
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) continue;
    if (!covered) {
      covered = new Uint8Array(tokens.length);
      for (const c of cands) covered.fill(1, c.tokenStart, c.tokenEnd);
    }
    if (covered[i]) continue;
    while (si < sentences.length && sentences[si]!.tokenEnd <= i) si++;
    const s = sentences[si];
    if (!s || s.language !== 'id') continue;
    cands.push({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: s.index, type: 'ORG', entity: undefined, score: 0.5, part: false, demonym: false, role: undefined });
  }
}
