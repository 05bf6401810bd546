/**
 * The gazetteer at run time: a trie over folded token sequences, built once from the compiled
 * aliases, and a single left-to-right pass over a document's tokens, longest match first.
 * Cost per token is one char-code test for lower-case words (which can only start lower-case
 * aliases, a tiny set) and one hash lookup for capitalized ones: independent of the gazetteer's size.
 */
import type { Sentence, Token } from '../types.js';
import { F_CAPITAL, F_CAPS, F_COMMON, F_DEMONYM, aliasKey, type CompiledGazetteer } from './compile.js';
import type { GazetteerEntry } from './schema.js';

export interface AliasHit {
  entity: number;
  flags: number;
}

/** A span of text that names one or more gazetteer entities. */
export interface RawMention {
  start: number;
  end: number;
  /** token range [tokenStart, tokenEnd); for a part of a compound both are the compound token */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** the mention is a part of a hyphenated compound (`pro-Rusia`) */
  part: boolean;
  hits: AliasHit[];
}

/** Quotes that set off a nickname. */
const NICK_QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);

function hasLower(s: string): boolean {
  return s !== s.toUpperCase();
}

function isUpperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase();
}

/** A node of the alias trie: the hits of the words read so far, and the words that may follow. */
interface TrieNode {
  hits: AliasHit[] | undefined;
  next: Map<string, TrieNode> | undefined;
}

interface FirstInfo {
  max: number;
  hits: AliasHit[] | undefined;
  /** the trie node of this first word: the walk goes on word by word (no key strings built) */
  node: TrieNode | undefined;
}

function bump(m: Map<string, FirstInfo>, first: string, n: number): void {
  const f = m.get(first);
  if (!f) m.set(first, { max: n, hits: undefined, node: undefined });
  else if (f.max < n) f.max = n;
}

/**
 * An entry with every field of the schema, in the schema's order (absent ones undefined). Parsed
 * JSON gives each combination of present fields its own hidden class (14 on warta's data), which
 * made every read of an entry's `type` or `country` megamorphic and sent V8 into repeated
 * deoptimization and recompilation of the NER and relation stages (measured: ~2.7 s of compile
 * time over 3,000 articles, on a second core).
 */
function sameShape(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id, type: e.type, name: e.name, aliases: e.aliases, country: e.country, wikidata: e.wikidata, kind: e.kind,
    parent: e.parent, roles: e.roles, iso2: e.iso2, demonyms: e.demonyms, capital: e.capital, from: e.from, to: e.to,
  };
}

export class Gazetteer {
  readonly entities: GazetteerEntry[];
  readonly byId = new Map<string, number>();
  /** full alias key (folded tokens joined by spaces) → hits */
  private readonly full = new Map<string, AliasHit[]>();
  /** first token of any alias → the most tokens an alias starting with it has, and its one-token hits */
  private readonly upperFirst = new Map<string, FirstInfo>();
  /** same, for aliases whose first character is not a capital (`detikcom`, `e-KTP`) */
  private readonly lowerFirst = new Map<string, FirstInfo>();
  /** (first char code, length) of the lower-case first tokens: most lower-case words skip the map */
  private readonly lowerHint = new Set<number>();
  /** aliases word by word: the walk stops as soon as no alias goes on with the next word (built per first word on first use) */
  private readonly trie = new Map<string, TrieNode>();
  /** first word → the multi-word keys that start with it, until its trie is built */
  private readonly pending = new Map<string, string[]>();
  readonly aliasCount: number;
  /** the most tokens any alias has (a mention is never longer) */
  readonly longestAlias: number;
  /** language of the sentence being matched */
  private english = false;

  constructor(compiled: CompiledGazetteer) {
    this.entities = compiled.entities.map(sameShape);
    this.entities.forEach((e, i) => this.byId.set(e.id, i));
    let longest = 1;
    for (const [key, entity, flags] of compiled.aliases) {
      let hits = this.full.get(key);
      if (hits) hits.push({ entity, flags });
      else this.full.set(key, (hits = [{ entity, flags }]));
      const sp = key.indexOf(' ');
      const first = sp < 0 ? key : key.slice(0, sp);
      let n = 1;
      if (sp >= 0) {
        for (let c = sp; c >= 0; c = key.indexOf(' ', c + 1)) n++;
        // (multi-word keys wait for their first word to be met: the trie below it is built then)
        if (hits.length === 1) {
          const list = this.pending.get(first);
          if (list) list.push(key);
          else this.pending.set(first, [key]);
        }
      }
      if (n > longest) longest = n;
      bump(this.upperFirst, first, n);
      if (!(flags & F_CAPITAL) && !(flags & F_CAPS)) {
        bump(this.lowerFirst, first, n);
        this.lowerHint.add(first.charCodeAt(0) * 64 + Math.min(first.length, 63));
      }
    }
    // one-token hits live on the first-token record: a single lookup answers the common case
    for (const m of [this.upperFirst, this.lowerFirst]) for (const [k, f] of m) f.hits = this.full.get(k);
    this.aliasCount = compiled.aliases.length;
    this.longestAlias = longest;
  }

  /** Whether a one-word alias is this folded word (`indonesia`, `demokrat`). */
  hasAlias(word: string): boolean {
    return this.full.has(word);
  }

  private countryFirsts: Set<string> | undefined;
  /** Whether some country's alias opens with this folded word (`korea` of `Korea Selatan`), built on first use. */
  opensCountryAlias(word: string): boolean {
    if (!this.countryFirsts) {
      this.countryFirsts = new Set();
      for (const [key, hits] of this.full) if (hits.some((h) => this.entities[h.entity]!.type === 'COUNTRY')) this.countryFirsts.add(key.split(' ', 1)[0]!);
    }
    return this.countryFirsts.has(word);
  }

  /** The country an English demonym names (`Indian` → India), when exactly one. */
  demonymOf(word: string): number | undefined {
    const hits = this.full.get(aliasKey(word))?.filter((h) => h.flags & F_DEMONYM);
    if (!hits?.length || hits.some((h) => h.entity !== hits[0]!.entity)) return undefined;
    return hits[0]!.entity;
  }

  /** The entity a whole name is an alias of, when exactly one (`Kim Jong-un`); no guards applied. */
  entityNamed(name: string): number | undefined {
    const hits = this.full.get(aliasKey(name));
    if (!hits || hits.some((h) => h.entity !== hits[0]!.entity || h.flags & F_DEMONYM)) return undefined;
    return hits[0]!.entity;
  }

  entity(id: string): GazetteerEntry | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  /** Keep the hits whose guards the text satisfies. */
  private admissible(hits: AliasHit[], first: { text: string }, allCaps: boolean, initial: boolean, headline: boolean, single = false): AliasHit[] {
    let out: AliasHit[] | null = null;
    let all = true;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      // English demonyms (`Russian`) name a country in English sentences only (`Indonesian Corruption Watch`)
      let ok = !(h.flags & F_DEMONYM) || this.english;
      if (h.flags & F_CAPS) ok = allCaps;
      // (a short word in capitals is an acronym or a numeral, not a capitalized name: `XI` is no `Xi`)
      else if (h.flags & F_CAPITAL) ok = isUpperStart(first.text) && !(single && first.text.length <= 3 && allCaps);
      if (ok && h.flags & F_COMMON) ok = !initial && !headline;
      if (ok) (out ??= []).push(h);
      else all = false;
    }
    return all ? hits : out ?? [];
  }

  /** The trie of the aliases that start with word `first` (built once, the first time the word is met). */
  private subtrie(first: string): TrieNode {
    let root = this.trie.get(first);
    if (root) return root;
    root = { hits: this.full.get(first), next: undefined };
    this.trie.set(first, root);
    for (const key of this.pending.get(first) ?? []) {
      const words = key.split(' ');
      let node = root;
      for (let w = 1; w < words.length; w++) {
        node.next ??= new Map();
        let child = node.next.get(words[w]!);
        if (!child) node.next.set(words[w]!, (child = { hits: undefined, next: undefined }));
        node = child;
      }
      node.hits = this.full.get(key);
    }
    this.pending.delete(first);
    return root;
  }

  /**
   * Longest admissible alias over items[i..limit) (tokens, or the parts of a compound).
   * Returns the end index and hits, or null.
   */
  private longest(items: ReadonlyArray<{ text: string; norm: string }>, i: number, limit: number, initial: boolean, headline: boolean): [number, AliasHit[]] | null {
    const first = items[i]!;
    const upper = isUpperStart(first.text);
    if (!upper && !this.lowerHint.has(first.norm.charCodeAt(0) * 64 + Math.min(first.norm.length, 63))) return null;
    const info = (upper ? this.upperFirst : this.lowerFirst).get(first.norm);
    if (info === undefined) return null;
    const top = Math.min(limit, i + info.max);
    // walk right while the words read so far begin some alias; remember every full alias met
    let node = info.node ?? (info.max > 1 ? (info.node = this.subtrie(first.norm)) : undefined);
    let caps = !hasLower(first.text);
    let best: [number, AliasHit[]] | null = null;
    for (let j = i + 1; ; j++) {
      const hits = j === i + 1 ? info.hits : node!.hits;
      if (hits) {
        const n = j - i;
        const ok = this.admissible(hits, first, caps, n === 1 && initial, n === 1 && headline, n === 1);
        if (ok.length) best = [j, ok];
      }
      if (j >= top || node === undefined || node.next === undefined) break;
      const t = items[j]!;
      node = node.next.get(t.norm);
      if (node === undefined) break;
      if (caps && hasLower(t.text)) caps = false;
    }
    return best;
  }

  /** A known person named `Given 'Nick' Surname` from token i: the tokens' end and the person's hits. */
  private nicknamed(tokens: Token[], i: number, to: number): { end: number; hits: AliasHit[] } | undefined {
    // (cheap guard first: a capitalized word, then a quote right after it or after a second word)
    const q = tokens[i + 1]?.kind === 'punct' ? i + 1 : tokens[i + 2]?.kind === 'punct' ? i + 2 : -1;
    if (q < 0 || q + 3 >= to || !NICK_QUOTES.has(tokens[q]!.text)) return undefined;
    for (let k = i; k < q; k++) if (!/^\p{Lu}/u.test(tokens[k]!.text) || tokens[k]!.kind !== 'word') return undefined;
    let c = q + 1;
    while (c < to && c - q <= 3 && tokens[c]!.kind === 'word' && /^\p{Lu}/u.test(tokens[c]!.text)) c++;
    if (c === q + 1 || c >= to || !NICK_QUOTES.has(tokens[c]!.text)) return undefined;
    let e = c + 1;
    while (e < to && e - c <= 2 && tokens[e]!.kind === 'word' && /^\p{Lu}/u.test(tokens[e]!.text)) e++;
    if (e === c + 1) return undefined;
    const given = tokens.slice(i, q).map((t) => t.text).join(' ');
    for (let end = e; end > c + 1; end--) {
      const id = this.entityNamed(given + ' ' + tokens.slice(c + 1, end).map((t) => t.text).join(' '));
      if (id !== undefined && this.entities[id]!.type === 'PERSON') return { end, hits: [{ entity: id, flags: 0 }] };
    }
    return undefined;
  }

  /**
   * Find every gazetteer mention in the document, longest match first. Sentences give the
   * sentence index and where a sentence starts (capitals prove nothing there for common words).
   */
  match(tokens: Token[], sentences: Sentence[]): RawMention[] {
    const out: RawMention[] = [];
    for (const s of sentences) {
      const headline = s.zone === 'headline';
      this.english = s.language === 'en';
      let i = s.tokenStart;
      let initial = true; // no word seen yet in this sentence
      while (i < s.tokenEnd) {
        const t = tokens[i]!;
        if (t.kind !== 'word' && t.kind !== 'abbreviation') {
          i++;
          continue;
        }
        // `Jimmy 'Barbecue' Chérizier`, `Andrew "Andy" Cole`: a known person's name with a nickname in
        // quotes between the given name and the surname is that person, the nickname inside the mention
        const nick = this.nicknamed(tokens, i, s.tokenEnd);
        if (nick) {
          out.push({ start: t.start, end: tokens[nick.end - 1]!.end, tokenStart: i, tokenEnd: nick.end, sentence: s.index, part: false, hits: nick.hits });
          i = nick.end;
          initial = false;
          continue;
        }
        const m = this.longest(tokens, i, s.tokenEnd, initial, headline);
        initial = false;
        if (m) {
          out.push({ start: t.start, end: tokens[m[0] - 1]!.end, tokenStart: i, tokenEnd: m[0], sentence: s.index, part: false, hits: m[1] });
          i = m[0];
          continue;
        }
        if (t.parts) {
          // names inside a hyphenated compound: Rusia-Turki, pro-Rusia, Turkish-made
          const parts = t.parts;
          let p = 0;
          while (p < parts.length) {
            const pm = this.longest(parts, p, parts.length, false, false);
            if (pm) {
              // `Saudi-led`, `US-led`: the leader stands for the whole word (`the Saudi-led coalition bombed …`)
              const leads = p === 0 && pm[0] === parts.length - 1 && parts[pm[0]]!.norm === 'led';
              out.push({ start: parts[p]!.start, end: parts[pm[0] - 1]!.end, tokenStart: i, tokenEnd: i + 1, sentence: s.index, part: !leads, hits: pm[1] });
              p = pm[0];
            } else p++;
          }
        }
        i++;
      }
    }
    return out;
  }
}
