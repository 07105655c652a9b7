import { createLabelMatcher } from '../../../src/core/text';

const DEGREES = createLabelMatcher([
  { label: 'Tiến sĩ', synonyms: ['ts', 'tien si', 'tiến sỹ'] },
  { label: 'Thạc sĩ', synonyms: ['ths', 'th.s', 'thac si', 'thạc sỹ'] },
  { label: 'Đại học', synonyms: ['dh', 'đh', 'cu nhan', 'ky su', 'dai hoc'] },
]);

const STATUS = createLabelMatcher([
  { label: 'Quá hạn', synonyms: ['qua han', 'qh'] },
  { label: 'Đang giải quyết - quá hạn', synonyms: ['dang giai quyet qua han'] },
  { label: 'Đang giải quyết', synonyms: ['dang giai quyet', 'dang xu ly'] },
]);

describe('createLabelMatcher', () => {
  test('matches abbreviations and spellings exactly after folding', () => {
    const cases: [string, string][] = [
      ['TS', 'Tiến sĩ'],
      ['Tiến sỹ', 'Tiến sĩ'],
      ['TIẾN SĨ', 'Tiến sĩ'],
      ['ThS', 'Thạc sĩ'],
      ['Th.S', 'Thạc sĩ'],
      ['thạc sỹ', 'Thạc sĩ'],
      ['Thac si', 'Thạc sĩ'],
      ['ĐH', 'Đại học'],
      ['Đại học', 'Đại học'],
      ['Cử nhân', 'Đại học'],
      ['Kỹ sư', 'Đại học'],
    ];
    for (const [text, label] of cases) expect([text, DEGREES(text)]).toEqual([text, label]);
  });

  test('matches decomposed (NFD) text', () => {
    expect(DEGREES('Thạc sĩ'.normalize('NFD'))).toBe('Thạc sĩ');
  });

  test('finds a synonym as a whole-word phrase inside longer text', () => {
    expect(DEGREES('Kỹ sư xây dựng')).toBe('Đại học');
    expect(DEGREES('Cử nhân Luật kinh tế')).toBe('Đại học');
    expect(DEGREES('Thạc sĩ Quản lý công')).toBe('Thạc sĩ');
  });

  test('never matches inside a word', () => {
    expect(DEGREES('Paths')).toBeNull();
    expect(DEGREES('Khác')).toBeNull();
  });

  test('prefers the longest phrase, then the earliest one', () => {
    expect(STATUS('Hồ sơ đang giải quyết quá hạn 3 ngày')).toBe('Đang giải quyết - quá hạn');
    expect(STATUS('đang xử lý')).toBe('Đang giải quyết');
    expect(DEGREES('Thạc sĩ, đang học Tiến sĩ')).toBe('Thạc sĩ');
  });

  test('repairs legacy-encoded text before giving up', () => {
    expect(DEGREES('Th¹c sÜ')).toBe('Thạc sĩ'); // TCVN3
    expect(DEGREES('Kü s\u00ad')).toBe('Đại học'); // TCVN3
    expect(DEGREES('Thaïc só')).toBe('Thạc sĩ'); // VNI
    expect(STATUS('Qu¸ h¹n')).toBe('Quá hạn');
  });

  test('returns null for blank or unknown labels, the same answer each time', () => {
    expect(DEGREES('')).toBeNull();
    expect(DEGREES('Trung cấp')).toBeNull();
    expect(DEGREES('Trung cấp')).toBeNull();
    expect(DEGREES('TS')).toBe('Tiến sĩ');
  });
});
