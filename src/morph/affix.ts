/**
 * Indonesian affixation: generate the surface forms of a stem under an affix pattern, with the
 * nasal assimilation of meN-/peN- (kirim → mengirim, pukul → memukul, serang → menyerang,
 * tolak → menolak, but kritik → mengkritik, protes → memprotes, bom → mengebom).
 * The predicate lexicon lists stems and patterns; the build step expands them into every form
 * news uses, so matching at run time is a hash lookup of the folded word.
 */

export const PATTERNS = [
  'base', 'meN', 'meN-kan', 'meN-i', 'di', 'di-kan', 'di-i', 'ter', 'ter-kan', 'ber', 'ber-an', 'ber-kan',
  'peN-an', 'per-an', 'ke-an', '-an', 'memper', 'memper-kan', 'memper-i', 'diper', 'diper-kan', 'diper-i', 'se',
] as const;
export type Pattern = (typeof PATTERNS)[number];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Syllable count: one per vowel, but a final diphthong (-ai, -au, -oi) counts once. */
function syllables(stem: string): number {
  let n = 0;
  for (const c of stem) if (isVowel(c)) n++;
  if (/(?:ai|au|oi)$/.test(stem)) n--;
  return n;
}

/** The nasal prefix form for meN-/peN- (`me`/`pe` + assimilated stem). */
function nasal(stem: string, me: 'me' | 'pe'): string {
  if (syllables(stem) === 1) return me + 'nge' + stem; // bom → mengebom, tes → mengetes
  const c = stem[0]!;
  const cluster = !isVowel(stem[1]) && !isVowel(c); // kr-, pr-, tr-, st-, sk-, kl- keep their consonant
  if (isVowel(c)) return me + 'ng' + stem;
  switch (c) {
    case 'b': case 'f': case 'v':
      return me + 'm' + stem;
    case 'p':
      return cluster ? me + 'm' + stem : me + 'm' + stem.slice(1);
    case 'd': case 'c': case 'j': case 'z':
      return me + 'n' + stem;
    case 't':
      return cluster ? me + 'n' + stem : me + 'n' + stem.slice(1);
    case 'g': case 'h':
      return me + 'ng' + stem;
    case 'k':
      return cluster && stem[1] !== 'h' ? me + 'ng' + stem : stem[1] === 'h' ? me + 'ng' + stem : me + 'ng' + stem.slice(1);
    case 's':
      if (stem[1] === 'y') return me + 'n' + stem; // syukur → mensyukuri
      return cluster ? me + 'n' + stem : me + 'ny' + stem.slice(1);
    default:
      return me + stem; // l, m, n, r, w, y
  }
}

/** ber-/ter-/per- drop their r before r and before a first syllable ending in -er (kerja → bekerja). */
function rPrefix(p: 'ber' | 'ter' | 'per', stem: string): string {
  if (stem[0] === 'r') return p.slice(0, 2) + stem;
  if (/^[^aeiou]er/.test(stem) && p === 'ber') return 'be' + stem;
  return p + stem;
}

/** Surface forms of `stem` under `pattern` (folded, lower case). Multi-word stems inflect the first word. */
export function inflect(stem: string, pattern: Pattern): string {
  const sp = stem.indexOf(' ');
  if (sp > 0) {
    // a compound takes a confix as one word (tanda tangan → menandatangani), a prefix on its first word (bekerja sama)
    const confix = pattern.includes('-') && pattern !== 'meN' ;
    if (confix) return inflect(stem.replace(/ /g, ''), pattern);
    return inflect(stem.slice(0, sp), pattern) + stem.slice(sp);
  }
  const s = stem;
  switch (pattern) {
    case 'base': return s;
    case 'meN': return nasal(s, 'me');
    case 'meN-kan': return nasal(s, 'me') + 'kan';
    case 'meN-i': return nasal(s, 'me') + (s.endsWith('i') ? '' : 'i');
    case 'di': return 'di' + s;
    case 'di-kan': return 'di' + s + 'kan';
    case 'di-i': return 'di' + s + (s.endsWith('i') ? '' : 'i');
    case 'ter': return rPrefix('ter', s);
    case 'ter-kan': return rPrefix('ter', s) + 'kan';
    case 'ber': return rPrefix('ber', s);
    case 'ber-an': return rPrefix('ber', s) + 'an';
    case 'ber-kan': return rPrefix('ber', s) + 'kan';
    case 'peN-an': return nasal(s, 'pe') + 'an';
    case 'per-an': return rPrefix('per', s) + 'an';
    case 'ke-an': return 'ke' + s + 'an';
    case '-an': return s + 'an';
    case 'memper': return 'memper' + s;
    case 'memper-kan': return 'memper' + s + 'kan';
    case 'memper-i': return 'memper' + s + (s.endsWith('i') ? '' : 'i');
    case 'diper': return 'diper' + s;
    case 'diper-kan': return 'diper' + s + 'kan';
    case 'diper-i': return 'diper' + s + (s.endsWith('i') ? '' : 'i');
    case 'se': return 'se' + s;
  }
}

/** What a pattern says about voice and category, for the clause analysis. */
export function patternVoice(p: Pattern): 'active' | 'passive' | 'intransitive' | 'nominal' {
  if (p === 'di' || p === 'di-kan' || p === 'di-i' || p === 'diper' || p === 'diper-kan' || p === 'diper-i' || p === 'ter' || p === 'ter-kan') return 'passive';
  if (p === 'peN-an' || p === 'per-an' || p === 'ke-an' || p === '-an') return 'nominal';
  if (p === 'ber' || p === 'ber-an' || p === 'base' || p === 'se') return 'intransitive';
  return 'active';
}
