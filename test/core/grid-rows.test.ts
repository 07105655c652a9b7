import { isStatedCountLine, isSubtotalRow, isTotalRow } from '../../src/core/grid-rows';

describe('rows that are not dossiers or people', () => {
  test('a total row is told by a label in one of the first three columns, with or without diacritics', () => {
    expect(isTotalRow(['', 'Tổng cộng', 12])).toBe(true);
    expect(isTotalRow(['TONG SO', 12])).toBe(true);
    expect(isTotalRow(['', '', 'Cộng'])).toBe(true);
    expect(isTotalRow(['', '', '', 'Tổng cộng'])).toBe(false);
    expect(isTotalRow(['HS-0-1', 'Tổng hợp', 'Thủ tục'])).toBe(false);
    expect(isTotalRow(['Công chức'])).toBe(false);
  });

  test('a subtotal is told by the first text of the first columns only', () => {
    expect(isSubtotalRow(['Cộng I', 5])).toBe(true);
    expect(isSubtotalRow(['  ', 'cong (II)', 5])).toBe(true);
    expect(isSubtotalRow(['HS-0-1', 'Cộng I'])).toBe(false);
    expect(isSubtotalRow(['Công chức', 5])).toBe(false);
  });

  test('a closing line states a count and holds nothing else', () => {
    expect(isStatedCountLine(['Tổng số: 58 hồ sơ'])).toBe(true);
    expect(isStatedCountLine(['Tổng cộng', 58])).toBe(true);
    expect(isStatedCountLine(['Tổng số', '58 hồ sơ'])).toBe(true);
    expect(isStatedCountLine(['Tổng số', '58 hồ sơ', 3])).toBe(false);
    expect(isStatedCountLine(['Tổng số', 'Sở hữu trí tuệ'])).toBe(false);
    expect(isStatedCountLine([58, 'Tổng số'])).toBe(false);
    expect(isStatedCountLine(['', null])).toBe(false);
  });

  test('labels typed in plain ASCII or after punctuation still count; t or c followed by another letter never does', () => {
    expect(isTotalRow(['Total', 3])).toBe(true);
    expect(isTotalRow(['-- TONG CONG --'])).toBe(true);
    expect(isTotalRow(['', 'Cong', 1])).toBe(true);
    expect(isSubtotalRow(['cong II', 1])).toBe(true);
    expect(isStatedCountLine(['Tong so: 58 ho so'])).toBe(true);
    expect(isTotalRow(['Thủ tục', 'Tiêu chuẩn đo lường chất lượng', 'Trực tiếp'])).toBe(false);
    expect(isTotalRow(['T', 'C.', 'Cty'])).toBe(false);
    expect(isStatedCountLine(['Tiêu chuẩn 58'])).toBe(false);
  });

  test('the same text gives the same answer however often it is asked (answers are memoised per text)', () => {
    for (let i = 0; i < 3; i++) {
      expect(isTotalRow(['Tổng cộng'])).toBe(true);
      expect(isTotalRow([`HS-${i}`])).toBe(false);
    }
  });
});
