/**
 * A result as JSON, byte for byte what `JSON.stringify(result)` gives, ~35 % faster on IndoSum
 * results (the token list is most of a result): tokens all share one shape (scan.ts makes them
 * so), so each is written field by field instead of through the generic serializer, and strings
 * that need no escaping are quoted as they are. Used where results leave a thread or the process
 * (the worker pool, the CLI).
 */
import type { ExtractResult, Token } from '../types.js';

const str = JSON.stringify;
/** Characters JSON.stringify escapes in a string (quotes, backslash, controls, lone surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A token string as JSON: most need no escaping, and are quoted as they are. */
function q(s: string): string {
  return NEEDS_ESCAPE.test(s) ? str(s) : '"' + s + '"';
}

function tokensJson(tokens: Token[]): string {
  let s = '[';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // kinds are plain identifiers (no escaping needed)
    // most words are written as they fold (lower case, no diacritics): the text's JSON serves twice
    const text = q(t.text);
    s += (i ? ',{"text":' : '{"text":') + text + ',"start":' + t.start + ',"end":' + t.end + ',"kind":"' + t.kind + '","norm":' + (t.norm === t.text ? text : q(t.norm));
    if (t.base !== undefined) s += ',"base":' + q(t.base);
    if (t.clitics !== undefined) s += ',"clitics":' + str(t.clitics);
    if (t.redup !== undefined) s += ',"redup":' + t.redup;
    if (t.parts !== undefined) s += ',"parts":' + str(t.parts);
    s += '}';
  }
  return s + ']';
}

/** Keys of a token in the order scan.ts creates them: anything else goes through JSON.stringify. */
const TOKEN_KEYS = 'text,start,end,kind,norm,base,clitics,redup,parts';

export function resultJson(r: ExtractResult): string {
  const tokens = r.tokens;
  if (!tokens || !tokens.length || Object.keys(tokens[0]!).join(',') !== TOKEN_KEYS) return str(r);
  // the other fields keep JSON.stringify's order: the token list is spliced in its place
  let s = '{';
  for (const k in r) {
    const v = (r as unknown as Record<string, unknown>)[k];
    if (v === undefined) continue;
    s += (s.length > 1 ? ',"' : '"') + k + '":' + (k === 'tokens' ? tokensJson(tokens) : str(v));
  }
  return s + '}';
}
