/**
 * Pre-tokenized input (CoNLL files, `tagTokens`): the words are joined with single spaces into a
 * text, and each word is cut by warta's own scanner (so `(MK)` given as one word is analysed as
 * `(`, `MK`, `)`, as it would be in running text), never merged across words. `wordOf` maps each
 * token back to its word, so results can be given per word.
 */
import type { Language, Sentence, Token } from '../types.js';
import { makeToken, scan } from './scan.js';
import { fold } from './fold.js';
import { tokensLanguage } from './language.js';
import { analyzeId, mayNeedAnalysis } from '../morph/analyze-id.js';

export interface Pretokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** token index → index of the given word it comes from */
  wordOf: Int32Array;
}

export function fromWords(words: readonly string[], lang: 'auto' | Language = 'auto'): Pretokenized {
  const tokens: Token[] = [];
  const owner: number[] = [];
  let text = '';
  words.forEach((w, k) => {
    if (text) text += ' ';
    const start = text.length;
    text += w;
    const inner = scan(w);
    if (inner.length === 0) {
      tokens.push(makeToken(w, start, start + w.length, 'symbol', w));
      owner.push(k);
      return;
    }
    for (const t of inner) {
      tokens.push(makeToken(t.text, start + t.start, start + t.end, t.kind, t.norm));
      owner.push(k);
    }
  });
  const language: Language = lang !== 'auto' ? lang : tokensLanguage(tokens, 'id');
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (t.norm.indexOf('-') > 0) {
      const parts = [];
      let from = 0;
      for (let i = 0; i <= t.text.length; i++) {
        if (i === t.text.length || t.text.charCodeAt(i) === 45) {
          if (i > from) parts.push({ text: t.text.slice(from, i), start: t.start + from, end: t.start + i, norm: fold(t.text.slice(from, i)) });
          from = i + 1;
        }
      }
      const a = language === 'id' ? analyzeId(t.norm) : null;
      if (a && a.redup) {
        t.base = a.base;
        t.redup = true;
      } else if (parts.length > 1) t.parts = parts;
    } else if (language === 'id' && mayNeedAnalysis(t.norm)) {
      const a = analyzeId(t.norm);
      if (a && !a.compound) {
        if (a.base !== t.norm) t.base = a.base;
        if (a.clitics?.length) t.clitics = a.clitics;
      }
    }
  }
  const sentences: Sentence[] = tokens.length
    ? [{ index: 0, start: 0, end: text.length, text, language, tokenStart: 0, tokenEnd: tokens.length, zone: 'body' }]
    : [];
  return { text, tokens, sentences, wordOf: Int32Array.from(owner) };
}
