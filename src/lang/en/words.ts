/** English closed-class words: language identification, sentence starts, dates. */

export const FUNCTION_WORDS_EN = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'with', 'that', 'by', 'at', 'from', 'his', 'her', 'their',
  'its', 'it', 'he', 'she', 'they', 'we', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said',
  'says', 'this', 'which', 'who', 'an', 'a', 'as', 'but', 'not', 'or', 'after', 'during', 'over', 'into', 'about',
  'than', 'other', 'also', 'more', 'can', 'could', 'should', 'may', 'after', 'before', 'while', 'when', 'where',
  'each', 'these', 'those', 'there', 'what', 'talk', 'meeting', 'right', 'left', 'photo', 'via', 'file', 'during',
  'between', 'against', 'since', 'under', 'president', 'minister', 'told', 'did', 'does', 'our', 'your', 'my',
]);

export const SENTENCE_STARTERS_EN = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at',
  'but', 'and', 'however', 'meanwhile', 'after', 'before', 'when', 'while', 'his', 'her', 'their', 'its', 'according',
  'for', 'as', 'if', 'since', 'many', 'some', 'one', 'two', 'officials', 'earlier', 'later',
]);

export const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const DAYS_EN: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const SCALE_EN: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 };
