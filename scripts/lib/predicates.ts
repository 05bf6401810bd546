/** Compile data/predicates/*.tsv into data/compiled/predicates.json. */
import { existsSync, readFileSync } from 'node:fs';
import { expandPredicateRowVoiced, prepareEnglish, readPredicateTsv, type PredicateRow } from '../../src/relations/lexicon-build.js';
import type { CompiledPredicates } from '../../src/relations/lexicon.js';
import { aliasKey } from '../../src/gazetteer/compile.js';

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
  // English predicates in the infinitive, for labels of negated or intended events (compromise)
  const mod = await import('compromise');
  const nlp = (mod.default ?? mod) as unknown as (s: string) => { verbs(): { toInfinitive(): unknown }; text(): string };
  const enLemmas = new Set(rows.filter((r) => r.lang === 'en').map((r) => r.stem.split(' ')[0]!));
  const infinitive = (p: string): string => {
    // with a subject, compromise reads a lone past form as a verb (`released` alone is an adjective)
    const d = nlp(`they ${p}`);
    d.verbs().toInfinitive();
    let out = d.text().replace(/^they /, '');
    if (out === p) {
      // compromise misses a few: the English lexicon's own lemma when it has one (`extradited` → `extradite`)
      const head = /^(\w+?)d\b/.exec(p)?.[1];
      if (head && enLemmas.has(head)) out = p.replace(/^(\w+?)d\b/, '$1');
      else out = p.replace(/^(\w+?)(?:ied)\b/, '$1y').replace(/^(\w+?)ed\b/, '$1');
    }
    // no English verb ends so (`massacred` → `massacr`): the dropped `e` comes back
    return out.replace(/^(\w+(?:cr|bl|tl|dl|gl|pl|dg))\b/, '$1e');
  };
  const themes: Array<[string, string]> = [];
  for (const line of readFileSync('data/lexicon/themes.tsv', 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('phrase\t')) continue;
    const [phrase, english] = line.split('\t');
    if (!phrase || !english) throw new Error(`data/lexicon/themes.tsv: bad line "${line}"`);
    themes.push([aliasKey(phrase), english]);
  }
  return {
    version: 1,
    rows: rows.map((r) => ({
      lang: r.lang, type: r.type, cameo: r.cameo, stem: r.stem, predicate: r.predicate, base: infinitive(r.predicate), target: r.target,
      theme: r.theme, needs: r.needs, symmetric: r.symmetric, source: `${r.file}:${r.line}`,
    })),
    forms,
    themes,
  };
}
