/**
 * The entity schema shared by warta's data files (`data/**.tsv`, documented in data/README.md)
 * and user gazetteers (`createExtractor({ gazetteer })`, TSV or JSON). Rows are validated here;
 * every error names the file, line and field.
 */
import type { EntityType } from '../types.js';
import { WartaError } from '../errors.js';
import { parseTsv, splitList, tsvError } from '../util/tsv.js';

export interface RoleRecord {
  /** English role, title case: `President`, `Foreign Minister`. */
  role: string;
  /** Entity id of the country/organization/region the role is of. */
  of: string;
  from?: string;
  to?: string;
}

/** One entity of the gazetteer (a row of data/ or of a user gazetteer). */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  country?: string;
  wikidata?: string;
  kind?: string;
  parent?: string;
  roles?: RoleRecord[];
  iso2?: string;
  demonyms?: string[];
  capital?: string;
  from?: string;
  to?: string;
}

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'COUNTRY', 'LOCATION', 'ORGANIZATION'];
export const ENTITY_COLUMNS = ['id', 'type', 'name', 'aliases', 'country', 'wikidata', 'kind', 'parent', 'roles', 'iso2', 'demonyms', 'capital', 'from', 'to', 'note'];

export const KINDS: Record<EntityType, readonly string[]> = {
  ORGANIZATION: ['igo', 'gov', 'legislature', 'court', 'military', 'police', 'party', 'company', 'soe', 'media', 'ngo', 'armed', 'club', 'university', 'religious', 'metonym', 'other'],
  LOCATION: ['capital', 'city', 'province', 'regency', 'district', 'state', 'region', 'sea', 'island', 'landmark', 'facility', 'continent', 'other'],
  PERSON: ['politician', 'official', 'military', 'police', 'royal', 'business', 'religious', 'athlete', 'artist', 'other'],
  COUNTRY: ['state', 'historical', 'territory'],
};

const reDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const reId = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|Q\d+|[A-Z]{3})$/;
const reRole = /^([^@]+)@([^:]+):([^.]*)\.\.(.*)$/;

/** Parse `Role@ENTITY:FROM..TO` items. */
export function parseRoles(v: string, file: string, line: number): RoleRecord[] {
  return splitList(v).map((item) => {
    const m = reRole.exec(item);
    if (!m) throw tsvError(file, line, 'roles', `role "${item}" is not Role@ENTITY:FROM..TO`);
    const r: RoleRecord = { role: m[1]!.trim(), of: m[2]!.trim() };
    const from = m[3]!.trim();
    const to = m[4]!.trim();
    if (from && !reDate.test(from)) throw tsvError(file, line, 'roles', `role "${item}": date "${from}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (to && !reDate.test(to)) throw tsvError(file, line, 'roles', `role "${item}": date "${to}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (from) r.from = from;
    if (to) r.to = to;
    return r;
  });
}

/** Validate one entry (from a TSV row or a JSON object). */
export function checkEntry(e: GazetteerEntry, file: string, line: number): GazetteerEntry {
  const bad = (field: string, msg: string) => tsvError(file, line, field, msg);
  if (typeof e.id !== 'string' || !reId.test(e.id)) throw bad('id', `id "${e.id}" must be a lower-case slug (a-z, 0-9, -), a Wikidata QID (Q123) or an ISO alpha-3 code`);
  if (!ENTITY_TYPES.includes(e.type)) throw bad('type', `type "${e.type}" must be one of ${ENTITY_TYPES.join(', ')}`);
  if (typeof e.name !== 'string' || !e.name.trim()) throw bad('name', 'name is empty');
  if (e.kind !== undefined && !KINDS[e.type].includes(e.kind)) throw bad('kind', `kind "${e.kind}" is not a ${e.type} kind (${KINDS[e.type].join(', ')})`);
  if (e.wikidata !== undefined && !/^Q\d+$/.test(e.wikidata)) throw bad('wikidata', `wikidata "${e.wikidata}" is not a QID`);
  if (e.country !== undefined && !/^[A-Z]{3}$/.test(e.country)) throw bad('country', `country "${e.country}" is not an ISO alpha-3 code`);
  if (e.type === 'COUNTRY' && !/^[A-Z]{3}$/.test(e.id)) throw bad('id', `a COUNTRY id must be its ISO alpha-3 code, got "${e.id}"`);
  for (const a of e.aliases ?? []) if (typeof a !== 'string' || !a.trim()) throw bad('aliases', 'an alias is empty');
  for (const d of [e.from, e.to]) if (d !== undefined && !reDate.test(d)) throw bad('from', `date "${d}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  if (e.roles && e.type !== 'PERSON') throw bad('roles', 'only PERSON rows have roles');
  return e;
}

function opt(v: string | undefined): string | undefined {
  return v ? v : undefined;
}

/** Entries of one TSV file of the entity schema. */
export function readEntityTsv(text: string, file: string): GazetteerEntry[] {
  return parseTsv(text, file, ENTITY_COLUMNS, ['id', 'type', 'name']).map(({ line, cells }) => {
    const e: GazetteerEntry = { id: cells.id!, type: cells.type as EntityType, name: cells.name! };
    const aliases = splitList(cells.aliases);
    if (aliases.length) e.aliases = aliases;
    for (const k of ['country', 'wikidata', 'kind', 'parent', 'iso2', 'capital', 'from', 'to'] as const) {
      const v = opt(cells[k]);
      if (v !== undefined) e[k] = v;
    }
    const dem = splitList(cells.demonyms);
    if (dem.length) e.demonyms = dem;
    if (cells.roles) e.roles = parseRoles(cells.roles, file, line);
    return checkEntry(e, file, line);
  });
}

/** Entries of a JSON gazetteer: an array of entry objects (or `{ entities: [...] }`). */
export function readEntityJson(text: string, file: string): GazetteerEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new WartaError('GAZETTEER_INVALID', `${file}: not valid JSON (${(e as Error).message})`, { file });
  }
  const list = Array.isArray(data) ? data : (data as { entities?: unknown })?.entities;
  if (!Array.isArray(list)) throw new WartaError('GAZETTEER_INVALID', `${file}: expected an array of entities or { "entities": [...] }`, { file });
  return list.map((x, i) => checkEntryObject(x, file, i + 1));
}

/** Validate an entry object given by a user (JSON or code); `index` stands in for the line. */
export function checkEntryObject(x: unknown, file: string, index: number): GazetteerEntry {
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw tsvError(file, index, undefined, 'entry is not an object');
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!ENTITY_COLUMNS.includes(k)) throw tsvError(file, index, k, `unknown field "${k}"; known fields: ${ENTITY_COLUMNS.join(', ')}`);
  for (const k of ['aliases', 'demonyms'] as const) {
    if (o[k] !== undefined && (!Array.isArray(o[k]) || !(o[k] as unknown[]).every((s) => typeof s === 'string'))) throw tsvError(file, index, k, `${k} must be an array of strings`);
  }
  for (const k of ['id', 'type', 'name', 'country', 'wikidata', 'kind', 'parent', 'iso2', 'capital', 'from', 'to'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') throw tsvError(file, index, k, `${k} must be a string`);
  }
  if (o.roles !== undefined) {
    if (!Array.isArray(o.roles)) throw tsvError(file, index, 'roles', 'roles must be an array of { role, of, from?, to? }');
    for (const r of o.roles as unknown[]) {
      const rr = r as Record<string, unknown>;
      if (!rr || typeof rr.role !== 'string' || typeof rr.of !== 'string') throw tsvError(file, index, 'roles', 'each role needs string fields role and of');
    }
  }
  const { note: _note, ...rest } = o;
  return checkEntry(rest as unknown as GazetteerEntry, file, index);
}
