/**
 * Loading gazetteers: warta's own (data/compiled/gazetteer.json, built by `npm run build:data`,
 * loaded lazily on first use and shared) and user gazetteers (TSV or JSON files of the same schema).
 */
import { readFileSync } from 'node:fs';
import { readData } from '../data-path.js';
import { WartaError } from '../errors.js';
import { compileGazetteer, type CompiledGazetteer } from './compile.js';
import { Gazetteer } from './gazetteer.js';
import { checkEntryObject, readEntityJson, readEntityTsv, type GazetteerEntry } from './schema.js';

let builtin: CompiledGazetteer | undefined;
let builtinGazetteer: Gazetteer | undefined;
let common: Set<string> | undefined;

export function builtinCompiled(): CompiledGazetteer {
  if (!builtin) builtin = JSON.parse(readData('compiled/gazetteer.json')) as CompiledGazetteer;
  return builtin;
}

/** warta's own gazetteer, loaded once. */
export function defaultGazetteer(): Gazetteer {
  if (!builtinGazetteer) builtinGazetteer = new Gazetteer(builtinCompiled());
  return builtinGazetteer;
}

/** Indonesian words that are also ordinary words (see scripts/import/common-words.ts). */
export function commonWords(): Set<string> {
  if (!common) {
    common = new Set();
    for (const l of readData('compiled/id-common.txt').split('\n')) if (l && l.charCodeAt(0) !== 35) common.add(l);
  }
  return common;
}

/**
 * Read a user gazetteer file: `.tsv` (the schema of data/README.md) or `.json` (an array of
 * entries). Malformed rows throw a WartaError naming the file, line and field.
 */
export function loadGazetteer(path: string): GazetteerEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new WartaError('GAZETTEER_INVALID', `cannot read gazetteer ${path}: ${(e as Error).message}`, { file: path });
  }
  if (/\.json$/i.test(path)) return readEntityJson(text, path);
  if (/\.tsv$/i.test(path)) return readEntityTsv(text, path);
  throw new WartaError('GAZETTEER_INVALID', `gazetteer ${path}: use a .tsv or .json file`, { file: path });
}

/** warta's gazetteer with user entries added; user entries override built-in ones. */
export function gazetteerWith(user: unknown): Gazetteer {
  if (!Array.isArray(user)) throw new WartaError('INVALID_OPTION', 'Option gazetteer must be an array of entries ({ id, type, name, aliases?, … }); read files with loadGazetteer(path).');
  if (user.length === 0) return defaultGazetteer();
  const entries = user.map((x, i) => checkEntryObject(x, 'gazetteer option', i + 1));
  const base = builtinCompiled();
  const mine = compileGazetteer(entries, (w) => commonWords().has(w), 0);
  // user rows replace built-in rows with the same id (aliases included); new rows are appended
  const entities = base.entities.slice();
  const index = new Map<string, number>();
  entities.forEach((e, i) => index.set(e.id, i));
  const replaced = new Set<number>();
  const where = mine.entities.map((e) => {
    const k = index.get(e.id);
    if (k !== undefined) {
      entities[k] = e;
      replaced.add(k);
      return k;
    }
    entities.push(e);
    return entities.length - 1;
  });
  const aliases = base.aliases.filter(([, k]) => !replaced.has(k));
  for (const [key, k, flags] of mine.aliases) aliases.push([key, where[k]!, flags]);
  return new Gazetteer({ version: 1, entities, aliases });
}
