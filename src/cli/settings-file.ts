/**
 * `--settings <file>`: the office's settings from its DanhMuc sheet (.xlsx, .xlsm, .xls, .ods) or a JSON file.
 * A file that cannot be read at all, or a workbook without a DanhMuc sheet, is a usage error (the user named
 * it on purpose); wrong entries inside it are findings, and the rest of it is used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { applySettings, findSettingsSheet, readSettingsGrid, readSettingsJson, SETTINGS_SHEET_NAME, type Settings } from '../core/settings';
import { readWorkbook } from '../io/read-workbook';
import { UsageError } from './args';

export function loadSettingsFile(file: string): Settings {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UsageError(`Không đọc được tệp danh mục «${file}».`);
  }
  if (/\.json$/i.test(file)) {
    const { input, findings } = readSettingsJson(bytes.toString('utf8'), name);
    if (input === null) throw new UsageError(findings.map((f) => `${name}: ${f.message}`).join('\n'));
    const s = applySettings(input);
    s.findings.unshift(...findings);
    return s;
  }
  const { grids, findings } = readWorkbook(new Uint8Array(bytes), name);
  const sheet = findSettingsSheet(grids);
  if (!sheet) {
    const why = findings.find((f) => f.severity === 'error');
    throw new UsageError(why
      ? `Không đọc được tệp danh mục «${name}»: ${why.message}`
      : `Tệp «${name}» không có trang ${SETTINGS_SHEET_NAME}. Tạo trang này bằng: tonghop settings -o danh-muc.xlsx`);
  }
  return applySettings(readSettingsGrid(sheet, name));
}
