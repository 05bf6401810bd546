import { describe, expect, it } from 'vitest';
import { extract, splitSentences, tokenize } from '../src/index.js';
import { checkSentences, checkTokens } from '../benchmarks/lib/invariants.js';
import { rng } from '../benchmarks/lib/rng.js';


const PIECES = [
  'Presiden', 'Rusia-Turki', 'pihaknya', 'drone-drone', 'Rp', '2,5', 'miliar', 'US$', '280', 'Sept.', 'dok.', 'Jl.', 'No.', 'S.H.',
  'U.S.', '3/1/2022', '(2/1)', '19.30', 'WIB', '14:50', '30%', 'persen', "'", '"', '“', '”', '(', ')', '...', '…', '-', '--', '—',
  'https://detik.com/a?b=1', 'a@b.co.id', '@jokowi', '#Pemilu', '🇮🇩', '👨‍👩‍👧', 'Çavuşoğlu', 'C\u0327avus\u0327', '\u00a0', '\u200b',
  '\r\n', '\n\n', '\n', ' ', ' ', ' ', '\t', '.', ',', '!', '?', ':', ';', "don't", "Ma'ruf", 'negara-negara', 'ke-3', '\ud800', '\udc00',
  '1.000.000', 'x', 'A.', 'Tbk.', 'dll.', '/', '\\', '<', '&', '\u0000',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const p = r();
    if (p < 0.8) s += PIECES[Math.floor(r() * PIECES.length)]!;
    else s += String.fromCharCode(Math.floor(r() * 0xffff));
    if (r() < 0.5) s += ' ';
  }
  return s;
}

describe('offset invariants on random text (property tests)', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`seed ${seed}`, () => {
      const r = rng(seed);
      const text = randomText(r, 20 + Math.floor(r() * 200));
      const x = extract(text);
      checkTokens(text, x.tokens!);
      checkSentences(text, x.sentences, x.tokens!);
      for (const v of x.values) expect(text.slice(v.start, v.end)).toBe(v.text);
      expect(tokenize(text).length).toBe(x.tokens!.length);
      expect(splitSentences(text).length).toBeGreaterThanOrEqual(x.tokens!.length ? 1 : 0);
    });
  }
});

describe('pathological input is linear (bounded by the test timeout)', () => {
  const cases: Array<[string, string]> = [
    ['100k dots', '.'.repeat(100_000)],
    ['100k hyphens', '-'.repeat(100_000)],
    ['one 1 MB word', 'a'.repeat(1_000_000)],
    ['1 MB word with inner hyphens', 'ab-'.repeat(330_000) + 'c'],
    ['100k dotted initials', 'A.'.repeat(100_000)],
    ['100k digits with separators', '1.'.repeat(100_000) + '1'],
    ['100k opening parentheses', '('.repeat(100_000)],
    ['100k quotes', '"\''.repeat(50_000)],
    ['one long line of header-like words', ('Jakarta ' .repeat(50_000)) + '-'],
    // (a sentence of thousands of known names: no rule may look through all of them for each one)
    ['one sentence of 30k place names and prepositions', 'Jakarta di '.repeat(30_000) + 'Bandung.'],
    // (bodies after a country's possessive, parties beside `PBB`, `the two sides` after names: each
    // found through an index, not by a search of all the others)
    ["one sentence of 5k bodies after a country's possessive", "Indonesia's Attorney General's Office and ".repeat(5_000) + 'the police met.'],
    ['one sentence of 10k parties and PBB', 'PAN dan PBB, '.repeat(10_000) + 'mendukung Prabowo.'],
    ['one sentence of 5k meetings and the two sides', 'Wang Yi met Sugiono and the two sides agreed, '.repeat(5_000) + 'they said.'],
    ['one sentence of 6k quotes and speakers', '"Kami menolak," kata Menlu Retno Marsudi, dan '.repeat(6_000) + 'selesai.'],
    ['one sentence of 10k titled names', 'Ketua Umum PDIP Megawati Soekarnoputri, '.repeat(10_000) + 'selesai.'],
    ["one sentence of 10k English bodies after a country's possessive", "Russia's Foreign Ministry and ".repeat(10_000) + 'the police.'],
    ['one sentence of 10k visits', 'Prabowo berkunjung ke Tokyo dan '.repeat(10_000) + 'selesai.'],
    ['one sentence of 10k passives after a request', 'KPK mendesak polisi agar '.repeat(1) + 'ditangkap oleh KPK dan '.repeat(10_000) + 'selesai.'],
    ['100k newlines', '\n'.repeat(100_000)],
    ['100k emoji', '👍🏽'.repeat(100_000)],
    ['1 MB of zero-width joiners in words', 'a\u200d'.repeat(500_000)],
  ];
  for (const [name, text] of cases) {
    it(name, { timeout: 3000 }, () => {
      const x = extract(text);
      checkTokens(text, x.tokens!);
    });
  }
});

describe('library code is quiet and does not read the environment', () => {
  it('no-console-or-environment-outside-the-cli-and-the-service', async () => {
    // (what users import must print nothing and behave the same whatever the environment holds: a
    // debugging line left in the pipeline would do both)
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) { if (name !== 'cli' && name !== 'server') walk(path); continue; }
        if (!name.endsWith('.ts')) continue;
        const text = readFileSync(path, 'utf8');
        if (/\bconsole\.(log|error|warn|info|debug)\(|process\.env\b/.test(text)) offenders.push(path);
      }
    };
    walk(join(__dirname, '..', 'src'));
    expect(offenders).toEqual([]);
  });
});
