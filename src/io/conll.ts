/**
 * CoNLL NER files in the common layouts: `TOKEN TAG`; `TOKEN POS TAG`; the four columns of
 * CoNLL-2003 (`TOKEN POS CHUNK TAG`, IOB1); tab or space separated; CRLF or LF; `-DOCSTART-`
 * lines skipped. Tags are returned as IOB2 with types PER, ORG, LOC (MISC and others kept as is).
 */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

export function readConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { words: [], tags: [] };
  const flush = () => {
    if (cur.words.length) out.push({ words: cur.words, tags: toIob2(cur.tags) });
    cur = { words: [], tags: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) { flush(); continue; }
    if (line.startsWith('-DOCSTART-')) { flush(); continue; }
    const cols = line.split(/\s+/);
    if (cols.length < 2) continue;
    cur.words.push(cols[0]!);
    cur.tags.push(normalizeTag(cols[cols.length - 1]!));
  }
  flush();
  return out;
}

const TYPE_ALIASES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { PERSON: 'PER', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', LOCATION: 'LOC', GPE: 'LOC', PERS: 'PER', PLACE: 'LOC', COUNTRY: 'LOC' });

function normalizeTag(t: string): string {
  if (t === 'O' || t === '0') return 'O';
  const m = /^([BIES])[-_](.+)$/.exec(t);
  if (!m) return TYPE_ALIASES[t] ? `I-${TYPE_ALIASES[t]}` : t === 'O' ? 'O' : `I-${t}`;
  const type = TYPE_ALIASES[m[2]!] ?? m[2]!;
  const p = m[1] === 'S' ? 'B' : m[1] === 'E' ? 'I' : m[1]!;
  return `${p}-${type}`;
}

/** IOB1 (or IOB2) → IOB2: an I- that starts a chunk becomes B-. */
export function toIob2(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (!t.startsWith('I-')) continue;
    const prev = i > 0 ? out[i - 1]! : 'O';
    if (prev === 'O' || prev.slice(2) !== t.slice(2)) out[i] = 'B-' + t.slice(2);
  }
  return out;
}

/** Chunks of an IOB2 sequence, seqeval's rule: [type, start, end). */
export function chunks(tags: readonly string[]): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  let i = 0;
  while (i < tags.length) {
    const t = tags[i]!;
    if (t === 'O' || t.length < 3) { i++; continue; }
    const type = t.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + type) j++;
    out.push([type, i, j]);
    i = j;
  }
  return out;
}
