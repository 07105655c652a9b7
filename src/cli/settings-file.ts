/**
 * `--settings <file>`: the office's settings from its DanhMuc sheet (.xlsx, .xlsm, .xls, .ods) or a JSON file.
 * A file that cannot be read at all, or a workbook without a DanhMuc sheet, is a usage error (the user named
 * it on purpose); wrong entries inside it are findings, and the rest of it is used.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  applySettings,
  findSettingsSheet,
  hasSettingsErrors,
  readSettingsGrid,
  readSettingsJson,
  SETTINGS_SHEET_NAME,
  type Settings,
} from '../core/settings';
import { readWorkbook } from '../io/read-workbook';
import { type ParsedArgs, UsageError, stringOption } from './args';
import type { Io } from './commands';
import { formatFinding } from './output';

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
    throw new UsageError(
      why
        ? `Không đọc được tệp danh mục «${name}»: ${why.message}`
        : `Tệp «${name}» không có trang ${SETTINGS_SHEET_NAME}. Tạo trang này bằng: tonghop settings -o danh-muc.xlsx`,
    );
  }
  return applySettings(readSettingsGrid(sheet, name));
}

/**
 * `--settings <file>`: the office's settings, their findings printed; the shipped lists without the option.
 * Wrong entries are left out and make the exit status 1, like a rejected file.
 */
export function settingsOption(args: ParsedArgs, io: Io): Settings {
  const file = stringOption(args, '--settings');
  if (file === undefined) return applySettings(null);
  const s = loadSettingsFile(file);
  for (const f of s.findings) io.err(formatFinding(f));
  io.err(
    `Danh mục: ${s.file}${s.changes.length ? ` (${s.changes.length} mục thay đổi so với mặc định)` : ' (không thay đổi mục nào so với mặc định)'}${hasSettingsErrors(s) ? '; các mục có lỗi không được dùng' : ''}.`,
  );
  return s;
}
