/**
 * Coverage report and checks of data/: counts per type, kind and file; unique ids; valid ISO codes
 * and references; aliases that name two entities of the same type (allowed only when
 * data/ambiguous.tsv gives the rule that decides between them).
 * Usage: npm run data:report [-- --all]   (exit 1 when a check fails)
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadAllEntities } from './lib/data-files.js';
import { aliasKey } from '../src/gazetteer/compile.js';

const all = process.argv.includes('--all');
const { entries, fileOf, problems, warnings } = loadAllEntities();

// counts
const byType = new Map<string, number>();
const byFile = new Map<string, Map<string, number>>();
const byKind = new Map<string, number>();
let aliasCount = 0;
let roles = 0;
entries.forEach((e, i) => {
  byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const f = fileOf[i]!;
  if (!byFile.has(f)) byFile.set(f, new Map());
  byFile.get(f)!.set(e.type, (byFile.get(f)!.get(e.type) ?? 0) + 1);
  byKind.set(`${e.type}/${e.kind ?? '-'}`, (byKind.get(`${e.type}/${e.kind ?? '-'}`) ?? 0) + 1);
  aliasCount += (e.aliases?.length ?? 0) + 1;
  roles += e.roles?.length ?? 0;
});
console.log(`warta data report: ${entries.length} entities, ${aliasCount} names and aliases, ${roles} dated roles\n`);
console.log('per type:');
for (const [t, n] of [...byType].sort()) console.log(`  ${t.padEnd(13)} ${n}`);
console.log('\nper file (source):');
for (const [f, m] of byFile) console.log(`  ${f.padEnd(48)} ${[...m].map(([t, n]) => `${t} ${n}`).join(', ')}`);
console.log('\nper kind:');
console.log('  ' + [...byKind].sort().map(([k, n]) => `${k} ${n}`).join(', '));

// ISO codes
const countries = entries.filter((e) => e.type === 'COUNTRY');
for (const c of countries) {
  if (!/^[A-Z]{3}$/.test(c.id)) problems.push(`country ${c.id}: id is not alpha-3`);
  if (c.kind !== 'historical' && (!c.iso2 || !/^[A-Z]{2}$/.test(c.iso2))) problems.push(`country ${c.id}: iso2 "${c.iso2 ?? ''}" is not two capitals`);
  if (!c.wikidata) warnings.push(`country ${c.id}: no Wikidata QID`);
}
const iso2 = new Map<string, string>();
for (const c of countries) if (c.iso2) {
  if (iso2.has(c.iso2)) problems.push(`iso2 ${c.iso2} used by ${iso2.get(c.iso2)} and ${c.id}`);
  iso2.set(c.iso2, c.id);
}
const qids = new Map<string, string>();
for (const e of entries) if (e.wikidata) {
  if (qids.has(e.wikidata)) problems.push(`Wikidata ${e.wikidata} given to ${qids.get(e.wikidata)} and ${e.id}`);
  qids.set(e.wikidata, e.id);
}

// aliases naming two entities of the same type
const rules = new Map<string, string>();
if (existsSync('data/ambiguous.tsv')) {
  for (const l of readFileSync('data/ambiguous.tsv', 'utf8').split('\n')) {
    if (!l || l.startsWith('#') || l.startsWith('alias\t')) continue;
    const [alias, , rule] = l.split('\t');
    if (alias && rule) rules.set(aliasKey(alias), rule);
  }
}
const owners = new Map<string, Set<string>>();
for (const e of entries) {
  for (const a of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) {
    const k = `${e.type}\u0000${aliasKey(a)}`;
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(e.id);
  }
}
const clashes: string[] = [];
for (const [k, ids] of owners) {
  if (ids.size < 2) continue;
  const [type, key] = k.split('\u0000');
  if (rules.has(key!)) continue;
  clashes.push(`${type} "${key}": ${[...ids].join(', ')}`);
}
console.log(`\naliases shared by two entities of one type without a rule in data/ambiguous.tsv: ${clashes.length}`);
for (const c of clashes.slice(0, all ? Infinity : 40)) console.log('  ' + c);
if (!all && clashes.length > 40) console.log(`  … (${clashes.length - 40} more; --all lists them)`);

console.log(`\nwarnings (references to rows that do not exist, missing QIDs): ${warnings.length}`);
for (const w of warnings.slice(0, all ? Infinity : 20)) console.log('  ' + w);
if (!all && warnings.length > 20) console.log(`  … (${warnings.length - 20} more; --all lists them)`);

console.log(`\nproblems: ${problems.length}`);
for (const p of problems) console.log('  ' + p);
process.exitCode = problems.length ? 1 : 0;
