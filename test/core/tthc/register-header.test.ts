/** parseRegister looks for the register's header unless its caller (the sheet choice) already found it. */
import { defaultCalendar } from '../../../src/core/calendar';
import type { Grid } from '../../../src/core/grid';
import { findHeader } from '../../../src/core/text';
import { REGISTER_COLUMNS, parseRegister } from '../../../src/core/tthc/register';

const grid: Grid = {
  name: 'SoTheoDoi',
  rows: [
    ['Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày có kết quả'],
    ['HS-1', 45366, 45380, 45378],
    ['HS-2', 45367, 45381, ''],
  ],
};

describe('parseRegister and the header', () => {
  test('finds the header itself when none is given', () => {
    const { register } = parseRegister(grid, { file: 'a.xlsx' }, defaultCalendar());
    expect(register?.entries.map((e) => [e.received, e.deadline, e.resolved])).toEqual([
      [45366, 45380, 45378],
      [45367, 45381, null],
    ]);
  });

  test('reads under the header it is given, the same as the one it would find', () => {
    const header = findHeader(grid.rows, REGISTER_COLUMNS);
    const given = parseRegister(grid, { file: 'a.xlsx', header }, defaultCalendar());
    expect(given).toEqual(parseRegister(grid, { file: 'a.xlsx' }, defaultCalendar()));
  });

  test('a caller that found no header gets the no-header error, without a second search', () => {
    const { register, findings } = parseRegister(grid, { file: 'a.xlsx', header: null }, defaultCalendar());
    expect(register).toBeNull();
    expect(findings.map((f) => f.code)).toEqual(['REGISTER_NO_HEADER']);
  });
});
