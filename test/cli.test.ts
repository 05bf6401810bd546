import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmdExtract } from '../src/cli/extract.js';
import { UsageError } from '../src/cli/stream.js';

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
  it('help for every command, with its flags and exit codes', () => {
    for (const c of ['extract', 'tokenize', 'sentences']) {
      const r = run([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/Usage: warta/);
      expect(r.stdout).toMatch(/--lang/);
      expect(r.stdout).toMatch(/Exit codes: 0 .*\n?.* 2 usage error.*\n?.*3 input not readable/s);
      if (c === 'extract') {
        for (const flag of ['--jsonl', '--format', '--fields', '--date', '--workers', '--max-chars', '--timeout', '--allow-errors', '--progress', '--no-progress', 'conll', 'brat', 'ntriples', 'tsv']) expect(r.stdout).toContain(flag);
        expect(r.stdout).toMatch(/1 some documents failed/);
      }
    }
    const main = run(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Commands:[\s\S]*extract[\s\S]*tokenize[\s\S]*sentences/);
  });
  it('bad flag values are usage errors (exit 2), caught before any input is read', async () => {
    const bad = [
      ['--workers', '0'], ['--workers', 'two'], ['--workers', '1000'], ['--format', 'xml'], ['--max-chars', '12abc'],
      ['--timeout=-5'], ['--date', '2024-13-45'], ['--lang', 'fr'], ['--fields', 'entities', '--format', 'tsv'],
      ['--fields', 'nope'], ['--jsonl', 'a.jsonl', 'b.jsonl'], ['--relations', 'paragraph'],
    ];
    for (const args of bad) await expect(cmdExtract(args), args.join(' ')).rejects.toBeInstanceOf(UsageError);
    await expect(cmdExtract(['--frobnicate'])).rejects.toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    const r = run(['extract', '--jsonl', '--workers', '0']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--workers must be an integer/);
  });
  it('tokenize prints one JSON token per line', () => {
    const r = run(['tokenize', '-'], 'Pihaknya menolak.');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ text: 'Pihaknya', base: 'pihak', clitics: ['nya'] });
  });

  const news = [
    { id: 'a', text: 'Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Jakarta.' },
    { id: 'b', text: 'Menteri Luar Negeri Retno Marsudi mengecam Israel atas serangan di Gaza.' },
    { id: 'c', text: 'Banjir melanda Kabupaten Bandung, Jawa Barat, Minggu (7/1/2024).' },
  ];
  const jsonl = news.map((n) => JSON.stringify(n)).join('\n') + '\n';

  it('a progress display goes to stderr only, never to stdout', () => {
    const r = run(['extract', '--jsonl', '--workers', '1', '--progress', '--fields', 'entities'], jsonl);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c']);
    expect(r.stdout).not.toMatch(/docs\/s|\r|\x1b/);
    expect(r.stderr).toMatch(/warta: \d+ docs, [\d.]+ docs\/s/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true); // cleared at the end
  });
  it('several files: one line each in order; an unreadable one is reported and exits 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
    try {
      const files = news.map((n) => {
        const f = join(dir, `${n.id}.txt`);
        writeFileSync(f, n.text);
        return f;
      });
      const r = run(['extract', '--workers', '2', '--fields', 'entities', files[0]!, join(dir, 'missing.txt'), files[1]!, files[2]!]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/cannot read .*missing\.txt/);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(out.map((o) => o.file)).toEqual([files[0], files[1], files[2]]);
      expect(out[1].result.entities.map((e: { name: string }) => e.name)).toContain('Retno Marsudi');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('--format tsv with several documents: one header, rows named by the line ids', () => {
    const r = run(['extract', '--jsonl', '--workers', '1', '--format', 'tsv'], jsonl + '{"id":"bad"}\n');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('doc\t')).length).toBe(1);
    expect(lines[0]).toBe('doc\tsentence\ttype\tsubject\tsubject_name\tobject\tobject_name\tpredicate\tlabel\tcameo\tmodality\tnegated\ttime');
    const docs = lines.slice(1).filter(Boolean).map((l) => l.split('\t')[0]);
    expect(docs.length).toBeGreaterThan(0);
    expect([...new Set(docs)].every((d) => ['a', 'b', 'c'].includes(d!))).toBe(true);
    expect(r.stderr).toMatch(/line 4 \(id "bad"\): INVALID_INPUT/);
  });
  it('--format brat with several documents: a "# doc <id>" block for each, in order; --allow-errors', () => {
    // a failed line is reported on stderr; --allow-errors keeps the exit code 0 (map steps)
    const r = run(['extract', '--jsonl', '--workers', '1', '--format', 'brat', '--allow-errors'], jsonl + '{"id":"bad","text":false}\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 4 \(id "bad"\): INVALID_INPUT/);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('# doc '))).toEqual(['# doc a', '# doc b', '# doc c']);
    expect(r.stdout).toMatch(/^T\d+\tPERSON \d+ \d+\tRetno Marsudi$/m);
  });
});
