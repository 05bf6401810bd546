/**
 * Gazetteer hits as tagger features: per token, for each entity type the hits name
 * (PER, ORG, LOC for countries and places), a bit for the first token and one for the others.
 */
import type { Gazetteer, RawMention } from '../gazetteer/gazetteer.js';

const TYPE_BIT: Record<string, number> = { PERSON: 0, ORGANIZATION: 2, COUNTRY: 4, LOCATION: 4 };

export function gazBits(n: number, mentions: RawMention[], gaz: Gazetteer): Uint8Array {
  const bits = new Uint8Array(n);
  for (const m of mentions) {
    if (m.part) continue;
    let types = 0;
    for (const h of m.hits) types |= 1 << TYPE_BIT[gaz.entities[h.entity]!.type]!;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) bits[i]! |= i === m.tokenStart ? types : types << 1;
  }
  return bits;
}
