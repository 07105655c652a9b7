/**
 * The DanhMuc sheet back into the office's entries (đọc trang DanhMuc). A table starts at the row whose first
 * cell holds its title (the other cells of that row empty) and runs to the next title; its header row is
 * skipped, blank rows are skipped, so offices may insert rows anywhere inside a table.
 */
import { type Grid, a1, cellAt, isBlank } from '../grid';
import { foldKey } from '../text/normalize';
import type { RawRow, SettingsInput } from './input';
import { SETTINGS_SHEET_NAME, SHEET_TEXT, tableOfTitle, type TableKey } from './sheet-text';

/** Columns every table uses (A–C). */
const WIDTH = 3;

/** The DanhMuc sheet among a workbook's sheets (by name, folded), or undefined. */
export function findSettingsSheet(grids: readonly Grid[]): Grid | undefined {
  const want = foldKey(SETTINGS_SHEET_NAME);
  return grids.find((g) => foldKey(g.name).replace(/ /g, '') === want);
}

export function readSettingsGrid(grid: Grid, file: string): SettingsInput {
  const tables: SettingsInput['tables'] = {};
  let current: TableKey | null = null;
  let expectHeader = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = Array.from({ length: WIDTH }, (_, c) => cellAt(grid, r, c));
    if (cells.every((v) => isBlank(v))) continue;
    const first = typeof cells[0] === 'string' ? cells[0] : '';
    const title = cells.slice(1).every((v) => isBlank(v)) ? tableOfTitle(first) : null;
    if (title !== null) {
      current = title;
      expectHeader = true;
      tables[title] ??= [];
      continue;
    }
    if (current === null) continue; // the sheet's own title and introduction
    // The hint line under a title is not an entry.
    if (foldKey(first) === foldKey(SHEET_TEXT.tables[current].hint)) continue;
    if (expectHeader) {
      expectHeader = false;
      if (foldKey(first) === foldKey(SHEET_TEXT.tables[current].headers[0])) continue;
    }
    const row: RawRow = { at: a1(r, 0), cells, cellAt: cells.map((_, c) => a1(r, c)) };
    tables[current]!.push(row);
  }
  return { file, sheet: grid.name, tables };
}
