/**
 * The built CLI for the benchmarks that run it (bench:batch, bench:serve): `npm run build` (data
 * and dist/) when dist/ or the compiled data is missing, or dist/ is older than src/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  const built = existsSync('dist/cli.js') && existsSync('dist/worker.js') && existsSync('data/compiled/gazetteer.json');
  if (built && statSync('dist/cli.js').mtimeMs >= newestMtime('src')) return;
  console.log(built ? 'dist/ is older than src/: building …' : 'dist/ is missing: building …');
  const b = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) throw new Error('npm run build failed');
}
