import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

function values(text: string, date?: string) {
  return extract(text, date ? { date } : {}).values.map((v) => ({ kind: v.kind, text: v.text, value: v.value, ...(v.unit ? { unit: v.unit } : {}) }));
}

describe('values: dates, money, percent', () => {
  it('date-day-name-slash', () => {
    expect(values('Seperti dilansir AFP, Senin (3/1/2022), Turki mengirim drone.')).toEqual([{ kind: 'date', text: 'Senin (3/1/2022)', value: '2022-01-03' }]);
  });
  it('date-day-month-resolved-against-publication-date', () => {
    expect(values('Percakapan dilakukan pada Minggu (2/1) waktu setempat.', '2022-01-03')).toEqual([{ kind: 'date', text: 'Minggu (2/1)', value: '2022-01-02' }]);
  });
  it('date-day-month-previous-year', () => {
    expect(values('Gempa terjadi pada Selasa (28/12) malam.', '2022-01-03')[0]!.value).toBe('2021-12-28');
  });
  it('date-english-month-first', () => {
    expect(values('The leaders met in Sochi on Wednesday, Sept. 29, 2021.')).toContainEqual({ kind: 'date', text: 'Sept. 29, 2021', value: '2021-09-29' });
  });
  it('date-indonesian-month-name', () => {
    expect(values('Undang-undang itu disahkan pada 3 Januari 2022.')).toEqual([{ kind: 'date', text: '3 Januari 2022', value: '2022-01-03' }]);
  });
  it('date-year-after-sejak', () => {
    expect(values('Turki menjadi anggota NATO sejak tahun 1952.')).toEqual([{ kind: 'date', text: '1952', value: '1952' }]);
  });
  it('money-rupiah', () => {
    expect(values('Pemerintah menyiapkan Rp 2,5 miliar.')).toEqual([{ kind: 'money', text: 'Rp 2,5 miliar', value: 2.5e9, unit: 'IDR' }]);
  });
  it('money-usd-juta', () => {
    expect(values('Nilai kontrak US$ 280 juta.')).toEqual([{ kind: 'money', text: 'US$ 280 juta', value: 280e6, unit: 'USD' }]);
  });
  it('money-dolar-as-after', () => {
    expect(values('Bantuan senilai 150 juta dolar AS dikirim.')).toEqual([{ kind: 'money', text: '150 juta dolar AS', value: 150e6, unit: 'USD' }]);
  });
  it('money-thousands-dots', () => {
    expect(values('Harga tiket Rp 1.500.000 per orang.')[0]!.value).toBe(1_500_000);
  });
  it('money-english-style', () => {
    expect(values('The deal is worth $1.5 billion, officials said.')).toEqual([{ kind: 'money', text: '$1.5 billion', value: 1.5e9, unit: 'USD' }]);
  });
  it('percent-word-and-sign', () => {
    expect(values('Inflasi naik 30 persen, lalu turun 2,5%.')).toEqual([
      { kind: 'percent', text: '30 persen', value: 30 },
      { kind: 'percent', text: '2,5%', value: 2.5 },
    ]);
  });
  it('time-wib', () => {
    expect(values('Rapat dimulai pukul 19.30 WIB.')).toEqual([{ kind: 'time', text: '19.30 WIB', value: '19:30', unit: 'WIB' }]);
  });
  it('scaled-number', () => {
    expect(values('Utang mencapai 1,5 triliun.')).toEqual([{ kind: 'number', text: '1,5 triliun', value: 1.5e12 }]);
  });
  it('invalid-date-ignored', () => {
    expect(values('Skor akhir (31/2) tidak valid.')).toEqual([]);
  });
});
