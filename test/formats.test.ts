import { describe, expect, it } from 'vitest';
import { resultJson } from '../src/io/json.js';
import { extract } from '../src/index.js';
import { TSV_COLUMNS, entityIri, literal, toBrat, toConll, toNTriples, toTsv } from '../src/io/formats.js';
import type { ExtractResult } from '../src/types.js';

// An article written for this test, in the style of Indonesian online news.
const ARTICLE = `Menlu Retno Bertemu Menlu Malaysia di Jakarta

Jakarta - Menteri Luar Negeri Indonesia, Retno Marsudi, bertemu Menteri Luar Negeri Malaysia, Zambry Abdul Kadir, di Jakarta, Selasa (9/1/2024). Kedua menteri sepakat memperkuat kerja sama di perbatasan.

Presiden Joko Widodo mengkritik Israel atas serangan di Gaza. Badan Nasional Penanggulangan Bencana (BNPB) mengirimkan bantuan kemanusiaan ke Palestina.

"Kami tidak akan menolak kerja sama ini," ujar Retno.

(abc/def)
`;

const result = extract(ARTICLE);
const NT_LINE = /^<[^>]+> <[^>]+> (<[^>]+>|"(?:[^"\\]|\\.)*"(\^\^<[^>]+>|@[a-z]+)?) \.$/;

describe('output formats', () => {
  it('the article gives entities and relations to format', () => {
    expect(result.entities.length).toBeGreaterThan(4);
    expect(result.relations.length).toBeGreaterThan(2);
  });

  it('conll: one line per token with a valid IOB2 tag, a blank line after each sentence', () => {
    const out = toConll(ARTICLE, result);
    expect(out.endsWith('\n\n')).toBe(true);
    const blocks = out.slice(0, -2).split('\n\n');
    expect(blocks.length).toBe(result.sentences.length);
    const tokens: string[] = [];
    const tags: string[] = [];
    for (const b of blocks) {
      let prev = 'O';
      for (const line of b.split('\n')) {
        const m = /^(\S+) (O|[BI]-(?:PER|ORG|LOC))$/.exec(line);
        expect(m, line).not.toBeNull();
        const tag = m![2]!;
        // IOB2: an I- tag continues a chunk of the same type
        if (tag.startsWith('I-')) expect(prev.slice(2)).toBe(tag.slice(2));
        tokens.push(m![1]!);
        tags.push(tag);
        prev = tag;
      }
    }
    expect(tokens).toEqual(result.tokens!.map((t) => t.text));
    const at = (w: string, k = 0) => tags[tokens.indexOf(w) + k];
    expect([at('Marsudi', -1), at('Marsudi'), at('Israel'), at('BNPB')]).toEqual(['B-PER', 'I-PER', 'B-LOC', 'B-ORG']);
    // with an id, the block starts with the CoNLL-2003 document separator
    expect(toConll(ARTICLE, result, 'doc-1').startsWith('-DOCSTART- O\n\n')).toBe(true);
  });

  it('brat: every T line reproduces its text, every R line points at T lines', () => {
    const out = toBrat(ARTICLE, result);
    const lines = out.trimEnd().split('\n');
    const ts = new Set<string>();
    let nR = 0;
    for (const line of lines) {
      if (line.startsWith('T')) {
        const m = /^(T\d+)\t(PERSON|COUNTRY|LOCATION|ORGANIZATION) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
        expect(m, line).not.toBeNull();
        const frags = m![3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
        expect(frags.map(([a, b]) => ARTICLE.slice(a, b)).join(' ')).toBe(m![4]);
        ts.add(m![1]!);
      } else if (line.startsWith('R')) {
        const m = /^R\d+\t[\w.:-]+ Arg1:(T\d+) Arg2:(T\d+)$/.exec(line);
        expect(m, line).not.toBeNull();
        expect(ts.has(m![1]!) && ts.has(m![2]!)).toBe(true);
        nR++;
      } else {
        expect(line).toMatch(/^#\d+\tAnnotatorNotes [TR]\d+\t/);
      }
    }
    expect(nR).toBe(result.relations.length);
    expect(toBrat(ARTICLE, result, 'berita-7').split('\n')[0]).toBe('# doc berita-7');
  });

  it('brat: a mention across a line break becomes a discontinuous span', () => {
    const text = 'Kata Joko\nWidodo kemarin.';
    const r: ExtractResult = { language: 'id', sentences: [], values: [], relations: [], entities: [{ id: 'joko-widodo', name: 'Joko Widodo', type: 'PERSON', known: true, mentions: [{ text: 'Joko\nWidodo', start: 5, end: 16, sentence: 0 }] }] };
    expect(toBrat(text, r).split('\n')[0]).toBe('T1\tPERSON 5 9;10 16\tJoko Widodo');
  });

  it('ntriples: every line is a well-formed triple with stable IRIs', () => {
    const out = toNTriples(ARTICLE, result, 'berita 7/2024');
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(line, line).toMatch(NT_LINE);
    expect(out).toContain('<https://warta.dev/id/retno-marsudi> <http://www.w3.org/2000/01/rdf-schema#label> "Retno Marsudi"@en .');
    expect(out).toContain('<https://warta.dev/id/retno-marsudi> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://warta.dev/type/PERSON> .');
    expect(out).toMatch(/<https:\/\/warta\.dev\/id\/joko-widodo> <https:\/\/warta\.dev\/rel\/ACCUSE> <https:\/\/warta\.dev\/id\/ISR> \./);
    expect(out).toContain('<https://warta.dev/doc/berita%207%2F2024/rel/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .');
    expect(out).toMatch(/<https:\/\/warta\.dev\/prop\/cameo> "111" \./);
    expect(out).toMatch(/<https:\/\/warta\.dev\/prop\/negated> "false"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#boolean> \./);
    // the same input gives the same triples (stable IRIs), also without an id
    expect(toNTriples(ARTICLE, result)).toBe(toNTriples(ARTICLE, extract(ARTICLE)));
    expect(toNTriples(ARTICLE, result)).toMatch(/^<https:\/\/warta\.dev\/doc\/sha1-[0-9a-f]{16}> /);
  });

  it('ntriples: document-local ids, odd ids and odd text are encoded, negated relations are not asserted', () => {
    expect(entityIri('doc:rina-kusumawati', 'a b')).toBe('https://warta.dev/doc/a%20b/rina-kusumawati');
    expect(entityIri('Q7184', 'x')).toBe('https://warta.dev/id/Q7184');
    expect(entityIri('a>b "c"{}|^`\\', 'x')).toBe('https://warta.dev/id/a%3Eb%20%22c%22%7B%7D%7C%5E%60%5C');
    expect(literal('say "hi"\n\\ \u0001 \ud800')).toBe('"say \\"hi\\"\\n\\\\ \\u0001 \ufffd"');
    const r: ExtractResult = {
      language: 'id', sentences: [], values: [],
      entities: [
        { id: 'doc:x y', name: 'X "Y"\tZ', type: 'PERSON', known: false, mentions: [{ text: 'X', start: 0, end: 1, sentence: 0 }] },
        { id: 'ISR', name: 'Israel', type: 'COUNTRY', known: true, mentions: [{ text: 'Israel', start: 13, end: 19, sentence: 0 }] },
      ],
      relations: [{ type: 'REJECT', subject: 'doc:x y', object: 'ISR', predicate: 'rejected', label: 'X did not reject Israel', negated: true, modality: 'asserted', sentence: 0, cameo: '120', time: '2024-01', evidence: { start: 0, end: 19 } }],
    };
    const out = toNTriples('X menolak "\n" Israel', r, 'd\u0000');
    for (const line of out.trimEnd().split('\n')) expect(line, line).toMatch(NT_LINE);
    expect(out).not.toMatch(/\/rel\/REJECT> <https:\/\/warta\.dev\/id\/ISR> \./);
    expect(out).toContain('<https://warta.dev/prop/negated> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .');
    expect(out).toContain('"2024-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>');
    expect(out).toContain('<https://warta.dev/doc/d%00/x%20y> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://warta.dev/type/PERSON> .');
  });

  it('ntriples: an attack on a country keeps its place as the statement\'s location', () => {
    const text = 'Rusia menyerang Kharkiv dengan rudal balistik, Selasa (4/3).';
    const r = extract(text);
    const attack = r.relations.find((x) => x.type === 'ASSAULT');
    expect(attack).toMatchObject({ subject: 'RUS', object: 'UKR' });
    const out = toNTriples(text, r, 'd1');
    for (const line of out.trimEnd().split('\n')) expect(line, line).toMatch(NT_LINE);
    expect(out).toContain(`<https://warta.dev/prop/location> <${entityIri(attack!.location!, 'd1')}> .`);
    expect(r.entities.find((e) => e.id === attack!.location)?.name).toBe('Kharkiv');
  });

  it('tsv: a header and one row per relation with every column', () => {
    const out = toTsv(ARTICLE, result, 'berita-7');
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines[0]).toBe('doc\tsentence\ttype\tsubject\tsubject_name\tobject\tobject_name\tpredicate\tlabel\tcameo\tmodality\tnegated\ttime');
    expect(lines.length).toBe(1 + result.relations.length);
    for (const row of lines.slice(1)) {
      const cells = row.split('\t');
      expect(cells.length).toBe(TSV_COLUMNS.length);
      expect(cells[0]).toBe('berita-7');
      expect(cells[11]).toMatch(/^(true|false)$/);
    }
    expect(lines).toContainEqual(expect.stringMatching(/\tACCUSE\tjoko-widodo\tJoko Widodo\tISR\tIsrael\tcriticized\t.*\t111\tasserted\tfalse\t/));
    expect(toTsv(ARTICLE, result, 'x', { header: false }).startsWith('x\t')).toBe(true);
  });
});

describe('resultJson (the fast JSON of a result)', () => {
  it('is byte for byte JSON.stringify on random text with quotes, backslashes, controls, surrogates and emoji', () => {
    const atoms = ['a', 'Z', 'é', '"', '\\', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udfff', '😀', '\ud83d', ' ', '.', 'Rusia', 'kata', '\n', '\t', 'ü'];
    let seed = 7;
    const r = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 200; k++) {
      let t = '';
      for (let i = 0; i < 40; i++) t += atoms[Math.floor(r() * atoms.length)]! + (r() < 0.4 ? ' ' : '');
      const x = extract(t);
      expect(resultJson(x)).toBe(JSON.stringify(x));
    }
  });
  it('is byte for byte JSON.stringify, with clitics, reduplication, compounds, English contractions and options', () => {
    const texts = [
      'Pihaknya mengirim drone-drone ke Ukraina, kata Menlu Rusia-Turki pro-Rusia, Senin (3/1/2022).',
      "Russia's president didn't say it. U.S. officials said so on Sept. 29, 2021.",
      // text and norm that need escaping, equal and not (`"tidak"`, a backslash, diacritics)
      'Çavuşoğlu berkata "tidak" \\ \u0007 lagi, ucap Erdoğan.',
      '',
    ];
    for (const t of texts) {
      for (const o of [{}, { tokens: false }, { layout: false }, { date: '2022-01-03' }]) {
        const r = extract(t, o);
        expect(resultJson(r)).toBe(JSON.stringify(r));
      }
    }
  });
});
