/**
 * NER benchmark on CoNLL files: span-exact precision, recall and F1 per type and micro-averaged
 * (seqeval's rule), for warta's tagTokens and, in the same run, compromise's
 * people()/places()/organizations() as a baseline; words per second for both.
 *
 *   npm run bench:ner -- <conll file>…   (default ../shared/data/idner-news-2k/dev.txt)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tagTokens } from '../src/index.js';
import { chunks, readConll, type ConllSentence } from '../src/io/conll.js';

const require = createRequire(import.meta.url);
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!files.length) files.push('../shared/data/idner-news-2k/dev.txt');
const showErrors = process.argv.includes('--errors');

interface Counts { tp: number; fp: number; fn: number }
type Scores = Map<string, Counts>;

function score(gold: string[], pred: string[], acc: Scores): void {
  const g = new Set(chunks(gold).map((c) => c.join(':')));
  const p = new Set(chunks(pred).map((c) => c.join(':')));
  const bump = (type: string, k: keyof Counts) => {
    if (!acc.has(type)) acc.set(type, { tp: 0, fp: 0, fn: 0 });
    acc.get(type)![k]++;
  };
  for (const x of p) bump(x.split(':')[0]!, g.has(x) ? 'tp' : 'fp');
  for (const x of g) if (!p.has(x)) bump(x.split(':')[0]!, 'fn');
}

function prf(c: Counts): [number, number, number] {
  const P = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const R = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return [P, R, P + R ? (2 * P * R) / (P + R) : 0];
}

function table(name: string, acc: Scores, wps: number): number {
  const types = [...acc.keys()].sort();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  console.log(`\n${name}  (${wps >= 1e6 ? (wps / 1e6).toFixed(2) + 'M' : (wps / 1e3).toFixed(1) + 'k'} words/s)`);
  console.log('type  |  P     |  R     |  F1    | gold');
  for (const t of types) {
    const c = acc.get(t)!;
    micro.tp += c.tp; micro.fp += c.fp; micro.fn += c.fn;
    const [P, R, F] = prf(c);
    console.log(`${t.padEnd(5)} | ${P.toFixed(3)} | ${R.toFixed(3)} | ${F.toFixed(3)} | ${c.tp + c.fn}`);
  }
  const [P, R, F] = prf(micro);
  console.log(`micro | ${P.toFixed(3)} | ${R.toFixed(3)} | ${F.toFixed(3)} | ${micro.tp + micro.fn}`);
  return F;
}

// compromise: entity offsets mapped back to the given tokens
const nlp = require('compromise');
function compromiseTags(words: string[]): string[] {
  const text = words.join(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) { starts.push(pos); pos += w.length + 1; }
  const tags = new Array<string>(words.length).fill('O');
  const doc = nlp(text);
  const mark = (list: Array<{ offset: { start: number; length: number } }>, type: string) => {
    for (const m of list) {
      const a = m.offset.start, b = a + m.offset.length;
      const idx = starts.map((s, i) => [s, i] as const).filter(([s, i]) => s >= a && s + words[i]!.length <= b + 1).map(([, i]) => i);
      if (!idx.length || idx.some((i) => tags[i] !== 'O')) continue;
      idx.forEach((i, k) => (tags[i] = (k === 0 ? 'B-' : 'I-') + type));
    }
  };
  mark(doc.people().json({ offset: true }), 'PER');
  mark(doc.places().json({ offset: true }), 'LOC');
  mark(doc.organizations().json({ offset: true }), 'ORG');
  return tags;
}

for (const f of files) {
  if (!existsSync(f)) { console.log(`skipped: ${f} not found`); continue; }
  const sents: ConllSentence[] = readConll(readFileSync(f, 'utf8'));
  const words = sents.reduce((n, s) => n + s.words.length, 0);
  console.log(`\n# ${f}: ${sents.length} sentences, ${words} tokens`);
  tagTokens(['warm', 'up']);
  let t0 = performance.now();
  const warta: Scores = new Map();
  const errors: string[] = [];
  for (const s of sents) {
    const pred = tagTokens(s.words);
    score(s.tags, pred, warta);
    if (showErrors) {
      const g = new Set(chunks(s.tags).map((c) => c.join(':')));
      const p = new Set(chunks(pred).map((c) => c.join(':')));
      const miss = [...g].filter((x) => !p.has(x)).map((x) => { const [t, a, b] = x.split(':'); return `-${t}:${s.words.slice(+a!, +b!).join(' ')}`; });
      const extra = [...p].filter((x) => !g.has(x)).map((x) => { const [t, a, b] = x.split(':'); return `+${t}:${s.words.slice(+a!, +b!).join(' ')}`; });
      if (miss.length || extra.length) errors.push([...miss, ...extra].join('  '));
    }
  }
  const wartaWps = words / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  const comp: Scores = new Map();
  for (const s of sents) score(s.tags, compromiseTags(s.words), comp);
  const compWps = words / ((performance.now() - t0) / 1000);
  const fw = table('warta tagTokens', warta, wartaWps);
  const fc = table('compromise people()/places()/organizations()', comp, compWps);
  console.log(`\nmicro-F1: warta ${fw.toFixed(3)} vs compromise ${fc.toFixed(3)}; speed ×${(wartaWps / compWps).toFixed(1)}`);
  if (showErrors) console.log('\nerrors (- missed, + spurious):\n' + errors.join('\n'));
}
