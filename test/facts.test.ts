import { describe, expect, it } from 'vitest';
import { scan } from '../src/text/scan.js';
import {
  F_ABBR, F_CLITIC, F_FUNCTION, F_HYPHEN, F_POSS, F_PUNCT, F_TERMINAL, F_UPPER, F_WORD, TokenFacts, breaksOf, evidenceOf, kindFlags,
} from '../src/text/facts.js';
import { languageScore, wordLanguage } from '../src/text/language.js';
import { mayCarryClitic } from '../src/morph/analyze-id.js';
import { rng } from '../benchmarks/lib/rng.js';

/** Line breaks between two offsets as the sentence splitter counts them (\n, U+2029; else \r). */
function breaksBetween(text: string, a: number, b: number): number {
  let lf = 0;
  let cr = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2029) lf++;
    else if (c === 13) cr++;
  }
  return Math.min(2, lf > 0 ? lf : cr);
}

/** Every token's code as the scanner wrote it must equal the code computed from the token itself. */
function checkFacts(text: string): void {
  const facts = new TokenFacts();
  const tokens = scan(text, facts);
  const codes = facts.codes;
  tokens.forEach((t, i) => {
    const code = codes[i]!;
    const kind = kindFlags(t.kind, t.text);
    let want = kind;
    if (t.kind === 'word') {
      want |= wordLanguage(t.text, t.norm);
      if (mayCarryClitic(t.norm)) want |= F_CLITIC;
      if (t.norm.indexOf('-') > 0) want |= F_HYPHEN;
    }
    const mask = 0xff0000 | F_WORD | F_PUNCT | F_TERMINAL | F_ABBR | F_UPPER | F_POSS | F_FUNCTION | F_CLITIC | F_HYPHEN;
    expect({ token: t.text, code: code & mask }).toEqual({ token: t.text, code: want });
    if (i > 0) expect({ token: t.text, breaks: breaksOf(code) }).toEqual({ token: t.text, breaks: breaksBetween(text, tokens[i - 1]!.end, t.start) });
  });
}

describe('token facts: the scanner agrees with the facts computed from each token', () => {
  it('news sentences of both languages', () => {
    checkFacts(
      'Menteri Luar Negeri Sugiono mengatakan pihaknya menyampaikan dukungannya kepada Palestina.\n' +
        'Indonesia\'s foreign minister said the talks were constructive and expected decisions soon.\r\n\r\n' +
        'Di Jakarta, Senin (3/1/2022), kepolisian menangkap dua tersangka; bukankah itu diketahui? Kulihat, katanya.\n\n\n' +
        'Drone-drone buatan Turki-Rusia dikirim ke Ukraina… "Kami menolaknya," kata Jubir Kemlu. The U.S. Embassy didn\'t comment.',
    );
  });

  it('words whose first or last letters decide the evidence (affixes, plurals, -tion, -ing)', () => {
    checkFacts(
      'mengirimkan menyerang berdiskusi diumumkan bukunya mereka diplomats expels nations station petition ' +
        'running quickly status respons indeks Nation NATIONS Diplomats Di DAN Yang YANG the The THE via ' +
        'kuambil kaulihat pihaknyalah apakah siapapun rumahku bukumu sekolah kah lah pun nya ku',
    );
  });

  for (let seed = 1; seed <= 30; seed++) {
    it(`random text, seed ${seed}`, () => {
      const r = rng(seed);
      const pieces = ['Yang', 'yang', 'di', 'dengan', 'Mengirimkan', 'the', 'nations', 'Singapore\'s', 'Putin’s', 'drone-drone', 'pro-Rusia',
        'bukunya', 'U.S.', 'Sept.', 'dll.', 'Tbk.', '.', ',', '!', '?', '…', '"', '(', ')', '\n', '\n\n', '\r', '\r\n', '\u2029', ' ', ' ',
        'Çavuşoğlu', 'kuambil', 'Rp2,5', '19.30', 'persen', '30%', 'x', 'A.', 'ber-', '-nya', 'the—', 'iñtions'];
      let text = '';
      for (let k = 0, n = 40 + Math.floor(r() * 200); k < n; k++) {
        text += pieces[Math.floor(r() * pieces.length)]!;
        if (r() < 0.6) text += ' ';
      }
      checkFacts(text);
    });
  }
});

describe('language score over facts', () => {
  function score(text: string): number {
    const facts = new TokenFacts();
    const tokens = scan(text, facts);
    return languageScore(facts.codes, 0, tokens.length);
  }

  it('counts function words as whole units and affixes as tenths', () => {
    expect(score('yang dan')).toBe(20);
    expect(score('the and')).toBe(-20);
    expect(score('mengirimkan')).toBe(3);
    expect(score('nations')).toBe(-6); // -tions
    expect(score('expels')).toBe(-4); // -s after a consonant Indonesian never has there
    expect(score('diplomats')).toBe(-1); // the same, and a di- prefix (+3)
    expect(evidenceOf(wordLanguage('via', 'via'))).toBe(0);
  });

  it('skips capitalized words inside a sentence and stops once the evidence is clear', () => {
    expect(score('Kemudian Perdana Menteri Israel Benjamin Netanyahu The New York Times')).toBe(10);
    expect(score('yang dan di ke the the the the')).toBe(40);
  });

  it("counts an English possessive on a name as English (`Singapore's`)", () => {
    expect(score("Singapore's")).toBe(-10);
  });
});
