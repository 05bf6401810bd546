/**
 * Reads IndoSum JSONL (750 tokenized articles in ../shared/data/indosum-dev/dev.01.jsonl by default)
 * and detokenizes each article back to raw text the way news is written: paragraphs separated by
 * blank lines, no space before `, . ) ! ? : ;`, none after `(`, straight quotes glued inward.
 * Also returns every sentence's offsets, so relation gold can refer to (article id, sentence index).
 */
import { existsSync, readFileSync } from 'node:fs';

export const DEFAULT_INDOSUM = '../shared/data/indosum-dev/dev.01.jsonl';

export interface Article {
  id: string;
  text: string;
  words: number;
  /** character spans of the dataset's own sentences, in order (paragraphs flattened) */
  sentences: Array<{ start: number; end: number }>;
}

const NO_SPACE_BEFORE = new Set([',', '.', ')', '!', '?', ':', ';', '%', ']', '...', '”', '’']);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘']);

export function detokenizeSentence(words: string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const w of words) {
    let space = out.length > 0 && !glueNext;
    if (NO_SPACE_BEFORE.has(w)) space = false;
    glueNext = false;
    if (w === '"') {
      if (quoteOpen) space = false;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (NO_SPACE_AFTER.has(w)) glueNext = true;
    out += (space ? ' ' : '') + w;
  }
  return out;
}

export function loadIndoSum(path = DEFAULT_INDOSUM): Article[] | null {
  if (!existsSync(path)) return null;
  const out: Article[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { id: string; paragraphs: string[][][] };
    let text = '';
    let words = 0;
    const sentences: Article['sentences'] = [];
    for (const para of doc.paragraphs) {
      if (text) text += '\n\n';
      let first = true;
      for (const sent of para) {
        words += sent.length;
        const s = detokenizeSentence(sent);
        if (!first) text += ' ';
        first = false;
        sentences.push({ start: text.length, end: text.length + s.length });
        text += s;
      }
    }
    out.push({ id: doc.id, text, words, sentences });
  }
  return out;
}
