import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const ARTICLE = [
  'Menlu RI Bertemu Menlu Australia Bahas Keamanan Kawasan',
  '',
  'Siti Rahmawati - detikNews',
  'Kamis, 14 Mar 2024 09:15 WIB',
  'Foreign ministers of Indonesia and Australia pose for photographers in Canberra. (warta photo)',
  'Menlu RI dan Menlu Australia berfoto bersama (dok. Istimewa)',
  'Canberra -',
  '',
  'Menteri Luar Negeri RI bertemu Menteri Luar Negeri Australia di Canberra, Rabu (13/3). Keduanya membahas keamanan kawasan.',
  '',
  'Baca juga: Indonesia dan Australia Perkuat Kerja Sama Maritim',
  '',
  'Pertemuan berlangsung selama dua jam.',
  '',
  '(sra/imk)',
].join('\n');

describe('layout', () => {
  const r = extract(ARTICLE);
  const L = r.layout!;
  it('headline-byline-dateline', () => {
    expect(L.headline?.text).toBe('Menlu RI Bertemu Menlu Australia Bahas Keamanan Kawasan');
    expect(L.byline).toMatchObject({ author: 'Siti Rahmawati', outlet: 'detikNews' });
    expect(L.dateLine).toMatchObject({ date: '2024-03-14', time: '09:15' });
    expect(r.date).toBe('2024-03-14');
  });
  it('caption-english-and-indonesian', () => {
    expect(L.captions.map((c) => c.text)).toHaveLength(2);
    expect(L.captions[0]!.text).toMatch(/^Foreign ministers/);
  });
  it('dateline-moskow-style-own-line', () => {
    expect(L.dateline).toMatchObject({ text: 'Canberra -', place: 'Canberra' });
  });
  it('related-and-editor-codes', () => {
    expect(L.related.map((x) => x.text)).toEqual(['Baca juga: Indonesia dan Australia Perkuat Kerja Sama Maritim']);
    expect(L.editorCodes?.text).toBe('(sra/imk)');
  });
  it('paragraphs-and-zones', () => {
    expect(L.paragraphs).toHaveLength(2);
    for (const p of [...L.paragraphs, ...L.captions]) expect(ARTICLE.slice(p.start, p.end)).toBe(p.text);
    const zones = r.sentences.map((s) => s.zone);
    expect(zones[0]).toBe('headline');
    expect(zones).toContain('caption');
    expect(zones.filter((z) => z === 'body')).toHaveLength(3);
  });
  it('dateline-inline-cnn', () => {
    const x = extract('Jakarta, CNN Indonesia -- Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada Selasa (5/3).\n\nBendungan itu mengairi 5.000 hektare sawah.');
    expect(x.layout!.dateline).toMatchObject({ place: 'Jakarta', outlet: 'CNN Indonesia' });
    expect(x.layout!.paragraphs[0]!.text).toMatch(/^Presiden Joko Widodo/);
  });
  it('dateline-place-region-and-agency', () => {
    const x = extract('KYIV, Ukraine (AP) — Russia launched dozens of drones at the capital overnight.', { tokens: false });
    expect(x.layout!.dateline).toMatchObject({ place: 'KYIV, Ukraine', outlet: 'AP' });
  });
  it('dateline-antara', () => {
    const x = extract('Surabaya (ANTARA) - Gubernur Jawa Timur meninjau lokasi banjir di Sidoarjo, Senin.\n\nWarga mulai kembali ke rumah.');
    expect(x.layout!.dateline).toMatchObject({ place: 'Surabaya', outlet: 'ANTARA' });
  });
  it('an office before a spaced hyphen is no dateline', () => {
    const x = extract('Ketua DPR - RI Bambang Prasetyo tidak memenuhi panggilan penyidik pada Senin (4/9).\n\nIa beralasan sedang sakit.');
    expect(x.layout!.dateline).toBeUndefined();
    expect(x.sentences[0]!.text).toMatch(/^Ketua DPR - RI Bambang Prasetyo/);
  });
  it('an en dash right after the place is a dateline', () => {
    const x = extract('JEPANG– Perdana Menteri Jepang mengumumkan paket stimulus baru pada Jumat.\n\nPaket itu bernilai besar.');
    expect(x.layout!.dateline).toMatchObject({ place: 'JEPANG' });
    expect(x.sentences[1]!.zone).toBe('body');
  });
  it('body paragraphs before a dateline-looking sentence are not captions', () => {
    const x = extract('Ratusan warga memadati alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan yang digelar pemerintah kabupaten setempat, Minggu.\n\nRekan - rekan panitia bekerja sejak subuh.\n\nAcara berlangsung meriah.');
    expect(x.layout!.dateline).toBeUndefined();
    expect(x.layout!.captions).toEqual([]);
    expect(x.sentences.every((s) => s.zone === 'body')).toBe(true);
  });
  it('plain text has only paragraphs', () => {
    const x = extract('Harga cabai naik di pasar. Pedagang mengeluh.\n\nPemerintah berjanji menurunkan harga.');
    expect(x.layout!.headline).toBeUndefined();
    expect(x.layout!.paragraphs).toHaveLength(2);
  });
  it('editor code glued to last paragraph', () => {
    const x = extract('Judul Berita Hari Ini\n\nPolisi menangkap dua tersangka di Medan. (ant/rhm)');
    expect(x.layout!.editorCodes?.text).toBe('(ant/rhm)');
    expect(x.layout!.paragraphs.at(-1)!.text).toBe('Polisi menangkap dua tersangka di Medan.');
  });
});
