/**
 * Entities from mentions: every mention of the same entity is grouped under one Entity, which
 * carries the canonical name and ids of warta's data (or, for names the data does not know, the
 * longest form in the document and a document-local id).
 */
import type { Entity, EntityType, Mention } from '../types.js';
import type { GazetteerEntry } from '../gazetteer/schema.js';

/** A mention inside the pipeline: where it is and which entity of the result it names. */
export interface DocMention {
  start: number;
  end: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** index into the result's entities */
  entity: number;
  /** part of a hyphenated compound (`pro-Rusia`) */
  part: boolean;
  /** an English demonym standing for its country (`Russian`) */
  demonym: boolean;
  /** role stated next to it, in English (`President`) */
  role?: string;
  score: number;
}

export function entityFromEntry(e: GazetteerEntry): Entity {
  // every entity has the same fields in the same order (absent ones undefined, which JSON leaves
  // out): one object shape keeps the relation stage's property reads monomorphic for V8
  let iso2: string | undefined;
  let iso3: string | undefined;
  let country: string | undefined;
  if (e.type === 'COUNTRY') {
    if (e.iso2) iso2 = e.iso2;
    if (/^[A-Z]{3}$/.test(e.id) && e.kind !== 'historical') iso3 = e.id;
  } else if (e.country) country = e.country;
  return { id: e.id, name: e.name, type: e.type, iso2, iso3, wikidata: e.wikidata || undefined, country, known: true, mentions: [] };
}

export function unknownEntity(id: string, name: string, type: EntityType): Entity {
  return { id, name, type, iso2: undefined, iso3: undefined, wikidata: undefined, country: undefined, known: false, mentions: [] };
}

/** Fill each entity's `mentions` from the document mentions (in text order). */
export function attachMentions(text: string, entities: Entity[], mentions: DocMention[]): void {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    const men: Mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end, sentence: m.sentence };
    if (m.role) men.role = m.role;
    entities[m.entity]!.mentions.push(men);
  }
}
