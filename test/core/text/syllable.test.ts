import { classifyWord } from '../../../src/core/text/syllable';

describe('classifyWord', () => {
  test('accepts Vietnamese syllables in lower, upper and title case', () => {
    const words = [
      'người',
      'Nguyễn',
      'khuỷu',
      'nghiêng',
      'quốc',
      'giữ',
      'ếch',
      'uống',
      'xoong',
      'thuở',
      'mùa',
      'kìa',
      'hoà',
      'hòa',
      'thuỷ',
      'Đắk',
      'TRƯỜNG',
      'Việt',
    ];
    for (const w of words) expect([w, classifyWord(w)]).toEqual([w, 'syllable']);
  });

  test('accepts upper-case consonant abbreviations', () => {
    for (const w of ['ĐH', 'KH', 'ĐT', 'TTHC']) expect(classifyWord(w)).toBe('abbreviation');
  });

  test('rejects foreign words and decoding accidents', () => {
    const words = ['Müller', 'café', 'straße', 'Maò', 'Thaùc', 'chỔo', 'Mỹller', 'cafộ', 'copyright', 'hoàà'];
    for (const w of words) expect([w, classifyWord(w)]).toEqual([w, 'foreign']);
  });
});
