/**
 * The NER stage: gazetteer mentions, linked; grouped into entities.
 * (The learned tagger and cue rules add names the data does not know: see ner/README.md.)
 */
import type { Entity, Sentence, Token } from '../types.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { linkMentions } from '../gazetteer/link.js';
import { attachMentions, entityFromEntry, type DocMention } from './entities.js';

export interface NerResult {
  entities: Entity[];
  mentions: DocMention[];
}

export function recognize(text: string, tokens: Token[], sentences: Sentence[], gaz: Gazetteer, date: string | undefined): NerResult {
  const raw = gaz.match(tokens, sentences);
  const linked = linkMentions(gaz, raw, tokens, date);
  const entities: Entity[] = [];
  const index = new Map<number, number>();
  const mentions: DocMention[] = [];
  for (const l of linked) {
    let k = index.get(l.entity);
    if (k === undefined) {
      k = entities.length;
      index.set(l.entity, k);
      entities.push(entityFromEntry(gaz.entities[l.entity]!));
    }
    mentions.push({ start: l.start, end: l.end, sentence: l.sentence, tokenStart: l.tokenStart, tokenEnd: l.tokenEnd, entity: k, part: l.part, demonym: l.demonym, score: l.score });
  }
  attachMentions(text, entities, mentions);
  return { entities, mentions };
}
