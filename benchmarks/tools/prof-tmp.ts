import { analyzeText } from '../../src/text/tokenize.js';
import { defaultGazetteer } from '../../src/gazetteer/load.js';
import { recognize } from '../../src/ner/recognize.js';
import { defaultModel } from '../../src/ner/model.js';
import { loadIndoSum, DEFAULT_INDOSUM } from '../lib/indosum.js';
const arts = loadIndoSum(DEFAULT_INDOSUM)!;
const gaz = defaultGazetteer(); const model = defaultModel();
const texts = arts.map(a=>a.text); const words = arts.reduce((n,a)=>n+a.words,0);
const pre = texts.map(t => ({ t, ...analyzeText(t) }));
const reps = +(process.argv[2] ?? 10);
const times: number[] = [];
for (let rep=0; rep<reps; rep++) {
  const t0=performance.now(); let n=0;
  for (const p of pre) n+=recognize(p.t, p.tokens, p.sentences, gaz, model, undefined).entities.length;
  times.push(performance.now()-t0);
}
times.sort((a,b)=>a-b);
console.log(`NER only: median ${times[times.length>>1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms  (${(words/times[times.length>>1]!*1000/1e6).toFixed(2)}M w/s)`);
