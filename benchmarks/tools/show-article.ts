/**
 * Print IndoSum articles with sentence indices, for annotating relation gold.
 * Usage: npx tsx benchmarks/tools/show-article.ts [--list [category]] [article-id …]
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_INDOSUM, loadIndoSum } from '../lib/indosum.js';

const args = process.argv.slice(2);
const path = DEFAULT_INDOSUM;
const articles = loadIndoSum(path);
if (!articles) throw new Error(`${path} not found`);
if (args[0] === '--list') {
  const meta = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const d = JSON.parse(line) as { id: string; category: string; source: string };
    meta.set(d.id, `${d.category}\t${d.source}`);
  }
  for (const a of articles) {
    const m = meta.get(a.id) ?? '';
    if (!args[1] || m.startsWith(args[1])) console.log(`${a.id}\t${m}\t${a.sentences.length} sentences\t${a.text.slice(0, 80).replace(/\n/g, ' ')}`);
  }
} else {
  for (const id of args) {
    const a = articles.find((x) => x.id === id);
    if (!a) { console.log(`no article ${id}`); continue; }
    console.log(`# ${a.id}`);
    a.sentences.forEach((s, i) => console.log(`[${i}] ${a.text.slice(s.start, s.end)}`));
  }
}
