import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TSX = ['--import', 'tsx', 'src/cli/main.ts'];

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [...TSX, ...args], { input, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli end to end', () => {
  it('extract on the example article prints its layout, date and values', () => {
    const r = run(['extract', 'examples/jakarta-bogor-summit.txt', '--compact']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe('2024-01-08');
    expect(out.language).toBe('id');
    expect(out.layout.dateline.place).toBe('Bogor');
    expect(out.layout.editorCodes.text).toBe('(rks/wrt)');
    expect(out.values).toContainEqual(expect.objectContaining({ kind: 'money', value: 2.5e12, unit: 'IDR' }));
    const text = readFileSync('examples/jakarta-bogor-summit.txt', 'utf8');
    for (const t of out.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('reads standard input and keeps only the asked fields', () => {
    const r = run(['extract', '-', '--fields', 'language,values'], 'Harga naik 30 persen.');
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['language', 'values']);
  });
  it('usage errors exit 2 with a message on stderr and nothing on stdout', () => {
    const r = run(['extract', '--lang', 'fr', 'examples/jakarta-bogor-summit.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--lang/);
    expect(run(['frobnicate']).code).toBe(2);
  });
  it('a missing file exits 3', () => {
    const r = run(['extract', 'no/such/file.txt']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot read/);
  });
  it('help for every command', () => {
    for (const c of ['extract', 'tokenize', 'sentences']) {
      const r = run([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: warta/);
    }
  });
  it('tokenize prints one JSON token per line', () => {
    const r = run(['tokenize', '-'], 'Pihaknya menolak.');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ text: 'Pihaknya', base: 'pihak', clitics: ['nya'] });
  });
});
