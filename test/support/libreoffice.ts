/**
 * LibreOffice headless as an independent application in tests: convert a workbook (optionally forcing a full
 * recalculation on load, so cached values are not trusted) and read each sheet back as CSV.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export function findSoffice(): string | null {
  const candidates = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, 'soffice'));
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** Every sheet to its own UTF-8 CSV (LibreOffice ≥ 7.2: the last token -1 = all sheets), formatted text as shown. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

const RECALC_XCU =
  '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
  '</oor:items>\n';

/** Converts `file` in a fresh folder under `work`; `recalc` uses a profile that recalculates every formula on load. */
export function convertWithLibreOffice(
  soffice: string,
  work: string,
  file: string,
  to: string,
  recalc = false,
): string[] {
  const profileDir = path.join(work, recalc ? 'profile-recalc' : 'profile-default');
  if (recalc && !fs.existsSync(path.join(profileDir, 'user', 'registrymodifications.xcu'))) {
    fs.mkdirSync(path.join(profileDir, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profileDir, 'user', 'registrymodifications.xcu'), RECALC_XCU);
  }
  const out = fs.mkdtempSync(path.join(work, 'out-'));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profileDir}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      '--outdir',
      out,
      file,
    ],
    {
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
  return fs.readdirSync(out).map((f) => path.join(out, f));
}

/** CSV files named <base>-<sheet>.csv → sheet name → rows of fields. */
export function csvBySheet(files: string[], base: string): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const f of files) {
    const sheet = path.basename(f).slice(base.length + 1, -'.csv'.length);
    const rows = fs
      .readFileSync(f, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .map(parseCsvLine);
    m.set(sheet.normalize('NFC'), rows);
  }
  return m;
}

export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else s += line[i++];
      }
      out.push(s);
      i++;
    } else {
      const j = line.indexOf(',', i);
      const end = j < 0 ? line.length : j;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
