/**
 * warta: Indonesian and English news to structured facts.
 *
 * @example
 * import { extract } from 'warta';
 * const { entities, relations } = extract(articleText);
 */
export { tokenize, splitSentences } from './text/tokenize.js';
export type { TokenizeOptions, LanguageOption } from './text/tokenize.js';
export { extract } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { WartaError } from './errors.js';
export type { WartaErrorCode } from './errors.js';
export type * from './types.js';
