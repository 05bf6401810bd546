import type { Token } from '../types.js';

/** Index of the first token whose end is after `pos` (binary search; tokens are in text order). */
export function firstTokenEndingAfter(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
