import { isFooterRow } from '../../../src/core/unit/table-rows';

describe('the signature block under a table ends it', () => {
  test('a row starting with a signature word, with or without diacritics, is the footer', () => {
    expect(isFooterRow(['Người lập biểu', '', 'Thủ trưởng đơn vị'])).toBe(true);
    expect(isFooterRow(['', 'NGUOI LAP BIEU'])).toBe(true);
    expect(isFooterRow(['Ky ten, dong dau'])).toBe(true);
    expect(isFooterRow(['Nơi nhận:'])).toBe(true);
  });

  test('a date line is the footer, after a place name too, typed in plain ASCII or in capitals', () => {
    expect(isFooterRow(['Hà Nội, ngày 15 tháng 6 năm 2020'])).toBe(true);
    expect(isFooterRow(['Ha Noi, ngay 15 thang 6 nam 2020'])).toBe(true);
    expect(isFooterRow(['', 'HA NOI, NGAY ... THANG ... NAM 2020'])).toBe(true);
  });

  test('codes, names, words that merely start like a signature word, and rows with figures are not', () => {
    expect(isFooterRow(['HS-0-1', 'Sở hữu trí tuệ', 'Thủ tục'])).toBe(false);
    expect(isFooterRow(['Nguyễn Văn A', 'Nam'])).toBe(false);
    expect(isFooterRow(['Hoang thanh ngay 15'])).toBe(false);
    expect(isFooterRow(['Người lập biểu', 12])).toBe(false);
    expect(isFooterRow(['', null])).toBe(false);
  });
});
