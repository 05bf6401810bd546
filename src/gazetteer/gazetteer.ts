/**
 * The gazetteer at run time: a trie over folded token sequences, built once from the compiled
 * aliases, and a single left-to-right pass over a document's tokens, longest match first.
 * Cost per token is one char-code test for lower-case words (which can only start lower-case
 * aliases, a tiny set) and one hash lookup for capitalized ones: independent of the gazetteer's size.
 */
import type { Sentence, Token } from '../types.js';
import { F_CAPITAL, F_CAPS, F_COMMON, type CompiledGazetteer } from './compile.js';
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

export class Gazetteer {
  readonly entities: GazetteerEntry[];
  readonly byId = new Map<string, number>();
  /** full alias key (folded tokens joined by spaces) → hits */
  private readonly full = new Map<string, AliasHit[]>();
  /** first token of any alias → the most tokens an alias starting with it has */
  private readonly upperFirst = new Map<string, number>();
  /** same, for aliases whose first character is not a capital (`detikcom`, `e-KTP`) */
  private readonly lowerFirst = new Map<string, number>();
  readonly aliasCount: number;

  constructor(compiled: CompiledGazetteer) {
    this.entities = compiled.entities;
    compiled.entities.forEach((e, i) => this.byId.set(e.id, i));
    for (const [key, entity, flags] of compiled.aliases) {
      const hits = this.full.get(key);
      if (hits) hits.push({ entity, flags });
      else this.full.set(key, [{ entity, flags }]);
      let n = 1;
      let sp = key.indexOf(' ');
      const first = sp === -1 ? key : key.slice(0, sp);
      while (sp !== -1) {
        n++;
        sp = key.indexOf(' ', sp + 1);
      }
      if ((this.upperFirst.get(first) ?? 0) < n) this.upperFirst.set(first, n);
      if (!(flags & F_CAPITAL) && !(flags & F_CAPS) && (this.lowerFirst.get(first) ?? 0) < n) this.lowerFirst.set(first, n);
    }
    this.aliasCount = compiled.aliases.length;
  }

  entity(id: string): GazetteerEntry | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  /** Keep the hits whose guards the text satisfies. */
  private admissible(hits: AliasHit[], first: { text: string }, allCaps: boolean, initial: boolean, headline: boolean): AliasHit[] {
    let out: AliasHit[] | null = null;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      let ok = true;
      if (h.flags & F_CAPS) ok = allCaps;
      else if (h.flags & F_CAPITAL) ok = isUpperStart(first.text);
      if (ok && h.flags & F_COMMON) ok = !initial && !headline;
      if (ok) (out ??= []).push(h);
    }
    return out ?? [];
  }

  /**
   * Longest admissible alias over items[i..limit) (tokens, or the parts of a compound).
   * Returns the end index and hits, or null.
   */
  private longest(items: ReadonlyArray<{ text: string; norm: string }>, i: number, limit: number, initial: boolean, headline: boolean): [number, AliasHit[]] | null {
    const first = items[i]!;
    const max = (isUpperStart(first.text) ? this.upperFirst : this.lowerFirst).get(first.norm);
    if (max === undefined) return null;
    const top = Math.min(limit, i + max);
    // keys of every length, built once left to right
    let key = first.norm;
    let caps = !hasLower(first.text);
    const keys: string[] = [key];
    const capsAt: boolean[] = [caps];
    for (let j = i + 1; j < top; j++) {
      const t = items[j]!;
      key += ' ' + t.norm;
      if (hasLower(t.text)) caps = false;
      keys.push(key);
      capsAt.push(caps);
    }
    for (let n = keys.length; n >= 1; n--) {
      const hits = this.full.get(keys[n - 1]!);
      if (!hits) continue;
      const ok = this.admissible(hits, first, capsAt[n - 1]!, n === 1 && initial, n === 1 && headline);
      if (ok.length) return [i + n, ok];
    }
    return null;
  }

  /**
   * Find every gazetteer mention in the document, longest match first. Sentences give the
   * sentence index and where a sentence starts (capitals prove nothing there for common words).
   */
  match(tokens: Token[], sentences: Sentence[]): RawMention[] {
    const out: RawMention[] = [];
    for (const s of sentences) {
      const headline = s.zone === 'headline';
      let i = s.tokenStart;
      let initial = true; // no word seen yet in this sentence
      while (i < s.tokenEnd) {
        const t = tokens[i]!;
        if (t.kind !== 'word' && t.kind !== 'abbreviation') {
          i++;
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
              out.push({ start: parts[p]!.start, end: parts[pm[0] - 1]!.end, tokenStart: i, tokenEnd: i + 1, sentence: s.index, part: true, hits: pm[1] });
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
