/**
 * The NER's word knowledge, loaded once from data/compiled/ner-lexicon.json (built from
 * data/lexicon/cues.tsv, person-names.txt and the people of the gazetteer): cue classes of words
 * (title, honorific, speech verb, organization or location head …), the English role of titles,
 * and name tokens.
 */
import { readData } from '../data-path.js';

export const CUE_TITLE = 1;
export const CUE_HONORIFIC = 2;
export const CUE_SPEECH = 4;
export const CUE_ORGHEAD = 8;
export const CUE_ORGTAIL = 16;
export const CUE_LOCHEAD = 32;
export const CUE_DEMONYMHEAD = 64;
export const CUE_CONNECTOR = 128;
export const CUE_RANK = 256;

export const CUE_CLASSES: Record<string, number> = {
  title: CUE_TITLE, honorific: CUE_HONORIFIC, speech: CUE_SPEECH, orghead: CUE_ORGHEAD, orgtail: CUE_ORGTAIL,
  lochead: CUE_LOCHEAD, demonymhead: CUE_DEMONYMHEAD, connector: CUE_CONNECTOR, rank: CUE_RANK,
};

export interface CompiledNerLexicon {
  version: 1;
  /** [folded cue (tokens joined by spaces), class names joined by |, English role or ''] */
  cues: Array<[string, string, string]>;
  /** titles that name their organization: [title key, organization id] (`kapolri` → `polri`) */
  titleOrgs?: Array<[string, string]>;
  /** buildings that stand for the institution seated in them (place id, institution id) */
  seats?: Array<[string, string]>;
  /** folded given and family names (people of the gazetteer and a name list) */
  names: string[];
  /** folded expressions that are never names (holidays, greetings) */
  notNames: string[];
}

export interface NerLexicon {
  /** cue class bits of a single folded word */
  cueBits: Map<string, number>;
  /** multi-word titles (first word → [rest of the words, role]) and one-word titles → role */
  titles: Map<string, Array<[string[], string]>>;
  /** military and police ranks, same shape (role empty) */
  ranks: Map<string, Array<[string[], string]>>;
  names: Set<string>;
  notNames: Set<string>;
  /** title key → the organization it names (`kapolri` → `polri`) */
  titleOrgs: Map<string, string>;
  /** place id → id of the institution seated there (`Gedung DPR` → the House) */
  seats: Map<string, string>;
}

let lex: NerLexicon | undefined;

export function nerLexicon(): NerLexicon {
  if (lex) return lex;
  const c = JSON.parse(readData('compiled/ner-lexicon.json')) as CompiledNerLexicon;
  const cueBits = new Map<string, number>();
  const titles = new Map<string, Array<[string[], string]>>();
  const ranks = new Map<string, Array<[string[], string]>>();
  for (const [key, classes, role] of c.cues) {
    const words = key.split(' ');
    let bits = 0;
    for (const cl of classes.split('|')) bits |= CUE_CLASSES[cl] ?? 0;
    if (words.length === 1) cueBits.set(key, (cueBits.get(key) ?? 0) | bits);
    for (const [bit, map] of [[CUE_TITLE, titles], [CUE_RANK, ranks]] as const) {
      if (!(bits & bit)) continue;
      const first = words[0]!;
      if (!map.has(first)) map.set(first, []);
      map.get(first)!.push([words.slice(1), role]);
    }
  }
  // `wakil` before any title the lexicon has not written with it is its deputy (`Wakil Direktur`,
  // `Wakil Kepala`, `Wakil Sekretaris Jenderal`), and so is English `deputy` (`Deputy Manpower Minister`)
  const deputies: Array<[string[], string]> = [];
  for (const [first, list] of titles) {
    if (first === 'wakil' || first === 'deputy') continue;
    for (const [rest, role] of list) if (!/^(Vice|Deputy|Acting|former)\b/.test(role)) deputies.push([[first, ...rest], `Deputy ${role}`]);
  }
  for (const head of ['wakil', 'deputy']) {
    const own = titles.get(head) ?? [];
    const written = new Set(own.map(([rest]) => rest.join(' ')));
    for (const d of deputies) if (!written.has(d[0].join(' '))) { own.push(d); written.add(d[0].join(' ')); }
    if (own.length) titles.set(head, own);
  }
  // longest first
  for (const list of [...titles.values(), ...ranks.values()]) list.sort((a, b) => b[0].length - a[0].length);
  lex = { cueBits, titles, ranks, names: new Set(c.names), notNames: new Set(c.notNames), titleOrgs: new Map(c.titleOrgs ?? []), seats: new Map(c.seats ?? []) };
  return lex;
}
