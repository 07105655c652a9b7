/**
 * TCVN3 (ABC, TCVN 5712:1993) → Unicode.
 *
 * Spreadsheets typed in `.VnTime`-style fonts store each byte as the character of that code
 * point, so "Xin chào" shows as "Xin chµo". Decoding is one table lookup per character.
 *
 * - The 67 lower-case letters and the 7 capitals Ă Â Đ Ê Ô Ơ Ư are VN3, what ABC fonts use.
 * - The 60 toned capitals exist only in VN1 (bytes 0x01–0x17, 0x80–0x9F and a few Latin-1
 *   positions). They are decoded from the Latin-1 reading of those bytes, and from the
 *   Windows-1252 reading too, except the eight positions Windows-1252 gives to everyday
 *   punctuation (… ‘ ’ “ ” • – —): ABC fonts have no toned capitals, so there these marks are
 *   real punctuation far more often than VN1 letters.
 * - Capitals typed with the upper-case fonts (`.VnTimeH`…) are lower-case codes; the caller that
 *   knows the font upper-cases the result (see `legacyFromFont`).
 * - VN1's combining tone marks (0xB0–0xB4: ° ± ² ³ ´) are left alone: ABC text does not use
 *   them and ordinary text does.
 */

/** Unicode letters in a fixed order: a-family, đ, e, ê, i, o, ô, ơ, u, ư, y; each plain then ` ́ ̉ ̃ ̣ tones. */
export const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

/** TCVN3 code (as a character) of each letter of VIETNAMESE_LOWER, same position. */
const TCVN3_LOWER = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ';

/** TCVN3 (VN1) code of each capital, same order as VIETNAMESE_LOWER upper-cased. */
const TCVN3_UPPER =
  '\u0080\u0083\u0081\u0082\u0084¡¯Àº¿\u0085¢ÁÄÂÃ\u0086§\u0087\u008a\u0088\u0089\u008b£ÅÚÍÙ\u008c\u008d\u0090\u008e' +
  '\u008f\u0091\u0092\u0095\u0093\u0094\u0096¤Ûÿàð\u0097¥\u0098\u009b\u0099\u009a\u009c\u009d\u0001\u009e\u009f\u0002' +
  '¦\u0004\u0011\u0005\u0006\u0012\u0013\u0016\u0014\u0015\u0017';

/** Windows-1252 characters of bytes 0x80–0x9F that are not everyday punctuation. */
const CP1252_ALIASES: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0x20ac],
  [0x82, 0x201a],
  [0x83, 0x0192],
  [0x84, 0x201e],
  [0x86, 0x2020],
  [0x87, 0x2021],
  [0x88, 0x02c6],
  [0x89, 0x2030],
  [0x8a, 0x0160],
  [0x8b, 0x2039],
  [0x8c, 0x0152],
  [0x8e, 0x017d],
  [0x98, 0x02dc],
  [0x99, 0x2122],
  [0x9a, 0x0161],
  [0x9b, 0x203a],
  [0x9c, 0x0153],
  [0x9e, 0x017e],
  [0x9f, 0x0178],
];

/** Highest code unit with a mapping (™ U+2122). */
const TABLE_SIZE = 0x2123;

function buildTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  const upper = VIETNAMESE_LOWER.toUpperCase();
  for (let i = 0; i < VIETNAMESE_LOWER.length; i++) {
    t[TCVN3_LOWER.charCodeAt(i)] = VIETNAMESE_LOWER.charCodeAt(i);
    t[TCVN3_UPPER.charCodeAt(i)] = upper.charCodeAt(i);
  }
  for (const [byte, alias] of CP1252_ALIASES) t[alias] = t[byte];
  t[0xfd] = 0; // ý is its own code: nothing to change
  return t;
}

const TABLE = buildTable();

/** The Unicode letter a TCVN3 character stands for, or 0 when it stands for itself. */
export function tcvn3Char(code: number): number {
  return code < TABLE_SIZE ? TABLE[code] : 0;
}

/** Converts TCVN3 text to Unicode (NFC). Characters outside the table pass through. */
export function fromTcvn3(s: string): string {
  let out = '';
  let run = 0; // start of characters copied unchanged
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = c < TABLE_SIZE ? TABLE[c] : 0;
    if (m === 0) continue;
    out += s.slice(run, i) + String.fromCharCode(m);
    run = i + 1;
  }
  return run === 0 ? s : out + s.slice(run);
}
