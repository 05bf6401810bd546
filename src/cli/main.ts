/**
 * The `warta` command: dispatch, help, `tokenize` and `sentences`; `extract` is in ./extract.ts.
 * It calls the public API (../index.ts), plus the worker pool (../pool.ts) and the output formats
 * (../io/formats.ts).
 *
 * Exit codes: 0 success; 1 some documents failed (each reported on its own output line or on
 * stderr); 2 usage error (unknown command or option, bad value); 3 input could not be read.
 * Standard output carries results only; messages and progress go to standard error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { splitSentences, tokenize } from '../index.js';
import { checkLangValue, cmdExtract, extractHelp } from './extract.js';
import { UsageError } from './stream.js';
import { serveCommand } from '../server/cli.js';

const VERSION = '0.1.0';

const HELP: Record<string, string> = {
  main: `warta ${VERSION} — Indonesian and English news to structured facts

Usage: warta <command> [options]

Commands:
  extract [files…|-]   entities, relations, values and layout of news articles (JSON, JSON lines,
                       CoNLL, brat, N-Triples or TSV); --jsonl streams one document per line
  tokenize [file|-]    tokens with offsets and kinds, one JSON object per line
  sentences [file|-]   sentences with offsets and language, one JSON object per line
  serve                the HTTP service (POST /extract, /extract/batch; GET /healthz, /metrics)

Options:
  -h, --help           help for a command (warta extract --help)
  -v, --version        print the version

Exit codes: 0 success, 1 some documents failed, 2 usage error, 3 input not readable.`,
  tokenize: `Usage: warta tokenize [file|-] [--lang auto|id|en]

Prints one JSON token per line: text, start, end, kind, norm and the Indonesian analysis.

Options:
  --lang auto|id|en    language of the text (default auto: decided per sentence)
  -h, --help           this help

Exit codes: 0 success, 2 usage error, 3 input not readable.`,
  sentences: `Usage: warta sentences [file|-] [--lang auto|id|en]

Prints one JSON sentence per line: index, start, end, language, text.

Options:
  --lang auto|id|en    language of the text (default auto: decided per sentence)
  -h, --help           this help

Exit codes: 0 success, 2 usage error, 3 input not readable.`,
};

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

function write(s: string): void {
  process.stdout.write(s);
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

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case undefined:
        // no command is a usage error: the help goes to stderr, stdout stays empty
        process.stderr.write(HELP.main + '\n');
        return 2;
      case '-h':
      case '--help':
      case 'help': {
        const topic = cmd === 'help' ? rest[0] : undefined;
        if (topic === 'extract') write(extractHelp() + '\n');
        else if (topic === 'tokenize' || topic === 'sentences') write(HELP[topic] + '\n');
        else if (topic !== undefined) throw new UsageError(`no help for "${topic}"`);
        else write(HELP.main + '\n');
        return 0;
      }
      case '-v':
      case '--version':
        write(VERSION + '\n');
        return 0;
      case 'extract':
        return await cmdExtract(rest);
      case 'tokenize':
      case 'sentences':
        return cmdLines(rest, cmd);
      case 'serve':
        return await serveCommand(rest);
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (e instanceof UsageError || code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      process.stderr.write(`warta: ${(e as Error).message}\nRun 'warta ${cmd === 'extract' || cmd === 'tokenize' || cmd === 'sentences' ? cmd + ' ' : ''}--help' for usage.\n`);
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

// a closed pipe (`warta extract … | head`) ends the run quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
