import { cleanText, foldKey, foldedInitial, nfc } from '../../../src/core/text';

describe('nfc', () => {
  test('composes decomposed Vietnamese (Unicode tổ hợp) into precomposed letters', () => {
    const nfd = 'Tiếng Việt'.normalize('NFD');
    expect(nfd.length).toBe(14);
    expect(nfc(nfd)).toBe('Tiếng Việt');
    expect(nfc(nfd).length).toBe(10);
  });
});

describe('cleanText', () => {
  test('trims and collapses spaces, NBSP, tabs and line breaks into single spaces', () => {
    expect(cleanText('  Số hồ sơ\u00a0\u00a0đã\n giải\tquyết \r\n')).toBe('Số hồ sơ đã giải quyết');
  });

  test('removes zero-width characters between words and returns NFC', () => {
    expect(cleanText('Lĩnh\u200b vực'.normalize('NFD'))).toBe('Lĩnh vực');
  });

  test('leaves clean text unchanged', () => {
    expect(cleanText('Tổng cộng')).toBe('Tổng cộng');
    expect(cleanText('')).toBe('');
  });

  test('cleans plain ASCII text like any other: spaces at the ends or doubled, tabs, controls', () => {
    expect(cleanText('HS-0-1')).toBe('HS-0-1');
    expect(cleanText(' HS-0-1')).toBe('HS-0-1');
    expect(cleanText('HS-0-1 ')).toBe('HS-0-1');
    expect(cleanText('HS  0')).toBe('HS 0');
    expect(cleanText('HS\t0')).toBe('HS 0');
    expect(cleanText('HS\u00010')).toBe('HS0');
    expect(cleanText('HS\u007f0')).toBe('HS0');
    expect(cleanText(' ')).toBe('');
  });

  test('gives the same result when a text is cleaned again (memoised results are not shared wrongly)', () => {
    const texts = ['  Số  hồ sơ ', 'Số hồ sơ', 'Số hồ sơ'.normalize('NFD'), 'Số\u00a0hồ sơ'];
    for (let round = 0; round < 2; round++) for (const t of texts) expect(cleanText(t)).toBe('Số hồ sơ');
  });
});

describe('foldKey', () => {
  test('ignores case, diacritics and Unicode form: all spellings of "Ngày hẹn trả" give one key', () => {
    const forms = ['Ngày hẹn trả', 'ngay hen tra', 'NGÀY HẸN TRẢ', 'Ngày hẹn trả'.normalize('NFD'), ' Ngày  hẹn\ntrả '];
    for (const f of forms) expect(foldKey(f)).toBe('ngay hen tra');
  });

  test('maps đ and Đ to d', () => {
    expect(foldKey('Đúng hạn')).toBe('dung han');
    expect(foldKey('Đơn vị đo lường')).toBe('don vi do luong');
  });

  test('strips every Vietnamese diacritic: all 134 letters fold to their base letter', () => {
    const lower = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
    const bases = 'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy';
    expect(foldKey(lower)).toBe(bases);
    expect(foldKey(lower.toUpperCase())).toBe(bases);
  });

  test('turns punctuation and symbols into single separating spaces', () => {
    expect(foldKey('Sở KH&CN')).toBe('so kh cn');
    expect(foldKey('Trực tiếp, dịch vụ bưu chính')).toBe('truc tiep dich vu buu chinh');
    expect(foldKey('Tỷ lệ đúng và trước hạn (%)')).toBe('ty le dung va truoc han');
    expect(foldKey('Th.S')).toBe('th s');
    expect(foldKey('“Quá hạn” – 2024…')).toBe('qua han 2024');
  });

  test('keeps digits and letters of other scripts (lower-cased)', () => {
    expect(foldKey('Biểu II.06a')).toBe('bieu ii 06a');
    expect(foldKey('Straße ΑΒΓ')).toBe('straße αβγ');
  });

  test('gives an empty key for blank or punctuation-only text', () => {
    expect(foldKey('')).toBe('');
    expect(foldKey('  -- / ()  ')).toBe('');
  });

  test('returns the same key when asked again (memoised) and for long texts (not memoised)', () => {
    for (let i = 0; i < 3; i++) expect(foldKey('Trước hạn')).toBe('truoc han');
    const long = 'Hồ sơ đã giải quyết '.repeat(20);
    expect(foldKey(long)).toBe('ho so da giai quyet '.repeat(20).trim());
  });
});

describe('foldedInitial', () => {
  test('gives the first letter or digit of the folded key when ASCII decides it, -1 when folding must, 0 for an empty key', () => {
    expect(foldedInitial('HS-0-1')).toBe('h'.charCodeAt(0));
    expect(foldedInitial('  (Tổng cộng)')).toBe('t'.charCodeAt(0));
    expect(foldedInitial('12 hồ sơ')).toBe('1'.charCodeAt(0));
    expect(foldedInitial('Đơn vị')).toBe(-1);
    expect(foldedInitial(' - ')).toBe(0);
    for (const s of ['HS-0-1', '  (Tổng cộng)', '12 hồ sơ', 'x'])
      expect(String.fromCharCode(foldedInitial(s))).toBe(foldKey(s).charAt(0));
  });
});
