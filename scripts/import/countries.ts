/**
 * One-off import: data/countries.tsv from the permissively licensed country tables in
 * ../shared/sources (derived/countries.tsv: i18n-iso-countries MIT + CLDR Unicode-3.0 + OWID MIT QIDs;
 * i18n-nationality MIT demonyms), plus the Indonesian and English forms news uses that no source
 * lists (curated below by the warta authors), historical states, and capitals from
 * data/locations/world.tsv. Re-running overwrites data/countries.tsv.
 *
 * Usage: tsx scripts/import/countries.ts [../shared/sources]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SRC = process.argv[2] ?? '../shared/sources';

/** Canonical English names as English-language news writes them (overrides the source's). */
const NAME: Record<string, string> = {
  TUR: 'Turkey', PSE: 'Palestine', MMR: 'Myanmar', VAT: 'Vatican City', CZE: 'Czech Republic', CIV: 'Ivory Coast',
  CPV: 'Cape Verde', COD: 'Democratic Republic of the Congo', COG: 'Republic of the Congo', FSM: 'Micronesia',
  BRN: 'Brunei', LAO: 'Laos', SYR: 'Syria', IRN: 'Iran', VEN: 'Venezuela', BOL: 'Bolivia', TZA: 'Tanzania', MDA: 'Moldova',
  KOR: 'South Korea', PRK: 'North Korea', RUS: 'Russia', VNM: 'Vietnam', TWN: 'Taiwan', MKD: 'North Macedonia',
  SWZ: 'Eswatini', GBR: 'United Kingdom', USA: 'United States', TLS: 'East Timor', HKG: 'Hong Kong', MAC: 'Macau',
};

/**
 * Forms Indonesian and English news use beyond the sources' names (curated). Acronyms of up to
 * five capitals match only in capitals (data/README.md), so `AS` never matches English "as".
 */
/** Demonyms news uses that the sources lack (`Philippine President …`). */
const EXTRA_DEMONYMS: Record<string, string[]> = { PHL: ['Philippine'], PSE: ['Palestinian'], COD: ['Congolese'], DOM: ['Dominican'], ARG: ['Argentine'], ECU: ['Ecuadorian'], ARE: ['Emirati'], KAZ: ['Kazakh'], UZB: ['Uzbek'], YEM: ['Yemeni'], SVK: ['Slovak'], MDV: ['Maldivian'], TKM: ['Turkmen'], BIH: ['Bosnian'], SSD: ['South Sudanese'], XKK: ['Kosovar'], MKD: ['North Macedonian'], SUR: ['Surinamese'], BRN: ['Bruneian'], TLS: ['Timorese'], PNG: ['Papua New Guinean'], CZE: ['Czech'] };

const EXTRA: Record<string, string> = {
  USA: 'AS|Amerika|Amerika Serikat|Negeri Paman Sam|Paman Sam|United States of America|America|US|U.S.|USA|U.S.A.',
  CHN: 'China|Cina|Tiongkok|RRT|RRC|Republik Rakyat Tiongkok|Republik Rakyat China|Negeri Tirai Bambu',
  GBR: 'Inggris|Britania Raya|Inggris Raya|Kerajaan Inggris|Kerajaan Bersatu|UK|U.K.|Britain|Great Britain|United Kingdom',
  RUS: 'Rusia|Federasi Rusia|Russian Federation|Negeri Beruang Merah',
  TUR: 'Turki|Turkiye|Türkiye|Republik Turki',
  UKR: 'Ukraina',
  KOR: 'Korsel|Korea Selatan|Republik Korea|Republic of Korea|Negeri Ginseng',
  PRK: 'Korut|Korea Utara|DPRK|Republik Rakyat Demokratik Korea',
  ARE: 'UEA|Uni Emirat Arab|UAE|Emirat Arab',
  NLD: 'Belanda|Holland|Negeri Belanda|Kerajaan Belanda|Negeri Kincir Angin',
  DEU: 'Jerman|Republik Federal Jerman',
  SAU: 'Arab Saudi|Saudi|Kerajaan Arab Saudi|KSA',
  IDN: 'Indonesia|RI|NKRI|Republik Indonesia|Negara Kesatuan Republik Indonesia|WNI',
  MYS: 'Malaysia|Negeri Jiran|Negeri Serumpun',
  SGP: 'Singapura|Negeri Singa',
  JPN: 'Jepang|Negeri Sakura|Negeri Matahari Terbit',
  AUS: 'Australia|Negeri Kanguru|Negeri Kangguru',
  PHL: 'Filipina',
  THA: 'Thailand|Negeri Gajah Putih',
  VNM: 'Vietnam|Viet Nam',
  MMR: 'Myanmar|Burma|Birma',
  TLS: 'Timor Leste|Timor-Leste|Timor Timur|East Timor|Timtim',
  FRA: 'Prancis|Perancis|Negeri Menara Eiffel',
  ITA: 'Italia',
  ESP: 'Spanyol|Negeri Matador',
  PRT: 'Portugal',
  GRC: 'Yunani',
  EGY: 'Mesir|Negeri Piramida',
  IRN: 'Iran|Republik Islam Iran',
  IRQ: 'Irak|Iraq',
  SYR: 'Suriah|Syria',
  ISR: 'Israel|Negeri Zionis',
  PSE: 'Palestina|Palestine|Negara Palestina',
  JOR: 'Yordania|Jordan',
  LBN: 'Lebanon|Libanon',
  YEM: 'Yaman|Yemen',
  AFG: 'Afghanistan|Afganistan',
  PAK: 'Pakistan',
  IND: 'India',
  BGD: 'Bangladesh',
  NZL: 'Selandia Baru|New Zealand',
  CAN: 'Kanada|Canada',
  MEX: 'Meksiko|Mexico',
  BRA: 'Brasil|Brazil|Negeri Samba',
  ARG: 'Argentina|Negeri Tango',
  ZAF: 'Afrika Selatan|Afsel|South Africa',
  CHE: 'Swiss|Switzerland|Konfederasi Swiss',
  SWE: 'Swedia',
  NOR: 'Norwegia',
  FIN: 'Finlandia',
  DNK: 'Denmark|Denmark',
  POL: 'Polandia',
  BEL: 'Belgia',
  AUT: 'Austria',
  HUN: 'Hongaria',
  CZE: 'Ceko|Republik Ceko|Czechia',
  ROU: 'Rumania|Romania',
  BLR: 'Belarus|Belarusia|Byelorussia',
  IRL: 'Irlandia|Republic of Ireland|Republik Irlandia',
  MAR: 'Maroko|Morocco',
  DZA: 'Aljazair|Algeria',
  TUN: 'Tunisia',
  LBY: 'Libya',
  SDN: 'Sudan',
  SSD: 'Sudan Selatan|South Sudan',
  ETH: 'Etiopia|Ethiopia',
  NGA: 'Nigeria',
  KEN: 'Kenya',
  QAT: 'Qatar|Katar',
  KWT: 'Kuwait',
  BHR: 'Bahrain',
  OMN: 'Oman',
  KAZ: 'Kazakhstan|Kazakstan',
  UZB: 'Uzbekistan',
  GEO: 'Georgia',
  ARM: 'Armenia',
  AZE: 'Azerbaijan',
  CUB: 'Kuba|Cuba',
  VEN: 'Venezuela',
  COL: 'Kolombia|Colombia',
  PER: 'Peru',
  CHL: 'Chili|Chile',
  KHM: 'Kamboja|Cambodia',
  LAO: 'Laos|Republik Demokratik Rakyat Laos',
  BRN: 'Brunei|Brunei Darussalam',
  PNG: 'Papua Nugini|PNG|Papua New Guinea',
  TWN: 'Taiwan|Republik China',
  HKG: 'Hong Kong|Hongkong',
  VAT: 'Vatikan|Takhta Suci|Holy See|Vatican',
  SRB: 'Serbia',
  BIH: 'Bosnia|Bosnia-Herzegovina|Bosnia dan Herzegovina|Bosnia and Herzegovina',
  HRV: 'Kroasia|Croatia',
  XKX: 'Kosovo',
  LKA: 'Sri Lanka',
  NPL: 'Nepal',
  MNG: 'Mongolia',
  FJI: 'Fiji',
  SLB: 'Kepulauan Solomon|Solomon Islands',
  MDV: 'Maladewa|Maldives',
  COD: 'Kongo|Republik Demokratik Kongo|DR Congo|DRC',
  COG: 'Republik Kongo',
  CIV: "Pantai Gading|Côte d'Ivoire|Cote d'Ivoire",
  LVA: 'Latvia', LTU: 'Lituania|Lithuania', EST: 'Estonia', ISL: 'Islandia|Iceland', LUX: 'Luksemburg|Luxembourg',
  SVK: 'Slowakia|Slovakia', SVN: 'Slovenia', BGR: 'Bulgaria', MDA: 'Moldova', MLT: 'Malta', CYP: 'Siprus|Cyprus',
  MKD: 'Makedonia Utara|North Macedonia|Makedonia', ALB: 'Albania', MNE: 'Montenegro', SOM: 'Somalia', RWA: 'Rwanda',
  UGA: 'Uganda', TZA: 'Tanzania', ZWE: 'Zimbabwe', ZMB: 'Zambia', GHA: 'Ghana', SEN: 'Senegal', MLI: 'Mali',
  NER: 'Niger', TCD: 'Chad', CMR: 'Kamerun|Cameroon', AGO: 'Angola', MOZ: 'Mozambik|Mozambique', MDG: 'Madagaskar|Madagascar',
  JAM: 'Jamaika|Jamaica', HTI: 'Haiti', DOM: 'Republik Dominika|Dominican Republic', ECU: 'Ekuador|Ecuador',
  URY: 'Uruguay', PRY: 'Paraguay', BOL: 'Bolivia', NIC: 'Nikaragua|Nicaragua', GTM: 'Guatemala', HND: 'Honduras',
  SLV: 'El Salvador', CRI: 'Kosta Rika|Costa Rica', PAN: 'Panama', TKM: 'Turkmenistan', TJK: 'Tajikistan',
  KGZ: 'Kirgistan|Kyrgyzstan', BTN: 'Bhutan', SUR: 'Suriname', NRU: 'Nauru', VUT: 'Vanuatu', TON: 'Tonga', WSM: 'Samoa',
  PLW: 'Palau', KIR: 'Kiribati', TUV: 'Tuvalu', MHL: 'Kepulauan Marshall|Marshall Islands',
};

/** Historical states met in news. ids: ISO 3166-3 former alpha-3 codes. */
const HISTORICAL = [
  ['SUN', 'SU', 'Q15180', 'Soviet Union', 'Uni Soviet|Soviet|USSR|Uni Republik Sosialis Soviet|Union of Soviet Socialist Republics|Soviet Russia|Uni Sovyet', 'Soviet', '1922', '1991'],
  ['YUG', 'YU', 'Q36704', 'Yugoslavia', 'Yugoslavia|Republik Federal Sosialis Yugoslavia', 'Yugoslav', '1918', '1992'],
  ['CSK', 'CS', 'Q33946', 'Czechoslovakia', 'Cekoslowakia|Cekoslovakia', 'Czechoslovak', '1918', '1992'],
  ['DDR', 'DD', 'Q16957', 'East Germany', 'Jerman Timur|German Democratic Republic|GDR', 'East German', '1949', '1990'],
  ['OTT', '', 'Q12560', 'Ottoman Empire', 'Kesultanan Utsmaniyah|Kekaisaran Ottoman|Turki Utsmani|Utsmaniyah|Ottoman', 'Ottoman', '1299', '1922'],
  ['HVN', '', 'Q188712', 'Dutch East Indies', 'Hindia Belanda|Hindia-Belanda|Netherlands East Indies', '', '1800', '1949'],
];

function readTsv(path: string): Array<Record<string, string>> {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const head = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const c = l.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, (c[i] ?? '').trim()]));
  });
}

const nat = JSON.parse(readFileSync(`${SRC}/i18n-nationality/en.json`, 'utf8')) as { nationalities?: Record<string, string | string[]> } & Record<string, unknown>;
const nationalities = (nat.nationalities ?? nat) as Record<string, string | string[]>;

// capitals from the locations file (kind capital, parent = the country)
const capitals = new Map<string, string>();
try {
  for (const r of readTsv('data/locations/world.tsv')) if (r.kind === 'capital' && r.country) capitals.set(r.country, r.id!);
  for (const r of readTsv('data/locations/indonesia-places.tsv')) if (r.kind === 'capital' && r.country === 'IDN') capitals.set('IDN', r.id!);
} catch {
  // locations not there yet: capitals stay empty
}

const TERRITORY_PARENTS = new Set(['ASM', 'GUM', 'PRI', 'VIR', 'MNP', 'UMI', 'BMU', 'CYM', 'VGB', 'TCA', 'MSR', 'AIA', 'FLK', 'GIB', 'SHN', 'PCN', 'IOT', 'SGS', 'GRL', 'FRO', 'ALA', 'NCL', 'PYF', 'WLF', 'SPM', 'BLM', 'MAF', 'GLP', 'MTQ', 'GUF', 'REU', 'MYT', 'ATF', 'ABW', 'CUW', 'SXM', 'BES', 'NFK', 'CXR', 'CCK', 'HMD', 'COK', 'NIU', 'TKL', 'SJM', 'BVT', 'GGY', 'JEY', 'IMN', 'HKG', 'MAC', 'ESH', 'ATA']);

const out: string[] = [
  '# Countries: ISO 3166-1 (249 rows) plus historical states. Generated by scripts/import/countries.ts from',
  '# i18n-iso-countries (MIT), CLDR (Unicode-3.0), OWID (MIT; QIDs are CC0 facts) and i18n-nationality (MIT),',
  '# with the Indonesian news forms curated by the warta authors. Edit here or in the script; see data/SOURCES.md.',
  ['id', 'type', 'name', 'aliases', 'iso2', 'wikidata', 'kind', 'demonyms', 'capital', 'from', 'to'].join('\t'),
];
const seenAlias = new Map<string, string>();
for (const r of readTsv(`${SRC}/derived/countries.tsv`)) {
  const iso3 = r.iso3!;
  const name = NAME[iso3] ?? r.name_en!.replace(/ \(.*\)$/, '');
  const aliases = new Set<string>();
  const add = (s: string | undefined) => {
    for (const a of (s ?? '').split('|')) {
      const t = a.trim();
      if (!t || t === name || /[()]/.test(t) || /,/.test(t)) continue;
      const owner = seenAlias.get(t.toLowerCase());
      if (owner && owner !== iso3) continue; // an alias names one country only (first row wins)
      aliases.add(t);
    }
  };
  add(r.name_en);
  add(r.aliases_en);
  add(r.name_id);
  add(r.aliases_id);
  add(EXTRA[iso3]);
  const dem = new Set<string>();
  if (r.demonym_en && !/[(),]/.test(r.demonym_en)) dem.add(r.demonym_en);
  for (const d of EXTRA_DEMONYMS[iso3] ?? []) dem.add(d);
  const n = nationalities[r.iso2!];
  for (const d of Array.isArray(n) ? n : n ? [n] : []) if (!/[(),]/.test(d)) dem.add(d);
  for (const a of aliases) {
    const k = a.toLowerCase();
    if (seenAlias.has(k) && seenAlias.get(k) !== iso3) console.warn(`alias ${a} of ${iso3} also of ${seenAlias.get(k)}`);
    seenAlias.set(k, iso3);
  }
  const kind = TERRITORY_PARENTS.has(iso3) ? 'territory' : 'state';
  out.push([iso3, 'COUNTRY', name, [...aliases].join('|'), r.iso2, r.wikidata, kind, [...dem].join('|'), capitals.get(iso3) ?? '', '', ''].join('\t'));
}
for (const [id, iso2, qid, name, aliases, dem, from, to] of HISTORICAL) {
  out.push([id, 'COUNTRY', name, aliases, iso2, qid, 'historical', dem, '', from, to].join('\t'));
}
writeFileSync('data/countries.tsv', out.join('\n') + '\n');
console.log(`wrote ${out.length - 4} countries`);
