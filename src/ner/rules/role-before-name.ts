/**
 * Rule: a title before a person's name gives the mention its role, in English.
 *   `Presiden Joko Widodo`            → President
 *   `Presiden Rusia, Vladimir Putin`  → President (title, then the country, a comma, the name)
 *   `Menteri Luar Negeri (Menlu) Turki, Mevlut Cavusoglu` → Foreign Minister
 *   `Ketua Umum PDIP Megawati`        → Chair
 * The relation stage turns a role with its country or organization into `holds_role`.
 */
import type { Token } from '../../types.js';
import { nerLexicon } from '../lexicon.js';

/** Units whose names end in a title's word (`Direktorat Jenderal`, `Sekretariat Jenderal`): no general there. */
const UNIT_OF_TITLE = new Set(['direktorat', 'inspektorat', 'sekretariat']);

/** A rank's word as the rank lists write it: an abbreviation without its period (`Pol.` → `pol`, `Purn.`, `Kol.`). */
function rankNorm(t: Token): string {
  return t.kind === 'abbreviation' && t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm;
}

/**
 * A title that ends at token index `end` (exclusive): its role and first token, or undefined (not
 * the last word of a unit's name: `Direktorat Jenderal`).
 */
export function titleEndingAt(tokens: Token[], end: number, floor: number, which: 'titles' | 'ranks' = 'titles'): { role: string; start: number } | undefined {
  const titles = nerLexicon()[which];
  const ranks = which === 'ranks';
  let best: { role: string; start: number } | undefined;
  for (let len = 1; len <= 8; len++) {
    const s = end - len;
    if (s < floor) break;
    const cands = titles.get(ranks ? rankNorm(tokens[s]!) : tokens[s]!.norm);
    if (!cands) continue;
    for (const [rest, role] of cands) {
      if (rest.length !== len - 1) continue;
      let ok = true;
      for (let k = 0; k < rest.length; k++) if ((ranks ? rankNorm(tokens[s + 1 + k]!) : tokens[s + 1 + k]!.norm) !== rest[k]) { ok = false; break; }
      if (ok && (!best || s < best.start) && !(s > floor && UNIT_OF_TITLE.has(tokens[s - 1]!.norm))) best = { role, start: s };
    }
  }
  return best;
}

/** Lower-case words of how an office is held, between the title and its region (`Bupati nonaktif Pesawaran`). */
const OFFICE_STATES = new Set(['nonaktif', 'non-aktif', 'terpilih', 'sementara', 'demisioner', 'definitif']);

function isCapitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * The role stated before the mention starting at token `i`, looking back over an optional comma,
 * an optional country or organization name (up to three capitalized words, or a parenthesized
 * short form), then a title.
 */
export function roleBefore(tokens: Token[], i: number, floor: number): string | undefined {
  let p = i;
  if (p - 1 >= floor && tokens[p - 1]!.text === ',') p--;
  const direct = titleEndingAt(tokens, p, floor);
  if (direct) return direct.role;
  // skip "Rusia", "Luar Negeri (Menlu) Turki": capitalized words and parenthesized short forms
  let q = p;
  for (let k = 0; k < 6 && q - 1 >= floor; k++) {
    const t = tokens[q - 1]!;
    if (t.text === ')' || t.text === '(' || isCapitalized(t) || OFFICE_STATES.has(t.norm)) {
      q--;
      const hit = titleEndingAt(tokens, q, floor);
      if (hit) return hit.role;
    } else break;
  }
  return undefined;
}

/** A title that starts at token index `start`: its role and end (exclusive), longest first. */
export function titleStartingAt(tokens: Token[], start: number, limit: number, which: 'titles' | 'ranks' = 'titles'): { role: string; end: number } | undefined {
  const t = tokens[start];
  if (!t) return undefined;
  const ranks = which === 'ranks';
  const cands = nerLexicon()[which].get(ranks ? rankNorm(t) : t.norm);
  if (!cands) return undefined;
  for (const [rest, role] of cands) {
    if (start + 1 + rest.length > limit) continue;
    let ok = true;
    for (let k = 0; k < rest.length; k++) if ((ranks ? rankNorm(tokens[start + 1 + k]!) : tokens[start + 1 + k]!.norm) !== rest[k]) { ok = false; break; }
    if (ok) return { role, end: start + 1 + rest.length };
  }
  return undefined;
}

/** The first token at or after i that does not start a rank (`AKBP`, `Komisaris Besar`, `Irjen Pol`). */
export function skipRanksForward(tokens: Token[], i: number, to: number): number {
  for (let guard = 0; guard < 3; guard++) {
    const r = titleStartingAt(tokens, i, to, 'ranks');
    if (!r) break;
    i = r.end;
  }
  return i;
}

/** Skip military and police ranks ending at `end` (`Komisaris Besar`, `Irjen Pol`); returns the new end. */
export function skipRanks(tokens: Token[], end: number, floor: number): number {
  let e = end;
  for (let guard = 0; guard < 3; guard++) {
    // (a corps in parentheses after the rank: `Kolonel Laut (P)`, `Letkol Laut (K)`)
    const corps = e - 3 >= floor && tokens[e - 1]?.text === ')' && tokens[e - 3]?.text === '(' ? titleEndingAt(tokens, e - 3, floor, 'ranks') : undefined;
    const r = corps ?? titleEndingAt(tokens, e, floor, 'ranks');
    if (!r) break;
    e = r.start;
  }
  return e;
}
