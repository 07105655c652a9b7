import * as XLSX from '@e965/xlsx';
import { evaluateFormulas } from '../../src/io/formulas/evaluate';
import { parseFormula } from '../../src/io/formulas/parse';
import { readWorkbook } from '../../src/io/read-workbook';
import type { Grid } from '../../src/core/grid';
import { writeSheetJS } from './helpers';

/** A grid with formulas (without cached values) at the given A1 cells. */
function grid(name: string, rows: Grid['rows'], formulas: Record<string, string>, extra: Partial<Grid> = {}): Grid {
  const map = new Map<string, string>();
  for (const [addr, f] of Object.entries(formulas)) {
    const { r, c } = XLSX.utils.decode_cell(addr);
    map.set(`${r},${c}`, f);
  }
  return { name, rows, formulas: map, ...extra };
}

describe('evaluateFormulas', () => {
  test('arithmetic typed as a formula (=3+4, precedence, unary minus, percent) gets its value', () => {
    const g = grid('TTHC', [], { A1: '3+4', A2: '2+3*4', A3: '(2+3)*4', A4: '-2^2', A5: '50%*10', A6: '7/2' });
    expect(evaluateFormulas([g], 'a.xlsx')).toEqual([]);
    expect(g.rows.map((r) => r[0])).toEqual([7, 14, 20, 4, 5, 3.5]);
    expect(g.formulas).toBeUndefined();
  });

  test('SUM over a range, references to formulas below, and a cross-sheet reference', () => {
    const data = grid(
      'Số liệu',
      [
        [null, 2],
        [null, 3],
      ],
      { B3: 'SUM(B1:B2)' },
    );
    const tthc = grid('TTHC', [[1], [2], [null]], {
      A3: 'SUM(A1:A2)+A5',
      A4: "'Số liệu'!B3*2",
      A5: 'A4+1',
      B1: "'số liệu'!B1",
    });
    expect(evaluateFormulas([tthc, data], 'a.xlsx')).toEqual([]);
    // A4 = (2+3)*2 = 10; A5 = 11; A3 = 1+2+11 = 14; B1 = 2 (sheet names are case-insensitive).
    expect(tthc.rows.map((r) => r[0])).toEqual([1, 2, 14, 10, 11]);
    expect(tthc.rows[0][1]).toBe(2);
    expect(data.rows[2][1]).toBe(5);
  });

  test('SUBTOTAL 9 skips nested subtotals, 109 also hidden rows; text in a range is ignored by SUM', () => {
    // Rows: group I (1, 2, subtotal), group II (4, subtotal), grand total.
    const g = grid(
      'TTHC',
      [[1], [2], [null], ['ghi chú'], [4], [null], [null], [null]],
      {
        A3: 'SUBTOTAL(9,A1:A2)',
        A6: 'SUBTOTAL(9,A4:A5)',
        A7: 'SUBTOTAL(9,A1:A6)',
        A8: 'SUBTOTAL(109,A1:A6)',
        B1: 'SUM(A1:A2,A4)',
      },
      { hiddenRows: [4] },
    );
    evaluateFormulas([g], 'a.xlsx');
    expect([g.rows[2][0], g.rows[5][0], g.rows[6][0], g.rows[7][0], g.rows[0][1]]).toEqual([3, 4, 7, 3, 3]);
  });

  test('an unknown function, a defined name, a missing sheet and a circular reference become error cells naming the formula, never 0', () => {
    const g = grid('TTHC', [[5]], {
      B1: 'VLOOKUP(A1,X1:Y9,2,0)',
      B2: 'TongSo*2',
      B3: 'KhongCo!A1',
      B4: 'B5+1',
      B5: 'B4+1',
      B6: 'B1+1',
      B7: 'A1+1',
    });
    const findings = evaluateFormulas([g], 'a.xlsx');
    expect(g.rows.slice(0, 6).map((r) => r[1])).toEqual([
      { error: '#VALUE!', formula: 'VLOOKUP(A1,X1:Y9,2,0)' },
      { error: '#VALUE!', formula: 'TongSo*2' },
      { error: '#VALUE!', formula: 'KhongCo!A1' },
      { error: '#VALUE!', formula: 'B5+1' },
      { error: '#VALUE!', formula: 'B4+1' },
      { error: '#VALUE!', formula: 'B1+1' },
    ]);
    expect(g.rows[6][1]).toBe(6);
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'a.xlsx',
        sheet: 'TTHC',
        cell: 'B1',
        severity: 'warning',
        code: 'READ_FORMULA_NOT_EVALUATED',
      }),
    ]);
    expect(findings[0].message).toContain('6 ô công thức');
    expect(findings[0].message).toContain('=VLOOKUP(A1,X1:Y9,2,0)');
    expect([...g.formulas!.keys()]).toHaveLength(6);
  });

  test('Excel errors propagate as Excel would (#DIV/0! from a division by zero, an error in a summed range)', () => {
    const g = grid('TTHC', [[0, { error: '#REF!' }]], { A2: '1/A1', B2: 'SUM(B1:B1)' });
    expect(evaluateFormulas([g], 'a.xlsx')).toEqual([]);
    expect(g.rows[1]).toEqual([{ error: '#DIV/0!' }, { error: '#REF!' }]);
  });

  test('formulas read from a real .xlsx saved without cached values are evaluated from their text', () => {
    const ws = XLSX.utils.aoa_to_sheet([[1, 2]]);
    ws.C1 = { t: 'n', f: 'SUM(A1:B1)' };
    ws.D1 = { t: 'n', f: '3+4' };
    ws['!ref'] = 'A1:D1';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'TTHC');
    const { grids } = readWorkbook(writeSheetJS(wb, 'xlsx'), 'a.xlsx');
    expect(evaluateFormulas(grids, 'a.xlsx')).toEqual([]);
    expect(grids[0].rows[0]).toEqual([1, 2, 3, 7]);
  });
});

describe('parseFormula', () => {
  test.each(['A1:B', 'SUM(A:A)', '[1]Sheet1!A1', 'A1>2', '{1,2}', 'SUM(A1', '"abc', ''])(
    '%s is outside the supported subset',
    (f) => {
      expect(parseFormula(f)).toBeNull();
    },
  );

  test('absolute references, semicolons as separators and quoted sheet names with a doubled quote', () => {
    expect(parseFormula("SUM($C$3:C4;'Kỳ ''này'!D2)")).toEqual({
      type: 'call',
      name: 'SUM',
      args: [
        { type: 'range', sheet: null, r1: 2, c1: 2, r2: 3, c2: 2 },
        { type: 'ref', sheet: "Kỳ 'này", r: 1, c: 3 },
      ],
    });
  });
});
