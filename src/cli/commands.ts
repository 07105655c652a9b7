import * as fs from 'fs';
import * as path from 'path';
import {
  countFileStatuses,
  resultsByFile,
  SECTIONS,
  statedAgainstAdded,
  fileTally,
  unacceptedErrors,
  type FileResult,
  type PreviousPeriod,
} from '../core/consolidate';
import { runText } from '../core/consolidate/run-text';
import { previousPeriodOf } from '../core/compare';
import { expectedUnits, unitListFromGrids, unitListFromText, withExpectedUnits } from '../core/expected';
import { readWorkbook } from '../io/read-workbook';
import { consolidateInputs, rollup } from '../core/summary';
import { DEFAULT_AGENCY, buildSummaryLayout, reportParagraphs, summaryJson } from '../core/report';
import { buildUnitTemplate } from '../core/unit';
import { parseVnDate } from '../core/text';
import { writeWorkbook } from '../io/write-workbook';
import { type ParsedArgs, UsageError, listOption, stringOption } from './args';
import { collectFiles } from './collect-files';
import { createProgress } from './progress';
import { readUnitFiles, type ReadControl } from './read-files';
import { STATUS_TEXT, formatFinding, writeFileAtomic } from './output';
import { signatureDetails, writeReport } from './report';
import { settingsOption } from './settings-file';
import { buildSettingsWorkbook, hasSettingsErrors } from '../core/settings';
import { installNodeDeflater } from './node-deflater';

installNodeDeflater();

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function dateOption(args: ParsedArgs, name: string): number | null {
  const v = stringOption(args, name);
  if (v === undefined) return null;
  const d = parseVnDate(v);
  if (!d.ok) throw new UsageError(`Tùy chọn ${name} «${v}» ${d.reason} (cần dd/mm/yyyy).`);
  return d.serial;
}

/** `--file-timeout <seconds>`: per-file reading time limit; 0 = none; decimal point or comma. */
function readControl(args: ParsedArgs, io: Io): ReadControl {
  const control: ReadControl = { onNotice: (m) => io.err(m) };
  const v = stringOption(args, '--file-timeout');
  if (v !== undefined) {
    const s = Number(v.trim().replace(',', '.'));
    if (v.trim() === '' || !Number.isFinite(s) || s < 0) {
      throw new UsageError(
        `Tùy chọn --file-timeout «${v}» không phải số giây hợp lệ (cần một số không âm, 0 là không giới hạn).`,
      );
    }
    control.timeoutMs = Math.round(s * 1000);
  }
  return control;
}

/**
 * `--accept <file>` values as the reports name files (their base name); a value naming no input is a usage error,
 * so a typo never leaves figures out silently.
 */
function acceptOption(args: ParsedArgs, files: readonly string[]): string[] {
  const names = new Set(files.map((f) => path.basename(f)));
  return listOption(args, '--accept').map((a) => {
    const base = path.basename(a);
    if (!names.has(base)) throw new UsageError(`Tùy chọn --accept «${a}» không phải một trong các tệp đầu vào.`);
    return base;
  });
}

/** One line per file with errors: what was left out (or accepted), and each figure stated against what it adds up to. */
function errorLines(f: FileResult): string[] {
  const what = f.accepted
    ? 'đã chấp nhận số cộng lại'
    : f.held?.length
      ? `không tính vào tổng hợp: ${f.held.map((k) => SECTIONS.find((s) => s.key === k)!.short).join(', ')}`
      : 'không có phần số liệu nào bị loại khỏi tổng hợp';
  return [`${STATUS_TEXT[f.status]}: ${f.file} (${what})`, ...statedAgainstAdded(f.findings).map((s) => `  ${s}`)];
}

function inputs(args: ParsedArgs, exclude: string[], io: Io): string[] {
  if (args.positional.length === 0) throw new UsageError('Cần ít nhất một tệp hoặc thư mục sổ tính của đơn vị.');
  const { files, missing } = collectFiles(args.positional, exclude);
  for (const m of missing) io.err(`Không tìm thấy «${m}».`);
  return files;
}

/**
 * `tonghop consolidate`: exit 0 all counted, 1 some rejected, with errors not accepted (summary still written,
 * without the sections in doubt) or wrong settings entries, 2 nothing usable.
 */
export async function consolidateCommand(args: ParsedArgs, io: Io): Promise<number> {
  const outFile = stringOption(args, '-o', '--output');
  if (!outFile) throw new UsageError('Cần tùy chọn -o <tệp tổng hợp.xlsx>.');
  const jsonFile = stringOption(args, '--json');
  const docxFile = stringOption(args, '--docx');
  if (!docxFile && args.options.has('--docx-template'))
    throw new UsageError('Tùy chọn --docx-template cần đi cùng --docx <báo cáo.docx>.');
  // Output files, the comparison summary and the list of units are never read as inputs (a folder may hold them).
  const aside = ['--previous', '--units'].map((o) => stringOption(args, o)).filter((f): f is string => f !== undefined);
  const files = inputs(args, [outFile, ...(jsonFile ? [jsonFile] : []), ...(docxFile ? [docxFile] : []), ...aside], io);
  if (files.some((f) => path.resolve(f) === path.resolve(outFile)))
    throw new UsageError('Tệp kết quả không được trùng với tệp đầu vào.');
  if (files.length === 0) {
    io.err('Không có sổ tính nào để tổng hợp (.xlsx, .xlsm, .xls, .ods).');
    return 2;
  }
  const to = dateOption(args, '--as-of');
  const from = dateOption(args, '--from');
  const periodLabel = stringOption(args, '--period');
  const control = readControl(args, io);
  const settings = settingsOption(args, io);
  const progress = createProgress(process.stderr, args.options.has('--quiet'));
  const reports = await readUnitFiles(
    files,
    { periodFallback: { label: periodLabel ?? '', from, to }, settings },
    progress,
    control,
  );
  // Options the user did not give stay undefined, so the summary's period comes from the units' majority.
  const accept = acceptOption(args, files);
  let summary = consolidateInputs(reports, {
    periodLabel,
    from: from ?? undefined,
    to: to ?? undefined,
    expand: args.options.has('--expand'),
    settings,
    accept,
    agency: stringOption(args, '--agency'),
  });
  // The --units list, else the units the office's settings expect (DanhMuc).
  const expected = expectedUnits(unitsOption(args), settings.units);
  summary = withExpectedUnits(summary, expected);
  const previousFile = stringOption(args, '--previous');
  if (previousFile) summary = { ...summary, previous: await readPrevious(previousFile, control) };
  if (summary.units.length === 0) {
    for (const f of summary.findings) io.err(formatFinding(f));
    io.err('Không có tệp nào dùng được: không ghi bảng tổng hợp.');
    return 2;
  }
  const agency = stringOption(args, '--agency') ?? settings.agency.agency;
  const signature = signatureDetails(args, settings.agency);
  const layout = buildSummaryLayout(summary, { agency, padCounts: !args.options.has('--no-pad'), signature });
  progress.step(files.length, files.length, 'Đang ghi bảng tổng hợp');
  writeFileAtomic(outFile, await writeWorkbook(layout));
  if (jsonFile) writeFileAtomic(jsonFile, JSON.stringify(summaryJson(summary, { agency }), null, 2) + '\n');
  if (docxFile) await writeReport(summary, args, docxFile, io, stringOption(args, '--docx-template'), settings.agency);

  // One line per file: a summary expanded into its units has one entry per unit but is one file.
  const byFile = resultsByFile(summary.files);
  const rejected = byFile.filter((f) => f.status === 'rejected');
  const warned = byFile.filter((f) => f.status === 'warnings');
  progress.done('');
  // Where the summary went is the command's result, printed even with --quiet.
  io.err(
    `${runText('consolidate', summary.files, files.length).taken} → ${path.resolve(outFile)}${jsonFile ? ` (JSON: ${path.resolve(jsonFile)})` : ''}`,
  );
  for (const f of byFile.filter((x) => x.status === 'errors')) for (const line of errorLines(f)) io.err(line);
  for (const f of [...rejected, ...warned])
    io.err(`${STATUS_TEXT[f.status]}: ${f.file} (${f.findings.length} phát hiện)`);
  if (summary.missingUnits && summary.missingUnits.length > 0) {
    io.err(
      `Chưa gửi báo cáo (${summary.missingUnits.length}/${expected.length} đơn vị): ${summary.missingUnits.join('; ')}`,
    );
  }
  if (!args.options.has('--quiet')) {
    const p = reportParagraphs(summary, { padCounts: !args.options.has('--no-pad') });
    io.err(
      ['', p.tthc, p.byField, p.staff, p.training, p.reception]
        .filter((s) => s !== undefined)
        .join('\n')
        .trimEnd(),
    );
  }
  return rejected.length > 0 || unacceptedErrors(byFile).length > 0 || hasSettingsErrors(settings) ? 1 : 0;
}

/** `--units <list.txt|list.xlsx>`: the units expected to report, one a line or the first column of the first sheet. */
function unitsOption(args: ParsedArgs): string[] | undefined {
  const file = stringOption(args, '--units');
  if (file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UsageError(`Không đọc được danh sách đơn vị «${file}».`);
  }
  if (/\.(txt|csv)$/i.test(file)) return unitListFromText(new TextDecoder('utf-8').decode(bytes));
  const read = readWorkbook(new Uint8Array(bytes), path.basename(file));
  if (read.grids.length === 0)
    throw new UsageError(
      `Không đọc được danh sách đơn vị «${file}» (cần tệp .txt mỗi dòng một đơn vị, hoặc sổ tính có tên đơn vị ở cột đầu của trang đầu).`,
    );
  return unitListFromGrids(read.grids);
}

/** `--previous <summary.xlsx|.json>`: the earlier period's summary, read like any input; not a summary is a usage error. */
async function readPrevious(file: string, control: ReadControl): Promise<PreviousPeriod> {
  if (!fs.existsSync(file)) throw new UsageError(`Không tìm thấy tệp so sánh «${file}».`);
  const [report] = await readUnitFiles([file], {}, createProgress(process.stderr, true), control);
  const previous = previousPeriodOf(report);
  if ('message' in previous) throw new UsageError(previous.message);
  return previous;
}

/** `tonghop check`: prints every finding; exit 1 when a file would be rejected or has errors not accepted. */
export async function checkCommand(args: ParsedArgs, io: Io): Promise<number> {
  const files = inputs(args, [], io);
  if (files.length === 0) return 2;
  const control = readControl(args, io);
  const settings = settingsOption(args, io);
  const progress = createProgress(process.stderr, args.options.has('--quiet'));
  const reports = await readUnitFiles(files, { settings }, progress, control);
  const summary = consolidateInputs(reports, { settings, accept: acceptOption(args, files) });
  if (args.options.has('--json')) {
    const files = summary.files.map((f) => ({
      file: f.file,
      unit: f.unit,
      status: f.status,
      ...(f.held ? { held: f.held } : {}),
      ...(f.accepted ? { accepted: true } : {}),
      findings: f.findings,
    }));
    io.out(JSON.stringify({ files }, null, 2));
  } else {
    for (const f of summary.files) {
      io.out(
        f.status === 'errors'
          ? errorLines(f)[0] + (f.unit ? ` — ${f.unit}` : '')
          : `${STATUS_TEXT[f.status]}: ${f.file}${f.unit ? ` — ${f.unit}` : ''}`,
      );
      for (const x of f.findings) io.out('  ' + formatFinding(x));
    }
  }
  const n = countFileStatuses(summary.files);
  progress.done(fileTally(summary.files, { zeros: true }));
  return n.rejected > 0 || unacceptedErrors(summary.files).length > 0 || hasSettingsErrors(settings) ? 1 : 0;
}

/**
 * `tonghop rollup`: summaries of consecutive periods joined into one (docs/interfaces.md §5). Exit 0 all joined,
 * 1 some left out (gap, overlap, not a summary; the joined summary is still written), 2 nothing usable.
 */
export async function rollupCommand(args: ParsedArgs, io: Io): Promise<number> {
  const outFile = stringOption(args, '-o', '--output');
  if (!outFile) throw new UsageError('Cần tùy chọn -o <tệp tổng hợp.xlsx>.');
  const jsonFile = stringOption(args, '--json');
  if (args.positional.length === 0)
    throw new UsageError('Cần ít nhất hai bảng tổng hợp (.xlsx hoặc .json) của các kỳ liên tiếp.');
  const files = args.positional;
  for (const f of files) if (!fs.existsSync(f)) throw new UsageError(`Không tìm thấy «${f}».`);
  if (files.some((f) => path.resolve(f) === path.resolve(outFile)))
    throw new UsageError('Tệp kết quả không được trùng với tệp đầu vào.');
  const progress = createProgress(process.stderr, args.options.has('--quiet'));
  const reports = await readUnitFiles(files, {}, progress, readControl(args, io));
  const summary = rollup(reports, {
    periodLabel: stringOption(args, '--period'),
    accept: acceptOption(args, files),
    agency: stringOption(args, '--agency'),
  });
  if (summary.units.length === 0) {
    for (const f of summary.findings) io.err(formatFinding(f));
    io.err('Không có bảng tổng hợp nào dùng được: không ghi gì.');
    return 2;
  }
  const agency = stringOption(args, '--agency') ?? DEFAULT_AGENCY;
  const signature = signatureDetails(args);
  writeFileAtomic(
    outFile,
    await writeWorkbook(buildSummaryLayout(summary, { agency, padCounts: !args.options.has('--no-pad'), signature })),
  );
  if (jsonFile) writeFileAtomic(jsonFile, JSON.stringify(summaryJson(summary, { agency }), null, 2) + '\n');
  progress.done('');
  const rejected = summary.files.filter((f) => f.status === 'rejected');
  io.err(
    `${runText('rollup', summary.files, files.length).taken} (${summary.period.label}) → ${path.resolve(outFile)}${jsonFile ? ` (JSON: ${path.resolve(jsonFile)})` : ''}`,
  );
  for (const f of summary.findings) io.err(formatFinding(f));
  for (const f of summary.files.filter((x) => x.status === 'errors'))
    io.err(`${STATUS_TEXT.errors}: ${f.file}${f.accepted ? ' (đã chấp nhận số liệu)' : ''}`);
  return rejected.length > 0 || unacceptedErrors(summary.files).length > 0 ? 1 : 0;
}

/** `tonghop template`: writes the canonical unit workbook. */
export async function templateCommand(args: ParsedArgs, io: Io): Promise<number> {
  const outFile = stringOption(args, '-o', '--output');
  if (!outFile) throw new UsageError('Cần tùy chọn -o <tệp mẫu.xlsx>.');
  const layout = buildUnitTemplate({ unitName: stringOption(args, '--unit') });
  writeFileAtomic(outFile, await writeWorkbook(layout));
  io.err(`Đã ghi mẫu sổ tính của đơn vị → ${path.resolve(outFile)}`);
  return 0;
}

/** `tonghop settings`: writes the DanhMuc sheet with the shipped lists (or, with --settings, the office's). */
export async function settingsCommand(args: ParsedArgs, io: Io): Promise<number> {
  const outFile = stringOption(args, '-o', '--output');
  if (!outFile) throw new UsageError('Cần tùy chọn -o <danh-muc.xlsx>.');
  const settings = settingsOption(args, io);
  writeFileAtomic(outFile, await writeWorkbook(buildSettingsWorkbook(settings)));
  io.err(`Đã ghi trang danh mục → ${path.resolve(outFile)}`);
  return hasSettingsErrors(settings) ? 1 : 0;
}
