/**
 * Is a word shaped like a Vietnamese syllable? Used to tell legacy-encoded Vietnamese from
 * ordinary Latin-1 text: decoded Vietnamese gives syllables ("chµo" → "chào"), decoded French or
 * German does not ("café" → "cafộ", "Müller" → "Mỹller").
 */

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
/** Final "k" is not native but common in place names (Đắk Lắk). */
const FINAL = '(?:ch|ng|nh|[cmnptk])?';

/** Vowel nuclei (tone marks removed) that may take a final consonant; longer ones first. */
const CLOSABLE = [
  'uyê',
  'iê',
  'yê',
  'oa',
  'oă',
  'oe',
  'oo',
  'uâ',
  'uê',
  'uô',
  'uơ',
  'uy',
  'ươ',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
];
/** Nuclei that end the syllable (in a glide or after ia/ua/ưa): no final consonant. */
const OPEN = [
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
];

const CLOSED_SYLLABLE = new RegExp(`^${INITIAL}(?:${CLOSABLE.join('|')})${FINAL}$`);
const OPEN_SYLLABLE = new RegExp(`^${INITIAL}(?:${OPEN.join('|')})$`);

/** Combining tone marks (after NFD): grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A tone mark on the last letter (NFD: the letter's marks come last). */
const TONE_MARK_AT_END = /[\u0300\u0301\u0303\u0309\u0323][\u0302\u0306\u031b]?$/;

/** Upper-case consonants only, up to five: abbreviations such as "ĐT", "KH", "UBND". */
const ABBREVIATION = /^[BCDĐGHKLMNPQRSTVX]{1,5}$/;

export type SyllableVerdict = 'syllable' | 'abbreviation' | 'foreign';

/**
 * Classifies one word (letters only, NFC): a Vietnamese syllable in lower, upper or title case;
 * an upper-case consonant abbreviation; or anything else ('foreign').
 */
export function classifyWord(word: string): SyllableVerdict {
  if (ABBREVIATION.test(word)) return 'abbreviation';
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase() && word !== word.charAt(0) + lower.slice(1)) return 'foreign';
  const d = lower.normalize('NFD');
  const bare = d.replace(TONE_MARKS, '');
  if (d.length - bare.length > 1) return 'foreign';
  const base = bare.normalize('NFC');
  if (CLOSED_SYLLABLE.test(base)) return 'syllable';
  if (!OPEN_SYLLABLE.test(base)) return 'foreign';
  // In an open syllable the tone never sits on the closing glide: "mào", never "maò".
  return d.length > bare.length && TONE_MARK_AT_END.test(d) ? 'foreign' : 'syllable';
}
