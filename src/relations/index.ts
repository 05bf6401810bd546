/**
 * The relation stage: for every sentence (body, captions, headline), static relations from noun
 * phrases and event relations from predicates, qualified and labelled; then one relation per
 * (type, subject, object) in each sentence (or, on request, in the document), the first kept and
 * completed from the others.
 */
import type { Entity, Relation, Sentence, Token, Value } from '../types.js';
import type { RelationsPer } from '../extract.js';
import type { DocMention } from '../ner/entities.js';
import { viewSentence } from './clause.js';
import { staticRelations, type InsidePlace } from './static.js';
import { chargesStated, eventRelations, officeReferences, RecentEntities, type HoldsOffice, type KnownEntity } from './events.js';
import { label } from './labels.js';
import type { Draft } from './draft.js';
import { firstTokenEndingAfter } from '../util/token-search.js';

function hasAnaphor(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const n = tokens[i]!.norm;
    if (n === 'kedua' || n === 'keduanya' || n === 'two' || n === 'both' || (n.startsWith('pihak') && n.length === 8) || n === 'pemerintah' || n === 'negara') return true;
  }
  return false;
}

/** Roles of a sports team (`Indonesia coach X`, `Indonesia captain Y`). */
const SPORT_ROLES = /^(former )?(coach|head coach|assistant coach|manager|captain|goalkeeping coach)$/i;
/** National football teams in data/organizations, by country (a coach or captain of a country is theirs). */
const NATIONAL_TEAMS: Record<string, string> = { IDN: 'timnas-indonesia' };

const SKIP_ZONES = new Set(['byline', 'dateLine', 'dateline', 'editorCode', 'related']);

/**
 * `kinds` gives each entity's subtype from the gazetteer (`capital`, `party`, `club` …), when known.
 * `known` finds or adds an entity of warta's data by id (a capital standing for a government the
 * text does not name: `Beijing accused Washington`; the organization of `Kapolri`); without it only
 * entities the text names are used.
 */
/**
 * `per`: `sentence` (default) keeps one relation per (type, ends) in each sentence, so a fact two
 * sentences report comes twice, each with its evidence; `document` keeps the first in the document.
 */
export function extractRelations(tokens: Token[], sentences: Sentence[], entities: Entity[], mentions: DocMention[], values: Value[], kinds: Array<string | undefined> = [], known?: KnownEntity, per: RelationsPer = 'sentence', holds?: HoldsOffice, inside?: InsidePlace): Relation[] {
  const drafts: Draft[] = [];
  const recent = new RecentEntities(entities, holds, known, kinds);
  const bySentence = new Map<number, DocMention[]>();
  for (const m of mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  const valuesBySentence = new Map<number, Value[]>();
  for (const x of values) {
    if (!valuesBySentence.has(x.sentence)) valuesBySentence.set(x.sentence, []);
    valuesBySentence.get(x.sentence)!.push(x);
  }
  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    // (a dateline names no actor, but where the story was filed: `BUSAN, South Korea (Reuters) -`)
    if (s.zone === 'dateline' && bySentence.has(s.index)) {
      staticRelations(viewSentence(s, tokens, bySentence.get(s.index)!, entities, undefined), entities, drafts, known, kinds, inside);
      continue;
    }
    if (SKIP_ZONES.has(s.zone ?? 'body')) continue;
    // a sentence that names nobody can only relate the entities an anaphor points back to
    if (!ms && !hasAnaphor(tokens, s.tokenStart, s.tokenEnd)) continue;
    const v = viewSentence(s, tokens, ms ?? [], entities, valuesBySentence.get(s.index));
    const first = drafts.length;
    if (ms) staticRelations(v, entities, drafts, known, kinds, inside);
    if (ms) officeReferences(v, recent, drafts);
    // the bodies the sentence's titles name, for `pihaknya` (`Kapolda Jawa Timur X mengatakan pihaknya …`)
    recent.heldHere.clear();
    for (let k = first; k < drafts.length; k++) {
      const d = drafts[k]!;
      if (d.type === 'holds_role' && !recent.heldHere.has(d.subject) && entities[d.object]!.type === 'ORGANIZATION') recent.heldHere.set(d.subject, d.object);
    }
    const events = drafts.length;
    eventRelations(v, entities, kinds, recent, drafts, known);
    chargesStated(v, drafts, events);
    for (const mi of v.mentions) if (!mi.titleModifier) recent.add(mi, mi.m.tokenStart);
    recent.addOffices(v);
  }
  // one relation per (type, ends) in a sentence (or the document), the first cue's CAMEO code
  // (`signed a defence cooperation agreement` is AGREE/057, not also AGREE/030); symmetric ones
  // in either order
  const seen = new Map<string, Relation>();
  const out: Relation[] = [];
  // (a person holding a role in a body is not also listed as its member from the same sentence:
  // `anggota KKB pimpinan Egianus Kogoya` makes him its leader)
  const roles = new Set<string>();
  for (const d of drafts) if (d.type === 'holds_role') roles.add(`${d.sentence}|${d.subject}|${d.object}`);
  const redundant = redundantConsults(drafts, entities, tokens);
  attackedCountries(drafts, entities, known);
  for (const d of drafts) {
    if (d.type === 'member_of' && roles.has(`${d.sentence}|${d.subject}|${d.object}`)) continue;
    if (redundant.has(d)) continue;
    // two clubs that meet play a match: sports results are no events (RELATIONS.md); clubs that
    // negotiate (a transfer) do consult
    if (d.type === 'CONSULT' && kinds[d.subject] === 'club' && kinds[d.object] === 'club' && d.row?.cameo !== '046') continue;
    // a country has no coach or captain: `Indonesia coach Patrick Kluivert` coaches its national team,
    // `Indonesia captain Jay Idzes` plays in it (a member); with no team warta knows, no relation
    if (d.type === 'holds_role' && SPORT_ROLES.test(d.role ?? '') && entities[d.object]!.type === 'COUNTRY') {
      const team = known && NATIONAL_TEAMS[entities[d.object]!.iso3 ?? ''] !== undefined ? known(NATIONAL_TEAMS[entities[d.object]!.iso3!]!) : undefined;
      const captain = /captain$/i.test(d.role!);
      if (team === undefined && captain) continue;
      if (team !== undefined) {
        d.object = team;
        if (captain) {
          d.type = 'member_of';
          d.role = undefined;
        }
      }
    }
    // a lawmaker's seat named by a party is membership of it: `Senator Partai Republik Rand Paul`,
    // `Republican Senator X` (the office is the chamber's)
    if (d.type === 'holds_role' && kinds[d.object] === 'party' && /^(senator|lawmaker|legislator|congressman|congresswoman|member of parliament|mp|anggota dpr)$/i.test(d.role ?? '')) {
      d.type = 'member_of';
      d.role = undefined;
    }
    const sym = d.row?.symmetric === true;
    let a = d.subject;
    let b = d.object;
    if (sym && d.subjectSpan.start > d.objectSpan.start) [a, b] = [b, a];
    const key = `${per === 'sentence' ? d.sentence : ''}|${d.type}|${d.negated ? 'neg' : ''}|${sym ? [a, b].sort().join('|') : `${a}|${b}`}`;
    const prev = seen.get(key);
    if (prev) {
      if (!prev.time && d.time) prev.time = d.time;
      if (!prev.theme && d.theme) prev.theme = d.theme;
      continue;
    }
    const dd: Draft = { ...d, subject: a, object: b };
    const { predicate, label: text } = label(dd, entities);
    const r: Relation = {
      type: d.type,
      subject: entities[a]!.id,
      object: entities[b]!.id,
      predicate,
      label: text,
      negated: d.negated ?? false,
      modality: d.modality ?? 'asserted',
      sentence: d.sentence,
      evidence: {
        start: Math.min(d.trigger.start, d.subjectSpan.start, d.objectSpan.start),
        end: Math.max(d.trigger.end, d.subjectSpan.end, d.objectSpan.end),
        trigger: d.trigger,
        subject: { start: (sym && a !== d.subject ? d.objectSpan : d.subjectSpan).start, end: (sym && a !== d.subject ? d.objectSpan : d.subjectSpan).end },
        object: { start: (sym && a !== d.subject ? d.subjectSpan : d.objectSpan).start, end: (sym && a !== d.subject ? d.subjectSpan : d.objectSpan).end },
      },
    };
    if (d.row) {
      r.plover = d.row.type;
      r.cameo = d.row.cameo;
      if (sym) r.symmetric = true;
    }
    if (d.role) r.role = d.role;
    if (d.theme) r.theme = d.theme;
    if (d.since) r.since = d.since;
    if (d.time) r.time = d.time;
    if (d.attributedTo !== undefined) r.attributedTo = entities[d.attributedTo]!.id;
    if (d.location !== undefined) r.location = entities[d.location]!.id;
    seen.set(key, r);
    out.push(r);
  }
  return out;
}

/** Countries whose territories are parties of their own in news of attacks (`serangan Israel ke Jalur Gaza`). */
const CONTESTED = new Set(['PSE']);

/**
 * An attack on a place inside a country is an attack on that country: event coders code actors, not
 * places, and PLOVER keeps the place as the event's location (`rudal Rusia menghantam Kharkiv` →
 * Russia ASSAULT Ukraine, location Kharkiv). The country is the one warta's data puts the place in,
 * or the one the sentence's chain names (`di Kharkiv, Ukraina`). Not when the country is the attacker
 * itself (`Myanmar's air strikes on Rakhine State`: the place stays) nor for Palestinian territories.
 */
function attackedCountries(drafts: Draft[], entities: Entity[], known: KnownEntity | undefined): void {
  if (known === undefined) return;
  let chains: Map<string, number> | undefined;
  for (const d of drafts) {
    if (d.type !== 'ASSAULT') continue;
    const o = entities[d.object]!;
    if (o.type !== 'LOCATION') continue;
    let iso = o.known ? o.country : undefined;
    if (iso === undefined) {
      if (!chains) {
        chains = new Map();
        for (const x of drafts) if (x.type === 'located_in' && entities[x.object]!.type === 'COUNTRY') chains.set(`${x.sentence}|${x.subject}`, x.object);
      }
      const c = chains.get(`${d.sentence}|${d.object}`);
      iso = c === undefined ? undefined : entities[c]!.iso3;
    }
    if (iso === undefined || CONTESTED.has(iso)) continue;
    const country = known(iso);
    if (country === undefined || country === d.subject || entities[country]!.type !== 'COUNTRY') continue;
    d.location = d.object;
    d.object = country;
  }
}

/** Words that name the two sides of a meeting told just before (`Keduanya membahas …`, `The two discussed …`). */
const BOTH = /^(keduanya|kedua|both|two)$/;

/**
 * CONSULT drafts that say again what another says: a visit to a country or a place made for a meeting
 * the sentence names with someone there (`akan berkunjung ke Riyadh … untuk bertemu CEO Saudi Aramco
 * Amin Nasser`: the meeting is the event; `will travel to Jakarta for talks with President Prabowo`),
 * and the talks of `keduanya`/`the two` right after a meeting of the same two (`Sugiono menerima
 * kunjungan Menlu Singapura … . Keduanya membahas …`).
 */
function redundantConsults(drafts: Draft[], entities: Entity[], tokens: Token[]): Set<Draft> {
  const out = new Set<Draft>();
  const consults = drafts.filter((d) => d.type === 'CONSULT' && !d.negated);
  if (consults.length < 2) return out;
  // (by sentence: a sentence of thousands of visits stays linear in the meetings of its own and the one before)
  const bySentence = new Map<number, Draft[]>();
  for (const d of consults) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  const visitToPlace = (d: Draft) => d.row?.cameo === '042' && /^(COUNTRY|LOCATION)$/.test(entities[d.object]!.type);
  for (const list of bySentence.values()) {
    // (each party's last meeting with a person or a body in the sentence, by its trigger's offset)
    const lastMeeting = new Map<number, number>();
    for (const e of list) {
      if (visitToPlace(e)) continue;
      for (const [party, other] of [[e.subject, e.object], [e.object, e.subject]] as const) {
        if (/^(PERSON|ORGANIZATION)$/.test(entities[other]!.type)) lastMeeting.set(party, Math.max(lastMeeting.get(party) ?? -1, e.trigger.start));
      }
    }
    for (const d of list) if (visitToPlace(d) && (lastMeeting.get(d.subject) ?? -1) > d.trigger.start) out.add(d);
  }
  for (const d of consults) {
    if (visitToPlace(d)) continue;
    // (`keduanya`, `kedua pihak`, `the two` right before the trigger: the anaphor's span is its antecedent's)
    const at = firstTokenEndingAfter(tokens, d.trigger.start);
    const both = BOTH.test(tokens[at - 1]?.norm ?? '') || BOTH.test(tokens[at - 2]?.norm ?? '');
    if (!both) continue;
    const pair = (e: Draft) => (e.subject === d.subject && e.object === d.object) || (e.subject === d.object && e.object === d.subject);
    if (bySentence.get(d.sentence - 1)?.some(pair)) out.add(d);
  }
  return out;
}
