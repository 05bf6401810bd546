/**
 * Curation helper: merge rows that share an id across entity files into one row (the first
 * file's), taking the union of aliases, demonyms and roles and filling empty fields, then delete
 * the later rows. Rows of different types that share an id are reported, not merged.
 * Usage: tsx scripts/import/merge-duplicates.ts [--only file-substring]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { entityFiles } from '../lib/data-files.js';

const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

interface FileRows {
  file: string;
  lines: string[];
  header: string[];
  headerIdx: number;
}

const files: FileRows[] = entityFiles().map((file) => {
  const lines = readFileSync(file, 'utf8').split('\n');
  const headerIdx = lines.findIndex((l) => l && !l.startsWith('#'));
  return { file, lines, header: lines[headerIdx]!.split('\t'), headerIdx };
});

function cells(f: FileRows, i: number): Record<string, string> {
  const c = f.lines[i]!.split('\t');
  return Object.fromEntries(f.header.map((h, k) => [h, c[k] ?? '']));
}
function write(f: FileRows, i: number, rec: Record<string, string>): void {
  f.lines[i] = f.header.map((h) => rec[h] ?? '').join('\t');
}
function union(a: string, b: string, exclude: string[] = []): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of [...a.split('|'), ...b.split('|')]) {
    const t = x.trim();
    if (!t || exclude.includes(t) || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out.join('|');
}
function unionRoles(a: string, b: string): string {
  const byKey = new Map<string, string>();
  for (const r of [...a.split('|'), ...b.split('|')].map((x) => x.trim()).filter(Boolean)) {
    const key = r.split(':')[0]!.toLowerCase() + ':' + (r.split(':')[1] ?? '').slice(0, 4);
    const prev = byKey.get(key);
    if (!prev || r.length > prev.length) byKey.set(key, r); // keep the more precise dates
  }
  return [...byKey.values()].join('|');
}

const first = new Map<string, [FileRows, number]>();
let merged = 0;
for (const f of files) {
  for (let i = f.headerIdx + 1; i < f.lines.length; i++) {
    const l = f.lines[i]!;
    if (!l || l.startsWith('#')) continue;
    const rec = cells(f, i);
    const hit = first.get(rec.id!);
    if (!hit) { first.set(rec.id!, [f, i]); continue; }
    const [g, j] = hit;
    if (only && !f.file.includes(only) && !g.file.includes(only)) continue;
    const base = cells(g, j);
    if (base.type !== rec.type) { console.log(`type conflict for ${rec.id}: ${g.file} ${base.type} vs ${f.file} ${rec.type}`); continue; }
    for (const k of Object.keys(rec)) {
      if (k === 'aliases' || k === 'demonyms') base[k] = union(base[k] ?? '', rec[k] ?? '', [base.name!]);
      else if (k === 'roles') base[k] = unionRoles(base[k] ?? '', rec[k] ?? '');
      else if (!base[k] && rec[k] && k in base) base[k] = rec[k]!;
    }
    if (rec.name !== base.name) base.aliases = union(base.aliases ?? '', rec.name!, [base.name!]);
    write(g, j, base);
    f.lines[i] = '\u0000';
    merged++;
  }
}
for (const f of files) {
  const out = f.lines.filter((l) => l !== '\u0000');
  if (out.length !== f.lines.length) writeFileSync(f.file, out.join('\n'));
}
console.log(`merged ${merged} duplicate rows`);
