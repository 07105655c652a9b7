'use strict';
/**
 * Vietnamese text as a spreadsheet typed in a legacy font shows it, for the scripts and tests that make such
 * workbooks: TCVN3 (.VnTime: each byte as its Latin-1 character; lower case and the 7 VN3 capitals) and
 * VNI-Windows (base letter + a Latin-1 mark). Independent of src/core/text's converters, which they test.
 */
const TCVN3_BYTES = [
  'à=B5 á=B8 ả=B6 ã=B7 ạ=B9 ă=A8 ằ=BB ắ=BE ẳ=BC ẵ=BD ặ=C6 â=A9',
  'ầ=C7 ấ=CA ẩ=C8 ẫ=C9 ậ=CB đ=AE è=CC é=D0 ẻ=CE ẽ=CF ẹ=D1 ê=AA',
  'ề=D2 ế=D5 ể=D3 ễ=D4 ệ=D6 ì=D7 í=DD ỉ=D8 ĩ=DC ị=DE ò=DF ó=E3',
  'ỏ=E1 õ=E2 ọ=E4 ô=AB ồ=E5 ố=E8 ổ=E6 ỗ=E7 ộ=E9 ơ=AC ờ=EA ớ=ED',
  'ở=EB ỡ=EC ợ=EE ù=EF ú=F3 ủ=F1 ũ=F2 ụ=F4 ư=AD ừ=F5 ứ=F8 ử=F6',
  'ữ=F7 ự=F9 ỳ=FA ý=FD ỷ=FB ỹ=FC ỵ=FE Ă=A1 Â=A2 Đ=A7 Ê=A3 Ô=A4 Ơ=A5 Ư=A6',
];
const TCVN3 = new Map(
  TCVN3_BYTES.join(' ')
    .split(' ')
    .map((p) => [p.split('=')[0], parseInt(p.split('=')[1], 16)]),
);

/** Unicode → TCVN3 as shown in a .VnTime cell. */
function toTcvn3(s) {
  return Array.from(s.normalize('NFC'), (ch) => (TCVN3.has(ch) ? String.fromCharCode(TCVN3.get(ch)) : ch)).join('');
}

/** VNI-Windows: base letter + a Latin-1 mark ("á" = "aù", "ấ" = "aá", "ơ" = "ô", "đ" = "ñ"). */
const VNI = (() => {
  const TONE = 'ùøûõï';
  const CIRC = 'âáàåãä';
  const BREVE = 'êéèúüë';
  const m = new Map();
  const pairs = [
    ['a', TONE, 'áàảãạ'],
    ['a', CIRC, 'âấầẩẫậ'],
    ['a', BREVE, 'ăắằẳẵặ'],
    ['e', TONE, 'éèẻẽẹ'],
    ['e', CIRC, 'êếềểễệ'],
    ['o', TONE, 'óòỏõọ'],
    ['o', CIRC, 'ôốồổỗộ'],
    ['ô', TONE, 'ớờởỡợ'],
    ['u', TONE, 'úùủũụ'],
    ['ö', TONE, 'ứừửữự'],
    ['y', TONE, 'ýỳỷỹ'],
  ];
  for (const [base, marks, letters] of pairs) {
    for (let i = 0; i < letters.length; i++) {
      m.set(letters[i], base + marks[i]);
      m.set(letters[i].toUpperCase(), base.toUpperCase() + marks[i].toUpperCase());
    }
  }
  for (const [code, letter] of [
    ['ñ', 'đ'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
    ['í', 'í'],
    ['ì', 'ì'],
    ['æ', 'ỉ'],
    ['ó', 'ĩ'],
    ['ò', 'ị'],
    ['î', 'ỵ'],
  ]) {
    if (!m.has(letter)) m.set(letter, code);
    if (!m.has(letter.toUpperCase())) m.set(letter.toUpperCase(), code.toUpperCase());
  }
  return m;
})();

/** Unicode → VNI-Windows as shown in a VNI-Times cell. */
function toVni(s) {
  return Array.from(s.normalize('NFC'), (ch) => (VNI.has(ch) ? VNI.get(ch) : ch)).join('');
}

module.exports = { toTcvn3, toVni };
