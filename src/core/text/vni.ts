/**
 * VNI-Windows → Unicode.
 *
 * VNI fonts (`VNI-Times`…) write a letter as its base plus a trailing Latin-1 character for the
 * mark: "á" = "aù", "ấ" = "aá", "ơ" = "ô", "ở" = "ôû", "đ" = "ñ". Capitals use the capital base
 * and the capital mark ("Á" = "AÙ"). Decoding takes the two-character sequence when there is
 * one (longest first), else the single character.
 */

/** Marks after a plain vowel, in tone order: acute, grave, hook, tilde, dot below. */
const TONE = 'ùøûõï';
/** Marks after a, e, o for the circumflex: plain, then the five tones. */
const CIRCUMFLEX = 'âáàåãä';
/** Marks after a for the breve: plain, then the five tones. */
const BREVE = 'êéèúüë';

/** [base, marks, letters the marks make] for lower case; capitals are derived. */
const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['a', TONE, 'áàảãạ'],
  ['a', CIRCUMFLEX, 'âấầẩẫậ'],
  ['a', BREVE, 'ăắằẳẵặ'],
  ['e', TONE, 'éèẻẽẹ'],
  ['e', CIRCUMFLEX, 'êếềểễệ'],
  ['o', TONE, 'óòỏõọ'],
  ['o', CIRCUMFLEX, 'ôốồổỗộ'],
  ['ô', TONE, 'ớờởỡợ'], // VNI "ô" is ơ
  ['u', TONE, 'úùủũụ'],
  ['ö', TONE, 'ứừửữự'], // VNI "ö" is ư
  ['y', TONE, 'ýỳỷỹ'], // ỵ is a single character, below
];

/** Single characters that are letters on their own. */
const SINGLES: ReadonlyArray<readonly [string, string]> = [
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

/** pair[base][mark] → letter (code units), for bases and marks below U+0100. */
const PAIR: Array<Uint16Array | undefined> = new Array(256);
const SINGLE = new Uint16Array(256);

function addPair(base: string, mark: string, letter: string): void {
  const b = base.charCodeAt(0);
  const row = PAIR[b] ?? (PAIR[b] = new Uint16Array(256));
  row[mark.charCodeAt(0)] = letter.charCodeAt(0);
}

for (const [base, marks, letters] of PAIRS) {
  for (let i = 0; i < letters.length; i++) {
    addPair(base, marks[i], letters[i]);
    addPair(base.toUpperCase(), marks[i].toUpperCase(), letters[i].toUpperCase());
  }
}
for (const [code, letter] of SINGLES) {
  SINGLE[code.charCodeAt(0)] = letter.charCodeAt(0);
  SINGLE[code.toUpperCase().charCodeAt(0)] = letter.toUpperCase().charCodeAt(0);
}

/** Characters that take part in VNI sequences (as marks or singles), for detection. */
export function isVniChar(code: number): boolean {
  return code < 256 && (SINGLE[code] !== 0 || MARKS[code] === 1);
}

/** Mark characters: after a base they make a letter; alone they mean nothing in VNI. */
const MARKS = new Uint8Array(256);
for (const c of TONE + CIRCUMFLEX + BREVE) {
  MARKS[c.charCodeAt(0)] = 1;
  MARKS[c.toUpperCase().charCodeAt(0)] = 1;
}

/** The letter base `c` (at `i`) and the next character make together, or 0 when they make none. */
function pairAt(s: string, i: number, c: number): number {
  const row = PAIR[c];
  if (row === undefined || i + 1 >= s.length) return 0;
  const next = s.charCodeAt(i + 1);
  return next < 256 ? row[next] : 0;
}

/** True when some mark character does not follow a base it combines with ("céng": é after c). */
export function hasOrphanMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 256) continue;
    if (pairAt(s, i, c) !== 0) {
      i++;
      continue;
    }
    if (MARKS[c] === 1) return true;
  }
  return false;
}

/** Converts VNI-Windows text to Unicode (NFC). Characters outside the table pass through. */
export function fromVni(s: string): string {
  let out = '';
  let run = 0; // start of characters copied unchanged
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 256) continue;
    const pair = pairAt(s, i, c);
    if (pair !== 0) {
      out += s.slice(run, i) + String.fromCharCode(pair);
      run = i + 2;
      i++;
      continue;
    }
    const single = SINGLE[c];
    if (single === 0 || single === c) continue;
    out += s.slice(run, i) + String.fromCharCode(single);
    run = i + 1;
  }
  return run === 0 ? s : out + s.slice(run);
}
