import { readData } from '../data-path.js';
import { FUNCTION_WORDS_ID } from '../lang/id/words.js';

/** Frequent words missing from Wordnet Bahasa that must never be cut into word + clitic. */
const EXTRA = [
  'itu', 'ini', 'kamu', 'aku', 'engkau', 'kau', 'beliau', 'mereka', 'kami', 'kita', 'anda', 'dia', 'ia', 'nya',
  'apakah', 'adakah', 'bukankah', 'manakah', 'siapakah', 'bagaimanakah', 'mengapakah', 'kapankah', 'sekolah',
  'meskipun', 'walaupun', 'apapun', 'siapapun', 'manapun', 'kapanpun', 'bagaimanapun', 'sedikitpun', 'sekalipun',
  'ataupun', 'maupun', 'adapun', 'andaipun', 'ampun', 'rumpun', 'himpun', 'tampun', 'kebun', 'daun', 'pun',
  'ilmu', 'jamu', 'temu', 'ramu', 'madu', 'rindu', 'ragu', 'buku', 'kuku', 'saku', 'laku', 'paku', 'suku', 'baku', 'sendiku',
  'bulu', 'malu', 'lalu', 'palu', 'ibu', 'abu', 'rabu', 'sabu', 'tabu', 'waktu', 'satu', 'batu', 'ratu', 'mutu', 'tamu',
  'hanya', 'punya', 'tanya', 'bunyi', 'nyanyi', 'kenya', 'sanya', 'manya', 'kamboja',
  'allah', 'adalah', 'telah', 'salah', 'kalah', 'masalah', 'jumlah', 'lelah', 'sudah', 'wilayah', 'rumah', 'tanah',
  'sejarah', 'ibadah', 'musyawarah', 'sedekah', 'nikah', 'langkah', 'pecah', 'megah', 'sekolah', 'kuliah', 'daerah',
  'lembaga', 'sekitar', 'drone', 'online', 'pemilu', 'pilkada', 'pilpres',
];

let words: Set<string> | undefined;

/** Known Indonesian words (Wordnet Bahasa lemmas, function words and a short curated list). */
export function knownWords(): Set<string> {
  if (words) return words;
  const s = new Set<string>();
  for (const line of readData('compiled/id-words.txt').split('\n')) {
    if (line && line.charCodeAt(0) !== 35) s.add(line);
  }
  for (const w of FUNCTION_WORDS_ID) s.add(w);
  for (const w of EXTRA) s.add(w);
  words = s;
  return s;
}
