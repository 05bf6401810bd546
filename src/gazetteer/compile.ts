/**
 * Compile gazetteer entries into the compact form the matcher loads: the entities, and every
 * alias as the folded token sequence the tokenizer would produce for it, with flags that guard
 * ambiguous short forms. Used by the build step (data/ → data/compiled/gazetteer.json) and by
 * `createExtractor({ gazetteer })` for user entries.
 */
import { scan } from '../text/scan.js';
import { splitEnglishClitic } from '../text/tokenize.js';
import type { GazetteerEntry } from './schema.js';

/** Alias written in capitals (≤ 5 letters, `AS`, `PAN`, `MA`): matches only text in capitals. */
export const F_CAPS = 1;
/** Alias starting with a capital: the text must start with a capital too. */
export const F_CAPITAL = 2;
/**
 * A demonym and, for the people, its plural (`Palestinian` → `Palestinians`, `South Korean` →
 * `South Koreans`): citizens acting or suffered upon stand for their country. Forms in -ese, -sh,
 * -ch, -s, -x are their own plural (`Japanese`, `British`, `French`, `Swiss`).
 */
function demonymForms(d: string): string[] {
  return /(ese|sh|ch|s|x|z)$/i.test(d) ? [d] : [d, d + 's'];
}

/** An English demonym or adjective of a country (`Turkish`, `Russian`). */
export const F_DEMONYM = 4;
/** A one-word alias that is also an ordinary word (`Malang`, `Antara`): not at a sentence start or in a headline. */
export const F_COMMON = 8;
/** The canonical name itself. */
export const F_NAME = 16;
/** A user entry: wins over built-in entries with the same alias. */
export const F_USER = 32;

export interface CompiledGazetteer {
  version: 1;
  entities: GazetteerEntry[];
  /** [folded tokens joined by spaces, entity index, flags] */
  aliases: Array<[string, number, number]>;
}

/** Unit abbreviations news also spells out: `Polda Jawa Barat` is `Kepolisian Daerah Jawa Barat`. */
const UNIT_LONG_FORMS: Array<[RegExp, string]> = [
  [/^Polda /, 'Kepolisian Daerah '],
  [/^Polrestabes /, 'Kepolisian Resor Kota Besar '],
  [/^Polresta /, 'Kepolisian Resor Kota '],
  [/^Polres /, 'Kepolisian Resor '],
  [/^Polsek /, 'Kepolisian Sektor '],
  [/^Kodam /, 'Komando Daerah Militer '],
  // (an airport is also written with its status: `Bandara Internasional Sultan Hasanuddin`)
  [/^Bandara (?!Internasional )/, 'Bandara Internasional '],
];

/** The spelled-out forms of an alias that starts with a unit abbreviation (none for most aliases),
 * and the dotted form of a leading `UN`/`US`/`UK`/`EU` (`UN Security Council` → `U.N. Security Council`). */
export function longForms(alias: string): string[] {
  for (const [re, long] of UNIT_LONG_FORMS) if (re.test(alias)) return [alias.replace(re, long)];
  const m = /^(UN|US|UK|EU) (?=\p{Lu})/u.exec(alias);
  if (m) return [`${m[1]![0]}.${m[1]![1]}. ${alias.slice(3)}`];
  return [];
}

/**
 * The region a province-level row names by its centre (`Kharkiv Oblast`, `Isfahan Province`): news
 * writes it `the Kharkiv region`, `wilayah Kharkiv`, `provinsi Isfahan` as well.
 */
export function regionForms(e: { type: string; kind?: string; name: string }): string[] {
  if (e.type !== 'LOCATION' || e.kind !== 'province') return [];
  const m = /^(.+) (Oblast|Province|Governorate|Prefecture|Krai|Region)$/.exec(e.name);
  if (!m) return [];
  const x = m[1]!;
  return [`${x} region`, `${x} province`, `${x} oblast`, `wilayah ${x}`, `provinsi ${x}`, `oblast ${x}`];
}

/** Token norms of an alias, as the tokenizer sees them in running text. */
export function aliasKey(alias: string): string {
  return scan(alias)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * The key of an alias with an English possessive inside, as an English sentence tokenizes it
 * (`People's Liberation Army` → `people 's liberation army`): English sentences split `'s` off its
 * word, Indonesian ones do not, so such an alias needs both keys. Undefined for any other alias.
 */
export function possessiveKey(alias: string): string | undefined {
  if (!/\p{L}['\u2019]s\b/u.test(alias)) return undefined;
  const toks = scan(alias);
  if (toks.length < 2) return undefined;
  return toks.flatMap((t) => splitEnglishClitic(t) ?? [t]).map((t) => t.norm).join(' ');
}

function letters(s: string): string {
  return s.replace(/[^\p{L}]/gu, '');
}

export function aliasFlags(alias: string, key: string, isCommon: (w: string) => boolean): number {
  let f = 0;
  const l = letters(alias);
  if (l.length > 0 && l.length <= 5 && l === l.toUpperCase() && l !== l.toLowerCase()) f |= F_CAPS;
  const c = alias.charAt(0);
  if (c !== c.toLowerCase()) f |= F_CAPITAL;
  if (key.indexOf(' ') === -1 && !(f & F_CAPS) && isCommon(key)) f |= F_COMMON;
  return f;
}

/** Compile entries (later entries with the same id replace earlier ones). */
export function compileGazetteer(entries: GazetteerEntry[], isCommon: (w: string) => boolean, userFrom = Infinity): CompiledGazetteer {
  const byId = new Map<string, number>();
  const entities: GazetteerEntry[] = [];
  const userIds = new Set<string>();
  entries.forEach((e, i) => {
    if (i >= userFrom) userIds.add(e.id);
    const k = byId.get(e.id);
    if (k === undefined) {
      byId.set(e.id, entities.length);
      entities.push(e);
    } else entities[k] = e;
  });
  const seen = new Map<string, number>(); // key + entity → index into aliases
  const aliases: Array<[string, number, number]> = [];
  entities.forEach((e, idx) => {
    const user = userIds.has(e.id) ? F_USER : 0;
    // (a demonym's plural that is the country's own name stays the name: `Philippine` → `Philippines`)
    const names = new Set([e.name, ...(e.aliases ?? [])].map((a) => a.toLowerCase()));
    const forms: Array<[string, number]> = [[e.name, F_NAME], ...[...(e.aliases ?? []), ...regionForms(e)].flatMap((a) => [a, ...longForms(a)]).map((a): [string, number] => [a, 0]), ...(e.demonyms ?? []).flatMap((d) => demonymForms(d).filter((f) => !names.has(f.toLowerCase())).map((f): [string, number] => [f, F_DEMONYM]))];
    for (const [form, extra] of forms) {
      const key0 = aliasKey(form);
      if (!key0) continue;
      // a country's name is never an ordinary word in news, whatever a word list says
      const flags = (aliasFlags(form, key0, isCommon) & (e.type === 'COUNTRY' ? ~F_COMMON : ~0)) | extra | user;
      // `PDI-Perjuangan` is also written (and detokenized) `PDI - Perjuangan`: that key too
      const spaced = /\p{L}-\p{L}/u.test(key0) ? key0.replace(/(\p{L})-(?=\p{L})/gu, '$1 - ') : undefined;
      // `People's Liberation Army` in an English sentence: `People` `'s` `Liberation` `Army`
      const possessive = possessiveKey(form);
      for (const key of [key0, ...(spaced ? [spaced] : []), ...(possessive && possessive !== key0 ? [possessive] : [])]) {
        const sk = key + '\u0000' + idx;
        const prev = seen.get(sk);
        if (prev === undefined) {
          seen.set(sk, aliases.length);
          aliases.push([key, idx, flags]);
        } else {
          // two forms fold to one key: keep the least restrictive guards, and every marker
          const old = aliases[prev]![2];
          const guards = F_CAPS | F_CAPITAL | F_COMMON;
          aliases[prev]![2] = ((old & guards) & (flags & guards)) | ((old | flags) & ~guards);
        }
      }
    }
  });
  // the run time needs no alias lists on the entities: they live in `aliases`
  const slim = entities.map((e) => {
    const { aliases: _a, demonyms: _d, ...rest } = e;
    return rest;
  });
  return { version: 1, entities: slim, aliases };
}
