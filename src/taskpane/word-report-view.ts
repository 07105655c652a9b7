/**
 * The pane's «Báo cáo Word» card: the document's settings (remembered in the workbook, first filled from the
 * DanhMuc sheet), «Tạo báo cáo Word» (a .docx downloaded), and where a download cannot be saved (Excel for Mac)
 * what works instead: the report copied as formatted text, the summary opened as a new workbook.
 */
import type { ProvincialSummary } from '../core/consolidate/types';
import type { LayoutWorkbook } from '../core/layout';
import type { AgencyDetails } from '../core/settings/types';
import type { ReportDocument } from '../core/report/document/document-model';
import { REPORT_SETTING_KEYS } from '../core/report/document/document-model';
import { reportSettingsOfOffice } from '../core/report/document/office-settings';
import { officeSummaryLayout } from '../core/report/summary-layout';
import { whyNoReport } from '../core/report/why-no-report';
import { copyFormatted } from './clipboard';
import { byId } from './dom';
import { describeError, type MessageBar } from './message-bar';
import {
  fieldsOfSettings,
  loadReportFields,
  saveReportFields,
  type ReportFieldKey,
  type ReportFields,
} from './report-settings';
import { canDownloadFiles, DOCX_MIME, downloadBytes, noDownloadReason } from './save-file';
import { workbookSettings } from './settings-action';
import { openSummaryWorkbook } from './template-action';
import { filledTemplate, reportDocxBytes, reportFileName } from './word-report';

/** The report's own code, in a chunk loaded on the first click (see report-maker.ts). */
const maker = (): Promise<typeof import('./report-maker')> =>
  import(/* webpackChunkName: "bao-cao" */ './report-maker');

/** The summary the report is made from, and its sheets as a workbook layout. */
export interface ReportSource {
  summary: ProvincialSummary;
  layout: LayoutWorkbook;
}

export interface WordReportOptions {
  messages: MessageBar;
  inExcel: () => boolean;
  /** The consolidation just made in the pane, if any. */
  lastRun: () => ReportSource | null;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

export class WordReportView {
  private readonly button = byId('make-docx', HTMLButtonElement);
  private readonly fallback = byId('no-download');
  private readonly templateInput = byId('docx-template', HTMLInputElement);
  private readonly templateClear = byId('clear-docx-template', HTMLButtonElement);
  private readonly fields = new Map<ReportFieldKey, Field>(REPORT_SETTING_KEYS.map((k) => [k, byId<Field>(`rs-${k}`)]));
  /** Fields the user changed: saved even when empty (cleared on purpose); untouched empty ones stay unsaved. */
  private readonly edited = new Set<ReportFieldKey>();
  /** The document last made, for «Sao chép báo cáo» and «Ghi tổng hợp vào sổ mới». */
  private made: { doc: ReportDocument; source: ReportSource } | null = null;

  constructor(private readonly opts: WordReportOptions) {
    this.button.addEventListener('click', () => void this.make());
    byId('copy-document', HTMLButtonElement).addEventListener('click', () => void this.copy());
    byId('summary-new-workbook', HTMLButtonElement).addEventListener('click', () => void this.newWorkbook());
    for (const [k, f] of this.fields) {
      f.addEventListener('change', () => {
        this.edited.add(k);
        void this.save();
      });
    }
    byId('pick-docx-template', HTMLButtonElement).addEventListener('click', () => this.templateInput.click());
    this.templateInput.addEventListener('change', () => this.showTemplate());
    this.templateClear.addEventListener('click', () => {
      this.templateInput.value = '';
      this.showTemplate();
    });
  }

  private showTemplate(): void {
    const file = this.templateInput.files?.[0];
    byId('docx-template-name').textContent = file ? file.name : 'Không dùng mẫu: văn bản theo Nghị định 30';
    this.templateClear.hidden = !file;
  }

  /**
   * Fills the empty fields: what this workbook remembers, else the office's details from its DanhMuc sheet. A
   * field saved empty stays empty (the user cleared it).
   */
  async fill(): Promise<void> {
    if (!this.opts.inExcel()) return;
    const saved = loadReportFields();
    for (const [k, f] of this.fields) if (f.value === '' && saved[k] !== undefined) f.value = saved[k];
    if (REPORT_SETTING_KEYS.some((k) => saved[k] === undefined))
      this.offerOffice((await workbookSettings(true)).settings.agency);
  }

  /**
   * The office's details from DanhMuc (read at start and again by each consolidation) for the fields still empty
   * that this workbook has never saved.
   */
  offerOffice(agency: AgencyDetails): void {
    const saved = this.opts.inExcel() ? loadReportFields() : {};
    const office = fieldsOfSettings(reportSettingsOfOffice(agency));
    for (const [k, f] of this.fields)
      if (f.value === '' && saved[k] === undefined && office[k] !== undefined) f.value = office[k];
  }

  private read(): ReportFields {
    const out: ReportFields = {};
    for (const [k, f] of this.fields) out[k] = f.value;
    return out;
  }

  private async save(): Promise<void> {
    if (!this.opts.inExcel()) return;
    const out: ReportFields = {};
    for (const [k, v] of Object.entries(this.read()) as [ReportFieldKey, string][])
      if (v !== '' || this.edited.has(k)) out[k] = v;
    await saveReportFields(out);
  }

  /** The last run's summary, else the one already in the open workbook; null (with a message) when there is none. */
  private async source(): Promise<ReportSource | null> {
    const last = this.opts.lastRun();
    if (last) return last;
    if (!this.opts.inExcel()) {
      this.opts.messages.show('warning', 'Chưa có kết quả tổng hợp: chọn tệp của các đơn vị và bấm «Tổng hợp» trước.');
      return null;
    }
    const read = await (await maker()).summaryOfOpenWorkbook();
    if (!read.ok) {
      this.opts.messages.show('warning', read.message);
      return null;
    }
    const why = whyNoReport(read.summary, 'các trang tổng hợp trong sổ tính');
    if (why !== null) {
      this.opts.messages.show('error', why);
      return null;
    }
    return { summary: read.summary, layout: officeSummaryLayout(read.summary, read.settings.agency) };
  }

  private async make(): Promise<void> {
    this.button.disabled = true;
    const label = this.button.textContent;
    this.button.textContent = 'Đang tạo báo cáo…';
    this.fallback.hidden = true;
    try {
      await this.save();
      const source = await this.source();
      if (!source) return;
      const m = await maker();
      const doc = m.reportDocument(source.summary, this.read());
      this.made = { doc, source };
      const todo =
        doc.placeholders.length > 0 ? ` Còn để trống, cần điền trong văn bản: ${doc.placeholders.join('; ')}.` : '';
      const template = this.templateInput.files?.[0];
      if (template && canDownloadFiles()) {
        await this.fillTemplate(template, m.reportTemplateData(source.summary), reportFileName(source.summary.period));
        return;
      }
      if (!canDownloadFiles()) {
        byId('no-download-text').textContent =
          `${noDownloadReason()} Báo cáo đã lập xong: bấm «Sao chép báo cáo» rồi dán (⌘V) vào một văn bản Word trống — ` +
          'giữ nguyên định dạng và các bảng; hoặc bấm «Ghi tổng hợp vào sổ mới» để có bảng tổng hợp trong một sổ tính mới mà bạn lưu được.';
        this.fallback.hidden = false;
        const lost = template
          ? ` Mẫu ${template.name} cũng không điền thành tệp được ở đây: điền mẫu bằng dòng lệnh (tonghop report <tổng hợp.json> -o bao-cao.docx --template ${template.name}); nút «Sao chép báo cáo» chép văn bản theo Nghị định 30.`
          : '';
        this.opts.messages.show(
          'info',
          `Excel ở đây không lưu được tệp .docx từ ngăn tác vụ: dùng các nút bên dưới nút «Tạo báo cáo Word».${lost}${todo}`,
        );
        return;
      }
      const bytes = await reportDocxBytes(doc);
      const name = reportFileName(source.summary.period);
      downloadBytes(bytes, name, DOCX_MIME);
      this.opts.messages.show(
        doc.placeholders.length > 0 ? 'warning' : 'success',
        `Đã tải về tệp ${name} (thư mục Tải về).${todo}`,
      );
    } catch (e) {
      this.opts.messages.show('error', describeError('Không tạo được báo cáo Word.', e));
    } finally {
      this.button.textContent = label;
      this.button.disabled = false;
    }
  }

  /** The office's template filled and downloaded, its unknown placeholders named. */
  private async fillTemplate(template: File, data: Record<string, unknown>, name: string): Promise<void> {
    const filled = await filledTemplate(new Uint8Array(await template.arrayBuffer()), data, template.name);
    if (!filled.ok) {
      this.opts.messages.show('error', filled.message);
      return;
    }
    downloadBytes(filled.bytes, name, DOCX_MIME);
    const unknown = filled.findings.map((f) => f.message);
    this.opts.messages.show(
      unknown.length > 0 ? 'warning' : 'success',
      [`Đã điền mẫu ${template.name} và tải về tệp ${name} (thư mục Tải về).`, ...unknown].join(' '),
    );
  }

  private async copy(): Promise<void> {
    if (!this.made) return;
    const { doc } = this.made;
    const { reportElement, reportPlainText } = await maker();
    if (await copyFormatted(reportElement(doc), reportPlainText(doc))) {
      this.opts.messages.show('success', 'Đã sao chép báo cáo: mở một văn bản Word trống rồi dán (⌘V hoặc Ctrl+V).');
    } else {
      this.opts.messages.show(
        'warning',
        'Excel không cho ngăn tác vụ dùng bộ nhớ tạm. Hãy dùng «Ghi tổng hợp vào sổ mới», hoặc lập báo cáo bằng công cụ dòng lệnh: tonghop report <tổng hợp.json> -o bao-cao.docx.',
      );
    }
  }

  private async newWorkbook(): Promise<void> {
    if (!this.made) return;
    try {
      if (await openSummaryWorkbook(this.made.source.layout)) {
        this.opts.messages.show(
          'success',
          'Đã mở bảng tổng hợp trong một sổ tính mới: lưu sổ tính đó (⌘S) để giữ lại.',
        );
      } else {
        this.opts.messages.show(
          'warning',
          'Phiên bản Excel này chưa mở được sổ tính mới từ ngăn tác vụ (cần bộ API ExcelApi 1.8). Các trang tổng hợp đã có trong sổ tính đang mở: dùng Tệp › Lưu thành để lưu một bản riêng.',
        );
      }
    } catch (e) {
      this.opts.messages.show('error', describeError('Không mở được sổ tính mới.', e));
    }
  }
}
