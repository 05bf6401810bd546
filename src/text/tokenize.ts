/**
 * The text layer: scan → sentences → language per sentence → language passes
 * (English contractions; Indonesian clitics, reduplication) → hyphen parts.
 */
import type { Language, Sentence, Token } from '../types.js';
import { WartaError, assertText } from '../errors.js';
import { makeToken, normOf, scan } from './scan.js';
import { F_CLITIC, F_HYPHEN, TokenFacts } from './facts.js';
import { segment } from './sentences.js';
import { decideLanguage, languageScore } from './language.js';
import { analyzeId, mayCarryClitic } from '../morph/analyze-id.js';

export type LanguageOption = 'auto' | Language;

export interface TokenizeOptions {
  /** `auto` (default) decides per sentence; `id` or `en` forces one language. */
  lang?: LanguageOption;
}

export interface TextAnalysis {
  tokens: Token[];
  sentences: Sentence[];
  language: Language;
}

export function checkLang(lang: unknown): LanguageOption {
  if (lang === undefined || lang === 'auto' || lang === 'id' || lang === 'en') return (lang ?? 'auto') as LanguageOption;
  throw new WartaError('INVALID_OPTION', `Option lang must be 'auto', 'id' or 'en', got ${JSON.stringify(lang)}.`);
}

const EN_CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/** `don't` → `do` + `n't`, `Putin's` → `Putin` + `'s` (English sentences only). */
export function splitEnglishClitic(t: Token): Token[] | null {
  const s = t.text.replace(/\u2019/g, "'");
  const lower = s.toLowerCase();
  for (const c of EN_CLITICS) {
    if (lower.length > c.length && lower.endsWith(c)) {
      const cut = t.text.length - c.length;
      const a = t.text.slice(0, cut);
      const b = t.text.slice(cut);
      if (a.indexOf("'") !== -1 || a.indexOf('\u2019') !== -1) return null;
      return [makeToken(a, t.start, t.start + cut, 'word', normOf(a)), makeToken(b, t.start + cut, t.end, 'word', normOf(b))];
    }
  }
  return null;
}

function hyphenParts(t: Token): void {
  const parts = [];
  let from = 0;
  const s = t.text;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 45;
    if (c === 45 || c === 0x2010 || c === 0x2011) {
      if (i > from) {
        const p = s.slice(from, i);
        parts.push({ text: p, start: t.start + from, end: t.start + i, norm: normOf(p) });
      }
      from = i + 1;
    }
  }
  if (parts.length > 1) t.parts = parts;
}

/** Indonesian analysis of one word token, in place. */
function analyzeIdToken(t: Token): void {
  const a = analyzeId(t.norm);
  if (a === null) return;
  if (a.compound) {
    hyphenParts(t);
    return;
  }
  if (a.base !== t.norm) t.base = a.base;
  if (a.clitics && a.clitics.length) t.clitics = a.clitics;
  if (a.redup) t.redup = true;
}

/** The scanner's facts, reused from text to text (analyzeText runs to completion before the next). */
const facts = new TokenFacts();

/**
 * Tokenize, split sentences and decide their languages in one pass over the text.
 * `forced` are offsets where a sentence must start (from the news layout).
 */
export function analyzeText(text: string, lang: LanguageOption = 'auto', forced: readonly number[] = []): TextAnalysis {
  let tokens = scan(text, facts);
  const codes = facts.codes;
  const ranges = segment(tokens, codes, forced);
  const langs: Language[] = new Array(ranges.length);
  if (lang === 'auto') {
    let total = 0;
    // (scores are small integers: a plain array holds them unboxed)
    const scores: number[] = new Array(ranges.length);
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i]!;
      const s = languageScore(codes, r[0], r[1]);
      total += s;
      scores[i] = s;
    }
    // sentences with too little evidence take the text's side
    const fallback: Language = total < 0 ? 'en' : 'id';
    for (let i = 0; i < ranges.length; i++) langs[i] = decideLanguage(scores[i]!, fallback);
  } else langs.fill(lang);

  // English contractions may add tokens: rebuild the arrays only when one is found
  let rebuilt: Token[] | null = null;
  for (let s = 0; s < ranges.length; s++) {
    const r = ranges[s]!;
    // (only English sentences split words; the others need a pass only once tokens are rebuilt)
    if (!rebuilt && langs[s] !== 'en') continue;
    const from = r[0], to = r[1];
    if (rebuilt) r[0] = rebuilt.length;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      let split: Token[] | null = null;
      if (langs[s] === 'en' && t.kind === 'word' && (t.text.indexOf("'") > 0 || t.text.indexOf('\u2019') > 0)) split = splitEnglishClitic(t);
      if (split && !rebuilt) rebuilt = tokens.slice(0, i);
      if (rebuilt) {
        if (split) rebuilt.push(...split);
        else rebuilt.push(t);
      }
    }
    if (rebuilt) r[1] = rebuilt.length;
  }
  if (rebuilt) tokens = rebuilt;

  const sentences: Sentence[] = new Array(ranges.length);
  let idCount = 0;
  for (let s = 0; s < ranges.length; s++) {
    const [a, b] = ranges[s]!;
    const language = langs[s]!;
    if (language === 'id') idCount += b - a;
    if (rebuilt) {
      // (token indexes no longer match the facts: read the tokens)
      for (let i = a; i < b; i++) {
        const t = tokens[i]!;
        if (t.kind !== 'word') continue;
        const hyphen = t.norm.indexOf('-') > 0;
        if (language === 'id') {
          if (hyphen ? t.norm.length >= 4 : mayCarryClitic(t.norm)) analyzeIdToken(t);
        } else if (hyphen) hyphenParts(t);
      }
    } else if (language === 'id') {
      for (let i = a; i < b; i++) {
        const f = codes[i]!;
        if ((f & F_HYPHEN) !== 0 ? tokens[i]!.norm.length >= 4 : (f & F_CLITIC) !== 0) analyzeIdToken(tokens[i]!);
      }
    } else {
      for (let i = a; i < b; i++) if ((codes[i]! & F_HYPHEN) !== 0) hyphenParts(tokens[i]!);
    }
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    sentences[s] = { index: s, start, end, text: text.slice(start, end), language, tokenStart: a, tokenEnd: b, zone: undefined };
  }
  const language: Language = tokens.length === 0 ? (lang === 'en' ? 'en' : 'id') : idCount * 2 >= tokens.length ? 'id' : 'en';
  return { tokens, sentences, language };
}

/**
 * Split text into tokens with UTF-16 offsets, kinds and, for Indonesian words, the base form
 * with clitics split off and reduplication collapsed.
 *
 * @example
 * tokenize('Pihaknya mengirim drone-drone ke Ukraina.')
 * // [{ text: 'Pihaknya', base: 'pihak', clitics: ['nya'], … }, { text: 'mengirim', … },
 * //  { text: 'drone-drone', base: 'drone', redup: true, … }, …]
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  assertText(text, 'tokenize');
  return analyzeText(text, checkLang(options?.lang)).tokens;
}

/**
 * Split text into sentences, each with its language (`id` or `en`).
 *
 * @example
 * splitSentences('Putin berbicara dengan Erdogan. The two leaders spoke by phone.')
 * // [{ text: 'Putin berbicara dengan Erdogan.', language: 'id', … }, { …, language: 'en' }]
 */
export function splitSentences(text: string, options: TokenizeOptions = {}): Sentence[] {
  assertText(text, 'splitSentences');
  return analyzeText(text, checkLang(options?.lang)).sentences;
}
