import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/index.js';

function texts(s: string): string[] {
  return splitSentences(s).map((x) => x.text);
}

describe('splitSentences: fixtures by phenomenon', () => {
  it('sentence-end-inside-quotes', () => {
    expect(texts('"Kami tidak akan mundur dari Turki," jelas Kremlin. Putin lalu menelepon Erdogan.')).toEqual([
      '"Kami tidak akan mundur dari Turki," jelas Kremlin.',
      'Putin lalu menelepon Erdogan.',
    ]);
  });
  it('closing-quote-after-period', () => {
    expect(texts('Ia berkata, "Kami siap." Setelah itu rapat ditutup.')).toEqual(['Ia berkata, "Kami siap."', 'Setelah itu rapat ditutup.']);
  });
  it('question-then-attribution', () => {
    expect(texts('"Apa salah kami?" tanya warga. Polisi diam.')).toEqual(['"Apa salah kami?" tanya warga.', 'Polisi diam.']);
  });
  it('abbreviation-no-break', () => {
    expect(texts('Rapat di Jl. Sudirman No. 5 dipimpin Prof. Dr. Budi Santoso, S.H. dan berjalan lancar.')).toHaveLength(1);
  });
  it('abbreviation-sept-no-break', () => {
    expect(texts('They met in Sochi on Wednesday, Sept. 29, 2021. Putin spoke first.')).toEqual([
      'They met in Sochi on Wednesday, Sept. 29, 2021.',
      'Putin spoke first.',
    ]);
  });
  it('abbreviation-dll-ends-sentence', () => {
    expect(texts('Harga beras, gula, minyak, dll. Semua naik tajam.')).toHaveLength(2);
  });
  it('abbreviation-pol-after-a-rank-no-break', () => {
    expect(texts('Kapolda Riau Irjen Pol. Herry Heryawan dan Kolonel Inf. Budi Santoso meninjau lokasi. Warga lega.')).toEqual([
      'Kapolda Riau Irjen Pol. Herry Heryawan dan Kolonel Inf. Budi Santoso meninjau lokasi.',
      'Warga lega.',
    ]);
  });
  it('initials-no-break', () => {
    expect(texts('Menlu Retno L.P. Marsudi tiba di Jenewa.')).toHaveLength(1);
  });
  it('us-abbreviation', () => {
    expect(texts('The U.S. Navy sailed through. The ship left.')).toEqual(['The U.S. Navy sailed through.', 'The ship left.']);
  });
  it('headline-without-punctuation', () => {
    expect(texts('Putin dan Erdogan Bertemu di Sochi\n\nPresiden Rusia menyambut tamunya.')).toEqual([
      'Putin dan Erdogan Bertemu di Sochi',
      'Presiden Rusia menyambut tamunya.',
    ]);
  });
  it('wrapped-line-continues', () => {
    expect(texts('Presiden Joko Widodo meresmikan\njalan tol baru di Jawa Tengah.')).toHaveLength(1);
  });
  it('ellipsis-mid-sentence', () => {
    expect(texts('Kami... tidak tahu apa-apa.')).toHaveLength(1);
  });
  it('decimal-and-money-no-break', () => {
    expect(texts('Nilainya Rp 2,5 miliar atau US$ 1.5 juta. Dana cair.')).toHaveLength(2);
  });
  it('no-final-punctuation', () => {
    expect(texts('Banjir melanda Jakarta')).toEqual(['Banjir melanda Jakarta']);
  });
  it('language-per-sentence', () => {
    const s = splitSentences('Presiden Rusia berbicara dengan Presiden Turki melalui telepon. Russian President Vladimir Putin talks to the press during the meeting.');
    expect(s.map((x) => x.language)).toEqual(['id', 'en']);
  });
  it('language-names-tell-nothing', () => {
    // an Indonesian sentence full of English names is Indonesian; an English one full of Indonesian names English
    const s = splitSentences('Perdana Menteri Israel Benjamin Netanyahu mengkritik surat kabar Amerika Serikat, The New York Times, yang memuat artikel itu. Prime Minister Anthony Albanese met Indonesian President Joko Widodo in Bogor.');
    expect(s.map((x) => x.language)).toEqual(['id', 'en']);
  });
  it('language-of-short-english-headlines', () => {
    // no English function word: past forms and plurals after a consonant tell English; a name that
    // opens an Indonesian sentence does not (`United langsung merespons`)
    expect(splitSentences('Russia expels two British diplomats').map((x) => x.language)).toEqual(['en']);
    expect(splitSentences('Russia detained British diplomats.').map((x) => x.language)).toEqual(['en']);
    expect(splitSentences('United langsung merespons ketertinggalan.').map((x) => x.language)).toEqual(['id']);
    expect(splitSentences('Harga emas dan kurs rupiah melemah.').map((x) => x.language)).toEqual(['id']);
  });
  it('caption-english', () => {
    const s = splitSentences('Turkish President Recep Tayyip Erdogan, right, and his wife arrive at the summit in Bali, Indonesia.\n\nErdogan tiba di Bali pada Senin pagi.');
    expect(s.map((x) => x.language)).toEqual(['en', 'id']);
  });
  it('offsets and token ranges are consistent', () => {
    const text = 'Satu dua. Tiga empat!  Lima?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
