/**
 * One-off import: data/lexicon/person-names.txt, Indonesian given names and family names (a weak
 * person-name cue for the NER tagger), from @faker-js/faker's id_ID locale (MIT).
 * Usage: tsx scripts/import/person-names.ts [person_names.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? '../shared/sources/faker_id_ID/person_names.json';
const d = JSON.parse(readFileSync(src, 'utf8')) as Record<string, Record<string, string[]> | null>;
const names = new Set<string>();
for (const part of ['first_name', 'last_name']) {
  for (const list of Object.values(d[part] ?? {})) for (const n of list) if (/^[A-Za-z']+$/.test(n)) names.add(n.toLowerCase());
}
const list = [...names].sort();
writeFileSync('data/lexicon/person-names.txt', '# Indonesian given and family names from @faker-js/faker id_ID (MIT). See data/SOURCES.md.\n' + list.join('\n') + '\n');
console.log(`wrote ${list.length} names`);
