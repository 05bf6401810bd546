/** The entity files of data/ and the cross-file checks shared by build:data and data:report. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntityTsv, type GazetteerEntry } from '../../src/gazetteer/schema.js';
import { WartaError } from '../../src/errors.js';

export function entityFiles(): string[] {
  const files = ['data/countries.tsv'];
  for (const dir of ['data/organizations', 'data/people', 'data/locations']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.tsv')) files.push(join(dir, f));
  }
  return files;
}

export interface Loaded {
  entries: GazetteerEntry[];
  /** entry index → file */
  fileOf: string[];
  problems: string[];
  warnings: string[];
}

export function loadAllEntities(): Loaded {
  const entries: GazetteerEntry[] = [];
  const fileOf: string[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const f of entityFiles()) {
    try {
      for (const e of readEntityTsv(readFileSync(f, 'utf8'), f)) {
        entries.push(e);
        fileOf.push(f);
      }
    } catch (e) {
      if (e instanceof WartaError) problems.push(e.message);
      else throw e;
    }
  }
  const ids = new Map<string, number>();
  entries.forEach((e, i) => {
    const prev = ids.get(e.id);
    if (prev !== undefined) problems.push(`duplicate id "${e.id}" in ${fileOf[prev]} and ${fileOf[i]}`);
    else ids.set(e.id, i);
  });
  for (const e of entries) {
    if (e.country && !ids.has(e.country)) warnings.push(`${e.id}: country ${e.country} is not a row`);
    if (e.parent && !ids.has(e.parent)) warnings.push(`${e.id}: parent ${e.parent} is not a row`);
    if (e.capital && !ids.has(e.capital)) warnings.push(`${e.id}: capital ${e.capital} is not a row`);
    for (const r of e.roles ?? []) if (!ids.has(r.of)) warnings.push(`${e.id}: role ${r.role}@${r.of} refers to no row`);
  }
  return { entries, fileOf, problems, warnings };
}
