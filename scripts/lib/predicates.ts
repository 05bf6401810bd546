/** Compile data/predicates/*.tsv into data/compiled/predicates.json. */
import { existsSync, readFileSync } from 'node:fs';
import { expandPredicateRowVoiced, prepareEnglish, readPredicateTsv, type PredicateRow } from '../../src/relations/lexicon-build.js';
import type { CompiledPredicates } from '../../src/relations/lexicon.js';

export async function compilePredicates(): Promise<CompiledPredicates> {
  await prepareEnglish();
  const rows: PredicateRow[] = [];
  for (const f of ['data/predicates/id.tsv', 'data/predicates/en.tsv']) {
    if (existsSync(f)) rows.push(...readPredicateTsv(readFileSync(f, 'utf8'), f));
  }
  const forms: CompiledPredicates['forms'] = [];
  rows.forEach((r, i) => {
    for (const { form, voice } of expandPredicateRowVoiced(r)) forms.push([form, i, voice]);
  });
  return {
    version: 1,
    rows: rows.map((r) => ({
      lang: r.lang, type: r.type, cameo: r.cameo, stem: r.stem, predicate: r.predicate, target: r.target,
      theme: r.theme, needs: r.needs, symmetric: r.symmetric, source: `${r.file}:${r.line}`,
    })),
    forms,
  };
}
