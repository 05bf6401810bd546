/**
 * The founding example: warta's output on ../shared/data/seed against its reference annotation.
 * Prints every gold entity (found? linked to the canonical name?), every notEntity found, and the
 * required / optional / forbidden relations.
 *
 *   npm run bench:seed -- [path to the seed folder]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import type { Entity, ExtractResult } from '../src/types.js';

const dir = process.argv[2] ?? '../shared/data/seed';
if (!existsSync(dir)) {
  console.log(`seed check skipped: ${dir} not found`);
  process.exit(0);
}

interface GoldEntity { name: string; type: string; id?: string; surface?: string[]; linkedCountry?: string }
interface GoldRelation { type: string; subject: string; object: string; [k: string]: unknown }
interface Gold {
  doc: string;
  documentDate?: string;
  entities: GoldEntity[];
  optionalEntities?: GoldEntity[];
  notEntities?: string[];
  relations: { required: GoldRelation[]; optional?: GoldRelation[]; forbidden?: GoldRelation[] };
}

export function sameEntity(e: Entity | undefined, ref: string): boolean {
  if (!e) return false;
  return e.id === ref || e.name === ref || e.iso3 === ref;
}

export function findRelation(r: ExtractResult, g: GoldRelation, symmetricOk = true): boolean {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  return r.relations.some((x) => {
    if (x.type !== g.type || x.negated) return false;
    const s = byId.get(x.subject);
    const o = byId.get(x.object);
    if (sameEntity(s, g.subject) && sameEntity(o, g.object)) return true;
    return symmetricOk && x.symmetric === true && sameEntity(s, g.object) && sameEntity(o, g.subject);
  });
}

let failures = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
  const text = readFileSync(join(dir, gold.doc), 'utf8');
  const r = extract(text);
  console.log(`# ${gold.doc}\nlanguage ${r.language}, date ${r.date ?? '-'} (gold ${gold.documentDate ?? '-'}), ${r.entities.length} entities, ${r.relations.length} relations\n`);
  console.log('entities (gold):');
  for (const g of gold.entities) {
    const e = r.entities.find((x) => x.name === g.name || (g.id !== undefined && x.id === g.id));
    const surfaces = new Set(e?.mentions.map((m) => m.text) ?? []);
    const missing = (g.surface ?? []).filter((s) => !surfaces.has(s));
    const okType = e?.type === g.type;
    const okCountry = !g.linkedCountry || e?.country === g.linkedCountry;
    const ok = !!e && okType && okCountry && missing.length === 0 && e.known;
    if (!ok) failures++;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${g.name} (${g.type})${e ? ` → ${e.id} ${e.type}${e.country ? ' country ' + e.country : ''}` : ' not found'}${missing.length ? ` missing surfaces: ${missing.join(', ')}` : ''}`);
  }
  console.log('entities (optional):');
  for (const g of gold.optionalEntities ?? []) {
    const e = r.entities.find((x) => x.name === g.name);
    console.log(`  ${e ? 'found' : '-    '} ${g.name}${e ? ` → ${e.id}` : ''}`);
  }
  const bad = (gold.notEntities ?? []).filter((n) => r.entities.some((e) => e.mentions.some((m) => m.text === n)));
  if (bad.length) failures += bad.length;
  console.log(`notEntities found as entities: ${bad.length ? bad.join(', ') : 'none'}`);
  const extra = r.entities.filter((e) => ![...gold.entities, ...(gold.optionalEntities ?? [])].some((g) => g.name === e.name));
  console.log(`entities beyond the gold: ${extra.map((e) => `${e.name} (${e.mentions.map((m) => m.text).join('/')})`).join(', ') || 'none'}\n`);

  console.log('relations (required):');
  for (const g of gold.relations.required) {
    const ok = findRelation(r, g);
    if (!ok) failures++;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${g.type} ${g.subject} → ${g.object}`);
  }
  console.log('relations (optional):');
  for (const g of gold.relations.optional ?? []) console.log(`  ${findRelation(r, g) ? 'found' : '-    '} ${g.type} ${g.subject} → ${g.object}`);
  console.log('relations (forbidden):');
  for (const g of gold.relations.forbidden ?? []) {
    const hit = findRelation(r, g, false);
    if (hit) failures++;
    console.log(`  ${hit ? 'FOUND' : 'ok   '} ${g.type} ${g.subject} → ${g.object}`);
  }
  console.log('\nall relations warta gives:');
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  for (const x of r.relations) {
    console.log(`  ${x.type}${x.cameo ? '/' + x.cameo : ''} ${name.get(x.subject)} → ${name.get(x.object)}${x.negated ? ' NEGATED' : ''} [${x.modality}] "${x.label}"`);
  }
}
console.log(`\n${failures === 0 ? 'PASS' : `${failures} check(s) failed`}`);
