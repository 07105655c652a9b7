/**
 * The pane's consolidation view: files → worker (reports) → consolidate → findings, report text → the summary
 * sheets written into the open workbook. No figure is computed here: the core does that; this file only
 * moves data between the core, the worker, the Excel door and the page.
 */
import { consolidateInputs } from '../core/summary/consolidate-inputs';
import { rollup } from '../core/summary/rollup';
import { previousPeriodOf } from '../core/compare/previous';
import { unitListFromText } from '../core/expected/unit-list';
import { expectedUnits, withExpectedUnits } from '../core/expected/missing-units';
import { loadExpectedUnits, saveExpectedUnits } from './expected-units';
import { renderFixList, renderMissingUnits } from './next-level-view';
import { fileTally } from '../core/consolidate/status';
import { runText, type RunKind } from '../core/consolidate/run-text';
import type { ProvincialSummary } from '../core/consolidate/types';
import { reportParagraphs } from '../core/report/paragraphs';
import { officeSummaryLayout } from '../core/report/summary-layout';
import type { PeriodInfo, UnitReport } from '../core/unit/types';
import { copyText, selectContents } from './clipboard';
import { ConfirmDialog } from './confirm-dialog';
import { byId } from './dom';
import { FilePicker } from './file-picker';
import { renderFindings } from './findings-view';
import { ACCEPTED_EXTENSIONS } from './labels';
import { describeError, MessageBar } from './message-bar';
import { ParseClient, WorkerStartError, type WorkerLike } from './parse-client';
import { PeriodForm } from './period-form';
import type { PeriodChoice } from '../core/consolidate/period-presets';
import { ProgressView } from './progress-view';
import { renderReport } from './report-view';
import { downloadSummary, makeTemplate, openSummaryWorkbook } from './template-action';
import { canDownloadFiles, noDownloadReason } from './save-file';
import { WordReportView, type ReportSource } from './word-report-view';
import { addStartingSettingsSheet, settingsSentence, workbookSettings } from './settings-action';
import type { Settings } from '../core/settings/types';
import { WriteError } from '../excel/messages';
import { periodKeyOf, writeProblem, writeSummary, type SummaryWriteOutcome } from './write-summary';

export interface AppOptions {
  /** Starts the parsing worker (worker-factory.ts in the pane). */
  startWorker: () => WorkerLike;
  /** Whether the pane runs in Excel (Office.onReady said so). */
  inExcel: () => boolean;
  /** Time limit for reading one file, in ms (default: parse-client's DEFAULT_FILE_TIMEOUT_MS, 60 s). */
  fileTimeoutMs?: number;
}

export class App {
  private readonly messages = new MessageBar();
  private readonly dialog = new ConfirmDialog();
  private readonly progress = new ProgressView();
  private readonly period = new PeriodForm();
  private readonly picker: FilePicker;
  private readonly parser: ParseClient;
  private readonly consolidateButton = byId('consolidate', HTMLButtonElement);
  private readonly rollupButton = byId('rollup', HTMLButtonElement);
  private readonly previousInput = byId('previous-file', HTMLInputElement);
  private readonly expectedUnits = byId('expected-units', HTMLTextAreaElement);
  private readonly templateButton = byId('make-template', HTMLButtonElement);
  private readonly settingsButton = byId('settings-sheet', HTMLButtonElement);
  /** What the message bar says about the settings of the last run ('' for the shipped lists). */
  private settingsNote = '';
  private readonly results = byId('results');
  private readonly resultsSummary = byId('results-summary');
  private readonly findings = byId('findings');
  private readonly report = byId('report');
  private readonly reportText = byId('report-text');
  private readonly downloadButton = byId('download-summary', HTMLButtonElement);
  private reportPlain = '';
  /** The last summary, its layout and period key, for "Tải tệp tổng hợp" and the Word report. */
  private last: (ReportSource & { periodKey: string }) | null = null;
  private readonly word: WordReportView;
  private busy = false;
  private ready = false;
  /** The last files read, kept so a choice to accept a file's figures consolidates again without re-reading. */
  private lastRead: LastRead | null = null;
  private previousParsed: { file: File; report: UnitReport } | null = null;
  /** Files whose figures the user accepts as added up despite errors (the choice per file in the results). */
  private readonly accepted = new Set<string>();

  constructor(private readonly opts: AppOptions) {
    this.parser = new ParseClient(opts.startWorker, opts.fileTimeoutMs);
    this.picker = new FilePicker(
      () => this.updateButton(),
      (names) =>
        this.messages.show(
          'warning',
          `Bỏ qua ${names.length} tệp không phải sổ tính hay bảng tổng hợp JSON (${ACCEPTED_EXTENSIONS.join(', ')}): ${names.join(', ')}.`,
        ),
    );
    this.consolidateButton.addEventListener('click', () => void this.run('consolidate'));
    this.rollupButton.addEventListener('click', () => void this.run('rollup'));
    byId('pick-previous', HTMLButtonElement).addEventListener('click', () => this.previousInput.click());
    this.previousInput.addEventListener('change', () => {
      byId('previous-name').textContent = this.previousInput.files?.[0]?.name ?? 'Chưa chọn (không so sánh)';
    });
    this.templateButton.addEventListener('click', () => void this.template());
    this.settingsButton.addEventListener('click', () => void this.settingsSheet());
    byId('copy-report', HTMLButtonElement).addEventListener('click', () => void this.copyReport());
    this.downloadButton.addEventListener('click', () => void this.download());
    this.word = new WordReportView({ messages: this.messages, inExcel: opts.inExcel, lastRun: () => this.last });
  }

  /** Called once Office is ready (or known to be absent): the button works from now on. */
  setReady(): void {
    this.ready = true;
    // The list of expected units saved in this workbook, unless the user has already typed one.
    if (this.opts.inExcel() && this.expectedUnits.value.trim() === '') this.expectedUnits.value = loadExpectedUnits();
    // Where a downloaded file cannot be saved (Excel for Mac), the summary opens as a new workbook instead.
    if (!canDownloadFiles()) this.downloadButton.textContent = 'Ghi tổng hợp vào sổ mới';
    void this.word.fill().catch(() => undefined);
    this.updateButton();
  }

  private updateButton(): void {
    this.consolidateButton.disabled = !this.ready || this.busy;
    this.rollupButton.disabled = !this.ready || this.busy;
  }

  private setBusy(on: boolean): void {
    this.busy = on;
    this.picker.setEnabled(!on);
    this.period.setEnabled(!on);
    for (const input of [
      this.previousInput,
      this.expectedUnits,
      byId('expand-summaries', HTMLInputElement),
      byId('pick-previous', HTMLButtonElement),
    ])
      input.disabled = on;
    byId('tong-hop').setAttribute('aria-busy', String(on));
    this.updateButton();
  }

  /** Tổng hợp (units and summaries of one period) or Ghép các kỳ (summaries of consecutive periods). */
  private async run(kind: 'consolidate' | 'rollup'): Promise<void> {
    if (this.busy) return;
    const period = this.period.read();
    if (!period.ok) {
      this.messages.show(
        'error',
        'Kỳ báo cáo chưa đúng: ' + [period.errors.from, period.errors.to].filter(Boolean).join(' '),
      );
      return;
    }
    const files = [...this.picker.selected];
    if (files.length === 0) {
      this.messages.show(
        'warning',
        'Chưa chọn tệp nào: bấm “Chọn tệp…” hoặc kéo thả sổ tính của các đơn vị vào ô phía trên.',
      );
      return;
    }
    this.setBusy(true);
    this.messages.hide();
    this.results.hidden = true;
    this.report.hidden = true;
    this.downloadButton.hidden = true;
    this.last = null;
    const steps = files.length + 1; // reading each file, then writing
    this.progress.set(0, steps, `Đang đọc tệp 1/${files.length}: ${files[0].name}`);
    try {
      const { settings, note } = await workbookSettings(this.opts.inExcel());
      this.settingsNote = [note ?? '', settingsSentence(settings)].filter((t) => t !== '').join(' ');
      const reports = await this.parser.parse(
        files.map((f) => ({ name: f.name, load: () => f.arrayBuffer() })),
        {
          periodFallback: fallbackPeriod(period),
          settings,
          onProgress: (p) => this.progress.set(p.index, steps, `Đang đọc tệp ${p.index + 1}/${p.total}: ${p.file}`),
        },
      );
      this.accepted.clear();
      this.lastRead = { kind, reports, period, settings, fileCount: files.length };
      await this.publish(this.lastRead);
    } catch (e) {
      this.failed(e);
    } finally {
      this.setBusy(false);
    }
  }

  /** The summary of the run: the core does every figure; the pane only gathers the user's choices. */
  private async summarize(
    kind: 'consolidate' | 'rollup',
    reports: UnitReport[],
    period: PeriodChoice & { ok: true },
    settings: Settings,
  ): Promise<ProvincialSummary> {
    if (kind === 'rollup')
      return rollup(reports, {
        periodLabel: period.periodLabel,
        accept: [...this.accepted],
        agency: settings.agency.agency,
      });
    const expand = byId('expand-summaries', HTMLInputElement).checked;
    let summary = consolidateInputs(reports, {
      periodLabel: period.periodLabel,
      from: period.from,
      to: period.to,
      expand,
      settings,
      accept: [...this.accepted],
    });
    const listText = this.expectedUnits.value.normalize('NFC');
    if (this.opts.inExcel()) await saveExpectedUnits(listText);
    // The pane's list, else the units the workbook's DanhMuc sheet expects.
    summary = withExpectedUnits(summary, expectedUnits(unitListFromText(listText), settings.units));
    const previousFile = this.previousInput.files?.[0];
    if (previousFile) {
      const previous = previousPeriodOf(await this.previousReport(previousFile));
      if ('message' in previous) summary = { ...summary, findings: [...summary.findings, previous] };
      else summary = { ...summary, previous };
    }
    return summary;
  }

  /** The earlier period's file, parsed once per picked file (accepting a unit's figures publishes again). */
  private async previousReport(file: File): Promise<UnitReport> {
    if (this.previousParsed?.file !== file) {
      const [report] = await this.parser.parse([{ name: file.name, load: () => file.arrayBuffer() }], {});
      this.previousParsed = { file, report };
      return report;
    }
    return this.previousParsed.report;
  }

  /** The user accepts (or no longer accepts) a file's figures as added up: consolidate again and write again. */
  private async chooseAccept(file: string, accepted: boolean): Promise<void> {
    if (this.busy || !this.lastRead) return;
    if (accepted) this.accepted.add(file);
    else this.accepted.delete(file);
    this.setBusy(true);
    this.messages.hide();
    try {
      await this.publish(this.lastRead);
    } catch (e) {
      this.failed(e);
    } finally {
      this.setBusy(false);
    }
  }

  private failed(e: unknown): void {
    this.progress.finish('Không tổng hợp được.', 'failed');
    // The Excel door and the worker client say in Vietnamese what happened and in what state the workbook is.
    if (e instanceof WriteError || e instanceof WorkerStartError) this.messages.show('error', e.message);
    else this.messages.show('error', describeError('Không tổng hợp được do một lỗi không lường trước.', e));
  }

  /** Consolidates the reports read, shows each file and the report text, and writes the summary sheets. */
  private async publish(read: LastRead): Promise<void> {
    const { kind, reports, period, settings, fileCount } = read;
    this.word.offerOffice(settings.agency);
    const steps = fileCount + 1;
    const summary = await this.summarize(kind, reports, period, settings);
    this.showFindings(summary);
    if (summary.units.length === 0) {
      this.progress.finish(`Đã đọc ${fileCount} tệp: không có tệp nào dùng được.`, 'failed');
      this.messages.show(
        'error',
        'Không có tệp nào dùng được nên chưa ghi gì vào sổ tính. Xem lý do của từng tệp trong “Kết quả kiểm tra tệp”.',
      );
      return;
    }
    this.reportPlain = renderReport(this.reportText, reportParagraphs(summary));
    this.report.hidden = false;
    const layout = officeSummaryLayout(summary, settings.agency);
    const periodKey = periodKeyOf(summary.period);
    this.last = { summary, layout, periodKey };
    this.downloadButton.hidden = false;
    const problem = this.opts.inExcel()
      ? writeProblem()
      : 'Ngăn tác vụ đang mở ngoài Excel nên không ghi được các trang tổng hợp vào sổ tính.';
    if (problem !== null) {
      this.progress.finish(`Đã đọc ${fileCount} tệp; chưa ghi vào sổ tính.`, 'failed');
      this.messages.show(
        'warning',
        `${problem} Bấm “${this.downloadButton.textContent ?? ''}” để lấy bảng tổng hợp dạng tệp.`,
      );
      return;
    }
    this.progress.set(fileCount, steps, 'Đang ghi các trang tổng hợp vào sổ tính…');
    const outcome = await writeSummary(layout, {
      periodKey,
      confirmReplace: (sheets) =>
        this.dialog.ask({
          title: 'Ghi đè các trang tổng hợp?',
          text: `Sổ tính đã có các trang tổng hợp của kỳ này. Ghi đè ${sheets.length} trang sau bằng số liệu mới?`,
          items: sheets,
          confirm: 'Ghi đè',
          cancel: 'Hủy',
        }),
      onProgress: (fraction, text) => this.progress.set(fileCount + Math.max(0, Math.min(1, fraction)), steps, text),
    });
    this.reportWrite(kind, outcome, summary, fileCount);
  }

  private showFindings(summary: ProvincialSummary): void {
    renderMissingUnits(byId('missing-units'), summary);
    renderFixList(byId('fix-list'), summary, (text, unit) => void this.copyFixes(text, unit));
    byId('fix-title').hidden = byId('fix-list').hidden;
    renderFindings(this.findings, summary.files, (file, accepted) => void this.chooseAccept(file, accepted));
    this.resultsSummary.textContent = fileTally(summary.files);
    this.results.hidden = false;
  }

  private reportWrite(
    kind: RunKind,
    outcome: SummaryWriteOutcome,
    summary: ProvincialSummary,
    fileCount: number,
  ): void {
    if (outcome.kind === 'cancelled') {
      this.progress.finish('Đã hủy: sổ tính không thay đổi.', 'failed');
      this.messages.show(
        'info',
        'Đã hủy ghi: sổ tính giữ nguyên. Kết quả kiểm tra tệp và đoạn văn báo cáo vẫn ở bên dưới.',
      );
      return;
    }
    // The counts as the CLI gives them (each file once) and, for a rollup, its own rule for bad cells (core).
    const said = runText(kind, summary.files, fileCount);
    const text = [
      `${said.taken} và ghi ${outcome.sheets.length} trang vào sổ tính` +
        (outcome.sheets.length > 0 ? ` (${outcome.sheets.join(', ')})` : '') +
        (outcome.replaced.length > 0 ? `, thay cho ${outcome.replaced.length} trang cũ của kỳ này.` : '.'),
      said.rejected,
      said.held,
      ...outcome.warnings,
      this.settingsNote,
    ].filter((t) => t !== '');
    this.progress.finish(`Xong: đã đọc ${fileCount} tệp và ghi các trang tổng hợp.`);
    const warn = said.rejected !== '' || said.held !== '' || outcome.warnings.length > 0;
    this.messages.show(warn ? 'warning' : 'success', text.join(' '));
  }

  private async copyFixes(text: string, unit: string): Promise<void> {
    if (await copyText(text))
      this.messages.show(
        'success',
        `Đã sao chép danh sách cần sửa của ${unit}: dán (Ctrl+V) vào văn bản hoặc thư gửi đơn vị.`,
      );
    else
      this.messages.show(
        'info',
        'Excel không cho ngăn tác vụ dùng bộ nhớ tạm: hãy chọn đoạn văn bên dưới tên đơn vị rồi nhấn Ctrl+C.',
      );
  }

  private async copyReport(): Promise<void> {
    if (this.reportPlain === '') return;
    if (await copyText(this.reportPlain)) {
      this.messages.show('success', 'Đã sao chép đoạn văn báo cáo: dán (Ctrl+V) vào văn bản báo cáo.');
    } else {
      selectContents(this.reportText);
      this.messages.show(
        'info',
        'Excel không cho ngăn tác vụ dùng bộ nhớ tạm: đoạn văn đã được chọn, hãy nhấn Ctrl+C để sao chép.',
      );
    }
  }

  private async download(): Promise<void> {
    if (!this.last) return;
    this.downloadButton.disabled = true;
    try {
      if (!canDownloadFiles()) {
        if (await openSummaryWorkbook(this.last.layout))
          this.messages.show('success', 'Đã mở bảng tổng hợp trong một sổ tính mới: lưu sổ tính đó để giữ lại.');
        else
          this.messages.show(
            'warning',
            `${noDownloadReason()} Phiên bản này cũng chưa mở được sổ tính mới từ ngăn tác vụ (cần ExcelApi 1.8): hãy tổng hợp bằng công cụ dòng lệnh tonghop.`,
          );
        return;
      }
      const name = await downloadSummary(this.last.layout, this.last.periodKey);
      this.messages.show('success', `Đã tải về tệp ${name} (thư mục Tải về).`);
    } catch (e) {
      this.messages.show('error', describeError('Không tạo được tệp tổng hợp.', e));
    } finally {
      this.downloadButton.disabled = false;
    }
  }

  private async settingsSheet(): Promise<void> {
    if (!this.opts.inExcel()) {
      this.messages.show(
        'warning',
        'Ngăn tác vụ đang mở ngoài Excel nên không thêm được trang DanhMuc. Trên dòng lệnh: tonghop settings -o danh-muc.xlsx.',
      );
      return;
    }
    this.settingsButton.disabled = true;
    try {
      const outcome = await addStartingSettingsSheet();
      this.messages.show(
        'success',
        outcome === 'written'
          ? 'Đã thêm trang DanhMuc vào sổ tính: sửa hoặc thêm dòng ở các ô nền vàng. Lần tổng hợp sau và các hàm TTHC sẽ dùng trang này.'
          : 'Sổ tính đã có trang DanhMuc (đang mở trang đó): sửa trực tiếp trên trang này; TongHop không ghi đè.',
      );
    } catch (e) {
      this.messages.show('error', describeError('Không thêm được trang DanhMuc.', e));
    } finally {
      this.settingsButton.disabled = false;
    }
  }

  private async template(): Promise<void> {
    this.templateButton.disabled = true;
    const previous = this.templateButton.textContent;
    this.templateButton.textContent = 'Đang tạo mẫu…';
    try {
      const unit = byId('template-unit', HTMLInputElement).value.normalize('NFC').trim();
      const outcome = await makeTemplate(unit === '' ? undefined : unit);
      if (outcome === 'unavailable') {
        this.messages.show(
          'warning',
          `${noDownloadReason()} Phiên bản này cũng chưa mở được sổ tính mới từ ngăn tác vụ (cần ExcelApi 1.8): hãy tạo mẫu bằng lệnh tonghop template -o Mau-bao-cao-don-vi.xlsx.`,
        );
        return;
      }
      this.messages.show(
        'success',
        outcome === 'workbook'
          ? 'Đã mở sổ tính mẫu trong một cửa sổ Excel mới: lưu lại rồi gửi cho đơn vị.'
          : 'Đã tải về tệp Mau-bao-cao-don-vi.xlsx (thư mục Tải về): gửi tệp này cho đơn vị.',
      );
    } catch (e) {
      this.messages.show('error', describeError('Không tạo được sổ tính mẫu.', e));
    } finally {
      this.templateButton.textContent = previous;
      this.templateButton.disabled = false;
    }
  }
}

/** The period given in the pane, for workbooks that do not state their own; undefined when nothing was given. */
/** The period form's values once they passed its checks. */
type CheckedPeriod = PeriodChoice & { ok: true };

/** What a run read, kept so a choice to accept a file's figures consolidates again without re-reading. */
interface LastRead {
  kind: 'consolidate' | 'rollup';
  reports: UnitReport[];
  period: CheckedPeriod;
  settings: Settings;
  fileCount: number;
}

function fallbackPeriod(p: CheckedPeriod): PeriodInfo | undefined {
  if (p.periodLabel === undefined && p.from === undefined && p.to === undefined) return undefined;
  return { label: p.periodLabel ?? '', from: p.from ?? null, to: p.to ?? null };
}
