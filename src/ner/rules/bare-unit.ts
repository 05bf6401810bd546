/**
 * Rule `bare-unit`: a regional body's kind written alone, after the body was named (`Kejaksaan Tinggi
 * Jawa Timur … Kejati juga meminta PPATK …`, `Polda Jawa Barat menangkap … Polda juga menyita …`,
 * `Pemkot Surabaya … Pemkot meminta …`), is that body: Indonesian news names a regional prosecutor,
 * police, government or council in full once and then by its kind. The body is the nearest one of the
 * same kind named before (by its long or short form); with none named before, the word names nobody
 * and is left alone. `bareUnits` adds the mentions the tagger did not see (it reads a lone `Polda` as
 * no name); `unitKey` lets resolution link them (and a lone `Kejati` the tagger took for a person).
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
export const UNIT_FIRST = new Set(KINDS.map(([head]) => head[0]!));

/** The words a bare unit is written with (one word, the short form). */
const BARE = new Set(['kejati', 'kejari', 'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'pemprov', 'pemkab', 'pemkot', 'dprd', 'kodam', 'bpbd']);

/** The kind of the body a name (its folded words) opens with, if it is a regional body's. */
export function unitKey(words: readonly string[]): string | undefined {
  for (const [head, key] of KINDS) {
    if (words.length < head.length) continue;
    let ok = true;
    for (let k = 0; k < head.length; k++) if (words[k] !== head[k]) { ok = false; break; }
    if (ok) return key;
  }
  return undefined;
}

/** A name that is a unit's kind alone (`Kejati`, `Polda`), with no region after it. */
export function isBareUnit(words: readonly string[]): boolean {
  return words.length === 1 && BARE.has(words[0]!);
}

/**
 * Adds a candidate for each lone unit word (capitalized, not inside another candidate, no capitalized
 * word after it) whose kind a candidate before it in the document names in full.
 */
export function bareUnits(tokens: Token[], sentences: Sentence[], cands: Candidate[]): void {
  let named: Map<string, number> | undefined; // kind → where it was first named in full
  for (const c of cands) {
    if (c.tokenEnd - c.tokenStart < 2 || !UNIT_FIRST.has(tokens[c.tokenStart]!.norm)) continue;
    const key = unitKey(wordsOf(tokens, c.tokenStart, c.tokenEnd));
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
    if (c0 < 65 || c0 > 90 || !BARE.has(t.norm)) continue;
    const key = unitKey([t.norm])!;
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

function wordsOf(tokens: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i < Math.min(b, a + 3); i++) out.push(tokens[i]!.norm);
  return out;
}
