/**
 * warta: Indonesian and English news to structured facts.
 *
 * @example
 * import { extract } from 'warta';
 * const { entities, relations } = extract(articleText);
 */
export { tokenize, splitSentences } from './text/tokenize.js';
export type { TokenizeOptions, LanguageOption } from './text/tokenize.js';
export { extract, createExtractor, tagTokens } from './extract.js';
export type { ExtractOptions, ExtractorOptions, Extractor, RelationsPer } from './extract.js';
export type { TagTokensOptions } from './ner/tag-tokens.js';
export { loadGazetteer } from './gazetteer/load.js';
export type { GazetteerEntry, RoleRecord } from './gazetteer/schema.js';
export { WartaError } from './errors.js';
export type { WartaErrorCode } from './errors.js';
export { ResultCache, cacheKey } from './cache.js';
export type { CacheOptions, CacheStats } from './cache.js';
export { startServer } from './server/http.js';
export type { ServeOptions, WartaServer } from './server/http.js';
export type * from './types.js';
