/**
 * English labels: one sentence per relation, from the predicate of the lexicon row (conjugated
 * by compromise at build time) and the theme lexicon.
 *   AID      Turkey supplied drones to Ukraine
 *   REQUEST  Russia demanded security guarantees from NATO
 *   negated  Turkey did not supply drones to Ukraine; intended: Turkey intends to supply …;
 *            negated and intended: Putin will not attack Ukraine
 */
import type { Entity } from '../types.js';
import type { Draft } from './draft.js';

/** Where a theme goes relative to the object, by predicate: `supplied X to Y`, `demanded X from Y`. */
function withTheme(predicate: string, theme: string, object: string): string {
  // the predicate may name the theme already (`sent humanitarian aid to`)
  if (predicate.includes(theme)) return `${predicate} ${object}`;
  const m = /^(\S+)(?:\s+(.*?))?\s+(to|from|on|against|with|for|of)$/.exec(predicate);
  if (m) {
    // the predicate names what goes already (`deployed forces to`, `sent humanitarian aid to`)
    if (m[2]) return `${predicate} ${object}`;
    return `${m[1]} ${theme} ${m[3]} ${object}`;
  }
  // past (asserted) or base (negated, intended) forms
  if (/^(demanded|asked|requested|sought|urged|demand|ask|request|seek|urge)$/.test(predicate)) return `${predicate} ${theme} from ${object}`;
  if (/^(supplied|sent|gave|sold|delivered|provided|donated|shipped|supply|send|give|sell|deliver|provide|donate|ship)$/.test(predicate)) return `${predicate} ${theme} to ${object}`;
  return `${predicate} ${object} (${theme})`;
}

/** Predicates whose object are people (`killed`, `arrested`): a country or a place as object stands for its people. */
const ON_PEOPLE = /^(killed|shot|shot at|shot dead|wounded|injured|abducted|kidnapped|murdered|assassinated|tortured|executed|arrested|detained|stabbed|massacred|took hostage|held hostage|released|freed|deported|expelled|kill|shoot|shoot at|wound|injure|abduct|kidnap|murder|assassinate|torture|execute|arrest|detain|stab|massacre|take hostage|hold hostage|release|free|deport|expel)$/;

export function label(d: Draft, entities: Entity[]): { predicate: string; label: string } {
  const s = entities[d.subject]!.name;
  const oe = entities[d.object]!;
  // `Israel killed Palestine`, `Russia killed Kharkiv`: the people of the country, in the place
  // (`Russia killed people in Kharkiv, Ukraine` when the attack's place is kept beside its country)
  const onPeople = d.row !== undefined && ON_PEOPLE.test(d.row.predicate) && !d.theme;
  const place = d.location !== undefined ? entities[d.location]!.name : undefined;
  const o = onPeople
    ? place !== undefined ? `people in ${place}, ${oe.name}` : oe.type === 'COUNTRY' ? `people of ${oe.name}` : oe.type === 'LOCATION' ? `people in ${oe.name}` : oe.name
    : oe.name;
  switch (d.type) {
    case 'holds_role':
      return { predicate: 'holds role', label: `${s} is ${d.role ?? 'an official'} of ${o}` };
    case 'member_of':
      return { predicate: 'is a member of', label: `${s} is a member of ${o}${d.since ? ` since ${d.since}` : ''}` };
    case 'located_in':
      return { predicate: 'is located in', label: `${s} is located in ${o}` };
  }
  const row = d.row!;
  const past = row.predicate;
  const base = row.base;
  let clause: string;
  const bare = d.theme ? withTheme(base, d.theme, o) : `${base} ${o}`;
  if (d.negated && d.modality === 'intended') clause = `will not ${bare}`;
  else if (d.negated && d.modality === 'possible') clause = `may not ${bare}`;
  else if (d.negated) clause = `did not ${bare}`;
  else if (d.modality === 'intended') clause = `intends to ${d.theme ? withTheme(base, d.theme, o) : `${base} ${o}`}`;
  else if (d.modality === 'possible') clause = `may ${d.theme ? withTheme(base, d.theme, o) : `${base} ${o}`}`;
  else clause = d.theme ? withTheme(past, d.theme, o) : `${past} ${o}`;
  // (an attack on a country lands somewhere in it: `Russia struck Ukraine in Kharkiv`)
  const where = place !== undefined && !onPeople ? ` in ${place}` : '';
  return { predicate: past, label: `${s} ${clause}${where}` };
}
