/**
 * «Báo cáo Word» in the built pane, in headless Chromium against the Office double: the .docx comes from a chunk
 * loaded on the click (not before), carries the consolidation's figures and the agency and signer typed in the
 * pane; the fields are kept in the workbook (the double's saved document settings) and fill a pane opened on it
 * again; a workbook that already holds a summary gives the report without consolidating; and on Excel for Mac,
 * where a download cannot be saved, the pane says so and copies the report as formatted text or opens the
 * summary as a new workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { consolidate } from '../../src/core/consolidate';
import { formatVnInteger } from '../../src/core/text';
import { readUnitFile } from '../../src/io/read-unit-file';
import { REPORT_SETTINGS_KEY } from '../../src/taskpane/report-settings';
import { ROOT } from '../build/build-once';
import { SMALL_UNITS, unitWorkbookBytes } from '../taskpane/support/unit-workbooks';
import { CHROMIUM, expectCleanPane, haveChromium, openReadyPane, type OpenPane } from './support/pane-page';
import { OUTPUT, startPaneEnv, stopPaneEnv, type PaneEnv } from './support/pane-env';

import { TYPED_REPORT_FIELDS } from '../taskpane/support/report-fields';

jest.setTimeout(5 * 60 * 1000);

const have = haveChromium();
if (!have) console.warn(`test/browser/word-report.browser.test.ts: BỎ QUA — không có ${CHROMIUM}.`);
const describeBrowser = have ? describe : describe.skip;

const FILES = SMALL_UNITS.map((u, i) => ({ name: `don-vi-${i + 1}.xlsx`, bytes: unitWorkbookBytes(u) }));
const EXPECTED = consolidate(FILES.map((f) => readUnitFile(f.bytes, f.name)));
const payload = (files: { name: string; bytes: Uint8Array }[]) =>
  files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) }));

const TYPED = TYPED_REPORT_FIELDS;

/** The text of word/document.xml with the runs of each paragraph joined. */
async function documentText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');
}

async function consolidateAndWait(page: Page, files = FILES): Promise<string> {
  await page.setInputFiles('[data-testid=unit-files]', payload(files));
  await page.click('[data-testid=consolidate]');
  await page.waitForFunction(
    () => {
      const b = document.querySelector<HTMLButtonElement>('[data-testid=consolidate]');
      return (
        b !== null &&
        !b.disabled &&
        document.querySelector<HTMLElement>('[data-testid=progress]')?.dataset.state !== 'running'
      );
    },
    undefined,
    { timeout: 120_000 },
  );
  return (await page.textContent('#message-text')) ?? '';
}

async function typeFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [k, v] of Object.entries(fields)) await page.fill(`[data-testid=report-field-${k}]`, v);
}

const reportChunks = (p: OpenPane) =>
  p.record.requests
    .filter((u) => /\/bao-cao(-word)?\.[0-9a-f]+\.js$/.test(u))
    .map((u) => path.basename(u).replace(/\.[0-9a-f]+\.js$/, ''));
const savedSettings = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __officeDouble: { savedSettings(): Record<string, unknown> } }
    ).__officeDouble.savedSettings(),
  );

describeBrowser('the Word report from the pane', () => {
  let env: PaneEnv;
  const opened: OpenPane[] = [];

  beforeAll(
    async () => {
      env = await startPaneEnv();
    },
    12 * 60 * 1000,
  );
  afterAll(() => stopPaneEnv(env));
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()!.close();
  });

  /** The pane's scripts loaded so far, and those among them that hold the docx library (its package writer). */
  function scripts(p: OpenPane): { all: string[]; docx: string[] } {
    const all = [
      ...new Set(
        p.record.requests
          .filter((u) => u.startsWith(env.server.origin + '/') && u.endsWith('.js'))
          .map((u) => new URL(u).pathname.slice(1)),
      ),
    ];
    return {
      all,
      docx: all.filter((f) => fs.readFileSync(path.join(env.build.dir, f), 'utf8').includes('word/document.xml')),
    };
  }

  async function open(doubleConfig?: Record<string, unknown>, permissions?: string[]): Promise<OpenPane> {
    const p = await openReadyPane(env.browser, {
      origin: env.server.origin,
      officeDouble: env.officeDouble,
      doubleConfig,
      permissions,
      viewport: { width: 340, height: 900 },
    });
    opened.push(p);
    return p;
  }

  it('downloads a .docx with the figures and the typed agency and signer; the docx chunk loads only on the click; the fields stay in the workbook', async () => {
    const p = await open();
    const { page } = p;
    expect(await consolidateAndWait(page)).toContain(`Đã tổng hợp ${FILES.length}/${FILES.length} tệp`);
    await typeFields(page, TYPED);
    expect(reportChunks(p)).toEqual([]);
    expect(scripts(p).docx).toEqual([]);
    await page.locator('[data-testid=word-report]').screenshot({ path: path.join(OUTPUT, 'word-report-pane.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid=make-docx]'),
    ]);
    expect(download.suggestedFilename()).toBe('BaoCao_6-thang-dau-nam-2020.docx');
    expect(reportChunks(p).sort()).toEqual(['bao-cao', 'bao-cao-word']);
    expect(scripts(p).docx).toHaveLength(1);
    const text = await documentText(fs.readFileSync(await download.path()));
    const t = EXPECTED.total.tthc!;
    expect(text).toContain('UBND TỈNH TÂY NINH');
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('Số: 125/BC-SKHCN');
    expect(text).toMatch(/^Tây Ninh, ngày/m);
    expect(text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('- UBND tỉnh;\n- Lưu: VT, VP.');
    // The II.06a total row: received, online, in person, carried over, resolved … as the core counted them.
    const totalRow = [
      'Tổng cộng',
      t.received,
      t.online,
      t.inPerson,
      t.carriedOver,
      t.resolved,
      t.early,
      t.onTime,
      t.late,
      t.pending,
    ].map((x) => (typeof x === 'number' ? formatVnInteger(x) : x));
    expect(text).toContain(totalRow.join('\n'));
    for (const u of EXPECTED.units) expect(text).toContain(u.name);
    await expect(page.textContent('#message-text')).resolves.toBe(
      'Đã tải về tệp BaoCao_6-thang-dau-nam-2020.docx (thư mục Tải về).',
    );

    // Kept in the workbook: a pane opened on it again starts with the same fields.
    const saved = await savedSettings(page);
    expect(saved[REPORT_SETTINGS_KEY]).toEqual(TYPED);
    const again = await open({ documentSettings: saved });
    for (const [k, v] of Object.entries(TYPED))
      await expect(again.page.inputValue(`[data-testid=report-field-${k}]`)).resolves.toBe(v);
    await expectCleanPane(p, env.server.origin);
    await expectCleanPane(again, env.server.origin);
  });

  it('fields never saved in the workbook are offered from the DanhMuc sheet once a consolidation reads it', async () => {
    const p = await open();
    const { page } = p;
    await page.click('[data-testid=settings-sheet]');
    await page.waitForFunction(() =>
      document.getElementById('message-text')?.textContent?.startsWith('Đã thêm trang DanhMuc'),
    );
    // The user types the governing body and the signer into DanhMuc «Cơ quan và người ký» (labels in A, entries in B).
    await page.evaluate(
      async (entries) => {
        const excel = (window as unknown as { Excel: typeof Excel }).Excel;
        await excel.run(async (ctx) => {
          const used = ctx.workbook.worksheets.getItem('DanhMuc').getUsedRange();
          used.load('values,rowIndex');
          await ctx.sync();
          for (const [label, value] of entries) {
            const r = used.values.findIndex((row) => row[0] === label);
            ctx.workbook.worksheets.getItem('DanhMuc').getRange(`B${used.rowIndex + r + 1}`).values = [[value]];
          }
          await ctx.sync();
        });
      },
      [
        ['Cơ quan chủ quản', 'UBND tỉnh Tây Ninh'],
        ['Họ tên người ký', 'Lê Thị Bình'],
      ],
    );
    await page.fill('[data-testid=report-field-number]', '07/BC-SKHCN');
    await consolidateAndWait(page);
    await expect(page.inputValue('[data-testid=report-field-governingBody]')).resolves.toBe('UBND tỉnh Tây Ninh');
    await expect(page.inputValue('[data-testid=report-field-signerName]')).resolves.toBe('Lê Thị Bình');
    // What the user typed stays; DanhMuc's shipped agency name is not taken for the office's own.
    await expect(page.inputValue('[data-testid=report-field-number]')).resolves.toBe('07/BC-SKHCN');
    await expect(page.inputValue('[data-testid=report-field-agency]')).resolves.toBe('');
    await expectCleanPane(p, env.server.origin);
  });

  it('fills the office’s own template picked in the pane; an unknown placeholder is named and stays in the document', async () => {
    // The shipped example template with one placeholder TongHop does not know added before the section settings.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'examples', 'mau-bao-cao.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file(
      'word/document.xml',
      xml.replace(/<w:sectPr/, '<w:p><w:r><w:t>Ghi chú: {ghi.chu}</w:t></w:r></w:p><w:sectPr'),
    );
    const template = await zip.generateAsync({ type: 'nodebuffer' });
    const p = await open();
    const { page } = p;
    await consolidateAndWait(page);
    await page.setInputFiles('[data-testid=docx-template]', {
      name: 'mau-cua-so.docx',
      mimeType: 'application/octet-stream',
      buffer: template,
    });
    await expect(page.textContent('#docx-template-name')).resolves.toBe('mau-cua-so.docx');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid=make-docx]'),
    ]);
    expect(download.suggestedFilename()).toBe('BaoCao_6-thang-dau-nam-2020.docx');
    const text = await documentText(fs.readFileSync(await download.path()));
    expect(text).toContain('6 tháng đầu năm 2020');
    expect(text).toContain(formatVnInteger(EXPECTED.total.tthc!.received));
    for (const u of EXPECTED.units) expect(text).toContain(u.name);
    expect(text).toContain('Ghi chú: {ghi.chu}');
    await page.waitForFunction(() => document.getElementById('message-bar')?.dataset.kind === 'warning');
    const message = (await page.textContent('#message-text')) ?? '';
    expect(message).toMatch(/^Đã điền mẫu mau-cua-so\.docx và tải về tệp BaoCao_6-thang-dau-nam-2020\.docx/);
    expect(message).toContain('«{ghi.chu}»');
    // The template filler came in its own chunk, the docx writer was not needed.
    expect(reportChunks(p).sort()).toEqual(['bao-cao']);
    expect(p.record.requests.some((u) => /\/mau-word\.[0-9a-f]+\.js$/.test(u))).toBe(true);

    // «Bỏ mẫu»: back to TongHop's own layout.
    await page.click('[data-testid=clear-docx-template]');
    const [own] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid=make-docx]'),
    ]);
    expect(await documentText(fs.readFileSync(await own.path()))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expectCleanPane(p, env.server.origin);
  });

  it('unset fields give the visible placeholders; a workbook that already holds a summary gives the report without consolidating again', async () => {
    const p = await open();
    const { page } = p;
    await consolidateAndWait(page);
    // A second run with nothing usable leaves the written sheets and no summary of its own in the pane.
    expect(await consolidateAndWait(page, [{ name: 'hong.xlsx', bytes: new Uint8Array(4000).fill(7) }])).toContain(
      'Không có tệp nào dùng được',
    );
    const requests = () =>
      page.evaluate(
        () => (window as unknown as { __officeDouble: { requests: unknown[] } }).__officeDouble.requests.length,
      );
    const before = await requests();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid=make-docx]'),
    ]);
    // Read from the workbook: the sheet list and the seven summary sheets at least.
    expect((await requests()) - before).toBeGreaterThanOrEqual(8);
    const text = await documentText(fs.readFileSync(await download.path()));
    expect(text).toContain('[CƠ QUAN CHỦ QUẢN]');
    expect(text).toContain('[Họ và tên người ký]');
    expect(text).toContain(`Tổng cộng\n${formatVnInteger(EXPECTED.total.tthc!.received)}`);
    await expect(page.textContent('#message-text')).resolves.toMatch(
      /^Đã tải về tệp BaoCao_6-thang-dau-nam-2020\.docx \(thư mục Tải về\)\. Còn để trống, cần điền trong văn bản: .*\[CƠ QUAN CHỦ QUẢN\]/,
    );

    // An empty workbook: nothing to report, and the pane says what to do.
    const q = await open();
    await q.page.click('[data-testid=make-docx]');
    await q.page.waitForFunction(() => document.getElementById('message-bar')?.dataset.kind === 'warning');
    await expect(q.page.textContent('#message-text')).resolves.toMatch(
      /^Sổ tính đang mở chưa có các trang tổng hợp của TongHop/,
    );
    await expectCleanPane(p, env.server.origin);
    await expectCleanPane(q, env.server.origin);
  });

  it('on Excel for Mac says a file cannot be saved, copies the report as formatted text and opens the summary as a new workbook', async () => {
    const p = await open({ platform: 'Mac' }, ['clipboard-read', 'clipboard-write']);
    const { page } = p;
    await page.evaluate(() => {
      const w = window as unknown as { __created: string[]; Excel: { createWorkbook?: (b: string) => Promise<void> } };
      w.__created = [];
      w.Excel.createWorkbook = (b64: string) => {
        w.__created.push(b64);
        return Promise.resolve();
      };
    });
    await consolidateAndWait(page);
    await typeFields(page, { agency: TYPED.agency, signerName: TYPED.signerName });
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('[data-testid=make-docx]');
    await page.waitForSelector('[data-testid=no-download]:not([hidden])');
    await expect(page.textContent('#no-download-text')).resolves.toMatch(
      /^Excel cho Mac không cho ngăn tác vụ tải tệp về máy\./,
    );
    await page.locator('[data-testid=word-report]').screenshot({ path: path.join(OUTPUT, 'word-report-mac.png') });

    await page.click('[data-testid=copy-document]');
    await page.waitForFunction(() =>
      document.getElementById('message-text')?.textContent?.startsWith('Đã sao chép báo cáo'),
    );
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    const received = formatVnInteger(EXPECTED.total.tthc!.received);
    expect(clip.text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(clip.text).toContain('Nguyễn Văn An');
    expect(clip.text).toContain(`Tổng cộng\t${received}\t`);
    // Kept for a person to look at: LibreOffice renders it as Word would paste it (see the user guide).
    fs.writeFileSync(path.join(OUTPUT, 'word-report-copy.html'), `<!doctype html><meta charset="utf-8">${clip.html}`);
    expect(clip.html).toMatch(/<table[^>]* border="1"/);
    expect(clip.html).toContain('face="Times New Roman"');
    expect(clip.html).toMatch(new RegExp(`<b>Tổng cộng</b>[\\s\\S]*?<b>${received}</b>`));

    await page.click('[data-testid=summary-new-workbook]');
    await page.waitForFunction(() => (window as unknown as { __created: string[] }).__created.length === 1, undefined, {
      timeout: 60_000,
    });
    const b64 = await page.evaluate(() => (window as unknown as { __created: string[] }).__created[0]);
    const wb = XLSX.read(Buffer.from(b64, 'base64'), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['TH_TTHC', 'BaoCao']));
    await page.waitForFunction(() =>
      document.getElementById('message-text')?.textContent?.startsWith('Đã mở bảng tổng hợp trong một sổ tính mới'),
    );

    // The pane's other file: the summary button opens a workbook instead of a download.
    await expect(page.textContent('[data-testid=download-summary]')).resolves.toBe('Ghi tổng hợp vào sổ mới');
    expect(downloads).toBe(0);
    // The .docx writer is not fetched where it cannot be used.
    expect(scripts(p).docx).toEqual([]);
    await expectCleanPane(p, env.server.origin);
  });

  it('on an Excel for Mac too old to open a new workbook, Tạo mẫu says what to do instead of a download that would be lost', async () => {
    const p = await open({ platform: 'Mac', apiVersion: '1.7' });
    let downloads = 0;
    p.page.on('download', () => downloads++);
    await p.page.click('[data-testid=make-template]');
    await p.page.waitForFunction(() => document.getElementById('message-bar')?.dataset.kind === 'warning');
    await expect(p.page.textContent('#message-text')).resolves.toBe(
      'Excel cho Mac không cho ngăn tác vụ tải tệp về máy. Phiên bản này cũng chưa mở được sổ tính mới từ ngăn tác vụ (cần ExcelApi 1.8): hãy tạo mẫu bằng lệnh tonghop template -o Mau-bao-cao-don-vi.xlsx.',
    );
    expect(downloads).toBe(0);
    // Nothing was written, so the workbook writer was not even fetched.
    expect(p.record.requests.filter((u) => /ghi-tep/.test(u))).toEqual([]);
    await expectCleanPane(p, env.server.origin);
  });
});
