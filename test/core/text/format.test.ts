import {
  formatVnDecimal,
  formatVnInteger,
  formatVnPercent,
  padCount,
  roundHalfAwayFromZero,
} from '../../../src/core/text';

describe('roundHalfAwayFromZero', () => {
  test('rounds halves away from zero on the decimal value as written', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(81.55, 1)).toBe(81.6); // stored as 81.549999…
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01); // stored as 1.00499…
    expect(roundHalfAwayFromZero(-0.04, 1)).toBe(0);
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
  });
});

describe('formatVnInteger', () => {
  test('groups thousands with dots', () => {
    expect(formatVnInteger(1234)).toBe('1.234');
    expect(formatVnInteger(-1234)).toBe('-1.234');
    expect(formatVnInteger(1234567)).toBe('1.234.567');
    expect(formatVnInteger(999)).toBe('999');
    expect(formatVnInteger(0)).toBe('0');
  });

  test('rounds to a whole number, without a minus sign on zero', () => {
    expect(formatVnInteger(1234.5)).toBe('1.235');
    expect(formatVnInteger(-0.4)).toBe('0');
  });
});

describe('formatVnDecimal', () => {
  test('writes a decimal comma and a fixed number of decimals', () => {
    expect(formatVnDecimal(81.6, 1)).toBe('81,6');
    expect(formatVnDecimal(1234.5, 2)).toBe('1.234,50');
    expect(formatVnDecimal(0.05, 1)).toBe('0,1');
    expect(formatVnDecimal(-1234.56, 1)).toBe('-1.234,6');
    expect(formatVnDecimal(7, 0)).toBe('7');
  });

  test('rounds 81,55 up, where toFixed would round down', () => {
    expect((81.55).toFixed(1)).toBe('81.5');
    expect(formatVnDecimal(81.55, 1)).toBe('81,6');
  });
});

describe('formatVnPercent', () => {
  test('writes ratios the way reports do', () => {
    expect(formatVnPercent(0.816)).toBe('81,6%');
    expect(formatVnPercent(40 / 49)).toBe('81,6%');
    expect(formatVnPercent(9 / 49)).toBe('18,4%');
    expect(formatVnPercent(0.8155)).toBe('81,6%');
    expect(formatVnPercent(0.12345, 2)).toBe('12,35%');
  });

  test('keeps the decimals on whole percentages unless trimZero is asked', () => {
    expect(formatVnPercent(1)).toBe('100,0%');
    expect(formatVnPercent(0)).toBe('0,0%');
    expect(formatVnPercent(1, 1, { trimZero: true })).toBe('100%');
    expect(formatVnPercent(0, 1, { trimZero: true })).toBe('0%');
    expect(formatVnPercent(0.5, 2, { trimZero: true })).toBe('50%');
    expect(formatVnPercent(0.816, 1, { trimZero: true })).toBe('81,6%');
  });
});

describe('padCount', () => {
  test('writes counts under ten with two digits, except zero', () => {
    expect(padCount(4)).toBe('04');
    expect(padCount(9)).toBe('09');
    expect(padCount(0)).toBe('0');
    expect(padCount(10)).toBe('10');
    expect(padCount(53)).toBe('53');
    expect(padCount(1234)).toBe('1.234');
  });

  test('writes plain numbers when padding is off', () => {
    expect(padCount(4, false)).toBe('4');
    expect(padCount(0, false)).toBe('0');
  });
});
