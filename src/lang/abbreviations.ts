/**
 * Abbreviations that take a period, for Indonesian and English news (spaCy-style tokenizer
 * exceptions). Keys are lower case without the final period. The category decides whether the
 * period stays on the token and whether it may also end a sentence:
 *
 * - `title`   before a name or place: always an abbreviation, never ends a sentence (Prof., Jl.)
 * - `number`  only before a number (No. 5, hlm. 3); otherwise the period is punctuation
 * - `month`   before or after a number (Sept. 29, 03 Jan. 2022)
 * - `final`   may end a sentence: a following capital starts a new one (dll., dkk., Tbk., Inc.)
 * - `inner`   never ends a sentence (vs., a.n., s.d., e.g.)
 */
export type AbbrevCategory = 'title' | 'number' | 'month' | 'final' | 'inner';

const TITLE = [
  // Indonesian titles, ranks and place heads
  'dr', 'drg', 'drh', 'prof', 'ir', 'drs', 'dra', 'hj', 'kh', 'bpk', 'sdr', 'sdri', 'yth', 'tn', 'ny', 'nn',
  'jend', 'jen', 'brigjen', 'mayjen', 'letjen', 'kol', 'letkol', 'kapt', 'lettu', 'letda', 'serka', 'sertu',
  'kombes', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu', 'brigpol', 'irjen', 'komjen', 'laksda', 'laksdya', 'marsda', 'marsdya',
  // the police's and the services' words after a rank (`Jenderal Pol. Tito Karnavian`, `Irjen Pol. X`,
  // `Kolonel Inf. X`, `(Purn.)`) and the lower ranks
  'pol', 'inf', 'purn', 'aipda', 'bripka', 'briptu', 'bripda', 'serda', 'pratu', 'praka', 'kopda', 'koptu', 'pelda', 'peltu',
  'jl', 'jln', 'gg', 'kec', 'kab', 'kel', 'prov', 'ds', 'kp', 'kav',
  // the company form before a company's name (`PT. Len Industri`); not `CV.`, which also ends
  // sentences as a curriculum vitae
  'pt',
  // clergy before a name (`Pdt. Benny Giay`, `Mgr. Ignatius Suharyo`)
  'pdt', 'mgr',
  // English titles
  'mr', 'mrs', 'ms', 'messrs', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'maj', 'adm', 'rep', 'sen', 'gov',
  'pres', 'rev', 'fr', 'hon', 'supt', 'insp', 'sec', 'amb', 'dept', 'univ', 'ave', 'blvd', 'rd', 'mt',
];
const NUMBER = ['no', 'nr', 'nomor', 'art', 'vol', 'hlm', 'hal', 'pp', 'tgl', 'thn', 'th', 'ps', 'psl', 'ayat', 'fig', 'tel', 'telp', 'hp', 'ext', 'kl', 'rp', 'km'];
const MONTH = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'des', 'dec',
];
const FINAL = ['inc', 'ltd', 'co', 'corp', 'tbk', 'bros', 'jr', 'sr', 'plc', 'llc', 'msi', 'ssos', 'spd', 'skom', 'mba', 'dok', 'ist', 'red'];
const INNER = ['vs', 'cf', 'approx', 'ca', 'ybs', 'bbrp'];
/** Abbreviations after which any capitalized word starts a new sentence. */
export const STRONG_FINAL = new Set(['dll', 'dkk', 'dsb', 'dst', 'sbb', 'tsb', 'etc']);

export const ABBREVIATIONS: ReadonlyMap<string, AbbrevCategory> = (() => {
  const m = new Map<string, AbbrevCategory>();
  for (const w of STRONG_FINAL) m.set(w, 'final');
  for (const w of FINAL) m.set(w, 'final');
  for (const w of INNER) m.set(w, 'inner');
  for (const w of MONTH) m.set(w, 'month');
  for (const w of NUMBER) m.set(w, 'number');
  for (const w of TITLE) if (!m.has(w)) m.set(w, 'title');
  return m;
})();

/**
 * Dotted forms written with inner periods (`U.S.`, `S.H.`, `a.n.`). Letters of each segment are
 * at most three; the key is the form lower-cased with periods removed.
 */
export const DOTTED_INNER = new Set(['an', 'sd', 'up', 'al', 'eg', 'ie', 'dr']);
