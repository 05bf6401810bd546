import { describe, expect, it } from 'vitest';
import { tokenize, WartaError } from '../src/index.js';
import type { Token } from '../src/types.js';

/** Compact view of tokens: `text/kind`, kind omitted for plain words. */
function view(tokens: Token[]): string[] {
  return tokens.map((t) => (t.kind === 'word' ? t.text : `${t.text}/${t.kind}`));
}

function find(tokens: Token[], text: string): Token {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${view(tokens).join(' ')}`);
  return t;
}

// Fixtures written for warta in the style of Indonesian news; each is named for the phenomenon.
const cases: Array<{ name: string; text: string; tokens: string[]; lang?: 'id' | 'en' }> = [
  { name: 'abbreviation-sept', text: 'Rabu, Sept. 29, 2021.', tokens: ['Rabu', ',/punct', 'Sept./abbreviation', '29/number', ',/punct', '2021/number', './punct'] },
  { name: 'abbreviation-dok', text: '(dok. Istimewa)', tokens: ['(/punct', 'dok./abbreviation', 'Istimewa', ')/punct'] },
  { name: 'abbreviation-jl-no', text: 'di Jl. Merdeka No. 12', tokens: ['di', 'Jl./abbreviation', 'Merdeka', 'No./abbreviation', '12/number'] },
  { name: 'abbreviation-no-without-number', text: 'Jawabannya no.', tokens: ['Jawabannya', 'no', './punct'] },
  { name: 'abbreviation-dll', text: 'beras, gula, dll. Harga naik.', tokens: ['beras', ',/punct', 'gula', ',/punct', 'dll./abbreviation', 'Harga', 'naik', './punct'] },
  { name: 'abbreviation-titles', text: 'Prof. Dr. H. Ahmad Sulaiman, S.H., M.Si.', tokens: ['Prof./abbreviation', 'Dr./abbreviation', 'H./abbreviation', 'Ahmad', 'Sulaiman', ',/punct', 'S.H./abbreviation', ',/punct', 'M.Si./abbreviation'] },
  { name: 'abbreviation-an', text: 'rekening a.n. Budi', tokens: ['rekening', 'a.n./abbreviation', 'Budi'] },
  { name: 'initials', text: 'Retno L.P. Marsudi hadir', tokens: ['Retno', 'L.P./abbreviation', 'Marsudi', 'hadir'] },
  { name: 'initial-single', text: 'Kamala D. Harris tiba', tokens: ['Kamala', 'D./abbreviation', 'Harris', 'tiba'] },
  { name: 'english-us', text: 'U.S. officials said', tokens: ['U.S./abbreviation', 'officials', 'said'], lang: 'en' },
  { name: 'number-thousands-id', text: 'sebanyak 1.000.000 dosis', tokens: ['sebanyak', '1.000.000/number', 'dosis'] },
  { name: 'number-decimal-comma', text: '1,5 triliun', tokens: ['1,5/number', 'triliun'] },
  { name: 'money-rupiah', text: 'Rp 2,5 miliar', tokens: ['Rp', '2,5/number', 'miliar'] },
  { name: 'money-rupiah-glued', text: 'senilai Rp2.500.000', tokens: ['senilai', 'Rp2.500.000/money'] },
  { name: 'money-rupiah-dot', text: 'Rp.2.500', tokens: ['Rp.2.500/money'] },
  { name: 'money-usd', text: 'US$ 280 juta', tokens: ['US$/symbol', '280/number', 'juta'] },
  { name: 'money-usd-glued', text: 'US$280 juta', tokens: ['US$280/money', 'juta'] },
  { name: 'money-dollar-sign', text: '$5 billion', tokens: ['$5/money', 'billion'] },
  { name: 'percent-sign', text: 'naik 30% tahun ini', tokens: ['naik', '30%/percent', 'tahun', 'ini'] },
  { name: 'percent-word', text: '30 persen', tokens: ['30/number', 'persen'] },
  { name: 'time-wib', text: 'pukul 19.30 WIB', tokens: ['pukul', '19.30/time', 'WIB'] },
  { name: 'time-colon', text: '03 Jan 2022 14:50 WIB', tokens: ['03/number', 'Jan', '2022/number', '14:50/time', 'WIB'] },
  { name: 'decimal-not-time', text: 'inflasi 19.30 poin', tokens: ['inflasi', '19.30/number', 'poin'] },
  { name: 'date-slash', text: 'Senin (3/1/2022)', tokens: ['Senin', '(/punct', '3/1/2022/date', ')/punct'] },
  { name: 'date-day-month', text: 'Minggu (2/1)', tokens: ['Minggu', '(/punct', '2/1/date', ')/punct'] },
  { name: 'range-years', text: '2014-2019', tokens: ['2014/number', '-/punct', '2019/number'] },
  { name: 'quotes-single', text: "kerja sama 'di semua bidang'.", tokens: ['kerja', 'sama', "'/punct", 'di', 'semua', 'bidang', "'/punct", './punct'] },
  { name: 'quotes-curly', text: '“Kami siap,” kata dia.', tokens: ['“/punct', 'Kami', 'siap', ',/punct', '”/punct', 'kata', 'dia', './punct'] },
  { name: 'quote-inside-sentence-end', text: 'Turki," jelas Kremlin.', tokens: ['Turki', ',/punct', '"/punct', 'jelas', 'Kremlin', './punct'] },
  { name: 'apostrophe-in-name', text: "Ma'ruf Amin", tokens: ["Ma'ruf", 'Amin'] },
  { name: 'english-contraction', text: "Putin's aides don't agree.", tokens: ['Putin', "'s", 'aides', 'do', "n't", 'agree', './punct'], lang: 'en' },
  { name: 'nested-parentheses', text: '(Menlu (Menteri Luar Negeri))', tokens: ['(/punct', 'Menlu', '(/punct', 'Menteri', 'Luar', 'Negeri', ')/punct', ')/punct'] },
  { name: 'ellipsis', text: 'Ya... tentu saja…', tokens: ['Ya', '.../punct', 'tentu', 'saja', '…/punct'] },
  { name: 'url', text: 'lihat https://www.detik.com/news/1234, lalu', tokens: ['lihat', 'https://www.detik.com/news/1234/url', ',/punct', 'lalu'] },
  { name: 'url-www', text: 'di www.kemlu.go.id.', tokens: ['di', 'www.kemlu.go.id/url', './punct'] },
  { name: 'domain-outlet', text: 'dikutip Kompas.com, Senin', tokens: ['dikutip', 'Kompas.com', ',/punct', 'Senin'] },
  { name: 'email', text: 'kirim ke redaksi@warta.co.id sekarang', tokens: ['kirim', 'ke', 'redaksi@warta.co.id/email', 'sekarang'] },
  { name: 'mention-hashtag', text: 'kata @jokowi soal #PemiluDamai2024', tokens: ['kata', '@jokowi/mention', 'soal', '#PemiluDamai2024/hashtag'] },
  { name: 'emoji', text: 'Selamat 🎉🇮🇩 👍🏽', tokens: ['Selamat', '🎉/emoji', '🇮🇩/emoji', '👍🏽/emoji'] },
  { name: 'emoji-zwj', text: 'keluarga 👨‍👩‍👧 hadir', tokens: ['keluarga', '👨‍👩‍👧/emoji', 'hadir'] },
  { name: 'diacritics-nfc', text: 'Mevlüt Çavuşoğlu', tokens: ['Mevlüt', 'Çavuşoğlu'] },
  { name: 'nbsp-zero-width', text: 'Presiden\u00a0Joko\u200b Widodo', tokens: ['Presiden', 'Joko', 'Widodo'] },
  { name: 'zero-width-inside-word', text: 'Tur\u200bki', tokens: ['Tur\u200bki'] },
  { name: 'dash-dateline', text: 'Jakarta, CNN Indonesia -- Presiden', tokens: ['Jakarta', ',/punct', 'CNN', 'Indonesia', '--/punct', 'Presiden'] },
  { name: 'hyphen-compound', text: 'hubungan Rusia-Turki', tokens: ['hubungan', 'Rusia-Turki'] },
  { name: 'covid-19', text: 'pandemi COVID-19', tokens: ['pandemi', 'COVID-19'] },
  { name: 'editor-code', text: '(nvc/idh)', tokens: ['(/punct', 'nvc', '//punct', 'idh', ')/punct'] },
  { name: 'question-exclaim', text: 'Benarkah?! Tidak!!', tokens: ['Benarkah', '?!/punct', 'Tidak', '!!/punct'] },
];

describe('tokenize: fixtures by phenomenon', () => {
  for (const c of cases) {
    it(c.name, () => {
      const tokens = tokenize(c.text, c.lang ? { lang: c.lang } : {});
      expect(view(tokens)).toEqual(c.tokens);
      for (const t of tokens) expect(c.text.slice(t.start, t.end)).toBe(t.text);
    });
  }
});

describe('tokenize: Indonesian analysis', () => {
  it('clitic-nya', () => {
    const t = find(tokenize('Otoritas Turki menyatakan pihaknya tidak bersalah.'), 'pihaknya');
    expect(t.base).toBe('pihak');
    expect(t.clitics).toEqual(['nya']);
  });
  it('clitic-nya-sentence-initial', () => {
    const t = find(tokenize('Pihaknya menolak tuduhan itu.'), 'Pihaknya');
    expect(t.base).toBe('pihak');
  });
  it('clitic-lah-kah-pun', () => {
    const toks = tokenize('Dialah yang datang. Benarkah itu? Merekapun setuju.');
    expect(find(toks, 'Dialah').base).toBe('dia');
    expect(find(toks, 'Dialah').clitics).toEqual(['lah']);
    expect(find(toks, 'Benarkah').base).toBe('benar');
    expect(find(toks, 'Merekapun').clitics).toEqual(['pun']);
  });
  it('clitic-stacked', () => {
    const t = find(tokenize('Bukunyalah yang hilang.'), 'Bukunyalah');
    expect(t.base).toBe('buku');
    expect(t.clitics).toEqual(['nya', 'lah']);
  });
  it('clitic-ku-mu-proclitic', () => {
    const toks = tokenize('Rumahku jauh dan bukumu hilang, lalu kuambil saja.');
    expect(find(toks, 'Rumahku').base).toBe('rumah');
    expect(find(toks, 'bukumu').clitics).toEqual(['mu']);
    expect(find(toks, 'kuambil').clitics).toEqual(['ku-']);
    expect(find(toks, 'kuambil').base).toBe('ambil');
  });
  it('no-false-clitics', () => {
    const toks = tokenize('Sekolah itu adalah masalah ilmu dan buku, hanya langkah awal.');
    for (const w of ['Sekolah', 'adalah', 'masalah', 'ilmu', 'buku', 'hanya', 'langkah']) {
      expect(find(toks, w).clitics, w).toBeUndefined();
      expect(find(toks, w).base, w).toBeUndefined();
    }
  });
  it('reduplication', () => {
    const toks = tokenize('Negara-negara Barat mengirim drone-drone dan langkah-langkahnya jelas.');
    expect(find(toks, 'Negara-negara')).toMatchObject({ base: 'negara', redup: true });
    expect(find(toks, 'drone-drone')).toMatchObject({ base: 'drone', redup: true });
    expect(find(toks, 'langkah-langkahnya')).toMatchObject({ base: 'langkah', redup: true, clitics: ['nya'] });
  });
  it('reduplication-partial', () => {
    const toks = tokenize('Mereka saling tarik-menarik dan bermain-main.');
    expect(find(toks, 'tarik-menarik')).toMatchObject({ base: 'tarik', redup: true });
    expect(find(toks, 'bermain-main')).toMatchObject({ base: 'bermain', redup: true });
  });
  it('hyphen-compound-parts', () => {
    const text = 'hubungan Turki-Rusia dan separatis pro-Rusia';
    const toks = tokenize(text);
    const tr = find(toks, 'Turki-Rusia');
    expect(tr.redup).toBeUndefined();
    expect(tr.parts!.map((p) => p.text)).toEqual(['Turki', 'Rusia']);
    for (const p of tr.parts!) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(find(toks, 'pro-Rusia').parts!.map((p) => p.norm)).toEqual(['pro', 'rusia']);
  });
  it('english-hyphen-parts', () => {
    const t = find(tokenize('They used Turkish-made drones.', { lang: 'en' }), 'Turkish-made');
    expect(t.parts!.map((p) => p.text)).toEqual(['Turkish', 'made']);
  });
  it('english sentences get no Indonesian clitics', () => {
    const t = find(tokenize('The Kenya delegation arrived in the morning.'), 'Kenya');
    expect(t.clitics).toBeUndefined();
  });
});

describe('tokenize: normalization', () => {
  it('diacritics-nfd-equals-nfc', () => {
    const nfc = 'Çavuşoğlu';
    const nfd = nfc.normalize('NFD');
    const a = tokenize(nfc);
    const b = tokenize(nfd);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(b[0]!.text).toBe(nfd);
    expect(a[0]!.norm).toBe('cavusoglu');
    expect(b[0]!.norm).toBe('cavusoglu');
  });
  it('norm lower-cases and drops zero-width', () => {
    expect(tokenize('TUR\u200bKI')[0]!.norm).toBe('turki');
  });
  it('windows line endings', () => {
    const toks = tokenize('Baris satu.\r\nBaris dua.\r\n');
    expect(view(toks)).toEqual(['Baris', 'satu', './punct', 'Baris', 'dua', './punct']);
  });
});

describe('tokenize: bad input', () => {
  it('empty and whitespace', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0\u200b ')).toEqual([]);
  });
  it('non-string throws WartaError', () => {
    for (const bad of [null, undefined, 42, {}, ['a'], Buffer.from('x')]) {
      expect(() => tokenize(bad as unknown as string)).toThrow(WartaError);
      try {
        tokenize(bad as unknown as string);
      } catch (e) {
        expect((e as WartaError).code).toBe('INVALID_INPUT');
      }
    }
  });
  it('bad lang option', () => {
    expect(() => tokenize('a', { lang: 'fr' as 'id' })).toThrow(/lang/);
  });
  it('lone surrogates and control characters are kept as symbols', () => {
    const text = 'a\ud800b\udc00c\u0001d';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text).join('')).toBe('a\ud800b\udc00c\u0001d');
  });
});

describe('letter case at a word start (the helpers every rule asks)', () => {
  it('agrees with \\p{Lu} and \\p{Ll} on ASCII, Latin letters with diacritics, other scripts and astral letters', async () => {
    const { upperStart, lowerStart } = await import('../src/text/chars.js');
    const words = ['Jakarta', 'jakarta', 'Çavuşoğlu', 'çay', 'Ölmez', 'ἀθῆναι', 'Ἀθῆναι', 'Москва', 'москва', '𝐀lpha', '1998', '(', '', 'ß', 'ǅemal'];
    for (const w of words) {
      expect(upperStart(w), w).toBe(/^\p{Lu}/u.test(w));
      expect(lowerStart(w), w).toBe(/^\p{Ll}/u.test(w));
    }
  });
});
