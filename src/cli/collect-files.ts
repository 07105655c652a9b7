import * as fs from 'fs';
import * as path from 'path';

/** Workbook endings the reader accepts. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.xlsb'];

/** Office's lock files (`~$Báo cáo.xlsx`) are not workbooks. */
function isLockFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock.');
}

/**
 * Expands files and folders (searched recursively, in name order) into workbook paths.
 * Explicitly named files are kept whatever their ending, so a wrong file is reported rather than ignored.
 */
export function collectFiles(inputs: string[], exclude: string[] = []): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skip = new Set(exclude.map((p) => path.resolve(p)));
  const seen = new Set<string>();
  const add = (p: string) => {
    const abs = path.resolve(p);
    if (skip.has(abs) || seen.has(abs)) return;
    seen.add(abs);
    files.push(p);
  };
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !isLockFile(e.name) && WORKBOOK_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
        add(p);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else if (!isLockFile(path.basename(input))) add(input);
  }
  return { files, missing };
}
