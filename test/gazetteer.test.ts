import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor, extract, loadGazetteer, WartaError } from '../src/index.js';
import { defaultGazetteer } from '../src/gazetteer/load.js';

function names(text: string): string[] {
  return extract(text).entities.map((e) => e.name);
}
function ids(text: string): string[] {
  return extract(text).entities.map((e) => e.id);
}
function mentionTexts(text: string, id: string): string[] {
  return extract(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];
}

// Sentences written for warta in the style of Indonesian news.
describe('gazetteer: a name bodies of several countries share', () => {
  it('a-name-with-its-short-form-inside-before-the-place-is-the-known-body', () => {
    expect(ids('Kementerian Luar Negeri (Kemlu) RI mengecam serangan itu.')).toContain('kemlu');
    expect(ids('Sidang digelar di Pengadilan Negeri (PN) Jakarta Barat, Selasa (3/6).')).toContain('pn-jakarta-barat');
  });
  it('a-short-word-in-capitals-is-no-capitalized-name (XI is no Xi)', () => {
    expect(ids('Komandan Lantamal XI Merauke meninjau lokasi.')).not.toContain('Q15031');
    expect(ids('Presiden Jokowi bertemu Presiden Xi di Beijing.')).toContain('Q15031');
  });
  it('goes-to-the-country-the-sentence-or-document-names-else-by-the-names-language', () => {
    expect(ids('Wakil Presiden AS Kamala Harris menjadi calon presiden dari Partai Demokrat.')).toContain('democratic-party-us');
    expect(ids('Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono bertemu Presiden Prabowo di Jakarta.')).toContain('demokrat');
    expect(ids('Partai Demokrat menggelar rapat pimpinan nasional.')).toContain('demokrat');
    expect(ids('The Democratic Party nominated its candidate on Thursday.')).toContain('democratic-party-us');
    expect(ids("Members of Indonesia's Labour Party rallied in Jakarta on Monday.")).toContain('partai-buruh');
    expect(ids('Perdana Menteri Inggris Keir Starmer dari Partai Buruh berpidato di London.')).toContain('labour-party-uk');
    expect(ids('Workers rallied outside the House of Representatives in Jakarta on Monday.')).toContain('dpr-ri');
    expect(ids('The House of Representatives passed the bill on Friday.')).toContain('us-house');
    // an international body has no country: `PBB` stays the UN in a text about Jakarta
    expect(ids('Sekjen PBB tiba di Jakarta, Senin (3/6).')).toContain('un');
  });
});

describe('gazetteer: a region named by its centre', () => {
  it('the-kharkiv-region-and-wilayah-kharkiv-are-the-oblast', () => {
    expect(ids('Russian drones struck power lines in the Kharkiv region overnight.')).toContain('kharkiv-oblast');
    expect(ids('Rusia kembali menyerang wilayah Kharkiv, Senin (2/6).')).toContain('kharkiv-oblast');
    expect(ids('Wali kota Kharkiv meminta warga berlindung.')).toContain('city-kharkiv');
  });
});

describe('gazetteer: a city that is also a club', () => {
  it('the-club-in-a-sentence-or-document-about-sport-else-the-city', () => {
    expect(ids('Gelandang Milan itu mencetak gol kemenangan atas Roma, Minggu (5/5).')).toEqual(expect.arrayContaining(['ac-milan', 'as-roma']));
    expect(ids('Barcelona menang 3-0 atas Valencia di Camp Nou.')).toEqual(expect.arrayContaining(['barcelona', 'valencia-cf']));
    // (the document's other sentence makes it a sports report)
    expect(ids('Pelatih Sevilla memuji para pemainnya. Sevilla kini naik ke posisi empat klasemen.')).toContain('sevilla-fc');
    expect(ids('Paus Fransiskus tiba di Roma pada Minggu.')).not.toContain('as-roma');
    expect(ids('Wali Kota Lyon meresmikan jembatan baru di tepi Sungai Rhone.')).not.toContain('olympique-lyonnais');
  });
  it('a-place-before-its-country-stays-the-place-in-a-sports-report', () => {
    const e = extract('LIVERPOOL, England (AP) — Mohamed Salah scored twice as Liverpool beat Chelsea 2-1 on Sunday.').entities;
    expect(e.find((x) => x.mentions.some((m) => m.text === 'LIVERPOOL'))?.type).toBe('LOCATION');
    expect(e.find((x) => x.mentions.some((m) => m.text === 'Liverpool'))?.id).toBe('liverpool');
  });
});

describe('gazetteer: linking to canonical entities', () => {
  it('bodies-named-after-a-country-are-the-body', () => {
    // coast guards, airlines and a state battery holding: the body, not the country in its name
    expect(ids('Penjaga Pantai Jepang menangkap kapal nelayan China di Laut China Timur.')).toContain('japan-coast-guard');
    expect(names('Garuda Indonesia bermitra dengan Qatar Airways untuk membuka rute Jakarta-Doha.')).toContain('Qatar Airways');
    expect(names('Indonesia Battery Corporation bekerja sama dengan LG Energy Solution.')).toEqual(['Indonesia Battery Corporation', 'LG Energy Solution']);
  });
  it('english-demonyms-news-uses', () => {
    expect(ids('Argentine President Javier Milei met Emirati officials in Abu Dhabi.')).toEqual(expect.arrayContaining(['ARG', 'ARE']));
    expect(ids('Ecuadorian police arrested a cartel leader on Monday.')).toContain('ECU');
  });
  it('football-clubs', () => {
    expect(ids('Crystal Palace menjamu Arsenal di Selhurst Park.')).toContain('crystal-palace');
    expect(ids('Gelandang Boca Juniors itu resmi bergabung dengan Persebaya.')).toContain('boca-juniors');
    expect(ids('Mantan pemain Deltras dan Persiwa Wamena itu kini membela Arema FC.')).toEqual(expect.arrayContaining(['deltras', 'persiwa']));
  });
  it('countries-indonesian-names', () => {
    expect(ids('Menlu RI bertemu mitranya dari Jepang, Korea Selatan dan Belanda di Jakarta.')).toEqual(
      expect.arrayContaining(['IDN', 'JPN', 'KOR', 'NLD']),
    );
  });
  it('unit-abbreviations-spelled-out-and-dotted-short-forms', () => {
    // `Polda Jawa Barat` is also written `Kepolisian Daerah Jawa Barat`; `UN Security Council` `U.N. Security Council`
    expect(names('Kepolisian Daerah Jawa Barat menangkap dua tersangka.')).toContain('West Java Regional Police');
    expect(names('The U.N. Security Council met on Monday.')).toContain('United Nations Security Council');
    expect(names('Kepolisian Resor Bogor menangkap dua tersangka.').some((n) => /Regional Police/.test(n))).toBe(false);
  });
  it('hyphenated-name-written-with-spaced-hyphen', () => {
    expect(names('Ia bergabung dengan PDI - Perjuangan pada 2010.')).toContain('Indonesian Democratic Party of Struggle');
    expect(names('Presiden Timor - Leste tiba di Jakarta.')).toContain('East Timor');
    // a dateline's dash joins nothing
    expect(names('Jakarta - Presiden Joko Widodo tiba di Bogor.')).toEqual(['Jakarta', 'Joko Widodo', 'Bogor']);
  });
  it('country-short-forms', () => {
    expect(ids('Delegasi AS, RRT, Korsel, Korut dan UEA hadir.')).toEqual(['USA', 'CHN', 'KOR', 'PRK', 'ARE']);
  });
  it('country-record-fields', () => {
    const tr = extract('Turki mengirim bantuan.').entities[0]!;
    expect(tr).toMatchObject({ id: 'TUR', name: 'Turkey', type: 'COUNTRY', iso2: 'TR', iso3: 'TUR', wikidata: 'Q43', known: true });
  });
  it('acronym-AS-only-in-capitals', () => {
    expect(ids('Pejabat AS tiba di Bali.')).toContain('USA');
    expect(ids('The delegation arrived as planned in Bali.')).not.toContain('USA');
  });
  it('diacritics-and-case-folded', () => {
    expect(ids('Mevlüt Çavuşoğlu bertemu Sergei Lavrov.')).toContain('mevlut-cavusoglu');
    expect(ids('MEVLUT CAVUSOGLU hadir.')).toContain('mevlut-cavusoglu');
  });
  it('metonym-kremlin-linked-to-russia', () => {
    const k = extract('"Kami tidak akan mundur," jelas Kremlin.').entities.find((e) => e.id === 'kremlin')!;
    expect(k).toMatchObject({ type: 'ORGANIZATION', country: 'RUS', name: 'Kremlin' });
  });
  it('city-indonesian-spelling', () => {
    const m = extract('Moskow - Pemerintah Rusia menolak usulan itu.').entities.find((e) => e.type === 'LOCATION')!;
    expect(m).toMatchObject({ name: 'Moscow', country: 'RUS' });
  });
  it('compound-rusia-turki', () => {
    const text = 'Kedua pemimpin membahas hubungan Rusia-Turki dan separatis pro-Rusia.';
    expect(mentionTexts(text, 'RUS')).toEqual(['Rusia', 'Rusia']);
    expect(mentionTexts(text, 'TUR')).toEqual(['Turki']);
    const r = extract(text);
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('demonym-english-caption', () => {
    const r = extract('Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan talk to each other.', { lang: 'en' });
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['RUS', 'TUR', 'Q7747', 'recep-tayyip-erdogan']));
  });
  it('turkish-made-compound', () => {
    expect(ids('Ukraine deployed Turkish-made drones in the east.')).toContain('TUR');
  });
  it('pbb-is-the-un-by-default', () => {
    expect(ids('Sekjen PBB menyerukan gencatan senjata di Gaza.')).toContain('un');
  });
  it('pbb-is-partai-bulan-bintang-in-context', () => {
    const r = extract('Ketua Umum Partai Bulan Bintang Yusril Ihza Mahendra mengatakan PBB siap berkoalisi.');
    const pbb = r.entities.find((e) => e.mentions.some((m) => m.text === 'PBB'));
    expect(pbb?.id).toBe('partai-bulan-bintang');
  });
  it('longest-match-first', () => {
    const r = extract('Dewan Keamanan PBB menggelar sidang darurat.');
    expect(r.entities[0]!.id).toBe('un-security-council');
    expect(r.entities).toHaveLength(1);
  });
  it('common-word-not-at-sentence-start', () => {
    // "Antara" the news agency vs antara "between"
    expect(ids('Antara kedua negara terdapat perbedaan.')).not.toContain('antara');
    expect(ids('Seperti dikutip Antara, banjir melanda Kudus.')).toEqual(expect.arrayContaining(['antara', 'kab-kudus']));
  });
  it('headline-title-case-does-not-make-names', () => {
    const r = extract('Petani Malang Gagal Panen Lagi\n\nHujan deras merusak sawah warga.');
    expect(r.entities.map((e) => e.id)).not.toContain('city-malang');
  });
  it('not-entities', () => {
    const r = extract('Presiden dan Menteri Luar Negeri menyampaikan Selamat Tahun Baru kepada negara-negara Barat pada Senin pukul 10.00 WIB.');
    expect(r.entities).toEqual([]);
  });
  it('mention offsets reproduce the text', () => {
    const text = 'Menteri Luar Negeri (Menlu) Turki, Mevlut Cavusoglu, mendesak Rusia pekan lalu.';
    for (const e of extract(text).entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('gazetteer: user entries', () => {
  it('createExtractor adds and overrides entries', () => {
    const ex = createExtractor({
      gazetteer: [
        { id: 'desa-sukamaju', type: 'LOCATION', name: 'Sukamaju', aliases: ['Desa Sukamaju'], country: 'IDN' },
        { id: 'kremlin', type: 'ORGANIZATION', name: 'Russian Presidential Administration', aliases: ['Kremlin'], country: 'RUS' },
      ],
    });
    const r = ex.extract('Banjir melanda Desa Sukamaju, kata Kremlin.');
    expect(r.entities.map((e) => e.name)).toEqual(['Sukamaju', 'Russian Presidential Administration']);
    // the shared extractor is unchanged
    expect(names('kata Kremlin.')).toEqual(['Kremlin']);
  });
  it('a user alias wins over a built-in one', () => {
    const ex = createExtractor({ gazetteer: [{ id: 'pt-antara-jaya', type: 'ORGANIZATION', name: 'PT Antara Jaya', aliases: ['AFP'] }] });
    expect(ex.extract('Menurut AFP, harga naik.').entities[0]!.id).toBe('pt-antara-jaya');
  });
  it('bad entries give errors that name the field', () => {
    expect(() => createExtractor({ gazetteer: [{ id: 'x', type: 'PLANET' as 'PERSON', name: 'X' }] })).toThrow(/type "PLANET"/);
    expect(() => createExtractor({ gazetteer: [{ id: 'Bad Id', type: 'PERSON', name: 'X' }] })).toThrow(/field "id"/);
    expect(() => createExtractor({ gazetteer: 'x' as unknown as [] })).toThrow(WartaError);
  });
  it('loadGazetteer reads TSV and reports file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-'));
    const good = join(dir, 'good.tsv');
    writeFileSync(good, '# my places\nid\ttype\tname\taliases\tcountry\ndesa-makmur\tLOCATION\tMakmur\tDesa Makmur\tIDN\n');
    const entries = loadGazetteer(good);
    expect(entries).toEqual([{ id: 'desa-makmur', type: 'LOCATION', name: 'Makmur', aliases: ['Desa Makmur'], country: 'IDN' }]);
    expect(createExtractor({ gazetteer: entries }).extract('Warga Desa Makmur mengungsi.').entities[0]!.id).toBe('desa-makmur');
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'id\ttype\tname\tcountry\nok\tPERSON\tOk\tIDN\nbroken\tPERSON\tBroken\tIndonesia\n');
    try {
      loadGazetteer(bad);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(WartaError);
      expect((e as WartaError).code).toBe('GAZETTEER_INVALID');
      expect((e as WartaError).message).toContain('bad.tsv:3');
      expect((e as WartaError).details).toMatchObject({ line: 3, field: 'country' });
    }
    const json = join(dir, 'g.json');
    writeFileSync(json, JSON.stringify([{ id: 'klub-x', type: 'ORGANIZATION', name: 'Klub X', colour: 'red' }]));
    expect(() => loadGazetteer(json)).toThrow(/unknown field "colour"/);
  });
});

describe('gazetteer: data', () => {
  const g = defaultGazetteer();
  it('covers what the issue names', () => {
    const count = (t: string) => g.entities.filter((e) => e.type === t).length;
    expect(count('COUNTRY')).toBeGreaterThanOrEqual(249);
    expect(count('ORGANIZATION')).toBeGreaterThanOrEqual(1000);
    expect(count('PERSON')).toBeGreaterThanOrEqual(1500);
    for (const id of ['SUN', 'YUG', 'TLS', 'nato', 'un', 'kpk', 'pdip', 'pertamina', 'antara', 'kremlin', 'white-house', 'prov-jawa-barat', 'south-china-sea']) {
      expect(g.entity(id), id).toBeDefined();
    }
  });
  it('people carry dated roles', () => {
    const p = g.entity('Q7747')!;
    expect(p.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'President', of: 'RUS' })]));
  });
});
