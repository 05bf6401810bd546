/** Indonesian closed-class words: language identification, sentence starts, dates. */

/** Frequent Indonesian function words (lower case). Used to tell Indonesian from English. */
export const FUNCTION_WORDS_ID = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'dengan', 'untuk', 'ini', 'itu', 'tidak', 'dalam', 'pada', 'akan', 'telah',
  'juga', 'adalah', 'oleh', 'karena', 'sebagai', 'bahwa', 'para', 'kata', 'ujar', 'ia', 'dia', 'mereka', 'kami',
  'kita', 'saya', 'tersebut', 'sudah', 'belum', 'bisa', 'dapat', 'harus', 'ada', 'atau', 'namun', 'tetapi', 'tapi',
  'serta', 'hingga', 'sejak', 'saat', 'ketika', 'jika', 'kalau', 'agar', 'supaya', 'bagi', 'antara', 'terhadap',
  'kepada', 'sementara', 'sedangkan', 'lebih', 'masih', 'sangat', 'secara', 'setelah', 'sebelum', 'usai', 'tak',
  'bukan', 'pun', 'lalu', 'kemudian', 'menurut', 'seperti', 'yakni', 'yaitu', 'tahun', 'bulan', 'hari', 'pekan',
  'sekitar', 'tengah', 'akibat', 'soal', 'terkait', 'sedang', 'lagi', 'hal', 'pihak', 'sebuah', 'seorang', 'beberapa',
  'banyak', 'semua', 'setiap', 'kedua', 'baru', 'begitu', 'demikian', 'selain', 'tanpa', 'melalui', 'via', 'ujarnya',
  'katanya', 'tuturnya', 'jelasnya', 'bersama', 'sampai', 'apa', 'siapa', 'mengapa', 'bagaimana', 'kapan', 'dimana',
  'nya', 'pula', 'hanya', 'bahkan', 'meski', 'meskipun', 'walaupun', 'kini', 'sebelumnya', 'selama', 'sebab',
]);

/** Indonesian words that may start a sentence after an ambiguous period (`Tbk. Namun …`). */
export const SENTENCE_STARTERS_ID = new Set([
  'namun', 'sementara', 'selain', 'dia', 'ia', 'mereka', 'kami', 'kita', 'saya', 'hal', 'sebelumnya', 'kemudian', 'lalu',
  'adapun', 'sedangkan', 'menurut', 'dalam', 'pada', 'saat', 'ketika', 'di', 'untuk', 'ini', 'itu', 'sejak', 'setelah',
  'sebelum', 'bahkan', 'meski', 'padahal', 'oleh', 'karena', 'akibatnya', 'selanjutnya', 'terkait', 'sebagai', 'tak',
  'tidak', 'para', 'seperti', 'yang', 'dari', 'jika', 'kalau', 'apalagi', 'sebab', 'diketahui', 'dilansir', 'baca',
]);

export const MONTHS_ID: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
};

export const DAYS_ID: Record<string, number> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6,
};

/** Indonesian time zones and words that make `19.30` a clock time. */
export const TIME_ZONES = new Set(['wib', 'wita', 'wit', 'gmt', 'utc', 'waktu']);
export const TIME_CUES = new Set(['pukul', 'jam', 'pkl']);

/** Scale words after a number (`1,5 triliun`). */
export const SCALE_ID: Record<string, number> = {
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12, kuadriliun: 1e15,
};

/** Words of office that open news sentences (`Ketua DPR - RI …`): a dateline names a place, never one of these. */
export const OFFICE_WORDS_ID = new Set([
  'presiden', 'wapres', 'ketua', 'kepala', 'menteri', 'menlu', 'wakil', 'gubernur', 'bupati', 'wali', 'walikota',
  'direktur', 'dirut', 'sekretaris', 'sekjen', 'juru', 'anggota', 'mantan', 'pemimpin', 'panglima', 'komandan',
  'kapolri', 'kapolda', 'kapolres', 'jaksa', 'hakim', 'raja', 'ratu', 'perdana', 'duta', 'dubes', 'pelatih',
]);
