import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WartaError } from './errors.js';

let root: string | undefined;

/** The package root: the nearest folder above this module that has `data/`. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'data', 'compiled')) || existsSync(join(dir, 'package.json'))) {
      if (existsSync(join(dir, 'data'))) {
        root = dir;
        return dir;
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new WartaError('DATA_MISSING', 'warta cannot find its data folder next to its code. Reinstall the package, or run `npm run build:data` in a source checkout.');
}

/** Read a file shipped in `data/` (compiled data is under `data/compiled/`). */
export function readData(rel: string): string {
  const p = join(packageRoot(), 'data', rel);
  if (!existsSync(p)) {
    throw new WartaError('DATA_MISSING', `warta's data file data/${rel} is missing. In a source checkout run \`npm run build:data\`; otherwise reinstall the package.`);
  }
  return readFileSync(p, 'utf8');
}
