/**
 * Train warta's NER tagger (averaged structured perceptron, Viterbi, IOB2) on CoNLL files and
 * write data/model/ner.json. Reproducible: fixed seed, fixed epochs.
 *
 *   npm run train:ner -- --data ../shared/data/idner-news-2k/train.txt [--dev ../shared/data/idner-news-2k/dev.txt]
 *                        [--epochs 12] [--out data/model/ner.json]
 *
 * The training sentences never enter the repository; only the weights do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readConll, chunks, type ConllSentence } from '../src/io/conll.js';
import { fromWords } from '../src/text/pretokenized.js';
import { defaultGazetteer } from '../src/gazetteer/load.js';
import { gazBits } from '../src/ner/gaz-bits.js';
import { infosOf, regions } from '../src/ner/tagger.js';
import { MAX_FEATURES, tokenFeatures } from '../src/ner/features.js';
import { NT, TAGS, allowed, modelFromSaved, saveModel, viterbi } from '../src/ner/model.js';
import { rng } from '../benchmarks/lib/rng.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    dev: { type: 'string' },
    epochs: { type: 'string', default: '15' },
    out: { type: 'string', default: 'data/model/ner.json' },
    'gaz-dropout': { type: 'string', default: '0.3' },
  },
});
if (!values.data?.length) {
  console.error('usage: npm run train:ner -- --data <conll file>… [--dev <conll file>] [--epochs N] [--out path]');
  process.exit(2);
}

const rand = rng(20261125);
const gaz = defaultGazetteer();
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

interface Region {
  feats: Int32Array[];
  gold: Int8Array;
}

let lost = 0;
let total = 0;
function prepare(sents: ConllSentence[], dropout: number): Region[] {
  const out: Region[] = [];
  const buf = new Int32Array(MAX_FEATURES);
  for (const s of sents) {
    const { tokens, sentences, wordOf } = fromWords(s.words);
    if (!tokens.length) continue;
    const lang = sentences[0]!.language === 'en' ? 1 : 0;
    const bits = rand() < dropout ? new Uint8Array(tokens.length) : gazBits(tokens.length, gaz.match(tokens, sentences), gaz);
    const infos = infosOf(tokens, 0, tokens.length);
    // a word's tag goes to its first token; its other tokens continue the entity (`(MK)` → `(` `MK` `)`)
    const gold = Array.from(wordOf, (w, i) => {
      const g = TAG_INDEX.get(s.tags[w]!) ?? 0;
      return i > 0 && wordOf[i - 1] === w && g !== 0 && g % 2 === 1 ? g + 1 : g;
    });
    const inRegion = new Uint8Array(tokens.length);
    for (const [a, b] of regions(tokens, 0, tokens.length)) {
      const feats: Int32Array[] = [];
      const g = new Int8Array(b - a);
      for (let i = a; i < b; i++) {
        const n = tokenFeatures(tokens, infos, 0, tokens.length, i, bits, lang, a, b, buf);
        feats.push(buf.slice(0, n));
        g[i - a] = gold[i]!;
        inRegion[i] = 1;
      }
      // a region cannot start inside an entity
      if (g[0]! !== 0 && g[0]! % 2 === 0) g[0] = g[0]! - 1;
      out.push({ feats, gold: g });
    }
    for (let i = 0; i < tokens.length; i++) {
      if (gold[i] !== 0) { total++; if (!inRegion[i]) lost++; }
    }
  }
  return out;
}

const train: ConllSentence[] = [];
for (const f of values.data) train.push(...readConll(readFileSync(f, 'utf8')));
const regionsTrain = prepare(train, Number(values['gaz-dropout']));
console.log(`train: ${train.length} sentences, ${regionsTrain.length} regions; ${lost}/${total} entity tokens outside regions`);

// averaged perceptron with lazy averaging: avg = w - acc / c
const W = new Map<number, Float64Array>();
const A = new Map<number, Float64Array>();
const trans = new Float64Array((NT + 1) * NT);
const transA = new Float64Array((NT + 1) * NT);
let c = 1;

function row(m: Map<number, Float64Array>, f: number): Float64Array {
  let r = m.get(f);
  if (!r) { r = new Float64Array(NT); m.set(f, r); }
  return r;
}

function decode(r: Region, useAvg: boolean): Int8Array {
  const len = r.gold.length;
  const scores = new Float32Array(len * NT);
  for (let i = 0; i < len; i++) {
    for (const f of r.feats[i]!) {
      const w = W.get(f);
      if (!w) continue;
      const a = useAvg ? A.get(f)! : undefined;
      for (let t = 0; t < NT; t++) scores[i * NT + t]! += useAvg ? w[t]! - a![t]! / c : w[t]!;
    }
  }
  const tr = new Float32Array(trans.length);
  for (let k = 0; k < tr.length; k++) tr[k] = useAvg ? trans[k]! - transA[k]! / c : trans[k]!;
  const out = new Int8Array(len);
  viterbi(scores, len, tr, out);
  return out;
}

const epochs = Number(values.epochs);
const order = regionsTrain.map((_, i) => i);
for (let e = 0; e < epochs; e++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  for (const k of order) {
    const r = regionsTrain[k]!;
    const pred = decode(r, false);
    let same = true;
    for (let i = 0; i < pred.length; i++) if (pred[i] !== r.gold[i]) { same = false; break; }
    if (!same) {
      errors++;
      for (let i = 0; i < pred.length; i++) {
        const g = r.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (const f of r.feats[i]!) {
            const w = row(W, f);
            const a = row(A, f);
            w[g]! += 1; a[g]! += c;
            w[p]! -= 1; a[p]! -= c;
          }
        }
        const gp = i === 0 ? NT : r.gold[i - 1]!;
        const pp = i === 0 ? NT : pred[i - 1]!;
        if (gp !== pp || g !== p) {
          trans[gp * NT + g]! += 1; transA[gp * NT + g]! += c;
          trans[pp * NT + p]! -= 1; transA[pp * NT + p]! -= c;
        }
      }
    }
    c++;
  }
  console.log(`epoch ${e + 1}: ${errors} regions wrong of ${order.length}`);
}

// average, prune, save
const ids: number[] = [];
const weights: number[] = [];
for (const [f, w] of W) {
  const a = A.get(f)!;
  const avg = Array.from(w, (x, t) => x - a[t]! / c);
  if (avg.every((x) => Math.abs(x) < 1e-3)) continue;
  ids.push(f);
  weights.push(...avg);
}
const tr = Float32Array.from(trans, (x, k) => x - transA[k]! / c);
// forbid impossible transitions outright
for (let p = 0; p <= NT; p++) for (let t = 0; t < NT; t++) if (!allowed(p === NT ? -1 : p, t) || (p === NT && t !== 0 && t % 2 === 0)) tr[p * NT + t] = -1e4;
const saved = saveModel(Int32Array.from(ids), Float32Array.from(weights), tr, {
  trainedOn: values.data.map((f) => f.split('/').slice(-2).join('/')),
  sentences: train.length,
  epochs,
  gazDropout: Number(values['gaz-dropout']),
  features: ids.length,
  date: new Date().toISOString().slice(0, 10),
});
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(saved));
console.log(`wrote ${values.out}: ${ids.length} features`);

if (values.dev) {
  // dev score of the whole recognizer with the new weights (what npm run bench:ner reports)
  const { tagTokensWith } = await import('../src/ner/tag-tokens.js');
  const trained = modelFromSaved(saved);
  const dev = readConll(readFileSync(values.dev, 'utf8'));
  let tp = 0, fp = 0, fn = 0;
  for (const s of dev) {
    const pred = tagTokensWith(gaz, trained, s.words);
    const gold = new Set(chunks(s.tags).map((x) => x.join(':')));
    const got = new Set(chunks(pred).map((x) => x.join(':')));
    for (const x of got) (gold.has(x) ? tp++ : fp++);
    for (const x of gold) if (!got.has(x)) fn++;
  }
  const P = tp / (tp + fp), R = tp / (tp + fn);
  console.log(`dev (recognizer): P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}`);
}
