/**
 * Output formats of `warta extract --format …`, as pure functions of (text, result, id?) → string.
 * Each returns one document's block, ending with a newline (or the empty string); blocks of several
 * documents are concatenated in input order. The schemes are documented in ./README.md.
 *
 * - `toConll`: `TOKEN TAG` lines (IOB2: B-PER, I-ORG, B-LOC, O), a blank line after each sentence.
 * - `toBrat`: brat standoff (.ann): T lines for mentions, R lines for relations.
 * - `toNTriples`: RDF N-Triples with stable IRIs under https://warta.dev/.
 * - `toTsv`: one relation per row (`TSV_HEADER` first unless `{ header: false }`).
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityType, ExtractResult, Relation, Token } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { firstTokenEndingAfter } from '../util/token-search.js';

export type OutputFormat = 'json' | 'jsonl' | 'conll' | 'brat' | 'ntriples' | 'tsv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'conll', 'brat', 'ntriples', 'tsv'];

/** CoNLL type of each entity type (COUNTRY and LOCATION are both `LOC`). */
export const CONLL_TYPE: Record<EntityType, 'PER' | 'ORG' | 'LOC'> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', LOCATION: 'LOC' };

/** Lone surrogates → U+FFFD, so that IRIs and literals are valid Unicode. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function entityIndex(result: ExtractResult): Map<string, Entity> {
  const m = new Map<string, Entity>();
  for (const e of result.entities) if (!m.has(e.id)) m.set(e.id, e);
  return m;
}

// ---------------------------------------------------------------------------------------------
// CoNLL

/**
 * Tokens with IOB2 tags from the result's entity mentions: `TOKEN TAG` per line, a blank line after
 * each sentence. A token is tagged when it overlaps a mention; when mentions overlap, the earlier
 * (then the longer) one wins. Uses `result.tokens` (or tokenizes `text` when the result has none).
 * With an `id`, the block starts with the CoNLL-2003 document separator `-DOCSTART- O` and a blank line.
 */
export function toConll(text: string, result: ExtractResult, id?: string): string {
  const tokens: Token[] = result.tokens ?? tokenize(text);
  const tags: string[] = new Array<string>(tokens.length).fill('O');
  const mentions: Array<{ start: number; end: number; type: string }> = [];
  for (const e of result.entities) for (const m of e.mentions) if (m.end > m.start) mentions.push({ start: m.start, end: m.end, type: CONLL_TYPE[e.type] ?? 'MISC' });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    const first = firstTokenEndingAfter(tokens, m.start);
    let last = first;
    while (last < tokens.length && tokens[last]!.start < m.end) last++;
    if (last === first) continue;
    let free = true;
    for (let i = first; i < last; i++) if (tags[i] !== 'O') free = false;
    if (!free) continue;
    for (let i = first; i < last; i++) tags[i] = (i === first ? 'B-' : 'I-') + m.type;
  }
  let out = id !== undefined ? '-DOCSTART- O\n\n' : '';
  // Group tokens by sentence offsets (robust whether or not the tokens are extract()'s own).
  let t = 0;
  for (const s of result.sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    let lines = '';
    while (t < tokens.length && tokens[t]!.start < s.end) {
      lines += tokens[t]!.text.replace(/\s/g, '_') + ' ' + tags[t] + '\n';
      t++;
    }
    if (lines) out += lines + '\n';
  }
  return out;
}


// ---------------------------------------------------------------------------------------------
// brat standoff

/** brat types and ids may not contain spaces or tabs. */
const NOT_BRAT = /[^\p{L}\p{N}_\-.:]/gu;

function bratType(s: string): string {
  return s.replace(NOT_BRAT, '_') || 'relation';
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}

/** A span as brat fragments: split at line breaks (brat's discontinuous spans), trimmed. */
function bratSpan(text: string, start: number, end: number): { offsets: string; text: string } | undefined {
  const frags: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  const piece = text.slice(start, end);
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    let a = start + m.index, b = a + m[0].length;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) frags.push([a, b]);
  }
  if (!frags.length) return undefined;
  return { offsets: frags.map(([a, b]) => `${a} ${b}`).join(';'), text: frags.map(([a, b]) => text.slice(a, b)).join(' ') };
}

/**
 * brat standoff annotations (.ann) of the document: `T1\tPERSON 10 23\tVladimir Putin` for each
 * mention, `#1\tAnnotatorNotes T1\t<entity id> <name>` linking it to its entity, and
 * `R1\tholds_role Arg1:T3 Arg2:T5` for each relation (the mentions at the relation's evidence
 * offsets; a T line is added when no mention sits there), with its label as an AnnotatorNotes line.
 * With an `id`, the block starts with the comment line `# doc <id>`.
 */
export function toBrat(text: string, result: ExtractResult, id?: string): string {
  const lines: string[] = [];
  if (id !== undefined) lines.push(`# doc ${oneLine(id)}`);
  let nT = 0, nR = 0, nNote = 0;
  const byOffsets = new Map<string, string>();
  const byEntity = new Map<string, Array<{ t: string; start: number; end: number; sentence: number }>>();
  const addT = (e: Entity, start: number, end: number, sentence: number): string | undefined => {
    const key = `${start}:${end}`;
    const have = byOffsets.get(key);
    if (have) return have;
    const span = bratSpan(text, start, end);
    if (!span) return undefined;
    const t = `T${++nT}`;
    lines.push(`${t}\t${bratType(e.type)} ${span.offsets}\t${span.text}`);
    lines.push(`#${++nNote}\tAnnotatorNotes ${t}\t${oneLine(e.id)} ${oneLine(e.name)}`);
    byOffsets.set(key, t);
    let list = byEntity.get(e.id);
    if (!list) byEntity.set(e.id, (list = []));
    list.push({ t, start, end, sentence });
    return t;
  };
  const all: Array<{ e: Entity; start: number; end: number; sentence: number }> = [];
  for (const e of result.entities) for (const m of e.mentions) all.push({ e, start: m.start, end: m.end, sentence: m.sentence });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of all) addT(m.e, m.start, m.end, m.sentence);

  const entities = entityIndex(result);
  const arg = (entityId: string, at: { start: number; end: number } | undefined, sentence: number): string | undefined => {
    if (at) {
      const exact = byOffsets.get(`${at.start}:${at.end}`);
      if (exact) return exact;
    }
    const list = byEntity.get(entityId) ?? [];
    if (at) {
      const over = list.find((x) => x.start < at.end && x.end > at.start);
      if (over) return over.t;
      const e = entities.get(entityId);
      if (e) {
        const t = addT(e, at.start, at.end, sentence);
        if (t) return t;
      }
    }
    return (list.find((x) => x.sentence === sentence) ?? list[0])?.t;
  };
  for (const r of result.relations) {
    const a1 = arg(r.subject, r.evidence?.subject, r.sentence);
    const a2 = arg(r.object, r.evidence?.object, r.sentence);
    if (!a1 || !a2) continue;
    const rid = `R${++nR}`;
    lines.push(`${rid}\t${bratType(r.type)} Arg1:${a1} Arg2:${a2}`);
    const notes = [r.label, r.cameo && `CAMEO ${r.cameo}`, r.time && `time ${r.time}`, r.negated && 'negated', r.modality !== 'asserted' && r.modality].filter(Boolean).join('; ');
    lines.push(`#${++nNote}\tAnnotatorNotes ${rid}\t${oneLine(notes)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

// ---------------------------------------------------------------------------------------------
// N-Triples

export const WARTA = 'https://warta.dev/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const OWL = 'http://www.w3.org/2002/07/owl#';

/** A path segment of an IRI: percent-encoded UTF-8 (never empty). */
function seg(s: string): string {
  return encodeURIComponent(wellFormed(s)) || '_';
}

/** The id of a document in IRIs: its `id`, or `sha1-` + 16 hex digits of its text. */
export function documentKey(text: string, id?: string): string {
  return id !== undefined && id !== '' ? id : 'sha1-' + createHash('sha1').update(wellFormed(text)).digest('hex').slice(0, 16);
}

/** IRI of a document. */
export function documentIri(docKey: string): string {
  return `${WARTA}doc/${seg(docKey)}`;
}

/** IRI of an entity: `https://warta.dev/id/<id>`; a document-local `doc:<slug>` is `https://warta.dev/doc/<doc>/<slug>`. */
export function entityIri(entityId: string, docKey: string): string {
  if (entityId.startsWith('doc:')) return `${documentIri(docKey)}/${seg(entityId.slice(4))}`;
  return `${WARTA}id/${seg(entityId)}`;
}

function iri(s: string): string {
  return `<${s}>`;
}

/** An N-Triples string literal (escapes `\ " \n \r \t`, other controls as \uXXXX). */
export function literal(s: string, suffix = ''): string {
  const body = wellFormed(s).replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case '"': return '\\"';
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    }
  });
  return `"${body}"${suffix}`;
}

function dateLiteral(v: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return literal(v, `^^<${XSD}date>`);
  if (/^\d{4}-\d{2}$/.test(v)) return literal(v, `^^<${XSD}gYearMonth>`);
  if (/^\d{4}$/.test(v)) return literal(v, `^^<${XSD}gYear>`);
  return literal(v);
}

/** Direct triples are stated only for relations the text asserts as fact. */
function isFact(r: Relation): boolean {
  return !r.negated && r.modality === 'asserted';
}

/**
 * RDF N-Triples of the document (scheme in src/io/README.md): the document node; each entity with
 * rdf:type `https://warta.dev/type/<TYPE>`, rdfs:label (its English name) and owl:sameAs Wikidata;
 * each relation as a statement node `<doc>/rel/<n>` (rdf:Statement with rdf:subject/predicate/object,
 * label, cameo, plover, time, negated, modality, …) and, when it is asserted and not negated, the
 * direct triple `<subject> <https://warta.dev/rel/<type>> <object>`.
 */
export function toNTriples(text: string, result: ExtractResult, id?: string): string {
  const key = documentKey(text, id);
  const doc = iri(documentIri(key));
  const P = (name: string) => iri(`${WARTA}prop/${name}`);
  const out: string[] = [];
  const t = (s: string, p: string, o: string) => out.push(`${s} ${p} ${o} .`);
  t(doc, iri(RDF + 'type'), iri(`${WARTA}type/Document`));
  if (id !== undefined && id !== '') t(doc, P('id'), literal(id));
  t(doc, P('language'), literal(result.language));
  if (result.date) t(doc, P('date'), dateLiteral(result.date));
  for (const e of result.entities) {
    const s = iri(entityIri(e.id, key));
    t(s, iri(RDF + 'type'), iri(`${WARTA}type/${seg(e.type)}`));
    t(s, iri(RDFS + 'label'), literal(e.name, '@en'));
    if (e.wikidata) t(s, iri(OWL + 'sameAs'), iri(`http://www.wikidata.org/entity/${seg(e.wikidata)}`));
    if (e.country) t(s, P('country'), iri(entityIri(e.country, key)));
    t(s, P('mentionedIn'), doc);
  }
  result.relations.forEach((r, i) => {
    const s = iri(entityIri(r.subject, key));
    const o = iri(entityIri(r.object, key));
    const p = iri(`${WARTA}rel/${seg(r.type)}`);
    if (isFact(r)) t(s, p, o);
    const st = iri(`${documentIri(key)}/rel/${i + 1}`);
    t(st, iri(RDF + 'type'), iri(RDF + 'Statement'));
    t(st, iri(RDF + 'subject'), s);
    t(st, iri(RDF + 'predicate'), p);
    t(st, iri(RDF + 'object'), o);
    t(st, iri(RDFS + 'label'), literal(r.label, '@en'));
    t(st, P('predicate'), literal(r.predicate, '@en'));
    if (r.cameo) t(st, P('cameo'), literal(r.cameo));
    if (r.plover) t(st, P('plover'), literal(r.plover));
    if (r.role) t(st, P('role'), literal(r.role, '@en'));
    if (r.theme) t(st, P('theme'), literal(r.theme, '@en'));
    if (r.time) t(st, P('time'), dateLiteral(r.time));
    if (r.since) t(st, P('since'), dateLiteral(r.since));
    t(st, P('negated'), literal(String(r.negated === true), `^^<${XSD}boolean>`));
    t(st, P('modality'), literal(r.modality));
    if (r.attributedTo) t(st, P('attributedTo'), iri(entityIri(r.attributedTo, key)));
    if (r.location) t(st, P('location'), iri(entityIri(r.location, key)));
    t(st, P('document'), doc);
    t(st, P('sentence'), literal(String(r.sentence), `^^<${XSD}integer>`));
    if (r.evidence) t(st, P('evidence'), literal(text.slice(r.evidence.start, r.evidence.end)));
  });
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// TSV

export const TSV_COLUMNS = ['doc', 'sentence', 'type', 'subject', 'subject_name', 'object', 'object_name', 'predicate', 'label', 'cameo', 'modality', 'negated', 'time'] as const;
export const TSV_HEADER = TSV_COLUMNS.join('\t') + '\n';

/** A TSV cell: backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`, `\r`. */
function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** One relation per row, columns `TSV_COLUMNS` (the header line first unless `header: false`). */
export function toTsv(text: string, result: ExtractResult, id?: string, opts: { header?: boolean } = {}): string {
  void text;
  const entities = entityIndex(result);
  let out = opts.header === false ? '' : TSV_HEADER;
  for (const r of result.relations) {
    const row = [id ?? '', r.sentence, r.type, r.subject, entities.get(r.subject)?.name, r.object, entities.get(r.object)?.name, r.predicate, r.label, r.cameo, r.modality, r.negated === true, r.time];
    out += row.map(cell).join('\t') + '\n';
  }
  return out;
}

/** Any format but JSON, by name. */
export function formatDocument(format: Exclude<OutputFormat, 'json' | 'jsonl'>, text: string, result: ExtractResult, id?: string, opts: { header?: boolean } = {}): string {
  switch (format) {
    case 'conll': return toConll(text, result, id);
    case 'brat': return toBrat(text, result, id);
    case 'ntriples': return toNTriples(text, result, id);
    case 'tsv': return toTsv(text, result, id, opts);
  }
}
