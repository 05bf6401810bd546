/**
 * The `warta` command. It only calls the public API (../index.ts).
 *
 * Exit codes: 0 success; 1 some documents failed (each reported on its own output line or on
 * stderr); 2 usage error (unknown command or option, bad value); 3 input could not be read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract, splitSentences, tokenize, WartaError } from '../index.js';
import type { ExtractResult } from '../types.js';

const VERSION = '0.1.0';

const HELP: Record<string, string> = {
  main: `warta ${VERSION} — Indonesian and English news to structured facts

Usage: warta <command> [options]

Commands:
  extract [files…|-]   entities, relations, values and layout of news articles (JSON)
  tokenize [file|-]    tokens with offsets and kinds, one JSON object per line
  sentences [file|-]   sentences with offsets and language, one JSON object per line

Options:
  -h, --help           help for a command (warta extract --help)
  -v, --version        print the version

Exit codes: 0 success, 1 some documents failed, 2 usage error, 3 input not readable.`,
  extract: `Usage: warta extract [files…|-] [options]

Reads each file (or standard input with - or no file) as one article and prints the result.

Options:
  --lang auto|id|en    language of the text (default auto: decided per sentence)
  --date YYYY-MM-DD    publication date, for dates written without a year (default: the article's date line)
  --fields LIST        comma-separated result fields to keep (language,date,sentences,tokens,layout,values,entities,relations)
  --pretty / --compact JSON layout (default: pretty for one document on a terminal, compact otherwise)
  -h, --help           this help

Output: one JSON object per document; with several files, one line each ({"file": …, "result": …}).`,
  tokenize: `Usage: warta tokenize [file|-] [--lang auto|id|en]

Prints one JSON token per line: text, start, end, kind, norm and the Indonesian analysis.`,
  sentences: `Usage: warta sentences [file|-] [--lang auto|id|en]

Prints one JSON sentence per line: index, start, end, language, text.`,
};

class UsageError extends Error {}

function readInput(file: string | undefined): string {
  try {
    if (file === undefined || file === '-') return readFileSync(0, 'utf8');
    return readFileSync(file, 'utf8');
  } catch (e) {
    const err = new Error(`cannot read ${file === undefined || file === '-' ? 'standard input' : file}: ${(e as Error).message}`);
    (err as Error & { exitCode: number }).exitCode = 3;
    throw err;
  }
}

const FIELDS = ['language', 'date', 'sentences', 'tokens', 'layout', 'values', 'entities', 'relations'] as const;

function pick(result: ExtractResult, fields: string[] | undefined): Record<string, unknown> {
  if (!fields) return result as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f in result) out[f] = (result as unknown as Record<string, unknown>)[f];
  return out;
}

function parseFields(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of list) {
    if (!(FIELDS as readonly string[]).includes(f)) throw new UsageError(`unknown field "${f}" in --fields; known: ${FIELDS.join(', ')}`);
  }
  return list;
}

function checkLangValue(v: string | undefined): 'auto' | 'id' | 'en' | undefined {
  if (v === undefined || v === 'auto' || v === 'id' || v === 'en') return v;
  throw new UsageError(`--lang must be auto, id or en (got "${v}")`);
}

function write(s: string): void {
  process.stdout.write(s);
}

function cmdExtract(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      date: { type: 'string' },
      fields: { type: 'string' },
      pretty: { type: 'boolean' },
      compact: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { write(HELP.extract + '\n'); return 0; }
  const lang = checkLangValue(values.lang);
  const fields = parseFields(values.fields);
  const files = positionals.length ? positionals : ['-'];
  const pretty = values.compact ? false : values.pretty ? true : files.length === 1 && process.stdout.isTTY === true;
  const needTokens = !fields || fields.includes('tokens');
  const needLayout = !fields || fields.includes('layout');
  let failed = 0;
  for (const file of files) {
    const text = readInput(file);
    try {
      const opts: Parameters<typeof extract>[1] = { tokens: needTokens, layout: needLayout };
      if (lang) opts.lang = lang;
      if (values.date !== undefined) opts.date = values.date;
      const result = pick(extract(text, opts), fields);
      const body = files.length === 1 ? result : { file, result };
      write(JSON.stringify(body, null, pretty ? 2 : undefined) + '\n');
    } catch (e) {
      if (!(e instanceof WartaError)) throw e;
      if (e.code === 'INVALID_OPTION') throw new UsageError(e.message);
      failed++;
      if (files.length === 1) process.stderr.write(`warta: ${file}: ${e.message}\n`);
      else write(JSON.stringify({ file, error: e.toJSON() }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

function cmdLines(argv: string[], which: 'tokenize' | 'sentences'): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { write(HELP[which] + '\n'); return 0; }
  if (positionals.length > 1) throw new UsageError(`${which} reads one file (or - for standard input)`);
  const lang = checkLangValue(values.lang) ?? 'auto';
  const text = readInput(positionals[0]);
  const items = which === 'tokenize' ? tokenize(text, { lang }) : splitSentences(text, { lang });
  const chunks: string[] = [];
  for (const it of items) chunks.push(JSON.stringify(it));
  write(chunks.join('\n') + (chunks.length ? '\n' : ''));
  return 0;
}

export function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        write(HELP.main + '\n');
        return cmd === undefined ? 2 : 0;
      case '-v':
      case '--version':
        write(VERSION + '\n');
        return 0;
      case 'extract':
        return cmdExtract(rest);
      case 'tokenize':
      case 'sentences':
        return cmdLines(rest, cmd);
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof UsageError || code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      process.stderr.write(`warta: ${(e as Error).message}\nRun 'warta --help' for usage.\n`);
      return 2;
    }
    const exit = (e as { exitCode?: number }).exitCode;
    if (exit) {
      process.stderr.write(`warta: ${(e as Error).message}\n`);
      return exit;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
