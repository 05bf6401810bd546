/**
 * Relation benchmark: warta's relations against a gold file (benchmarks/gold/README.md), scored
 * by the rule of RELATIONS.md: type equal and both ends the same entity (same id, or same
 * canonical name; gold names are also resolved through the gazetteer's aliases); symmetric types
 * match with the ends swapped. Negated predictions are not counted. Per type and micro-averaged.
 * Also the words/s of the full extract on the articles.
 *
 *   npm run bench:relations -- [gold file] [--indosum path] [--errors] [--per sentence|document]
 *   (--errors lists misses, `named` when warta found both ends in the sentence, else `unnamed`
 *   with where the missing end is: `elsewhere` in the article or `nowhere`, and extras)
 *   (default benchmarks/gold/relations-dev.jsonl over ../shared/data/indosum-dev/dev.01.jsonl)
 * A gold line may also carry its own text (`{"text": …, "relations": […]}`: sentences written for
 * warta, benchmarks/gold/written-*.jsonl); such a line is one document, every relation of it counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { aliasKey } from '../src/gazetteer/compile.js';
import { defaultGazetteer } from '../src/gazetteer/load.js';
import type { ExtractResult, Relation } from '../src/types.js';
import { DEFAULT_INDOSUM, loadIndoSum, type Article } from './lib/indosum.js';

const args = process.argv.slice(2);
const goldPath = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--indosum' && args[args.indexOf(a) - 1] !== '--per') ?? 'benchmarks/gold/relations-dev.jsonl';
const indosum = args.includes('--indosum') ? args[args.indexOf('--indosum') + 1]! : DEFAULT_INDOSUM;
const showErrors = args.includes('--errors');
// `--per document`: keep one relation per (type, ends) in a document (extract's `relations: 'document'`)
const perOption = args.includes('--per') && args[args.indexOf('--per') + 1] === 'document' ? 'document' : 'sentence';

if (!existsSync(goldPath)) {
  console.log(`skipped: gold file ${goldPath} not found`);
  process.exit(0);
}
const byId = new Map<string, Article>();
const articles = loadIndoSum(indosum);
for (const a of articles ?? []) byId.set(a.id, a);

interface GoldRel { type: string; subject: string; object: string; symmetric?: boolean; note?: string }
interface GoldLine { doc: string; sentence: number; text?: string; relations: GoldRel[] }
const gold: GoldLine[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
  const g = JSON.parse(l) as GoldLine;
  if (g.text !== undefined) {
    // a written sentence: its own document; a relation the sentence negates is no gold (README)
    g.doc = `line-${i + 1}`;
    g.sentence = 0;
    // (only a note that opens with `negated` marks the relation itself: notes on an asserted relation
    // often mention some other, negated event — `the negated attack is not gold`)
    g.relations = g.relations.filter((r) => !/^negated\b/i.test(r.note ?? ''));
    if (g.relations.some((r) => /symmetric|mutual/.test(r.note ?? ''))) for (const r of g.relations) if (/symmetric|mutual/.test(r.note ?? '')) r.symmetric = true;
    byId.set(g.doc, { id: g.doc, text: g.text, words: g.text.split(/\s+/).length, sentences: [{ start: 0, end: g.text.length }] });
  }
  return g;
});
const inline = gold.every((g) => g.text !== undefined);

// gold names → gazetteer ids (exact name or alias), for matching against warta's ids
const gaz = defaultGazetteer();
const aliasToIds = new Map<string, Set<string>>();
const compiled = JSON.parse(readFileSync('data/compiled/gazetteer.json', 'utf8')) as { entities: Array<{ id: string; name: string }>; aliases: Array<[string, number, number]> };
for (const [key, idx] of compiled.aliases) {
  const id = compiled.entities[idx]!.id;
  if (!aliasToIds.has(key)) aliasToIds.set(key, new Set());
  aliasToIds.get(key)!.add(id);
}
/** Names compare without the spaces detokenized text leaves (`Tsai Ing - wen` = `Tsai Ing-wen`). */
function spaced(name: string): string {
  return name.replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ');
}
function goldIds(name: string): Set<string> {
  const out = new Set<string>([name, spaced(name)]);
  if (gaz.entity(name)) out.add(name);
  for (const id of aliasToIds.get(aliasKey(name)) ?? []) out.add(id);
  return out;
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
function same(ids: Set<string>, id: string, name: string): boolean {
  return ids.has(id) || ids.has(name) || ids.has(spaced(name));
}
function matches(p: Relation, g: GoldRel, names: Map<string, string>): boolean {
  if (p.type !== g.type) return false;
  const gs = goldIds(g.subject);
  const go = goldIds(g.object);
  const ps = names.get(p.subject) ?? p.subject;
  const po = names.get(p.object) ?? p.object;
  if (same(gs, p.subject, ps) && same(go, p.object, po)) return true;
  const sym = p.symmetric || g.symmetric || SYMMETRIC.has(p.type);
  return sym && same(gs, p.object, po) && same(go, p.subject, ps);
}

if (!articles && !inline) {
  console.log(`skipped: ${indosum} not found (the gold refers to its articles)`);
  process.exit(0);
}

const cache = new Map<string, ExtractResult>();
let words = 0;
const t0 = performance.now();
for (const line of gold) {
  if (cache.has(line.doc)) continue;
  const a = byId.get(line.doc);
  if (!a) continue;
  cache.set(line.doc, extract(a.text, { tokens: false, relations: perOption }));
  words += a.words;
}
const secs = (performance.now() - t0) / 1000;

const per = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
  if (!per.has(t)) per.set(t, { tp: 0, fp: 0, fn: 0 });
  per.get(t)![k]++;
};
const errors: string[] = [];
let missingDocs = 0;
for (const line of gold) {
  const a = byId.get(line.doc);
  const r = cache.get(line.doc);
  if (!a || !r) { missingDocs++; continue; }
  const span = a.sentences[line.sentence];
  if (!span) { missingDocs++; continue; }
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  // predictions whose trigger lies in the gold sentence
  const preds = r.relations.filter((x) => !x.negated && (x.evidence.trigger ?? x.evidence).start >= span.start && (x.evidence.trigger ?? x.evidence).start < span.end);
  const used = new Set<number>();
  for (const g of line.relations) {
    const k = preds.findIndex((p, i) => !used.has(i) && matches(p, g, names));
    if (k >= 0) { used.add(k); bump(g.type, 'tp'); }
    else {
      bump(g.type, 'fn');
      if (showErrors) {
        // `named`: warta found both ends in this sentence, so the miss is the relation stage's
        const inSentence = r.entities.filter((e) => e.mentions.some((m) => m.start >= span.start && m.start < span.end));
        const found = (name: string) => { const ids = goldIds(name); return inSentence.some((e) => same(ids, e.id, e.name)); };
        // an end missing from the sentence is `elsewhere` when warta names it in another sentence
        // of the article (a reference to resolve) and `nowhere` when it never names it (NER)
        const inDoc = (name: string) => { const ids = goldIds(name); return r.entities.some((e) => same(ids, e.id, e.name)); };
        const where = (name: string) => (found(name) ? '' : inDoc(name) ? 'elsewhere' : 'nowhere');
        const ends = [where(g.subject), where(g.object)].filter(Boolean);
        const named = ends.length === 0 ? 'named' : `unnamed(${[...new Set(ends)].join('+')})`;
        errors.push(`MISS ${named} ${line.doc}#${line.sentence} ${g.type} ${g.subject} → ${g.object}  | ${a.text.slice(span.start, span.end).slice(0, 160)}`);
      }
    }
  }
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    bump(p.type, 'fp');
    if (showErrors) errors.push(`EXTRA ${line.doc}#${line.sentence} ${p.label} [${p.type}${p.cameo ? '/' + p.cameo : ''}]  | ${a.text.slice(span.start, span.end).slice(0, 160)}`);
  });
}

const prf = (c: { tp: number; fp: number; fn: number }) => {
  const P = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const R = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return [P, R, P + R ? (2 * P * R) / (P + R) : 0] as const;
};
console.log(`${goldPath}: ${gold.length} sentences, ${gold.reduce((n, l) => n + l.relations.length, 0)} gold relations, ${cache.size} articles${missingDocs ? `, ${missingDocs} lines skipped (article or sentence not found)` : ''}`);
console.log(`extract on those articles: ${(words / secs / 1e3).toFixed(0)}k words/s\n`);
console.log('type         |  P    |  R    |  F1   | gold | pred');
const micro = { tp: 0, fp: 0, fn: 0 };
for (const [t, c] of [...per].sort()) {
  micro.tp += c.tp; micro.fp += c.fp; micro.fn += c.fn;
  const [P, R, F] = prf(c);
  console.log(`${t.padEnd(12)} | ${P.toFixed(3)} | ${R.toFixed(3)} | ${F.toFixed(3)} | ${String(c.tp + c.fn).padStart(4)} | ${String(c.tp + c.fp).padStart(4)}`);
}
const [P, R, F] = prf(micro);
console.log(`${'micro'.padEnd(12)} | ${P.toFixed(3)} | ${R.toFixed(3)} | ${F.toFixed(3)} | ${String(micro.tp + micro.fn).padStart(4)} | ${String(micro.tp + micro.fp).padStart(4)}`);
if (showErrors) console.log('\n' + errors.join('\n'));
