/**
 * The pipeline: layout → tokens, sentences, languages → values (dates, money …) → entities →
 * relations. Each stage reads the document so far and adds one layer.
 */
import type { ExtractResult, Language, Sentence, Zone } from './types.js';
import { WartaError, assertText } from './errors.js';
import { detectLayout } from './text/layout.js';
import { analyzeText, checkLang, type LanguageOption } from './text/tokenize.js';
import { findValues } from './text/values.js';
import { normalizeDateOption } from './text/dates.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { defaultGazetteer, gazetteerWith } from './gazetteer/load.js';
import type { GazetteerEntry } from './gazetteer/schema.js';
import { recognize } from './ner/recognize.js';
import { entityFromEntry } from './ner/entities.js';
import { extractRelations } from './relations/index.js';
import { roleHeldOn } from './gazetteer/link.js';
import { defaultModel, type NerModel } from './ner/model.js';
import { tagTokensWith, type TagTokensOptions } from './ner/tag-tokens.js';
import { ResultCache, type CacheOptions } from './cache.js';

export type ExtractField = 'tokens' | 'layout' | 'values' | 'sentences';

export interface ExtractOptions {
  /** `auto` (default) decides per sentence; `id` or `en` forces one language. */
  lang?: LanguageOption;
  /** Publication date (ISO `YYYY-MM-DD` or a Date). Overrides the article's own date line. */
  date?: string | Date;
  /** Include the token array in the result (default true). */
  tokens?: boolean;
  /** Include the layout in the result (default true). */
  layout?: boolean;
  /**
   * `sentence` (default): one relation per (type, subject, object) in each sentence, so a fact
   * reported in three sentences comes three times, each with its evidence (as event coders count
   * reports). `document`: only the first in the document, completed with the time or theme later
   * ones give.
   */
  relations?: RelationsPer;
}

/** The values of the `relations` option. */
export const RELATIONS_PER = ['sentence', 'document'] as const;
export type RelationsPer = (typeof RELATIONS_PER)[number];

const ALLOWED = new Set(['lang', 'date', 'tokens', 'layout', 'relations']);

export function checkExtractOptions(options: unknown): ExtractOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new WartaError('INVALID_OPTION', 'extract() options must be an object, e.g. { lang: "id", date: "2022-01-03" }.');
  }
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!ALLOWED.has(k)) throw new WartaError('INVALID_OPTION', `Unknown extract() option "${k}". Known options: ${[...ALLOWED].join(', ')}.`);
  }
  checkLang(o.lang);
  if (o.relations !== undefined && !(RELATIONS_PER as readonly unknown[]).includes(o.relations)) {
    throw new WartaError('INVALID_OPTION', `Option relations must be ${RELATIONS_PER.map((x) => JSON.stringify(x)).join(' or ')}, got ${JSON.stringify(o.relations)}.`);
  }
  if (o.date !== undefined && normalizeDateOption(o.date) === undefined) {
    throw new WartaError('INVALID_OPTION', `Option date must be an ISO date (YYYY-MM-DD) or a valid Date, got ${JSON.stringify(o.date)}.`);
  }
  return o as ExtractOptions;
}

function assignZones(sentences: Sentence[], zones: Array<{ start: number; end: number; zone: Zone }>): void {
  let z = 0;
  for (const s of sentences) {
    while (z < zones.length && zones[z]!.end <= s.start) z++;
    const zone = zones[z];
    s.zone = zone && zone.start <= s.start ? zone.zone : 'body';
  }
}

export interface ExtractorOptions {
  /** Extra gazetteer entries (the schema of data/README.md); they override built-in rows with the same id or alias. */
  gazetteer?: GazetteerEntry[];
  /**
   * Cache results in a bounded LRU (src/cache.ts) keyed by a hash of text + options, e.g.
   * `{ maxEntries: 1000, maxBytes: 64e6 }`. A hit returns a fresh `JSON.parse` of the stored JSON,
   * so callers may mutate results freely. Off by default.
   */
  cache?: CacheOptions;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): ExtractResult;
  /** IOB2 tags (`B-PER`, `I-ORG`, `B-LOC`, `O`) for pre-tokenized input, one per token. */
  tagTokens(tokens: string[], options?: TagTokensOptions): string[];
  /** The result cache (hits, misses, size) when created with the `cache` option. */
  readonly cache?: ResultCache;
}

/**
 * Create an extractor with its own settings (a user gazetteer). The data is loaded once per
 * extractor; `extract()` uses a shared default extractor.
 *
 * @example
 * const ex = createExtractor({ gazetteer: [{ id: 'desa-sukamaju', type: 'LOCATION', name: 'Sukamaju', aliases: ['Desa Sukamaju'] }] });
 * ex.extract('Banjir melanda Desa Sukamaju.').entities[0].name // 'Sukamaju'
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  if (options === null || typeof options !== 'object') throw new WartaError('INVALID_OPTION', 'createExtractor() options must be an object.');
  for (const k of Object.keys(options)) if (k !== 'gazetteer' && k !== 'cache') throw new WartaError('INVALID_OPTION', `Unknown createExtractor() option "${k}". Known options: gazetteer, cache.`);
  const cache = options.cache === undefined ? undefined : new ResultCache(options.cache);
  let gaz: Gazetteer | undefined = options.gazetteer ? gazetteerWith(options.gazetteer) : undefined;
  let model: NerModel | undefined;
  return {
    ...(cache ? { cache } : {}),
    extract: (text, opts) => {
      gaz ??= defaultGazetteer();
      model ??= defaultModel();
      if (!cache?.enabled) return run(text, opts, gaz, model);
      assertText(text, 'extract');
      const key = cache.key(text, checkExtractOptions(opts));
      const hit = cache.get(key);
      if (hit !== undefined) return JSON.parse(hit) as ExtractResult;
      const result = run(text, opts, gaz, model);
      cache.set(key, JSON.stringify(result));
      return result;
    },
    tagTokens: (tokens, opts) => {
      gaz ??= defaultGazetteer();
      model ??= defaultModel();
      return tagTokensWith(gaz, model, tokens, opts);
    },
  };
}

let shared: Extractor | undefined;

/**
 * Read a news article (Indonesian or English) and return its sentences, values, entities and
 * relations, with the article's layout.
 *
 * @example
 * const r = extract('Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Bogor, Senin (8/1/2024).');
 * r.values[0] // { kind: 'date', value: '2024-01-08', text: 'Senin (8/1/2024)', … }
 * r.entities.map((e) => e.name) // ['Joko Widodo', 'Anwar Ibrahim', 'Bogor']
 */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

/**
 * IOB2 named-entity tags for pre-tokenized text (one sentence), with the same recognizer as
 * extract(). COUNTRY and LOCATION are `LOC`.
 *
 * @example
 * tagTokens(['Presiden', 'Joko', 'Widodo', 'tiba', 'di', 'Bali', '.'])
 * // ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']
 */
export function tagTokens(tokens: string[], options?: TagTokensOptions): string[] {
  shared ??= createExtractor();
  return shared.tagTokens(tokens, options);
}

function run(text: string, options: ExtractOptions | undefined, gaz: Gazetteer, model: NerModel): ExtractResult {
  assertText(text, 'extract');
  const opts = checkExtractOptions(options);
  const { layout, zones } = detectLayout(text);
  const forced = zones.map((z) => z.start);
  const { tokens, sentences } = analyzeText(text, checkLang(opts.lang), forced);
  assignZones(sentences, zones);
  const date = normalizeDateOption(opts.date) ?? layout.dateLine?.date;
  const values = findValues(text, tokens, sentences, date);

  let idWords = 0, enWords = 0;
  for (const s of sentences) {
    if (s.zone !== 'body') continue;
    const n = s.tokenEnd - s.tokenStart;
    if (s.language === 'id') idWords += n;
    else enWords += n;
  }
  if (idWords + enWords === 0) for (const s of sentences) (s.language === 'id' ? (idWords += 1) : (enWords += 1));
  const language: Language = opts.lang === 'en' || opts.lang === 'id' ? opts.lang : enWords > idWords ? 'en' : 'id';

  const { entities, mentions } = recognize(text, tokens, sentences, gaz, model, date);
  const kinds = entities.map((e) => (e.known ? gaz.entity(e.id)?.kind : undefined));
  // an entity of warta's data a relation needs though the text does not name it, added with no
  // mentions: the country a capital stands for, the organization a title names (`Kapolri` → Polri)
  const known = (id: string): number | undefined => {
    if (id.startsWith('name:')) {
      const g = gaz.entityNamed(id.slice(5));
      return g === undefined ? undefined : known(gaz.entities[g]!.id);
    }
    // (a country by one of its names, else nothing added: `country:Iran`)
    if (id.startsWith('country:')) {
      const g = gaz.entityNamed(id.slice(8));
      return g === undefined || gaz.entities[g]!.type !== 'COUNTRY' ? undefined : known(gaz.entities[g]!.id);
    }
    if (id.startsWith('demonym:')) {
      const g = gaz.demonymOf(id.slice(8));
      return g === undefined ? undefined : known(gaz.entities[g]!.id);
    }
    const k = entities.findIndex((e) => e.id === id || (e.type === 'COUNTRY' && e.iso3 === id));
    if (k >= 0) return k;
    const g = gaz.entity(id);
    if (!g) return undefined;
    entities.push(entityFromEntry(g));
    kinds.push(g.kind);
    return entities.length - 1;
  };
  // the offices warta's data gives the people the document names, on its date; with no date, any
  // office they held (the person is named in the article, and an office named without its holder
  // that two named people held is no one's: see RecentEntities.office)
  const holds = (person: number, role: string, org: number): boolean => {
    const p = entities[person]!;
    const o = entities[org]!;
    const roles = p.known && o.known ? gaz.entity(p.id)?.roles : undefined;
    return roles !== undefined && roles.some((r) => r.role === role && (r.of === o.id || r.of === o.iso3) && (date === undefined || roleHeldOn(r, date)));
  };
  // whether warta's data puts one place inside another (a regency in its province, a city in its country)
  const inside = (a: number, b: number): boolean => {
    const pa = entities[a]!;
    const pb = entities[b]!;
    if (!pa.known || !pb.known) return false;
    let g = gaz.entity(pa.id);
    for (let depth = 0; g?.parent !== undefined && depth < 4; depth++) {
      if (g.parent === pb.id || g.parent === pb.iso3) return true;
      g = gaz.entity(g.parent);
    }
    return false;
  };
  const relations = extractRelations(tokens, sentences, entities, mentions, values, kinds, known, opts.relations ?? 'sentence', holds, inside);

  const result: ExtractResult = { language, sentences, values, entities, relations };
  if (date) result.date = date;
  if (opts.tokens !== false) result.tokens = tokens;
  if (opts.layout !== false) result.layout = layout;
  return result;
}
