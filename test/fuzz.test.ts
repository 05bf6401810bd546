/**
 * Fuzz tests: random and adversarial strings through extract(). For any string, extract() must
 * return (never throw), keep its offset invariants, and finish in time roughly linear in the
 * input: each test has a generous timeout rather than a timing assertion (1 MB of input takes
 * a few seconds at most at warta's speed; a quadratic stage takes minutes).
 *
 * Seeded (mulberry32) so a failure reproduces: WARTA_FUZZ_SEED=<seed> npx vitest run test/fuzz.test.ts
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ExtractResult } from '../src/types.js';
import { checkSentences, checkTokens } from '../benchmarks/lib/invariants.js';
import { rng } from '../benchmarks/lib/rng.js';

const SEED = Number(process.env.WARTA_FUZZ_SEED ?? 20261126) >>> 0;
const MB = 1 << 20;
const BIG = 60_000; // ms per test with 1 MB inputs: generous for linear time, far too short for quadratic


/** extract() plus the invariants every result keeps; the message names the case and the seed. */
function run(name: string, text: string): ExtractResult {
  let x: ExtractResult;
  try {
    x = extract(text);
  } catch (e) {
    throw new Error(`extract() threw on ${name} (length ${text.length}, WARTA_FUZZ_SEED=${SEED}): ${(e as Error)?.stack ?? e}`);
  }
  try {
    checkTokens(text, x.tokens!);
    checkSentences(text, x.sentences, x.tokens!);
    for (const v of x.values) if (text.slice(v.start, v.end) !== v.text) throw new Error(`value ${JSON.stringify(v.text)} offsets`);
    for (const e of x.entities) for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`mention ${JSON.stringify(m.text)} offsets`);
    for (const r of x.relations) if (!(r.evidence.start >= 0 && r.evidence.end <= text.length && r.evidence.start <= r.evidence.end)) throw new Error('relation evidence out of range');
    // the result must serialize (the worker pool and the service send it as JSON); skipped for the
    // 1 MB cases, whose JSON runs to 100 MB
    if (text.length <= 300_000) JSON.stringify(x);
  } catch (e) {
    throw new Error(`invariant broken on ${name} (length ${text.length}, WARTA_FUZZ_SEED=${SEED}): ${(e as Error).message}`);
  }
  expect(['id', 'en']).toContain(x.language);
  return x;
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;

const NEWS = [
  'Presiden', 'Joko', 'Widodo', 'Jokowi', 'bertemu', 'Perdana', 'Menteri', 'Anwar', 'Ibrahim', 'di', 'Bogor', 'mengatakan', 'bahwa',
  'Rusia', 'menyerang', 'Ukraina', 'Luar', 'Negeri', 'Retno', 'Marsudi', 'dan', 'yang', 'kepada', 'Putin', 'Erdogan', 'Turki',
  'mengirim', 'drone', 'ke', 'senilai', 'Rp', '2,5', 'miliar', 'Senin', '(3/1/2022)', 'PBB', 'KPK', 'menangkap', 'pejabat', 'said',
  'the', 'President', 'met', 'with', 'pihaknya', 'negara-negara', 'pro-Rusia', '30%', 'persen', 'US$280', 'Sept.', '14:50', 'WIB',
];
const UNICODE = [
  // lone and reversed surrogates
  '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', 'a\ud83d', '\ude00b',
  // combining marks, stacked
  'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304', '\u0301', 'n\u0303'.repeat(3), 'Z' + '\u0336\u0337\u0338'.repeat(10),
  // RTL scripts and bidi controls
  'مرحبا', 'שלום', '\u202eabc\u202c', '\u2067x\u2069', '\u200e', '\u200f', 'جاكرتا-', '(٣/١/٢٠٢٢)',
  // zero-width and invisible format characters
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', 'Jo\u200bko', 'Wi\u00addodo',
  // emoji: ZWJ sequences, flags, skin tones, keycaps, tag sequences, variation selectors
  '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇮🇩', '🇷🇺🇺🇦', '👍🏽', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '\u2764\ufe0f', '\u200d\u200d', '🇮',
  // odd spaces, line separators, controls, noncharacters, private use
  '\u00a0', '\u2028', '\u2029', '\u3000', '\u2009', '\u0000', '\u0007', '\u001b[31m', '\ufffe', '\uffff', '\ue000', '\r', '\r\n', '\n\n', '\t', '\v\f',
  // scripts and widths
  'Ｊａｋａｒｔａ', 'ＲＰ１０', 'Çavuşoğlu', 'İstanbul', 'ß', 'ǅ', 'ﬁ', 'Ⅻ', '𝐉𝐨𝐤𝐨', '東京', '한국', 'Ελλάδα', 'Москва',
  // punctuation that drives layout and sentences
  '.', '...', '…', '!', '?', ',', ';', ':', '-', '--', '—', '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', '«', '»', 'Baca juga:', '(rks/wrt)',
];

function unicodeDoc(r: () => number, atoms: number): string {
  let s = '';
  for (let i = 0; i < atoms; i++) {
    const p = r();
    s += p < 0.45 ? pick(r, UNICODE) : p < 0.9 ? pick(r, NEWS) : String.fromCharCode(Math.floor(r() * 0x10000));
    if (r() < 0.55) s += ' ';
  }
  return s;
}

function randomBytes(r: () => number, n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

/** News words as one line (no newline) with a sentence end every ~`every` words. */
function newsLine(r: () => number, size: number, every: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w = pick(r, NEWS) + (r() < 1 / every ? '. ' : ' ');
    parts.push(w);
    n += w.length;
  }
  return parts.join('');
}

/**
 * Word salad from warta's own lexicons: every predicate form, every needed noun and cue word,
 * names, anaphors, prepositions and punctuation, in random order. The relation rules look left
 * and right of triggers, titles and anaphors; short salads put those at every sentence edge
 * (`Turki yang lawatan` once made extract throw).
 */
function lexiconWords(): string[] {
  const words: string[] = [];
  for (const f of ['data/predicates/id.tsv', 'data/predicates/en.tsv']) {
    for (const l of readFileSync(f, 'utf8').split('\n')) {
      const c = l.split('\t');
      if (l.startsWith('#') || c.length < 8 || c[0] === 'type') continue;
      words.push(c[2]!);
      for (const p of c[3]!.split('|')) if (p.startsWith('=')) words.push(p.slice(1));
      for (const n of c[7]!.split('|')) if (n && !n.startsWith('@')) words.push(n);
    }
  }
  for (const l of readFileSync('data/lexicon/cues.tsv', 'utf8').split('\n')) if (l && !l.startsWith('#') && !l.startsWith('class')) words.push(l.split('\t')[0]!);
  return words;
}
const SALAD_NAMES = ['Rusia', 'Turki', 'Presiden Joko Widodo', 'Vladimir Putin', 'KPK', 'PBB', 'Amerika Serikat', 'Jakarta', 'Kremlin', 'Budi Santoso', 'Partai Golkar', 'Hamas', 'the United States', "Singapore's", 'Kapolri', 'NATO', 'Gaza', 'Moskow'];
const SALAD_GLUE = ['yang', 'dan', 'ke', 'di', 'dari', 'kepada', 'terhadap', 'dengan', 'oleh', 'untuk', 'bahwa', 'ia', 'dia', 'mereka', 'negaranya', 'pihaknya', 'kedua', 'ketiga', 'negara', 'negara-negara', 'tersebut', 'pemimpin', 'pemerintah', 'keduanya', 'the', 'two', 'three', 'leaders', 'countries', 'his', 'country', 'it', 'they', 'that', 'of', 'to', 'for', 'who', 'kata', 'said', 'jika', 'akan', 'tidak', 'sebagai', 'antara', 'bersama', 'Senin', '(3/1)', ',', '.', '"', '(', ')', '-', ';', "'s", '—'];

describe(`fuzz: word salad from the lexicons (seed ${SEED})`, () => {
  it('3 000 short documents of predicate forms, cue words, names and anaphors', () => {
    const r = rng(SEED ^ 0x5a1ad);
    const vocab = lexiconWords();
    for (let k = 0; k < 3000; k++) {
      const n = 2 + Math.floor(r() * 20);
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = r();
        words.push(p < 0.45 ? pick(r, vocab) : p < 0.65 ? pick(r, SALAD_NAMES) : pick(r, SALAD_GLUE));
      }
      run(`salad ${k}`, words.join(' ').replace(/ (['’]s)/g, '$1'));
    }
  });
});

describe(`fuzz: unicode edge cases (seed ${SEED})`, () => {
  it('300 random documents of surrogates, combining marks, RTL, zero-width and emoji mixed with news words', () => {
    const r = rng(SEED);
    for (let i = 0; i < 300; i++) run(`unicode doc ${i}`, unicodeDoc(r, 1 + Math.floor(r() * 400)));
  });
  it('each edge-case atom alone, repeated, and glued to words', () => {
    for (const a of UNICODE) {
      run(`atom ${JSON.stringify(a)}`, a);
      run(`atom ${JSON.stringify(a)} ×500`, a.repeat(500));
      run(`atom ${JSON.stringify(a)} glued`, `Presiden${a}Joko${a} Widodo${a}bertemu ${a}Putin${a}.`);
    }
    run('empty', '');
    run('spaces only', ' \n\t\u00a0\u3000'.repeat(1000));
  });
  it('200 KB documents of edge cases', { timeout: BIG }, () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < 3; i++) run(`200 KB unicode doc ${i}`, unicodeDoc(r, 40_000).slice(0, 200_000));
  });
});

describe(`fuzz: random bytes (seed ${SEED})`, () => {
  it('120 short documents of random bytes decoded as latin1 and as UTF-8', () => {
    const r = rng(SEED + 2);
    for (let i = 0; i < 60; i++) {
      const b = randomBytes(r, 1 + Math.floor(r() * 4096));
      run(`bytes ${i} latin1`, b.toString('latin1'));
      run(`bytes ${i} utf8`, b.toString('utf8'));
    }
  });
  it('512 KB of random bytes as latin1 and as UTF-8', { timeout: BIG }, () => {
    const b = randomBytes(rng(SEED + 3), MB / 2);
    run('512 KB bytes latin1', b.toString('latin1'));
    run('512 KB bytes utf8', b.toString('utf8'));
  });
  it('random UTF-16 code units (any value, surrogates included)', () => {
    const r = rng(SEED + 4);
    for (let i = 0; i < 50; i++) {
      const codes = Array.from({ length: 1 + Math.floor(r() * 2000) }, () => Math.floor(r() * 0x10000));
      run(`utf16 ${i}`, String.fromCharCode(...codes));
    }
  });
});

describe(`fuzz: 1 MB lines (seed ${SEED})`, () => {
  it('a 1 MB line of news words with sentence ends', { timeout: BIG }, () => {
    run('1 MB news line', newsLine(rng(SEED + 5), MB, 25));
  });
  it('1 MB of a single character, and of one word without spaces', { timeout: BIG }, () => {
    for (const c of ['a', '.', ',', '(', '"', '\n', '€', '\u200b', '\u0301', '\ud800']) run(`1 MB of ${JSON.stringify(c)}`, c.repeat(MB));
    run('1 MB word', 'Ab1.'.repeat(MB / 4));
    run('1 MB of emoji', '👨‍👩‍👧'.repeat(MB / 8));
  });
  it('1 MB as 100 000 short lines (layout: headlines, captions, datelines)', { timeout: BIG }, () => {
    const r = rng(SEED + 6);
    const lines = ['Jakarta -', 'Foto: Antara', 'Baca juga: Jokowi', '(rks/wrt)', 'Senin, 03 Jan 2022 14:50 WIB', 'BOGOR, KOMPAS.com --', '', 'Presiden tiba.'];
    let s = '';
    while (s.length < MB) s += pick(r, lines) + '\n';
    run('1 MB short lines', s);
  });
});

describe('fuzz: deep nesting', () => {
  const D = 50_000;
  it('brackets and quotes 50 000 deep, balanced and not', { timeout: BIG }, () => {
    const pairs: Array<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}'], ['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’'], ['«', '»'], ['<', '>']];
    for (const [o, c] of pairs) {
      run(`${o}×${D} word ${c}×${D}`, o.repeat(D) + 'Jokowi' + c.repeat(D));
      run(`${o}×${D} unclosed`, o.repeat(D) + 'Jokowi');
      run(`${c}×${D} unopened`, 'Jokowi' + c.repeat(D));
    }
  });
  it('mixed brackets and quotes 50 000 deep with words inside, seeded', { timeout: BIG }, () => {
    const r = rng(SEED + 7);
    const open = ['(', '[', '"', '“', "'", '‘', '«'];
    const close: Record<string, string> = { '(': ')', '[': ']', '"': '"', '“': '”', "'": "'", '‘': '’', '«': '»' };
    const stack: string[] = [];
    let s = '';
    for (let i = 0; i < D; i++) {
      const o = pick(r, open);
      stack.push(o);
      s += o + (r() < 0.3 ? pick(r, NEWS) + ' ' : '');
    }
    s += 'kata Jokowi.';
    while (stack.length) s += close[stack.pop()!]!;
    run('mixed nesting', s);
    run('nested quotes of speech', '"Jokowi berkata, '.repeat(D / 5) + 'ya' + '"'.repeat(D / 5));
  });
});

describe('fuzz: repeated titles', () => {
  const N = 10_000;
  it('10 000 titles in a row, with and without a name', { timeout: BIG }, () => {
    for (const t of ['Presiden', 'Menteri Luar Negeri', 'Menlu', 'Bapak', 'Gubernur Jawa Barat', 'Dr.', 'Jenderal TNI (Purn.)', 'Sekjen PBB']) {
      run(`${t} ×${N}`, `${t} `.repeat(N).trim());
      run(`${t} ×${N} + name`, `${t} `.repeat(N) + 'Joko Widodo tiba di Bogor.');
      run(`${t} ×${N} in sentences`, `${t} Joko Widodo tiba. `.repeat(N));
    }
  });
  it('10 000 English titles in one sentence', { timeout: BIG }, () => {
    run(`President ×${N} + name`, 'President '.repeat(N) + 'Joe Biden said on Monday.');
  });
  it('10 000 names, and titles alternating with names', { timeout: BIG }, () => {
    run('names', 'Joko Widodo, '.repeat(N));
    run('title name', 'Presiden Joko Widodo dan '.repeat(N) + 'Putin.');
    run('countries', 'Indonesia, Rusia, Turki, '.repeat(N / 3));
  });
});

/**
 * One very long sentence: the relation stage looks for arguments within a clause-sized window and
 * compromise only reads short English sentences, so time stays linear (these were quadratic once).
 */
describe('fuzz: run-on sentences', () => {
  it('a 1 MB line of news words with no sentence end', { timeout: BIG }, () => {
    run('1 MB news line, one sentence', newsLine(rng(SEED + 8), MB, Infinity));
  });
  it('10 000 relation clauses in one sentence', { timeout: BIG }, () => {
    run('clauses', 'Jokowi bertemu Putin dan '.repeat(10_000) + 'Erdogan.');
  });
  it('50 000 English titles in one sentence', { timeout: BIG }, () => {
    run('President ×50 000 + name', 'President '.repeat(50_000) + 'Joe Biden said on Monday.');
  });
});

describe('fuzz: every prefix of the written sentences', () => {
  // Rules look a few tokens ahead of a name or verb; a text cut right after one (a headline, a
  // truncated feed item) must not make them read past its end.
  it('extract never throws on a text cut at any token', async () => {
    const { readFileSync } = await import('node:fs');
    const { extract: run, tokenize: tok } = await import('../src/index.js');
    let n = 0;
    for (const f of ['benchmarks/gold/written-a.jsonl', 'benchmarks/gold/written-b.jsonl']) {
      for (const line of readFileSync(f, 'utf8').trim().split('\n')) {
        const text = (JSON.parse(line) as { text: string }).text;
        for (const t of tok(text)) {
          const cut = text.slice(0, t.end);
          expect(() => run(cut, { tokens: false }), cut).not.toThrow();
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(3000);
  });
});
