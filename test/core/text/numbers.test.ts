import { parseCount, parseVnNumber } from '../../../src/core/text';
import type { CellValue } from '../../../src/core/grid';

function value(v: CellValue): number {
  const r = parseVnNumber(v);
  if (!r.ok) throw new Error(`expected a number from ${JSON.stringify(v)}, got: ${r.reason}`);
  return r.value;
}

function reason(r: ReturnType<typeof parseVnNumber>): string {
  if (r.ok) throw new Error(`expected a failure, got ${r.value}`);
  return r.reason;
}

describe('parseVnNumber', () => {
  test('accepts numbers as they are', () => {
    expect(parseVnNumber(12)).toEqual({ ok: true, value: 12 });
    expect(parseVnNumber(-3.5)).toEqual({ ok: true, value: -3.5 });
  });

  test('reads Vietnamese style: dot groups thousands, comma marks decimals', () => {
    expect(parseVnNumber('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseVnNumber('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseVnNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseVnNumber('81,6')).toEqual({ ok: true, value: 81.6 });
    expect(value('1.234.567,891')).toBe(1234567.891);
  });

  test('reads spaces and NBSP as thousands separators, and trims', () => {
    expect(value('1 234')).toBe(1234);
    expect(value('1\u00a0234\u00a0567')).toBe(1234567);
    expect(value('1 234,5')).toBe(1234.5);
    expect(parseVnNumber(' 12 ')).toEqual({ ok: true, value: 12 });
  });

  test('reads signs', () => {
    expect(value('-3')).toBe(-3);
    expect(value('−3')).toBe(-3);
    expect(value('+7')).toBe(7);
    expect(Object.is(value('-0'), 0)).toBe(true);
  });

  test('a dot followed by exactly three digits is a thousands dot; any other single dot is decimal, noted', () => {
    expect(parseVnNumber('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseVnNumber('12.345')).toEqual({ ok: true, value: 12345 });
    const cases: [string, number][] = [
      ['1.5', 1.5],
      ['12.34', 12.34],
      ['0.125', 0.125],
      ['1234.567', 1234.567],
    ];
    for (const [text, n] of cases) {
      const r = parseVnNumber(text);
      expect(r).toEqual({ ok: true, value: n, note: 'dấu chấm được hiểu là dấu thập phân' });
    }
  });

  test('accepts English style with a note', () => {
    const r = parseVnNumber('1,234.5');
    expect(r.ok && r.value).toBe(1234.5);
    expect(r.ok && r.note).toMatch(/kiểu Anh/);
    const m = parseVnNumber('1,234,567');
    expect(m.ok && m.value).toBe(1234567);
    expect(m.ok && m.note).toMatch(/kiểu Anh/);
  });

  test('a single comma is always decimal; "1,234" is noted because English readers mean 1234', () => {
    const r = parseVnNumber('1,234');
    expect(r.ok && r.value).toBe(1.234);
    expect(r.ok && r.note).toMatch(/dấu phẩy được hiểu là dấu thập phân/);
  });

  test('reads percentages as ratios', () => {
    expect(parseVnNumber('81,6%')).toEqual({ ok: true, value: 0.816 });
    expect(value('100 %')).toBe(1);
    expect(value('18,4%')).toBe(0.184);
  });

  test('ignores a unit word after the number, with a note naming it', () => {
    expect(parseVnNumber('12 hồ sơ')).toEqual({ ok: true, value: 12, note: 'bỏ qua chữ «hồ sơ» sau số' });
    expect(parseVnNumber('12 người')).toEqual({ ok: true, value: 12, note: 'bỏ qua chữ «người» sau số' });
    expect(value('1.234,5 đồng')).toBe(1234.5);
  });

  test('refuses magnitude words instead of silently dropping them', () => {
    expect(reason(parseVnNumber('1,5 triệu'))).toMatch(/triệu/);
    expect(reason(parseVnNumber('3 nghìn'))).toMatch(/nghìn/);
  });

  test('refuses malformed numbers and text', () => {
    for (const s of ['abc', '12.', '1.2.3', '12 3', '1.23.456', '1e5', '--3', '12/3', '1,5.3', ',5']) {
      expect(reason(parseVnNumber(s))).toBe('không phải số');
    }
  });

  test('gives Vietnamese reasons for empty cells, booleans and errors', () => {
    expect(reason(parseVnNumber(null))).toBe('để trống');
    expect(reason(parseVnNumber('   '))).toBe('để trống');
    expect(reason(parseVnNumber(true))).toBe('là giá trị TRUE, không phải số');
    expect(reason(parseVnNumber({ error: '#REF!' }))).toBe('là lỗi #REF!, không phải số');
    expect(reason(parseVnNumber(Number.NaN))).toBe('không phải số');
  });
});

describe('parseCount', () => {
  test('accepts non-negative integers, typed or as text', () => {
    expect(parseCount(53)).toEqual({ ok: true, value: 53 });
    expect(parseCount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('04')).toEqual({ ok: true, value: 4 });
    expect(parseCount(0)).toEqual({ ok: true, value: 0 });
  });

  test('absorbs binary noise from formulas', () => {
    expect(parseCount(0.1 * 3 * 10)).toEqual({ ok: true, value: 3 });
  });

  test('keeps the note of an accepted form', () => {
    expect(parseCount('12 hồ sơ')).toEqual({ ok: true, value: 12, note: 'bỏ qua chữ «hồ sơ» sau số' });
  });

  test('refuses negatives, fractions, percentages and text with Vietnamese reasons', () => {
    expect(reason(parseCount('-3'))).toBe('là số âm');
    expect(reason(parseCount(-1))).toBe('là số âm');
    expect(reason(parseCount('1,5'))).toBe('là số lẻ thập phân');
    expect(reason(parseCount(2.5))).toBe('là số lẻ thập phân');
    expect(reason(parseCount('100%'))).toBe('là tỷ lệ phần trăm, không phải số đếm');
    expect(reason(parseCount('mười'))).toBe('không phải số');
  });
});
