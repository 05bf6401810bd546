/**
 * A bounded LRU cache of extraction results, shared by the API (`createExtractor({ cache })`) and
 * the HTTP service (`warta serve`).
 *
 * Entries are the results **as JSON strings**, keyed by a SHA-256 of the text (hashed as UTF-16, so
 * texts that differ only in lone surrogates get different keys) and the normalized options that
 * change the result (`lang`, `date`, `tokens`, `layout`). The cache is bounded both by the number of
 * entries and by bytes (the JSON string length); a result larger than the byte bound is not stored.
 *
 * Why strings: the service answers with the worker's JSON string as is, and the API returns a fresh
 * `JSON.parse` of the stored string on every hit, so a caller that mutates a result can never
 * change what the cache (or another caller) sees. Results contain only JSON values, so the parse is
 * equal to the original result.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { WartaError } from './errors.js';
import { normalizeDateOption } from './text/dates.js';

export interface CacheOptions {
  /** Most results kept (default 1000). 0 disables the cache. */
  maxEntries?: number;
  /** Most bytes of result JSON kept (default 64 MB). 0 disables the cache. */
  maxBytes?: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  maxEntries: number;
  maxBytes: number;
}

/** The options of extract() that change its result, as passed by callers (unvalidated). */
export interface CacheKeyOptions {
  lang?: unknown;
  date?: unknown;
  tokens?: unknown;
  layout?: unknown;
  relations?: unknown;
}

export const DEFAULT_CACHE_ENTRIES = 1000;
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

function checkBound(v: unknown, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new WartaError('INVALID_OPTION', `cache.${name} must be a non-negative integer, got ${JSON.stringify(v)}.`);
  }
  return v;
}

/**
 * The cache key of a document: SHA-256 (hex) of the normalized options and the text. Callers
 * validate the options first; the key treats a missing option like its default
 * (`lang: 'auto'`, `tokens: true`, `layout: true`, `relations: 'sentence'`).
 */
export function cacheKey(text: string, options: CacheKeyOptions = {}): string {
  const lang = options.lang ?? 'auto';
  const date = options.date === undefined ? '' : normalizeDateOption(options.date) ?? String(options.date);
  const flags = `${options.tokens === false ? 0 : 1}${options.layout === false ? 0 : 1}${options.relations === 'document' ? 'd' : 's'}`;
  return createHash('sha256')
    .update(`warta1|${String(lang)}|${date}|${flags}|${text.length}|`)
    .update(text, 'utf16le')
    .digest('hex');
}

/** An LRU cache of result JSON strings, bounded by entries and bytes, counting hits and misses. */
export class ResultCache {
  readonly maxEntries: number;
  readonly maxBytes: number;
  hits = 0;
  misses = 0;
  private readonly lru: LRUCache<string, string> | undefined;

  constructor(options: CacheOptions = {}) {
    if (options === null || typeof options !== 'object') throw new WartaError('INVALID_OPTION', 'cache options must be an object, e.g. { maxEntries: 1000, maxBytes: 64e6 }.');
    for (const k of Object.keys(options)) {
      if (k !== 'maxEntries' && k !== 'maxBytes') throw new WartaError('INVALID_OPTION', `Unknown cache option "${k}". Known options: maxEntries, maxBytes.`);
    }
    this.maxEntries = checkBound(options.maxEntries, 'maxEntries', DEFAULT_CACHE_ENTRIES);
    this.maxBytes = checkBound(options.maxBytes, 'maxBytes', DEFAULT_CACHE_BYTES);
    if (this.maxEntries > 0 && this.maxBytes > 0) {
      this.lru = new LRUCache<string, string>({
        max: this.maxEntries,
        maxSize: this.maxBytes,
        sizeCalculation: (json) => Math.max(1, json.length),
      });
    }
  }

  /** False when built with `maxEntries: 0` or `maxBytes: 0`: nothing is stored or counted. */
  get enabled(): boolean {
    return this.lru !== undefined;
  }

  key(text: string, options?: CacheKeyOptions): string {
    return cacheKey(text, options);
  }

  /** The stored JSON for `key`, counting a hit or a miss. */
  get(key: string): string | undefined {
    if (!this.lru) return undefined;
    const v = this.lru.get(key);
    if (v === undefined) this.misses++;
    else this.hits++;
    return v;
  }

  /** Store a result's JSON (silently skipped when it alone exceeds maxBytes). */
  set(key: string, json: string): void {
    if (!this.lru || json.length > this.maxBytes) return;
    this.lru.set(key, json);
  }

  clear(): void {
    this.lru?.clear();
  }

  stats(): CacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      entries: this.lru?.size ?? 0,
      bytes: this.lru?.calculatedSize ?? 0,
      maxEntries: this.maxEntries,
      maxBytes: this.maxBytes,
    };
  }
}
